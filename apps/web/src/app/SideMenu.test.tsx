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
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['ข้อมูล อปท. ของฉัน', '/lao/6120601'],
      ['ทะเบียน อปท.', '/registry'],
    ]);
    // Modules granted but not served by this system are listed, not linked, and say so.
    const info = within(nav).getByText(PLATFORM_MODULE_LABELS.INFO.th);
    expect(info).toHaveAttribute('aria-disabled', 'true');
    expect(info.closest('li')).toHaveTextContent('ยังไม่เปิดให้บริการในระบบนี้');
    // No rights on ACCOUNTS: not in the menu at all.
    expect(within(nav).queryByText(PLATFORM_MODULE_LABELS.ACCOUNTS.th)).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'ผู้ใช้งาน' })).not.toBeInTheDocument();
  });

  it('hides every module the user has no right on', () => {
    const rights: Rights = { REGISTRY: ['VIEW'], WASTE: ['VIEW'] };
    renderWithApp(<SideMenu user={{ level: 'PROVINCE', scopeCode: '12', rights }} />);
    const nav = menu();
    expect(within(nav).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/registry']);
    expect(within(nav).getByText(PLATFORM_MODULE_LABELS.WASTE.th)).toBeInTheDocument();
    for (const module of ['INFO', 'ESERVICE', 'ELE', 'LEC', 'LHR', 'WELFARE', 'ACCOUNTS'] as const) {
      expect(within(nav).queryByText(PLATFORM_MODULE_LABELS[module].th)).not.toBeInTheDocument();
    }
    expect(within(nav).queryByText('ข้อมูล อปท. ของฉัน')).not.toBeInTheDocument();
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
    expect(within(nav).getByText(PLATFORM_MODULE_LABELS.INFO.en)).toBeInTheDocument();
  });
});
