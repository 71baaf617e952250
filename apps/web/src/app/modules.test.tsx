import { defaultRights, PLATFORM_MODULE_LABELS } from '@lao/domain';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { landingMenu, type CertifiedModule } from '../features/certification/moduleKit';
import { I18nProvider } from '../i18n';
import { fakeApi, session } from '../test/fakeApi';
import { renderWithApp } from '../test/render';
import { appRoutes } from './App';
import { MODULES } from './modules';
import { menuEntries, SideMenu } from './SideMenu';

/** A module as the next subsystems will add themselves: one description, pages of its own. */
const WASTE: CertifiedModule = {
  module: 'WASTE',
  path: '/waste',
  labelKey: 'infoCommon.module',
  menu: (user) => landingMenu(WASTE, user),
  routes: {
    lao: () => <h1>Waste LAO page</h1>,
    province: () => <h1>Waste province page</h1>,
    national: { path: 'summary', page: () => <h1>Waste national page</h1> },
  },
  cycleRight: 'ADMINISTER',
};

const t = (id: string) => id;

afterEach(() => localStorage.clear());

describe('the module list drives the menu and the routes', () => {
  it('serves today’s certified modules: INFO, Waste, the e-Service survey and Welfare', () => {
    expect(MODULES.map((m) => [m.module, m.path, m.routes.national.path])).toEqual([
      ['INFO', '/info', 'national'],
      ['WASTE', '/waste', 'national'],
      ['ESERVICE', '/eservice', 'report'],
      ['WELFARE', '/welfare', 'national'],
    ]);
  });

  it('links a described module at each level’s page, and lists a module without one as not available', () => {
    const lao = { level: 'LAO' as const, scopeCode: '7400101', rights: defaultRights('LAO') };
    const withWaste = menuEntries(lao, t, 'th', [WASTE]).find((e) => e.key === 'WASTE');
    expect(withWaste?.links).toEqual([{ to: '/waste/lao/7400101', label: 'infoCommon.module' }]);
    expect(menuEntries(lao, t, 'th', []).find((e) => e.key === 'WASTE')).toMatchObject({ links: [], note: 'menu.notAvailable' });
    const province = { level: 'PROVINCE' as const, scopeCode: '74', rights: defaultRights('PROVINCE') };
    expect(menuEntries(province, t, 'th', [WASTE]).find((e) => e.key === 'WASTE')?.links[0]?.to).toBe('/waste/province/74');
    const department = { level: 'DEPARTMENT' as const, scopeCode: null, rights: defaultRights('DEPARTMENT') };
    expect(menuEntries(department, t, 'th', [WASTE]).find((e) => e.key === 'WASTE')?.links[0]?.to).toBe('/waste/summary');
  });

  it('routes a described module’s three pages', async () => {
    const api = fakeApi({ Session: session('LAO', '7400101', defaultRights('LAO')) });
    for (const [path, heading] of [
      ['/waste/lao/7400101', 'Waste LAO page'],
      ['/waste/province/74', 'Waste province page'],
      ['/waste/summary', 'Waste national page'],
    ]) {
      const router = createMemoryRouter(appRoutes([WASTE]), { initialEntries: [path!] });
      const { unmount } = render(<I18nProvider initialLang="th">{api.providers(<RouterProvider router={router} />)}</I18nProvider>);
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      unmount();
    }
  });

  it('opens the cycles page to a department user who administers any module, not only INFO', async () => {
    const rights = { ...defaultRights('DEPARTMENT'), INFO: ['VIEW' as const] };
    const api = fakeApi({
      Session: session('DEPARTMENT', null, rights),
      CertificationCycle: () => ({ certificationCycle: null }),
      Provinces: () => ({ provinces: [] }),
    });
    renderWithApp(<SideMenu user={{ level: 'DEPARTMENT', scopeCode: null, rights }} />);
    expect(within(screen.getByRole('navigation', { name: 'เมนูหลัก' })).getByRole('link', { name: 'รอบการบันทึกข้อมูล' })).toHaveAttribute('href', '/admin/cycles');

    const router = createMemoryRouter(appRoutes(), { initialEntries: ['/admin/cycles'] });
    render(<I18nProvider initialLang="th">{api.providers(<RouterProvider router={router} />)}</I18nProvider>);
    expect(await screen.findByRole('heading', { level: 1, name: 'รอบการบันทึกและรับรองข้อมูลประจำปี' })).toBeInTheDocument();
    const module = screen.getByRole('combobox', { name: 'ระบบ' });
    // The list holds the modules this user administers: Waste, the e-Service survey and Welfare, not INFO.
    expect(within(module).getAllByRole('option').map((o) => o.textContent)).toEqual([PLATFORM_MODULE_LABELS.WASTE.th, PLATFORM_MODULE_LABELS.ESERVICE.th, PLATFORM_MODULE_LABELS.WELFARE.th]);
  });

  it('keeps the cycles page from a department user who administers none', async () => {
    const rights = { REGISTRY: ['VIEW' as const], INFO: ['VIEW' as const], ESERVICE: ['VIEW' as const] };
    const api = fakeApi({ Session: session('DEPARTMENT', null, rights) });
    const router = createMemoryRouter(appRoutes(), { initialEntries: ['/admin/cycles'] });
    render(<I18nProvider initialLang="th">{api.providers(<RouterProvider router={router} />)}</I18nProvider>);
    expect(await screen.findByRole('heading', { level: 1, name: 'ท่านไม่มีสิทธิ์เข้าถึงหน้านี้' })).toBeInTheDocument();
    expect(menuEntries({ level: 'DEPARTMENT', scopeCode: null, rights }, t, 'th').some((e) => e.key === 'cycles')).toBe(false);
  });
});
