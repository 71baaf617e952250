import { AUDIT_ACTION_LABELS, defaultRights, MESSAGES } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, session } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import AuditTrailPage from './AuditTrailPage';

const entry = (id: number, overrides: Record<string, unknown> = {}) => ({
  __typename: 'AuditEntry',
  id: String(id),
  at: '2026-11-24T09:29:30.000Z',
  actor: 'admin',
  actorLevel: 'DEPARTMENT',
  apiKeyName: null,
  action: 'READ_PERSONAL',
  module: 'REGISTRY',
  laoCode: '6120601',
  subjectType: 'LOCAL_AUTHORITY',
  subjectId: '6120601',
  subjectCount: 1,
  purpose: null,
  ...overrides,
});

const page = (nodes: ReturnType<typeof entry>[], totalCount: number, endCursor: string | null) => ({
  auditTrail: {
    __typename: 'AuditEntryConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
    edges: nodes.map((node) => ({ __typename: 'AuditEntryEdge', node })),
  },
});

function setup(route: string) {
  const api = fakeApi({
    Session: session('DEPARTMENT', null, defaultRights('DEPARTMENT')),
    AuditTrail: (variables) => (variables.after === 'c1' ? page([entry(2, { action: 'UPDATE', subjectCount: 3 })], 2, null) : page([entry(1)], 2, 'c1')),
  });
  const user = userEvent.setup();
  const view = renderWithApp(<AuditTrailPage />, { route, providers: api.providers });
  const trailCalls = () => api.calls.filter((c) => c.operation === 'AuditTrail');
  return { api, user, router: view.router, trailCalls };
}

describe('AuditTrailPage', () => {
  it('asks for the filter in the address and shows it in the form, days in the Buddhist Era', async () => {
    const { trailCalls } = setup('/audit?lao=6120601&action=READ_PERSONAL&from=2026-11-01&to=2026-11-30');
    expect(await screen.findByRole('heading', { level: 1, name: 'ประวัติการใช้งานระบบ' })).toBeInTheDocument();
    await screen.findByText('พบ 2 รายการ');
    expect(trailCalls()[0]?.variables).toEqual({
      filter: { action: 'READ_PERSONAL', laoCode: '6120601', from: '2026-11-01T00:00:00.000+07:00', to: '2026-11-30T23:59:59.999+07:00' },
      first: 50,
    });
    expect(screen.getByLabelText('รหัส อปท.')).toHaveValue('6120601');
    expect(screen.getByLabelText('การดำเนินการ')).toHaveValue('READ_PERSONAL');
    expect(screen.getByLabelText('ตั้งแต่วันที่')).toHaveValue('01/11/2569');
    expect(screen.getByLabelText('ถึงวันที่')).toHaveValue('30/11/2569');
  });

  it('shows each entry in Thai: the Bangkok time to the second in BE, the level, the action, the module', async () => {
    setup('/audit');
    const table = await screen.findByRole('table', { name: 'ประวัติการใช้งานระบบ' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '24/11/2569 16:29:30',
      'admin',
      'ระดับกรม',
      AUDIT_ACTION_LABELS.READ_PERSONAL.th,
      'ทะเบียน อปท.',
      '6120601',
      'ข้อมูล อปท.',
      '6120601',
      '1',
      '',
    ]);
    expect(within(row).getByRole('link', { name: '6120601' })).toHaveAttribute('href', '/lao/6120601');
  });

  it('puts a new filter in the address and asks for it', async () => {
    const { user, router, trailCalls } = setup('/audit');
    await screen.findByText('พบ 2 รายการ');
    await user.selectOptions(screen.getByLabelText('ระบบ'), 'INFO');
    await user.type(screen.getByLabelText('ผู้ดำเนินการ'), 'prov.50');
    await user.type(screen.getByLabelText('ตั้งแต่วันที่'), '1/10/2569');
    await user.click(screen.getByRole('button', { name: 'ค้นหา' }));

    await waitFor(() => expect(router.state.location.search).toBe('?module=INFO&actor=prov.50&from=2026-10-01'));
    await waitFor(() => expect(trailCalls().at(-1)?.variables.filter).toEqual({ module: 'INFO', actor: 'prov.50', from: '2026-10-01T00:00:00.000+07:00' }));
    // Clearing empties the address and the form.
    await user.click(await screen.findByRole('button', { name: 'ล้างตัวกรอง' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByLabelText('ผู้ดำเนินการ')).toHaveValue('');
  });

  it('refuses a day that is not a BE day, or a start after the end, and keeps the address', async () => {
    const { user, router } = setup('/audit?lao=6120601');
    await screen.findByText('พบ 2 รายการ');
    await user.type(screen.getByLabelText('ตั้งแต่วันที่'), '31/02/2569');
    await user.click(screen.getByRole('button', { name: 'ค้นหา' }));
    expect(await screen.findByText(MESSAGES['input.date'].th)).toBeInTheDocument();
    expect(screen.getByLabelText('ตั้งแต่วันที่')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText('ตั้งแต่วันที่'));
    await user.type(screen.getByLabelText('ตั้งแต่วันที่'), '02/12/2569');
    await user.type(screen.getByLabelText('ถึงวันที่'), '01/12/2569');
    await user.click(screen.getByRole('button', { name: 'ค้นหา' }));
    expect(await screen.findByText(MESSAGES['audit.fromAfterTo'].th)).toBeInTheDocument();
    expect(router.state.location.search).toBe('?lao=6120601');
  });

  it('adds the next page under the first with "more"', async () => {
    const { user, trailCalls } = setup('/audit');
    await screen.findByText('แสดง 1 จาก 2 รายการ');
    await user.click(screen.getByRole('button', { name: 'แสดงเพิ่มเติม' }));
    await screen.findByText('แสดง 2 จาก 2 รายการ');
    expect(trailCalls().at(-1)?.variables).toMatchObject({ after: 'c1', first: 50 });
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[3]!.textContent)).toEqual([AUDIT_ACTION_LABELS.READ_PERSONAL.th, AUDIT_ACTION_LABELS.UPDATE.th]);
    expect(screen.queryByRole('button', { name: 'แสดงเพิ่มเติม' })).not.toBeInTheDocument();
  });
});
