import type { Lang } from '@lao/domain';
import { render, renderHook, type RenderHookOptions, type RenderOptions } from '@testing-library/react';
import { createContext, useContext, type ReactElement, type ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { I18nProvider } from '../i18n';

const Ui = createContext<ReactNode>(null);

/** The element under test, as the router's only route renders it (rerender() passes a new one through). */
function Current() {
  return <>{useContext(Ui)}</>;
}

export interface AppOptions {
  lang?: Lang;
  /** The address the test starts at. */
  route?: string;
  /** The route pattern the element is rendered under, for pages that read params (e.g. '/info/lao/:laoCode'). */
  path?: string;
  /** Something around the router, e.g. Apollo and the session, as the app has them. */
  providers?: (children: ReactNode) => ReactNode;
}

/** The app's surroundings for a test: the i18n provider (Thai unless told) and a data router; `router` shows where it went. */
export function appWrapper({ lang = 'th', route = '/', path = '*', providers = (c) => c }: AppOptions = {}) {
  const routes = [{ path, element: <Current /> }, ...(path === '*' ? [] : [{ path: '*', element: null }])];
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider initialLang={lang}>
      {providers(
        <Ui.Provider value={children}>
          <RouterProvider router={router} />
        </Ui.Provider>,
      )}
    </I18nProvider>
  );
  return { wrapper, router };
}

/** Renders inside the app's surroundings (appWrapper). */
export function renderWithApp(ui: ReactElement, { lang, route, path, providers, ...options }: AppOptions & Omit<RenderOptions, 'wrapper'> = {}) {
  const { wrapper, router } = appWrapper({ lang, route, path, providers });
  return { ...render(ui, { wrapper, ...options }), router };
}

/** A hook inside the app's surroundings (appWrapper). */
export function renderHookWithApp<R, P>(hook: (props: P) => R, { lang, route, path, providers, ...options }: AppOptions & Omit<RenderHookOptions<P>, 'wrapper'> = {}) {
  const { wrapper, router } = appWrapper({ lang, route, path, providers });
  return { ...renderHook(hook, { wrapper, ...options }), router };
}
