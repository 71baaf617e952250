import { defaultRights } from '@lao/domain';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { I18nProvider } from '../i18n';
import { fakeApi, session } from '../test/fakeApi';
import { renderWithApp } from '../test/render';
import { appRoutes } from './App';
import { SideMenu } from './SideMenu';

afterEach(() => localStorage.clear());

describe('the audit trail in the menu and the routes', () => {
  it.each([
    ['DEPARTMENT', null],
    ['PROVINCE', '50'],
    ['LAO', '6120601'],
  ] as const)('links the audit trail for a %s user, apart from the modules', (level, scopeCode) => {
    renderWithApp(<SideMenu user={{ level, scopeCode, rights: defaultRights(level) }} />);
    const oversight = screen.getByRole('navigation', { name: 'การตรวจสอบ' });
    expect(within(oversight).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['ประวัติการใช้งาน', '/audit']]);
    expect(within(screen.getByRole('navigation', { name: 'เมนูหลัก' })).queryByRole('link', { name: 'ประวัติการใช้งาน' })).not.toBeInTheDocument();
  });

  it('opens the audit trail page to a province user, and the API scopes what it lists', async () => {
    const api = fakeApi({
      Session: session('PROVINCE', '50', defaultRights('PROVINCE')),
      AuditTrail: () => ({
        auditTrail: { __typename: 'AuditEntryConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] },
      }),
    });
    const router = createMemoryRouter(appRoutes(), { initialEntries: ['/audit?action=TRANSITION'] });
    render(<I18nProvider initialLang="th">{api.providers(<RouterProvider router={router} />)}</I18nProvider>);
    expect(await screen.findByRole('heading', { level: 1, name: 'ประวัติการใช้งานระบบ' })).toBeInTheDocument();
    expect(await screen.findByText('ไม่พบประวัติการใช้งานตามเงื่อนไขที่เลือก')).toBeInTheDocument();
    expect(api.calls.find((c) => c.operation === 'AuditTrail')?.variables).toEqual({ filter: { action: 'TRANSITION' }, first: 50 });
  });
});
