import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen, waitFor, within } from '@testing-library/react';
import type { fakeApi, Handlers } from '../../test/fakeApi';
import { LAO, nationalId, OTHER_LAO, place, SUBDISTRICTS, wrongCheckDigit } from './testing/fixtures';
import { renderPage } from './testing/renderPage';
import RegisterPage from './RegisterPage';

const ID = nationalId('110170020348');
const CHECK_DIGIT = 'เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบอีกครั้ง';
const DUPLICATE = `บุคคลนี้มีสิทธิ์เบี้ยยังชีพผู้สูงอายุอยู่แล้วที่ อปท. รหัส ${OTHER_LAO} ลงทะเบียนซ้ำไม่ได้`;

function setup(handlers: Handlers = {}) {
  return renderPage(<RegisterPage />, {
    route: `/welfare/lao/${LAO}/register`,
    path: '/welfare/lao/:laoCode/register',
    handlers: {
      WelfareLao: ({ code }) => ({ localAuthority: code === LAO ? place() : place(String(code), 'เทศบาลตำบลวัดชลอ') }),
      WelfareSubdistricts: () => ({ welfareSubdistricts: SUBDISTRICTS }),
      WelfareCheckNationalId: () => ({ welfareCheckNationalId: { __typename: 'NationalIdCheck', valid: true, enrolments: [] } }),
      ...handlers,
    },
  });
}

const idField = () => screen.getByLabelText('เลขประจำตัวประชาชน');
/** What the ID field says about itself (its hint and its error). */
const idDescription = () =>
  (idField().getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');
const checks = (api: { calls: ReturnType<typeof fakeApi>['calls'] }) => api.calls.filter((c) => c.operation === 'WelfareCheckNationalId');

describe('registering a person for an allowance', () => {
  it('says a wrong check digit as soon as the 13th digit is typed, and asks the country only for a valid ID', async () => {
    const { api, user } = setup();
    await user.type(await screen.findByLabelText('เลขประจำตัวประชาชน'), wrongCheckDigit(ID).slice(0, 12));
    expect(idDescription()).not.toContain(CHECK_DIGIT);
    await user.type(idField(), wrongCheckDigit(ID).slice(12));
    expect(idDescription()).toContain(CHECK_DIGIT);
    expect(idField()).toHaveAttribute('aria-invalid', 'true');

    await user.clear(idField());
    await user.type(idField(), 'abc');
    expect(idDescription()).toContain('เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลัก');

    await user.clear(idField());
    await user.type(idField(), ID);
    expect(screen.queryAllByText(CHECK_DIGIT)).toHaveLength(0);
    expect(await screen.findByText('ไม่พบการลงทะเบียนของเลขประจำตัวประชาชนนี้ในระบบ')).toBeInTheDocument();
    expect(checks(api).map((c) => c.variables.nationalId)).toEqual([ID]);
  });

  it('warns before saving that the person already holds the allowance at another LAO, and saves nothing', async () => {
    const { api, user } = setup({
      WelfareCheckNationalId: () => ({
        welfareCheckNationalId: { __typename: 'NationalIdCheck', valid: true, enrolments: [{ __typename: 'Enrolment', allowanceType: 'ELDERLY', status: 'ACTIVE', laoCode: OTHER_LAO }] },
      }),
    });
    await user.type(await screen.findByLabelText('เลขประจำตัวประชาชน'), ID);
    // Another allowance is allowed: the enrolment is listed, not a duplicate.
    await user.click(screen.getByRole('radio', { name: 'เบี้ยความพิการ' }));
    expect(await screen.findByText(`เบี้ยยังชีพผู้สูงอายุ ที่ อปท. รหัส ${OTHER_LAO} (รับเบี้ยอยู่)`)).toBeInTheDocument();
    expect(screen.queryByText(DUPLICATE, { exact: false })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'เบี้ยยังชีพผู้สูงอายุ' }));
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent(DUPLICATE);
    expect(await within(warning).findByText(/เทศบาลตำบลวัดชลอ จังหวัดนนทบุรี/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'บันทึกการลงทะเบียน' }));
    expect(api.calls.some((c) => c.operation === 'RegisterBeneficiary')).toBe(false);
  });

  it('shows the bank account only for a bank transfer and the disability card only for the disability allowance', async () => {
    const { user } = setup();
    await screen.findByLabelText('เลขประจำตัวประชาชน');
    expect(screen.queryByLabelText(/เลขที่บัญชีธนาคาร/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'โอนเข้าบัญชีธนาคาร' }));
    expect(screen.getByLabelText(/เลขที่บัญชีธนาคาร/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'รับเงินสด' }));
    expect(screen.queryByLabelText(/เลขที่บัญชีธนาคาร/)).not.toBeInTheDocument();

    expect(screen.queryByLabelText('เลขที่บัตรประจำตัวคนพิการ')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'เบี้ยความพิการ' }));
    expect(screen.getByLabelText('เลขที่บัตรประจำตัวคนพิการ')).toBeInTheDocument();
  });

  it('shows the amount and first month the rules give, and sends the dates in the Christian Era', async () => {
    const registered: Record<string, unknown>[] = [];
    const { user, router } = setup({
      RegisterBeneficiary: ({ input }) => {
        registered.push(input as Record<string, unknown>);
        return { registerBeneficiary: { __typename: 'Beneficiary', id: '0b6f1c9e-1111-4a2b-9c3d-123456789abc' } };
      },
      WelfareBeneficiaries: () => ({ welfareBeneficiaries: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } }),
      WelfareYear: () => ({ welfareYear: null }),
    });
    await user.type(await screen.findByLabelText('เลขประจำตัวประชาชน'), ID);
    await user.type(screen.getByLabelText('คำนำหน้า'), 'นาง');
    await user.type(screen.getByLabelText('ชื่อ'), 'สมศรี');
    await user.type(screen.getByLabelText('นามสกุล'), 'ใจดี');
    await user.type(screen.getByLabelText('วันเดือนปีเกิด'), '01/03/2493');
    await user.click(screen.getByRole('radio', { name: 'หญิง' }));
    await user.type(screen.getByLabelText('บ้านเลขที่'), '12/3');
    await user.type(screen.getByLabelText('หมู่ที่ (ไม่บังคับ)'), '4');
    await user.selectOptions(screen.getByLabelText('ตำบล / แขวง'), 'ตลาดขวัญ');
    await user.click(screen.getByRole('radio', { name: 'เบี้ยยังชีพผู้สูงอายุ' }));
    const registeredOn = screen.getByLabelText('วันที่ลงทะเบียน');
    await user.clear(registeredOn);
    await user.type(registeredOn, '15/01/2568');
    await user.click(screen.getByRole('radio', { name: 'โอนเข้าบัญชีธนาคาร' }));
    await user.type(screen.getByLabelText(/เลขที่บัญชีธนาคาร/), '123-4-56789-0');

    // 74 on 1 Feb 2025: the 700-baht tier, paid from the month after registration.
    const preview = screen.getByRole('region', { name: 'เบี้ยที่จะได้รับตามหลักเกณฑ์' });
    expect(preview).toHaveTextContent('700 บาท');
    expect(preview).toHaveTextContent('กุมภาพันธ์ 2568');

    await user.click(screen.getByRole('button', { name: 'บันทึกการลงทะเบียน' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/welfare/lao/${LAO}/person/0b6f1c9e-1111-4a2b-9c3d-123456789abc`));
    expect(registered).toEqual([
      {
        laoCode: LAO,
        nationalId: ID,
        title: 'นาง',
        firstName: 'สมศรี',
        lastName: 'ใจดี',
        birthDate: '1950-03-01',
        sex: 'FEMALE',
        address: { houseNo: '12/3', villageNo: 4, street: null, subdistrictCode: '120102' },
        phone: null,
        allowanceType: 'ELDERLY',
        registeredOn: '2025-01-15',
        paymentMethod: 'BANK_TRANSFER',
        bankAccount: '123-4-56789-0',
        disabilityCardNo: null,
      },
    ]);
  });

  it('says the server’s DUPLICATE conflict the way the check says it', async () => {
    const { user } = setup({
      RegisterBeneficiary: () => {
        throw new CombinedGraphQLErrors({
          data: null,
          errors: [{ message: DUPLICATE, extensions: { code: 'CONFLICT', reason: 'DUPLICATE', laoCode: OTHER_LAO, allowanceType: 'ELDERLY', status: 'ACTIVE' } }],
        });
      },
    });
    await user.type(await screen.findByLabelText('เลขประจำตัวประชาชน'), ID);
    await screen.findByText('ไม่พบการลงทะเบียนของเลขประจำตัวประชาชนนี้ในระบบ');
    await user.type(screen.getByLabelText('คำนำหน้า'), 'นาย');
    await user.type(screen.getByLabelText('ชื่อ'), 'สมชาย');
    await user.type(screen.getByLabelText('นามสกุล'), 'มั่นคง');
    await user.type(screen.getByLabelText('วันเดือนปีเกิด'), '12/07/2483');
    await user.click(screen.getByRole('radio', { name: 'ชาย' }));
    await user.type(screen.getByLabelText('บ้านเลขที่'), '9');
    await user.selectOptions(screen.getByLabelText('ตำบล / แขวง'), 'สวนใหญ่');
    await user.click(screen.getByRole('radio', { name: 'เบี้ยยังชีพผู้สูงอายุ' }));
    await user.click(screen.getByRole('radio', { name: 'รับเงินสด' }));
    await user.click(screen.getByRole('button', { name: 'บันทึกการลงทะเบียน' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(DUPLICATE);
  });
});
