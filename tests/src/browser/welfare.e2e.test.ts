import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, gql, login } from '../support/api';
import { launchChromium, loginAs, screenshot } from '../support/browser';

/** Nonthaburi (province 12): เทศบาลเมืองนนทบุรี registers; เทศบาลตำบลวัดชลอ already pays one person the elderly allowance. */
const LAO = '3120101';
const OTHER_LAO = '4120201';

/** A fresh national ID with its check digit (the demo may hold any other), and the same with a wrong last digit. */
function newNationalId(): string {
  const first12 = `3${String(Date.now()).slice(-8)}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}
const withWrongCheckDigit = (id: string) => `${id.slice(0, 12)}${(Number(id[12]) + 1) % 10}`;

const REGISTER = `mutation($input: RegisterBeneficiaryInput!) { registerBeneficiary(input: $input) { id } }`;

/** Registers a person through the API as the LAO's official would (a year ago: paid this month). */
async function registerThroughApi(token: string, laoCode: string, nationalId: string, paymentMethod: 'BANK_TRANSFER' | 'CASH') {
  const subdistricts = await gql<{ welfareSubdistricts: { code: string }[] }>(
    `query($l: String!) { welfareSubdistricts(laoCode: $l) { code } }`,
    { l: laoCode },
    { token },
  );
  const year = new Date().getFullYear() - 1;
  const res = await gql<{ registerBeneficiary: { id: string } }>(
    REGISTER,
    {
      input: {
        laoCode,
        nationalId,
        title: 'นาง',
        firstName: 'ทดสอบ',
        lastName: `ย้ายมา${nationalId.slice(-4)}`,
        birthDate: '1948-05-10',
        sex: 'FEMALE',
        address: { houseNo: '45', villageNo: 2, street: null, subdistrictCode: subdistricts.data!.welfareSubdistricts[0]!.code },
        phone: null,
        allowanceType: 'ELDERLY',
        registeredOn: `${year}-01-15`,
        paymentMethod,
        bankAccount: paymentMethod === 'BANK_TRANSFER' ? '1234567890' : null,
        disabilityCardNo: null,
      },
    },
    { token },
  );
  if (!res.data?.registerBeneficiary) throw new Error(`registerBeneficiary: ${JSON.stringify(res.errors)}`);
  return res.data.registerBeneficiary.id;
}

/**
 * Welfare in the SPA, end to end: an LAO official of Nonthaburi registers a person (a wrong check digit is refused
 * as it is typed), is warned before saving that another ID already holds the elderly allowance at another LAO,
 * and exports the month's payment list (Excel and the bank file); the department opens the person's page and reads
 * who viewed the record.
 */
describe('Welfare: an LAO registers and exports its payments, the department reads who viewed a person', () => {
  let browser: Browser;
  let official: Page;
  let personPath: string;
  const enrolledElsewhere = newNationalId();
  const registered = newNationalId();
  const pages: Page[] = [];

  const newPage = async () => {
    const context = await browser.newContext({ locale: 'th-TH', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    // The people the test needs, made through the API: one paid at another LAO (the duplicate), one paid here.
    await registerThroughApi(await login(`lao.${OTHER_LAO}`), OTHER_LAO, enrolledElsewhere, 'CASH');
    await registerThroughApi(await login(`lao.${LAO}`), LAO, newNationalId(), 'BANK_TRANSFER');
    browser = await launchChromium();
  });

  afterEach(async () => {
    const name = expect.getState().currentTestName?.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 70) ?? 'welfare';
    for (const [i, page] of pages.entries()) await screenshot(page, `${name}-${i}`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the LAO official opens the registry and registers a person, the check digit refused as it is typed', async () => {
    official = await newPage();
    await loginAs(official, `lao.${LAO}`);
    await official.goto(`${baseUrl()}/welfare/lao/${LAO}`);
    const registry = official.getByRole('table', { name: 'ทะเบียนผู้มีสิทธิ์รับเบี้ยยังชีพ' });
    await registry.getByRole('row').nth(1).waitFor();
    await official.getByRole('heading', { name: /การรับรองบัญชีผู้มีสิทธิ์ ปีงบประมาณ/ }).waitFor();
    await screenshot(official, 'welfare-list');

    await official.getByRole('link', { name: 'ลงทะเบียน' }).click();
    await official.getByRole('heading', { level: 1, name: 'ลงทะเบียนผู้มีสิทธิ์รับเบี้ยยังชีพ' }).waitFor();
    const id = official.getByLabel('เลขประจำตัวประชาชน', { exact: true });
    await id.pressSequentially(withWrongCheckDigit(registered));
    await official.getByText('เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบอีกครั้ง').first().waitFor();
    expect(await id.getAttribute('aria-invalid')).toBe('true');
    await screenshot(official, 'welfare-registration-error');

    await id.fill(registered);
    await official.getByText('ไม่พบการลงทะเบียนของเลขประจำตัวประชาชนนี้ในระบบ').waitFor();
    await official.getByLabel('คำนำหน้า').fill('นาย');
    await official.getByLabel('ชื่อ', { exact: true }).fill('สมหมาย');
    await official.getByLabel('นามสกุล').fill(`ทดลองงาน${registered.slice(-4)}`);
    await official.getByLabel('วันเดือนปีเกิด').fill('05/06/2495');
    await official.getByRole('radio', { name: 'ชาย' }).check();
    await official.getByLabel('บ้านเลขที่').fill('99/1');
    await official.getByLabel('หมู่ที่ (ไม่บังคับ)').fill('3');
    await official.getByLabel('ตำบล / แขวง').selectOption({ index: 1 });
    await official.getByRole('radio', { name: 'เบี้ยยังชีพผู้สูงอายุ' }).check();
    await official.getByRole('radio', { name: 'โอนเข้าบัญชีธนาคาร' }).check();
    await official.getByLabel(/เลขที่บัญชีธนาคาร/).fill('0987654321');
    // The amount and the first month the rules give, before saving (74 next month: the 700-baht tier).
    await official.getByRole('region', { name: 'เบี้ยที่จะได้รับตามหลักเกณฑ์' }).getByText('700 บาท').waitFor();
    await official.getByRole('button', { name: 'บันทึกการลงทะเบียน' }).click();

    await official.waitForURL(/\/welfare\/lao\/\d{7}\/person\//);
    await official.getByRole('status').filter({ hasText: 'ลงทะเบียนเรียบร้อยแล้ว' }).waitFor();
    await official.getByRole('heading', { level: 1, name: /นายสมหมาย ทดลองงาน/ }).waitFor();
    personPath = new URL(official.url()).pathname;
    await screenshot(official, 'welfare-person');
  });

  it('the official is warned before saving that another ID already holds the elderly allowance at another LAO', async () => {
    await official.goto(`${baseUrl()}/welfare/lao/${LAO}/register`);
    await official.getByLabel('เลขประจำตัวประชาชน', { exact: true }).fill(enrolledElsewhere);
    await official.getByRole('radio', { name: 'เบี้ยยังชีพผู้สูงอายุ' }).check();
    await official
      .getByRole('alert')
      .filter({ hasText: `บุคคลนี้มีสิทธิ์เบี้ยยังชีพผู้สูงอายุอยู่แล้วที่ อปท. รหัส ${OTHER_LAO} ลงทะเบียนซ้ำไม่ได้` })
      .waitFor();
    await screenshot(official, 'welfare-registration-duplicate');
  });

  it('the official exports the month’s payment list to Excel and the bank file, both on the audit trail', async () => {
    await official.goto(`${baseUrl()}/welfare/lao/${LAO}/payments`);
    await official.getByRole('heading', { level: 1, name: /^รายการจ่ายเบี้ยยังชีพ เดือน/ }).waitFor();
    await official.getByRole('table').getByRole('row').nth(1).waitFor();

    const [excel] = await Promise.all([official.waitForEvent('download'), official.getByRole('button', { name: 'ส่งออก Excel' }).click()]);
    expect(excel.suggestedFilename()).toMatch(new RegExp(`^welfare-payments-${LAO}-\\d{4}-\\d{2}\\.xlsx$`));
    const xlsx = readFileSync((await excel.path())!);
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    await official.getByRole('status').filter({ hasText: 'บันทึกในประวัติการใช้งานแล้ว' }).waitFor();

    const [bank] = await Promise.all([official.waitForEvent('download'), official.getByRole('button', { name: 'ไฟล์โอนเงินธนาคาร (CSV)' }).click()]);
    expect(bank.suggestedFilename()).toMatch(new RegExp(`^welfare-transfer-${LAO}-\\d{4}-\\d{2}\\.csv$`));
    const csv = readFileSync((await bank.path())!, 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('เลขที่บัญชี,ชื่อบัญชี,จำนวนเงิน');
    expect(csv).toContain('1234567890,');

    const token = await login(`lao.${LAO}`);
    const trail = await gql<{ auditTrail: { edges: { node: { action: string; purpose: string | null } }[] } }>(
      `query { auditTrail(filter: { module: WELFARE, action: EXPORT_PERSONAL }, first: 10) { edges { node { action purpose } } } }`,
      {},
      { token },
    );
    expect(trail.data!.auditTrail.edges.map((e) => e.node.purpose)).toEqual(expect.arrayContaining(['ไฟล์โอนเงินเบี้ยยังชีพ', 'บัญชีรายชื่อผู้มีสิทธิ์รับเงิน']));
  });

  it('the department opens the person’s page and reads who viewed the record', async () => {
    const department = await newPage();
    await loginAs(department, 'admin');
    await department.goto(`${baseUrl()}${personPath}`);
    await department.getByRole('heading', { level: 1, name: /นายสมหมาย ทดลองงาน/ }).waitFor();
    const log = department.getByRole('table', { name: 'ผู้ที่เปิดดูข้อมูลรายนี้' });
    await log.getByRole('row').filter({ hasText: `lao.${LAO}` }).filter({ hasText: 'เพิ่มข้อมูล' }).waitFor();
    await log.getByRole('row').filter({ hasText: `lao.${LAO}` }).filter({ hasText: 'อ่านข้อมูลส่วนบุคคล' }).first().waitFor();
    await screenshot(department, 'welfare-person-department');
  });
});
