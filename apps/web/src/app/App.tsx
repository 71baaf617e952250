import { ApolloProvider } from '@apollo/client/react';
import { hasRight } from '@lao/domain';
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, createRoutesFromElements, Link, Navigate, Route, RouterProvider, useLocation } from 'react-router-dom';
import { LoginPage } from '../features/auth/LoginPage';
import { PasswordGate } from '../features/auth/PasswordGate';
import { cycleModules, type CertifiedModule } from '../features/certification/moduleKit';
import { useI18n } from '../i18n';
import { ErrorAlert, Loading } from '../ui/feedback';
import { Forbidden } from '../ui/Forbidden';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { createApolloClient } from './apollo';
import { AuthProvider, SESSION_EXPIRED, sessionEvents, useAuth, useUser } from './auth';
import { MODULES } from './modules';
import { Shell } from './Shell';
import { readsAuditTrail } from './SideMenu';

// The first visit loads the login and the shell only (officials on a 400 kbps link wait for every byte): each page,
// the registry and the LAO profile too, loads when it is first opened.
const RegistryPage = lazy(() => import('../features/registry/RegistryPage').then((m) => ({ default: m.RegistryPage })));
const LaoProfilePage = lazy(() => import('../features/lao-profile/LaoProfilePage').then((m) => ({ default: m.LaoProfilePage })));
// Account administration is for a few department staff: its code loads only when they open it.
const UsersPage = lazy(() => import('../features/admin/UsersPage'));
const ApiKeysPage = lazy(() => import('../features/admin/ApiKeysPage'));
const CyclesPage = lazy(() => import('../features/admin/CyclesPage'));
// The audit trail: a platform page, not a certified module's; the API scopes what each level reads.
const AuditTrailPage = lazy(() => import('../features/audit/AuditTrailPage'));

/** Pages inside the shell need a known user; anonymous visitors go to /login and come back afterwards. */
function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  const { t } = useI18n();
  if (auth.status === 'loading') {
    return (
      <div className="boot">
        <Loading label={t('app.loading')} />
      </div>
    );
  }
  if (auth.status === 'error') {
    return (
      <div className="boot">
        <ErrorAlert>{auth.problem?.message ?? t('app.networkError')}</ErrorAlert>
        <button type="button" className="button button--primary" onClick={auth.retry}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  if (auth.status !== 'ready') {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <>{children}</>;
}

/** Account administration: department users with ACCOUNTS ADMINISTER (the API's rule). */
function RequireAccountsAdmin({ children }: { children: ReactNode }) {
  const user = useUser();
  const { t } = useI18n();
  if (user.level !== 'DEPARTMENT' || !hasRight(user.rights, 'ACCOUNTS', 'ADMINISTER')) return <Forbidden />;
  return <Suspense fallback={<Loading label={t('common.loading')} />}>{children}</Suspense>;
}

/** The yearly certification cycles: department users who administer any module (the API asks ADMINISTER on each one). */
function RequireCycleAdmin({ children }: { children: ReactNode }) {
  const user = useUser();
  const { t } = useI18n();
  if (cycleModules(user, MODULES).length === 0) return <Forbidden />;
  return <Suspense fallback={<Loading label={t('common.loading')} />}>{children}</Suspense>;
}

/** The audit trail: every signed-in user of a level (the department, a province, an LAO); the API answers its scope only. */
function RequireAuditReader({ children }: { children: ReactNode }) {
  const user = useUser();
  const { t } = useI18n();
  if (!readsAuditTrail(user)) return <Forbidden />;
  return <Suspense fallback={<Loading label={t('common.loading')} />}>{children}</Suspense>;
}

/** "/": an LAO user's own profile; a province user the registry of its province; the department the registry. */
function Home() {
  const user = useUser();
  if (user.level === 'LAO' && user.scopeCode) return <Navigate to={`/lao/${user.scopeCode}`} replace />;
  if (user.level === 'PROVINCE' && user.scopeCode) return <Navigate to={`/registry?province=${user.scopeCode}`} replace />;
  return <Navigate to="/registry" replace />;
}

/** A module's page, loaded when it is first opened. */
function LazyPage({ page: Page }: { page: ComponentType }) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<Loading label={t('common.loading')} />}>
      <Page />
    </Suspense>
  );
}

/** A certified module's three pages (and any more it names) under its path, as its description names them. */
function moduleRoutes(m: CertifiedModule) {
  return (
    <Route key={m.module} path={m.path.slice(1)}>
      <Route path="lao/:laoCode" element={<LazyPage page={m.routes.lao} />} />
      <Route path="province/:provinceCode" element={<LazyPage page={m.routes.province} />} />
      <Route path={m.routes.national.path} element={<LazyPage page={m.routes.national.page} />} />
      {m.routes.more?.map((p) => <Route key={p.path} path={p.path} element={<LazyPage page={p.page} />} />)}
    </Route>
  );
}

function NotFound() {
  const { t } = useI18n();
  useDocumentTitle(t('app.notFound'));
  return (
    <section>
      <h1>{t('app.notFound')}</h1>
      <p>{t('app.notFoundHint')}</p>
      <p>
        <Link to="/">{t('app.backHome')}</Link>
      </p>
    </section>
  );
}

/** Every route of the SPA; the certified modules' pages come from their descriptions (app/modules.ts). */
export function appRoutes(modules: readonly CertifiedModule[] = MODULES) {
  return createRoutesFromElements(
    <>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <PasswordGate>
              <Shell />
            </PasswordGate>
          </RequireAuth>
        }
      >
        <Route index element={<Home />} />
        <Route path="registry" element={<LazyPage page={RegistryPage} />} />
        <Route path="lao/:code" element={<LazyPage page={LaoProfilePage} />} />
        {modules.map(moduleRoutes)}
        <Route
          path="admin/users"
          element={
            <RequireAccountsAdmin>
              <UsersPage />
            </RequireAccountsAdmin>
          }
        />
        <Route
          path="admin/api-keys"
          element={
            <RequireAccountsAdmin>
              <ApiKeysPage />
            </RequireAccountsAdmin>
          }
        />
        <Route
          path="admin/cycles"
          element={
            <RequireCycleAdmin>
              <CyclesPage />
            </RequireCycleAdmin>
          }
        />
        <Route
          path="audit"
          element={
            <RequireAuditReader>
              <AuditTrailPage />
            </RequireAuditReader>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </>,
  );
}

export function App() {
  const [client] = useState(() =>
    createApolloClient({
      // Read at request time from <html lang> (the i18n provider keeps it current), so a switch applies at once.
      getLang: () => (document.documentElement.lang === 'en' ? 'en' : 'th'),
      onUnauthenticated: () => sessionEvents.dispatchEvent(new Event(SESSION_EXPIRED)),
    }),
  );
  // A data router: pages with unsaved changes can hold any navigation (links, back, the address) until the user decides.
  const [router] = useState(() => createBrowserRouter(appRoutes()));
  return (
    <ApolloProvider client={client}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </ApolloProvider>
  );
}
