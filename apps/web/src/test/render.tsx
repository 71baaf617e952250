import type { Lang } from '@lao/domain';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider } from '../i18n';

/** Renders inside the i18n provider (Thai unless told) and a router, like the app does. */
export function renderWithApp(ui: ReactElement, { lang = 'th', route = '/', ...options }: RenderOptions & { lang?: Lang; route?: string } = {}) {
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider initialLang={lang}>
      <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
    </I18nProvider>
  );
  return render(ui, { wrapper: Wrapper, ...options });
}
