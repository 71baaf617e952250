import { hasRight, PLATFORM_MODULE_LABELS, visibleModules } from '@lao/domain';
import { NavLink } from 'react-router-dom';
import { cycleModules, type CertifiedModule, type ModuleUser } from '../features/certification/moduleKit';
import { useI18n, type MessageId } from '../i18n';
import { MODULES } from './modules';

interface MenuLink {
  to: string;
  label: string;
}

interface MenuEntry {
  key: string;
  label: string;
  links: MenuLink[];
  /** Links stand on their own in the menu (the module's name is already theirs), not under a group heading. */
  flat?: boolean;
  /** Why the module has no page here (it is not built in this system, or not for this user). */
  note?: MessageId;
}

/**
 * The modules the user's rights open (visibleModules), in the domain's order. The registry and account
 * administration are the platform's own; every certified module's links come from its description (app/modules.ts).
 * Modules this system does not serve yet are listed, greyed, with a note, never as a fake page. The yearly cycles
 * follow the certified modules for a department user who administers any of them.
 */
export function menuEntries(
  user: ModuleUser,
  t: (id: MessageId) => string,
  lang: 'th' | 'en',
  modules: readonly CertifiedModule[] = MODULES,
): MenuEntry[] {
  const entries: MenuEntry[] = [];
  let afterModules = 0;
  for (const module of visibleModules(user.rights)) {
    const label = PLATFORM_MODULE_LABELS[module][lang];
    const described = modules.find((m) => m.module === module);
    if (described) {
      const links = described.menu(user).map((link) => ({ to: link.to, label: t(link.labelKey) }));
      entries.push(links.length ? { key: module, label: t(described.labelKey), links, flat: true } : { key: module, label, links: [], note: 'menu.notAvailable' });
      afterModules = entries.length;
    } else if (module === 'REGISTRY') {
      const links: MenuLink[] = [{ to: '/registry', label }];
      if (user.level === 'LAO' && user.scopeCode) links.unshift({ to: `/lao/${user.scopeCode}`, label: t('menu.myLao') });
      entries.push({ key: module, label, links, flat: true });
      afterModules = entries.length;
    } else if (module === 'ACCOUNTS') {
      const admin = user.level === 'DEPARTMENT' && hasRight(user.rights, 'ACCOUNTS', 'ADMINISTER');
      const links = admin
        ? [
            { to: '/admin/users', label: t('menu.users') },
            { to: '/admin/api-keys', label: t('menu.apiKeys') },
          ]
        : [];
      entries.push({ key: module, label, links, ...(admin ? {} : { note: 'menu.departmentOnly' as const }) });
    } else {
      entries.push({ key: module, label, links: [], note: 'menu.notAvailable' });
    }
  }
  if (cycleModules(user, modules).length > 0) {
    entries.splice(afterModules, 0, { key: 'cycles', label: t('menu.cycles'), links: [{ to: '/admin/cycles', label: t('menu.cycles') }], flat: true });
  }
  return entries;
}

/** Who reads the audit trail: every user of a level with its scope (the API answers that scope only). */
export function readsAuditTrail(user: Pick<ModuleUser, 'level' | 'scopeCode'>): boolean {
  return user.level === 'DEPARTMENT' || Boolean(user.scopeCode);
}

/**
 * The platform's own pages that are no module's and open to every level: the audit trail. They stand in a menu of
 * their own under the modules, so the main menu stays the modules the user's rights open.
 */
export function oversightLinks(user: ModuleUser, t: (id: MessageId) => string): MenuLink[] {
  return readsAuditTrail(user) ? [{ to: '/audit', label: t('menu.audit') }] : [];
}

interface SideMenuProps {
  user: ModuleUser;
  id?: string;
  /** Matters on a phone only, where the menu folds behind the top bar's button (see styles.css). */
  open?: boolean;
  /** A link of the menu was followed (the current page's too): the folded menu closes. */
  onNavigate?: () => void;
}

export function SideMenu({ user, id, open = false, onNavigate }: SideMenuProps) {
  const { t } = useI18n();
  const oversight = oversightLinks(user, t);
  return (
    // Delegated: every link of both menus closes the folded menu (keyboard Enter on a link fires click too).
    <div
      className={open ? 'side-menu side-menu--open' : 'side-menu'}
      id={id}
      onClick={(event) => {
        if (event.target instanceof Element && event.target.closest('a')) onNavigate?.();
      }}
    >
      <MainMenu user={user} />
      {oversight.length > 0 && (
        <nav className="side-menu__oversight" aria-label={t('menu.oversight')}>
          <ul className="side-menu__list">
            {oversight.map((link) => (
              <li key={link.to} className="side-menu__group">
                <NavLink to={link.to} className="side-menu__link side-menu__link--top">
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}

function MainMenu({ user }: { user: ModuleUser }) {
  const { t, lang } = useI18n();
  const entries = menuEntries(user, t, lang);
  return (
    <nav aria-label={t('app.mainMenu')}>
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
              <li key={entry.key} className="side-menu__group">
                <span className="side-menu__module" id={`menu-${entry.key}`}>
                  {entry.label}
                </span>
                <ul aria-labelledby={`menu-${entry.key}`}>
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
            <li key={entry.key} className="side-menu__group side-menu__group--disabled" data-module={entry.key}>
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
