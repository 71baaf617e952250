import { useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useSignOut } from '../features/auth/useSignOut';
import { LanguageSwitch, useI18n } from '../i18n';
import { useUser, useAuth } from './auth';
import { SideMenu } from './SideMenu';

/** Header, side menu and the page: every screen after login. */
export function Shell() {
  const { t } = useI18n();
  const auth = useAuth();
  const user = useUser();
  const signOut = useSignOut();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // On a phone the menu is folded behind a button (it would push the page a screen down); wider screens ignore this.
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuFor, setMenuFor] = useState(pathname);
  if (menuFor !== pathname) {
    // Choosing a page closes the menu, so what the official sees next is the page.
    setMenuFor(pathname);
    setMenuOpen(false);
  }

  // After moving to another page, start screen readers and the keyboard at the page, not at the old link.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  const scope = user.scopeCode ? ` · ${user.scopeCode}` : '';

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <button
          type="button"
          className="topbar__menu-button"
          aria-expanded={menuOpen}
          aria-controls="side-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="topbar__menu-icon" aria-hidden="true" />
          {t('app.menuButton')}
        </button>
        <Link to="/" className="topbar__brand">
          <span className="topbar__logo" aria-hidden="true">
            อปท
          </span>
          <span className="topbar__name">{t('app.name')}</span>
        </Link>
        {auth.fiscalYear !== null && (
          <span className="topbar__fy">{t('app.fiscalYear', { year: auth.fiscalYear })}</span>
        )}
        <div className="topbar__end">
          <LanguageSwitch />
          <div className="topbar__user" aria-label={t('app.userMenu')} role="group">
            <span className="topbar__user-name">{user.displayName}</span>
            <span className="topbar__user-level">
              {t(`level.${user.level}`)}
              {scope}
            </span>
          </div>
          <button
            type="button"
            className="button button--quiet button--on-dark"
            onClick={() => void signOut()}
          >
            {t('app.logout')}
          </button>
        </div>
      </header>
      <div className="shell__body">
        <SideMenu user={user} id="side-menu" open={menuOpen} onNavigate={() => setMenuOpen(false)} />
        <main id="main" className="shell__main" ref={main} tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
