import { ApolloProvider } from '@apollo/client/react';
import { hasRight } from '@lao/domain';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { LoginPage } from '../features/auth/LoginPage';
import { EServicePage } from '../features/eservice/EServicePage';
import { LaoProfilePage } from '../features/lao-profile/LaoProfilePage';
import { RegistryPage } from '../features/registry/RegistryPage';
import { useI18n } from '../i18n';
import { ErrorAlert, Loading } from '../ui/feedback';
import { Forbidden } from '../ui/Forbidden';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { createApolloClient } from './apollo';
import { AuthProvider, SESSION_EXPIRED, sessionEvents, useAuth, useUser } from './auth';
import { Shell } from './Shell';

// Account administration is for a few department staff: its code loads only when they open it.
const UsersPage = lazy(() => import('../features/admin/UsersPage'));
const ApiKeysPage = lazy(() => import('../features/admin/ApiKeysPage'));
const CyclesPage = lazy(() => import('../features/admin/CyclesPage'));
// INFO: its forms, charts and exports load when the module is opened.
const LaoInfoPage = lazy(() => import('../features/info/LaoInfoPage'));
const ProvinceInfoPage = lazy(() => import('../features/info/ProvinceInfoPage'));
const NationalInfoPage = lazy(() => import('../features/info/NationalInfoPage'));

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

/** The yearly certification cycles: department users with INFO ADMINISTER (the API asks ADMINISTER on the module). */
function RequireCycleAdmin({ children }: { children: ReactNode }) {
  const user = useUser();
  const { t } = useI18n();
  if (user.level !== 'DEPARTMENT' || !hasRight(user.rights, 'INFO', 'ADMINISTER')) return <Forbidden />;
  return <Suspense fallback={<Loading label={t('common.loading')} />}>{children}</Suspense>;
}

/** "/": an LAO user's own profile; a province user the registry of its province; the department the registry. */
function Home() {
  const user = useUser();
  if (user.level === 'LAO' && user.scopeCode) return <Navigate to={`/lao/${user.scopeCode}`} replace />;
  if (user.level === 'PROVINCE' && user.scopeCode) return <Navigate to={`/registry?province=${user.scopeCode}`} replace />;
  return <Navigate to="/registry" replace />;
}

function Lazy({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return <Suspense fallback={<Loading label={t('common.loading')} />}>{children}</Suspense>;
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

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <Shell />
          </RequireAuth>
        }
      >
        <Route index element={<Home />} />
        <Route path="registry" element={<RegistryPage />} />
        <Route path="lao/:code" element={<LaoProfilePage />} />
        <Route
          path="info/lao/:laoCode"
          element={
            <Lazy>
              <LaoInfoPage />
            </Lazy>
          }
        />
        <Route
          path="info/province/:provinceCode"
          element={
            <Lazy>
              <ProvinceInfoPage />
            </Lazy>
          }
        />
        <Route
          path="info/national"
          element={
            <Lazy>
              <NationalInfoPage />
            </Lazy>
          }
        />
        <Route path="eservice/lao/:laoCode" element={<EServicePage page="lao" />} />
        <Route path="eservice/province/:provinceCode" element={<EServicePage page="province" />} />
        <Route path="eservice/report" element={<EServicePage page="report" />} />
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
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
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
  return (
    <ApolloProvider client={client}>
      <AuthProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AuthProvider>
    </ApolloProvider>
  );
}
