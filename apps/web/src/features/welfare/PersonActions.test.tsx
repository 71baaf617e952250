import { screen, waitFor, within } from '@testing-library/react';
import { beneficiary, LAO, place, SOMSRI, SUBDISTRICTS } from './testing/fixtures';
import { renderPage } from './testing/renderPage';
import PersonPage from './PersonPage';

function setup() {
  const current = beneficiary(SOMSRI);
  return renderPage(<PersonPage />, {
    route: `/welfare/lao/${LAO}/person/${SOMSRI.id}`,
    path: '/welfare/lao/:laoCode/person/:id',
    handlers: {
      WelfareBeneficiary: () => ({ welfareBeneficiary: current }),
      WelfareLao: () => ({ localAuthority: place() }),
      WelfareSubdistricts: () => ({ welfareSubdistricts: SUBDISTRICTS }),
      AuditTrail: () => ({ auditTrail: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } }),
      WelfareBeneficiaries: () => ({ welfareBeneficiaries: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } }),
      WelfareYear: () => ({ welfareYear: null }),
      EndBeneficiary: () => ({ endBeneficiary: { ...current, status: 'ENDED', endReason: 'DIED', endedOn: '2025-11-15', monthlyAmount: 0 } }),
      SuspendBeneficiary: () => ({ suspendBeneficiary: { ...current, status: 'SUSPENDED', monthlyAmount: 0 } }),
      UpdateBeneficiary: ({ input }) => ({ updateBeneficiary: { ...current, paymentMethod: (input as { paymentMethod: string }).paymentMethod, bankAccount: null } }),
    },
  });
}

describe('changing an enrolment from the person’s page', () => {
  it('ends it with a reason and a Buddhist-Era day, refusing a day in the future', async () => {
    const { api, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'สิ้นสุดสิทธิ์' }));
    const dialog = screen.getByRole('dialog', { name: 'บันทึกสิ้นสุดสิทธิ์' });
    await user.click(within(dialog).getByRole('button', { name: 'บันทึกสิ้นสุดสิทธิ์' }));
    expect(await within(dialog).findByText('กรุณากรอกข้อมูล')).toBeInTheDocument();

    await user.selectOptions(within(dialog).getByLabelText('เหตุที่สิ้นสุดสิทธิ์'), 'เสียชีวิต');
    const day = within(dialog).getByLabelText('วันที่สิ้นสุดสิทธิ์');
    await user.clear(day);
    await user.type(day, '01/01/2600');
    await user.click(within(dialog).getByRole('button', { name: 'บันทึกสิ้นสุดสิทธิ์' }));
    expect(await within(dialog).findByText('วันที่ต้องไม่อยู่ในอนาคต')).toBeInTheDocument();

    await user.clear(day);
    await user.type(day, '15/11/2568');
    await user.click(within(dialog).getByRole('button', { name: 'บันทึกสิ้นสุดสิทธิ์' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls.find((c) => c.operation === 'EndBeneficiary')?.variables).toEqual({ input: { id: SOMSRI.id, reason: 'DIED', endedOn: '2025-11-15', note: null } });
    expect(await screen.findByText('บันทึกสิ้นสุดสิทธิ์แล้ว')).toBeInTheDocument();
    // Ended: nothing more to change.
    expect(screen.queryByRole('button', { name: 'แก้ไขข้อมูล' })).not.toBeInTheDocument();
  });

  it('suspends payments from today unless told, with a note', async () => {
    const { api, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'ระงับการจ่าย' }));
    const dialog = screen.getByRole('dialog', { name: 'ระงับการจ่ายเบี้ยชั่วคราว' });
    await user.type(within(dialog).getByLabelText('หมายเหตุ (ไม่บังคับ)'), 'ไม่พบตัวตามทะเบียนบ้าน');
    await user.click(within(dialog).getByRole('button', { name: 'ระงับการจ่าย' }));
    await waitFor(() => expect(api.calls.some((c) => c.operation === 'SuspendBeneficiary')).toBe(true));
    const input = api.calls.find((c) => c.operation === 'SuspendBeneficiary')!.variables.input as Record<string, unknown>;
    expect(input).toMatchObject({ id: SOMSRI.id, note: 'ไม่พบตัวตามทะเบียนบ้าน' });
    expect(input.on).toMatch(/^20\d{2}-\d{2}-\d{2}$/);
    expect(await screen.findByRole('button', { name: 'จ่ายเบี้ยต่อ' })).toBeInTheDocument();
  });

  it('edits the payment: the bank account leaves with a change to cash, the address only when asked', async () => {
    const { api, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'แก้ไขข้อมูล' }));
    const dialog = screen.getByRole('dialog', { name: 'แก้ไขที่อยู่ โทรศัพท์ และการรับเงิน' });
    expect(within(dialog).getByLabelText(/เลขที่บัญชีธนาคาร/)).toHaveValue('1234567890');
    expect(within(dialog).queryByLabelText('บ้านเลขที่')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'รับเงินสด' }));
    expect(within(dialog).queryByLabelText(/เลขที่บัญชีธนาคาร/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'บันทึกการแก้ไข' }));
    await waitFor(() => expect(api.calls.some((c) => c.operation === 'UpdateBeneficiary')).toBe(true));
    expect(api.calls.find((c) => c.operation === 'UpdateBeneficiary')?.variables).toEqual({ input: { id: SOMSRI.id, paymentMethod: 'CASH' } });

    await user.click(await screen.findByRole('button', { name: 'แก้ไขข้อมูล' }));
    const again = screen.getByRole('dialog', { name: 'แก้ไขที่อยู่ โทรศัพท์ และการรับเงิน' });
    await user.click(within(again).getByLabelText('เปลี่ยนที่อยู่ (กรอกที่อยู่ใหม่ทั้งหมด)'));
    await user.type(within(again).getByLabelText('บ้านเลขที่'), '8');
    await user.click(within(again).getByRole('button', { name: 'บันทึกการแก้ไข' }));
    expect(await within(again).findByText('กรุณากรอกข้อมูล')).toBeInTheDocument();
    await user.selectOptions(within(again).getByLabelText('ตำบล / แขวง'), 'สวนใหญ่');
    await user.click(within(again).getByRole('button', { name: 'บันทึกการแก้ไข' }));
    await waitFor(() => expect(api.calls.filter((c) => c.operation === 'UpdateBeneficiary')).toHaveLength(2));
    expect(api.calls.filter((c) => c.operation === 'UpdateBeneficiary')[1]!.variables).toEqual({
      input: { id: SOMSRI.id, address: { houseNo: '8', villageNo: null, street: null, subdistrictCode: '120101' } },
    });
  });
});
