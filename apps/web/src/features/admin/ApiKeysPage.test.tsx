import { defaultRights, PLATFORM_MODULE_LABELS, PLATFORM_MODULES } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, session } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import ApiKeysPage from './ApiKeysPage';

const key = (overrides: Record<string, unknown>) => ({
  __typename: 'ApiKey',
  id: 'k1',
  name: 'สำนักงานสถิติแห่งชาติ',
  keyPrefix: 'lk_ab12',
  createdAt: '2026-11-01T03:00:00.000Z',
  createdBy: 'admin',
  lastUsedAt: '2026-11-24T02:15:00.000Z',
  revokedAt: null,
  expiresAt: '2026-12-31T16:59:59.000Z',
  provinceCode: '74',
  rights: [{ __typename: 'ModuleRights', module: 'INFO', rights: ['VIEW'] }],
  usage: [
    { __typename: 'ApiKeyUsageDay', day: '2026-11-24', requests: 5, refusals: 1 },
    { __typename: 'ApiKeyUsageDay', day: '2026-11-20', requests: 7, refusals: 0 },
  ],
  ...overrides,
});

const PROVINCES = {
  provinces: [{ __typename: 'Province', code: '74', nameTh: 'สมุทรสาคร', nameEn: 'Samut Sakhon', districts: [] }],
};

function setup(keys: ReturnType<typeof key>[]) {
  const api = fakeApi({
    Session: session('DEPARTMENT', null, defaultRights('DEPARTMENT')),
    ApiKeys: () => ({ apiKeys: keys }),
    Provinces: () => PROVINCES,
    RevokeApiKey: ({ id }) => ({ revokeApiKey: { ...keys.find((k) => k.id === id)!, revokedAt: '2026-11-25T01:00:00.000Z' } }),
  });
  renderWithApp(<ApiKeysPage />, { providers: api.providers });
  return { api, user: userEvent.setup() };
}

const cellsOf = (row: HTMLElement) => Array.from(row.children) as HTMLElement[];

describe('ApiKeysPage', () => {
  it('lists each key with what it may read, until when, and its use over the last 30 days', async () => {
    setup([
      key({}),
      key({ id: 'k2', name: 'กรมบัญชีกลาง', keyPrefix: 'lk_cd34', provinceCode: null, expiresAt: null, lastUsedAt: null, usage: [], revokedAt: '2026-11-10T01:00:00.000Z',
        rights: ['REGISTRY', 'INFO'].map((module) => ({ __typename: 'ModuleRights', module, rights: ['VIEW'] })) }),
    ]);
    const table = await screen.findByRole('table', { name: 'กุญแจ API' });
    expect(Array.from(table.querySelectorAll(':scope > thead th')).map((h) => h.textContent)).toEqual([
      'หน่วยงาน', 'ขึ้นต้นด้วย', 'ระบบที่อ่านได้', 'จังหวัด', 'สร้างเมื่อ', 'หมดอายุ', 'ใช้ล่าสุด', 'สถานะ', 'การใช้งาน 30 วันล่าสุด', 'ดำเนินการ',
    ]);
    // The keys' own rows (each key's usage table has rows of its own).
    const [first, second] = Array.from(table.querySelector(':scope > tbody')!.children) as HTMLElement[];
    const limited = cellsOf(first!);
    expect(limited[0]).toHaveTextContent('สำนักงานสถิติแห่งชาติ');
    expect(limited[1]).toHaveTextContent('lk_ab12…');
    expect(limited[2]).toHaveTextContent(PLATFORM_MODULE_LABELS.INFO.th);
    await waitFor(() => expect(limited[3]).toHaveTextContent('สมุทรสาคร'));
    expect(limited[5]).toHaveTextContent('31 ธ.ค. 2569');
    expect(limited[6]).toHaveTextContent('24 พ.ย. 2569');
    expect(limited[8]).toHaveTextContent('คำขอ 12 ครั้ง · ถูกปฏิเสธ 1 ครั้ง');
    const byDay = within(limited[8]!).getByRole('table', { name: 'การใช้งานรายวันของกุญแจ สำนักงานสถิติแห่งชาติ' });
    expect(within(byDay).getAllByRole('row').map((r) => r.textContent)).toEqual(['วันที่คำขอถูกปฏิเสธ', '24 พ.ย. 256951', '20 พ.ย. 256970', 'รวม121']);

    const revoked = cellsOf(second!);
    expect(revoked[2]).toHaveTextContent(`${PLATFORM_MODULE_LABELS.REGISTRY.th}, ${PLATFORM_MODULE_LABELS.INFO.th}`);
    expect(revoked[3]).toHaveTextContent('ทั้งประเทศ');
    expect(revoked[5]).toHaveTextContent('ไม่มีกำหนด');
    expect(revoked[6]).toHaveTextContent('ยังไม่เคยใช้');
    expect(revoked[7]).toHaveTextContent('ยกเลิกแล้ว 10 พ.ย. 2569');
    expect(revoked[8]).toHaveTextContent('ไม่มีการใช้งาน');
    expect(within(revoked[9]!).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says a key past its expiry has expired, and a key on every module reads them all', async () => {
    const everything = PLATFORM_MODULES.map((module) => ({ __typename: 'ModuleRights', module, rights: ['VIEW'] }));
    setup([key({ expiresAt: '2020-01-31T16:59:59.000Z', rights: everything })]);
    const table = await screen.findByRole('table', { name: 'กุญแจ API' });
    expect(within(table).getByText('หมดอายุแล้ว')).toHaveClass('badge--off');
    expect(within(table).getByText('ทุกระบบ')).toHaveClass('key-modules');
  });

  it('revokes a key after the department confirms it', async () => {
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(true);
    const { api, user } = setup([key({})]);
    await user.click(await screen.findByRole('button', { name: 'ยกเลิกกุญแจ สำนักงานสถิติแห่งชาติ' }));
    expect(await screen.findByRole('status')).toHaveTextContent('ยกเลิกกุญแจของ สำนักงานสถิติแห่งชาติ แล้ว');
    expect(api.calls.find((c) => c.operation === 'RevokeApiKey')?.variables).toEqual({ id: 'k1' });
    confirm.mockRestore();
  });
});
