import { hasRight, PLATFORM_MODULE_LABELS, visibleModules, type PlatformModule } from '@lao/domain';
import { NavLink } from 'react-router-dom';
import { useI18n, type MessageId } from '../i18n';
import type { SessionUser } from './session';

interface MenuLink {
  to: string;
  label: string;
}

interface MenuEntry {
  module: PlatformModule;
  label: string;
  links: MenuLink[];
  /** Links stand on their own in the menu (the module's name is already theirs), not under a group heading. */
  flat?: boolean;
  /** Why the module has no page here (it is not built in this system, or not for this user). */
  note?: MessageId;
}

/**
 * The modules the user's rights open (visibleModules), in the domain's order. Only pages that exist are links;
 * modules this system does not serve yet are listed, greyed, with a note, never as a fake page.
 */
export function menuEntries(user: Pick<SessionUser, 'level' | 'scopeCode' | 'rights'>, t: (id: MessageId) => string, lang: 'th' | 'en'): MenuEntry[] {
  return visibleModules(user.rights).map((module): MenuEntry => {
    const label = PLATFORM_MODULE_LABELS[module][lang];
    if (module === 'REGISTRY') {
      const links: MenuLink[] = [{ to: '/registry', label }];
      if (user.level === 'LAO' && user.scopeCode) links.unshift({ to: `/lao/${user.scopeCode}`, label: t('menu.myLao') });
      return { module, label, links, flat: true };
    }
    if (module === 'INFO') {
      // Each level lands on its own INFO page: the LAO's data, the province's certification, the national view.
      const to =
        user.level === 'LAO' && user.scopeCode
          ? `/info/lao/${user.scopeCode}`
          : user.level === 'PROVINCE' && user.scopeCode
            ? `/info/province/${user.scopeCode}`
            : user.level === 'DEPARTMENT'
              ? '/info/national'
              : null;
      if (to) {
        const links: MenuLink[] = [{ to, label }];
        // The yearly cycles (INFO and e-Service deadlines): department administrators of INFO, like account administration.
        if (user.level === 'DEPARTMENT' && hasRight(user.rights, 'INFO', 'ADMINISTER')) links.push({ to: '/admin/cycles', label: t('menu.cycles') });
        return { module, label, links, flat: true };
      }
      return { module, label, links: [], note: 'menu.notAvailable' };
    }
    if (module === 'ESERVICE') {
      // The e-Service survey: the LAO's own survey, the province's list, the department's national report.
      const to =
        user.level === 'LAO' && user.scopeCode
          ? `/eservice/lao/${user.scopeCode}`
          : user.level === 'PROVINCE' && user.scopeCode
            ? `/eservice/province/${user.scopeCode}`
            : user.level === 'DEPARTMENT'
              ? '/eservice/report'
              : null;
      if (to) return { module, label, links: [{ to, label }], flat: true };
      return { module, label, links: [], note: 'menu.notAvailable' };
    }
    if (module === 'ACCOUNTS') {
      if (user.level === 'DEPARTMENT' && hasRight(user.rights, 'ACCOUNTS', 'ADMINISTER')) {
        return {
          module,
          label,
          links: [
            { to: '/admin/users', label: t('menu.users') },
            { to: '/admin/api-keys', label: t('menu.apiKeys') },
          ],
        };
      }
      return { module, label, links: [], note: 'menu.departmentOnly' };
    }
    return { module, label, links: [], note: 'menu.notAvailable' };
  });
}

export function SideMenu({ user }: { user: Pick<SessionUser, 'level' | 'scopeCode' | 'rights'> }) {
  const { t, lang } = useI18n();
  const entries = menuEntries(user, t, lang);
  return (
    <nav className="side-menu" aria-label={t('app.mainMenu')}>
      <ul className="side-menu__list">
        {entries.map((entry) => {
          if (entry.flat) {
            return entry.links.map((link) => (
              <li key={link.to} className="side-menu__group">
                <NavLink to={link.to} className="side-menu__link side-menu__link--top" end>
                  {link.label}
                </NavLink>
              </li>
            ));
          }
          if (entry.links.length > 0) {
            return (
              <li key={entry.module} className="side-menu__group">
                <span className="side-menu__module" id={`menu-${entry.module}`}>
                  {entry.label}
                </span>
                <ul aria-labelledby={`menu-${entry.module}`}>
                  {entry.links.map((link) => (
                    <li key={link.to}>
                      <NavLink to={link.to} className="side-menu__link">
                        {link.label}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </li>
            );
          }
          return (
            <li key={entry.module} className="side-menu__group side-menu__group--disabled" data-module={entry.module}>
              <span className="side-menu__module" aria-disabled="true">
                {entry.label}
              </span>
              {entry.note && <span className="side-menu__note">{t(entry.note)}</span>}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
