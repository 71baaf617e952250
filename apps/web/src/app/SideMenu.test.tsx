import { defaultRights, PLATFORM_MODULE_LABELS, type Rights } from '@lao/domain';
import { screen, within } from '@testing-library/react';
import { renderWithApp } from '../test/render';
import { SideMenu } from './SideMenu';

function menu() {
  return screen.getByRole('navigation', { name: 'เมนูหลัก' });
}

describe('SideMenu', () => {
  it('shows an LAO user only the modules its rights open, linking only to pages that exist', () => {
    renderWithApp(<SideMenu user={{ level: 'LAO', scopeCode: '6120601', rights: defaultRights('LAO') }} />);
    const nav = menu();
    const links = within(nav).getAllByRole('link');
    // The registry, then INFO (modules in the domain's order; later modules may follow).
    expect(links.slice(0, 3).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['ข้อมูล อปท. ของฉัน', '/lao/6120601'],
      ['ทะเบียน อปท.', '/registry'],
      ['ระบบข้อมูลกลาง อปท. (INFO)', '/info/lao/6120601'],
    ]);
    expect(within(nav).getByRole('link', { name: PLATFORM_MODULE_LABELS.WASTE.th })).toHaveAttribute('href', '/waste/lao/6120601');
    expect(within(nav).getByRole('link', { name: PLATFORM_MODULE_LABELS.WELFARE.th })).toHaveAttribute('href', '/welfare/lao/6120601');
    // Modules granted but not served by this system are listed, not linked, and say so.
    const lhr = within(nav).getByText(PLATFORM_MODULE_LABELS.LHR.th);
    expect(lhr.closest('li')).toHaveTextContent('ยังไม่เปิดให้บริการในระบบนี้');
    for (const module of ['ELE', 'LEC', 'LHR'] as const) {
      expect(within(nav).getByText(PLATFORM_MODULE_LABELS[module].th)).toHaveAttribute('aria-disabled', 'true');
    }
    // No rights on ACCOUNTS: not in the menu at all.
    expect(within(nav).queryByText(PLATFORM_MODULE_LABELS.ACCOUNTS.th)).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'ผู้ใช้งาน' })).not.toBeInTheDocument();
  });

  it('hides every module the user has no right on', () => {
    const rights: Rights = { REGISTRY: ['VIEW'], WASTE: ['VIEW'] };
    renderWithApp(<SideMenu user={{ level: 'PROVINCE', scopeCode: '12', rights }} />);
    const nav = menu();
    expect(within(nav).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/registry', '/waste/province/12']);
    expect(within(nav).getByText(PLATFORM_MODULE_LABELS.WASTE.th)).toBeInTheDocument();
    for (const module of ['INFO', 'ESERVICE', 'ELE', 'LEC', 'LHR', 'WELFARE', 'ACCOUNTS'] as const) {
      expect(within(nav).queryByText(PLATFORM_MODULE_LABELS[module].th)).not.toBeInTheDocument();
    }
    expect(within(nav).queryByText('ข้อมูล อปท. ของฉัน')).not.toBeInTheDocument();
  });

  it('opens INFO at each level’s own page: the LAO’s data, the province’s certification, the national view', () => {
    const hrefOf = () => within(menu()).getByRole('link', { name: PLATFORM_MODULE_LABELS.INFO.th }).getAttribute('href');
    const { unmount } = renderWithApp(<SideMenu user={{ level: 'PROVINCE', scopeCode: '74', rights: defaultRights('PROVINCE') }} />);
    expect(hrefOf()).toBe('/info/province/74');
    unmount();
    const department = renderWithApp(<SideMenu user={{ level: 'DEPARTMENT', scopeCode: null, rights: defaultRights('DEPARTMENT') }} />);
    expect(hrefOf()).toBe('/info/national');
    department.unmount();
    // Without INFO rights there is no INFO entry at all.
    renderWithApp(<SideMenu user={{ level: 'LAO', scopeCode: '6120601', rights: { REGISTRY: ['VIEW'] } }} />);
    expect(within(menu()).queryByText(PLATFORM_MODULE_LABELS.INFO.th)).not.toBeInTheDocument();
  });

  it('links account administration for a department administrator only', () => {
    const { unmount } = renderWithApp(<SideMenu user={{ level: 'DEPARTMENT', scopeCode: null, rights: defaultRights('DEPARTMENT') }} />);
    expect(within(menu()).getByRole('link', { name: 'ผู้ใช้งาน' })).toHaveAttribute('href', '/admin/users');
    expect(within(menu()).getByRole('link', { name: 'กุญแจ API' })).toHaveAttribute('href', '/admin/api-keys');
    unmount();

    renderWithApp(<SideMenu user={{ level: 'PROVINCE', scopeCode: '12', rights: { REGISTRY: ['VIEW'], ACCOUNTS: ['VIEW'] } }} />);
    expect(within(menu()).queryByRole('link', { name: 'ผู้ใช้งาน' })).not.toBeInTheDocument();
    expect(within(menu()).getByText(PLATFORM_MODULE_LABELS.ACCOUNTS.th).closest('li')).toHaveTextContent('เฉพาะผู้ดูแลระดับกรม');
  });

  it('shows nothing to a user without rights', () => {
    renderWithApp(<SideMenu user={{ level: 'LAO', scopeCode: '6120601', rights: {} }} />);
    expect(within(menu()).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('uses English module names in English', () => {
    renderWithApp(<SideMenu user={{ level: 'LAO', scopeCode: '6120601', rights: defaultRights('LAO') }} />, { lang: 'en' });
    const nav = screen.getByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getByRole('link', { name: 'My LAO' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: PLATFORM_MODULE_LABELS.INFO.en })).toHaveAttribute('href', '/info/lao/6120601');
  });
});
