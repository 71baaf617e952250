import { defaultRights, MESSAGES } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useAuth } from '../../app/auth';
import { fakeApi, session } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import UsersPage from './UsersPage';

/** The page lives inside the shell, which renders once the user is known. */
function WhenReady({ children }: { children: ReactNode }) {
  return useAuth().status === 'ready' ? <>{children}</> : null;
}

const row = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'User',
  id: 'u-prov',
  username: 'prov.12',
  displayName: 'สนง.ถจ.นนทบุรี',
  level: 'PROVINCE',
  scopeCode: '12',
  active: true,
  lastLoginAt: null,
  mustChangePassword: false,
  rights: [{ __typename: 'ModuleRights', module: 'INFO', rights: ['VIEW', 'CERTIFY'] }],
  ...overrides,
});

const page = (nodes: ReturnType<typeof row>[]) => ({
  users: {
    __typename: 'UserConnection',
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: nodes.map((node) => ({ __typename: 'UserEdge', node })),
  },
});

function setup(route = '/admin/users') {
  const api = fakeApi({
    // The administrator's session id is '1' (fakeApi's session), not the listed account's.
    Session: session('DEPARTMENT', null, defaultRights('DEPARTMENT')),
    Provinces: () => ({ provinces: [{ __typename: 'Province', code: '12', nameTh: 'นนทบุรี', nameEn: 'Nonthaburi', districts: [] }] }),
    Users: () => page([row()]),
    UpdateUser: ({ input }) => ({ updateUser: row(input as Record<string, unknown>) }),
    ResetUserPassword: ({ id }) => ({ resetUserPassword: { __typename: 'ResetUserPasswordResult', temporaryPassword: 'Xk7mQp2nRt9w', user: row({ id, mustChangePassword: true }) } }),
  });
  const rendered = renderWithApp(
    <WhenReady>
      <UsersPage />
    </WhenReady>,
    { providers: api.providers, route },
  );
  const last = (operation: string) => api.calls.filter((c) => c.operation === operation).at(-1)?.variables;
  return { ...rendered, api, last, user: userEvent.setup() };
}

async function openEdit(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'แก้ไข prov.12' }));
  return screen.getByRole('dialog', { name: 'แก้ไขบัญชี prov.12' });
}

describe('UsersPage: editing an account', () => {
  it('sends name, level, scope and rights by id, and says it was saved', async () => {
    const { user, last } = setup();
    const dialog = await openEdit(user);
    const name = within(dialog).getByLabelText(/ชื่อที่แสดง/);
    await user.clear(name);
    await user.type(name, 'สำนักงานส่งเสริมฯ จังหวัดนนทบุรี');
    await user.click(within(dialog).getByRole('checkbox', { name: 'ระบบเบี้ยยังชีพ (Welfare): ดูข้อมูลส่วนบุคคล' }));
    await user.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
    await screen.findByText('บันทึกการแก้ไขบัญชี prov.12 แล้ว');
    expect(last('UpdateUser')).toEqual({
      input: {
        id: 'u-prov',
        displayName: 'สำนักงานส่งเสริมฯ จังหวัดนนทบุรี',
        level: 'PROVINCE',
        scopeCode: '12',
        rights: [
          { module: 'INFO', rights: ['VIEW', 'CERTIFY'] },
          { module: 'WELFARE', rights: ['PERSONAL_DATA'] },
        ],
      },
    });
  });

  it('offers only the rights the level may hold, and a new level starts from its defaults and asks its scope', async () => {
    const { user, api } = setup();
    const dialog = await openEdit(user);
    expect(within(dialog).getByRole('checkbox', { name: 'ผู้ใช้และกุญแจ API: ผู้ดูแลระบบ' })).toBeDisabled();
    expect(within(dialog).getByRole('checkbox', { name: 'ระบบข้อมูลกลาง อปท. (INFO): ดูข้อมูลส่วนบุคคล' })).toBeDisabled();

    await user.selectOptions(within(dialog).getByLabelText(/^ระดับ/), 'LAO');
    expect(within(dialog).getByRole('checkbox', { name: 'ระบบข้อมูลกลาง อปท. (INFO): บันทึกข้อมูล' })).toBeChecked(); // LAO defaults
    await user.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
    // "12" is no LAO code: the shared rule refuses it before anything is sent.
    expect(await within(dialog).findByText(MESSAGES['accounts.scopeRequired'].th)).toBeInTheDocument();
    expect(api.calls.some((c) => c.operation === 'UpdateUser')).toBe(false);

    await user.selectOptions(within(dialog).getByLabelText(/^ระดับ/), 'DEPARTMENT');
    expect(within(dialog).getByLabelText(/รหัสพื้นที่/)).toBeDisabled();
    expect(within(dialog).getByRole('checkbox', { name: 'ผู้ใช้และกุญแจ API: ผู้ดูแลระบบ' })).toBeEnabled();
  });

  it('refuses a blank name by the shared rules before sending anything, and keeps the dialog open', async () => {
    const { user, api } = setup();
    const dialog = await openEdit(user);
    await user.clear(within(dialog).getByLabelText(/ชื่อที่แสดง/));
    await user.click(within(dialog).getByRole('button', { name: 'บันทึก' }));
    expect(await within(dialog).findByText(MESSAGES['input.required'].th)).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'แก้ไขบัญชี prov.12' })).toBeInTheDocument();
    expect(api.calls.some((c) => c.operation === 'UpdateUser')).toBe(false);
  });
});

describe('UsersPage: temporary password and filters', () => {
  it('asks before a reset, then shows the temporary password once', async () => {
    const { user, last } = setup();
    await user.click(await screen.findByRole('button', { name: 'ตั้งรหัสผ่านใหม่ prov.12' }));
    const ask = screen.getByRole('dialog', { name: 'ตั้งรหัสผ่านชั่วคราวให้ prov.12?' });
    await user.click(within(ask).getByRole('button', { name: 'ตั้งรหัสผ่านชั่วคราว' }));
    const shown = await screen.findByRole('dialog', { name: 'รหัสผ่านชั่วคราวของ prov.12' });
    expect(within(shown).getByText('Xk7mQp2nRt9w')).toBeInTheDocument();
    expect(last('ResetUserPassword')).toEqual({ id: 'u-prov' });
    await user.click(within(shown).getByRole('button', { name: 'ปิด' }));
    expect(screen.queryByText('Xk7mQp2nRt9w')).not.toBeInTheDocument();
  });

  it('filters by province and status, keeping them in the address', async () => {
    const { user, last, router } = setup('/admin/users?level=PROVINCE');
    await screen.findByText('prov.12');
    expect(last('Users')).toMatchObject({ filter: { level: 'PROVINCE' } });
    await user.selectOptions(screen.getByLabelText('จังหวัด'), '12');
    await user.selectOptions(screen.getByLabelText('สถานะ'), 'SUSPENDED');
    await waitFor(() => expect(last('Users')).toMatchObject({ filter: { level: 'PROVINCE', provinceCode: '12', status: 'SUSPENDED' } }));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ level: 'PROVINCE', province: '12', status: 'SUSPENDED' });
  });
});
