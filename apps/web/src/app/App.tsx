import { hasRight } from '@lao/domain';
import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, createRoutesFromElements, Link, Navigate, Route, RouterProvider, useLocation } from 'react-router-dom';
import { LoginPage, loginCheck } from '../features/auth/LoginPage';
import { cycleModules, type CertifiedModule } from '../features/certification/moduleKit';
import { useI18n } from '../i18n';
import { Loading } from '../ui/feedback';
import { Forbidden } from '../ui/Forbidden';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useUser } from './authContext';
import { MODULES } from './modules';
import { readsAuditTrail } from './SideMenu';
import { useToken } from './token';

// The first chunk holds the login alone (officials on a 400 kbps link wait for every byte): Apollo, the session and
// the shell load once there is a token (SignedIn.tsx), and each page when it is first opened.
const SignedIn = lazy(() => import('./SignedIn'));
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

/**
 * Pages inside the shell: without a token straight to /login (no need to load the shell to know that), coming back
 * afterwards; with one, the shell's chunk, whose RequireAuth asks the server who it is.
 */
function SignedInLayout() {
  const token = useToken();
  const location = useLocation();
  const { t } = useI18n();
  if (!token) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return (
    <Suspense
      fallback={
        <div className="boot">
          <Loading label={t('app.loading')} />
        </div>
      }
    >
      <SignedIn />
    </Suspense>
  );
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
      <Route element={<SignedInLayout />}>
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

/**
 * Once the login form is up and its fonts have arrived, the shell's chunk (Apollo, the session) and the login's
 * schema check load in the background, so neither the first submit nor the first page after it waits for them.
 */
function prefetchWhenIdle(): void {
  const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 500));
  const fonts = typeof document !== 'undefined' && 'fonts' in document ? document.fonts.ready : Promise.resolve();
  void fonts.then(() =>
    idle(() => {
      void loginCheck();
      void import('./SignedIn');
    }),
  );
}

export function App() {
  // A data router: pages with unsaved changes can hold any navigation (links, back, the address) until the user decides.
  const [router] = useState(() => createBrowserRouter(appRoutes()));
  useEffect(prefetchWhenIdle, []);
  return <RouterProvider router={router} />;
}
