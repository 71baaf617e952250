import { AUDIT_ACTION_LABELS, BUDDHIST_ERA_OFFSET, formatDate, PLATFORM_MODULE_LABELS } from '@lao/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, codeOf, DEMO_API_KEY, gql, login } from '../support/api';
import { launchChromium, loginAs, screenshot } from '../support/browser';

interface Lao {
  code: string;
  nameTh: string;
  province: { code: string; nameTh: string };
}

/**
 * Access in the SPA, end to end (issue 10): the department gives a partner agency a key limited to INFO for one
 * province, the agency uses it (one read answered, one refused), the keys page shows that use; then a department
 * user reads an LAO's INFO administrators with their phone numbers, and the audit trail shows that read in Thai.
 */
describe('access: partner keys and the audit trail', () => {
  const keyName = `สำนักงานสถิติจังหวัด (e2e ${Date.now()})`;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fy: number;
  let lao: Lao;
  let apiKey: string;

  beforeAll(async () => {
    fy = (await gql<{ currentFiscalYear: number }>(`{ currentFiscalYear }`)).data!.currentFiscalYear;
    // An LAO with INFO administrators (the demo key sees them, their phones masked), outside Bangkok.
    const res = await gql<{ localAuthorities: { edges: { node: Lao & { infoAdmins: { name: string; phone: string | null }[] | null } }[] } }>(
      `{ localAuthorities(filter: { provinceCode: "74", type: SAO }, first: 20) { edges { node { code nameTh province { code nameTh } infoAdmins { name phone } } } } }`,
      {},
      { apiKey: DEMO_API_KEY },
    );
    const withAdmins = res.data!.localAuthorities.edges.map((e) => e.node).find((l) => (l.infoAdmins?.length ?? 0) > 0)!;
    expect(withAdmins.infoAdmins!.every((a) => a.phone === null)).toBe(true);
    lao = withAdmins;
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'th-TH', viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
  });

  afterEach(async () => {
    const state = expect.getState();
    if (state.currentTestName) await screenshot(page, state.currentTestName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const keyRow = () => page.locator('table.table > tbody > tr').filter({ hasText: keyName });

  it('the department creates a key that views INFO only, in one province, until a BE date', async () => {
    await loginAs(page, 'admin');
    await page.goto(`${baseUrl()}/admin/api-keys`);
    await page.getByRole('heading', { level: 1, name: 'กุญแจ API สำหรับหน่วยงานภายนอก' }).waitFor();
    await page.getByLabel('ชื่อหน่วยงานผู้ใช้กุญแจ').fill(keyName);
    const modules = page.getByRole('group', { name: 'ระบบที่กุญแจอ่านได้ (ดูข้อมูลเท่านั้น)' });
    await modules.getByText('ไม่เลือกเลย: ใช้ชุดเริ่มต้นของ API').waitFor();
    await modules.getByLabel(PLATFORM_MODULE_LABELS.INFO.th, { exact: true }).check();
    await page.getByLabel('จังหวัด', { exact: true }).selectOption({ label: lao.province.nameTh });
    // The fiscal year is already Buddhist Era: the end of next year is in the future.
    await page.getByLabel('วันหมดอายุ (ไม่บังคับ)').fill(`31/12/${fy + 1}`);
    await page.getByRole('button', { name: 'สร้างกุญแจ' }).click();

    await page.getByRole('heading', { name: `กุญแจ API ใหม่ของ ${keyName}` }).waitFor();
    apiKey = await page.locator('#new-key-value').inputValue();
    expect(apiKey.length).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'เก็บกุญแจแล้ว ปิดกล่องนี้' }).click();

    const row = keyRow();
    await row.waitFor();
    const cells = row.locator(':scope > td');
    await expect(cells.nth(2).textContent()).resolves.toBe(PLATFORM_MODULE_LABELS.INFO.th);
    await expect(cells.nth(3).textContent()).resolves.toBe(lao.province.nameTh);
    await expect(cells.nth(5).textContent()).resolves.toBe(formatDate(`${fy + 1 - BUDDHIST_ERA_OFFSET}-12-31T23:59:59+07:00`, 'th'));
    await expect(cells.nth(6).textContent()).resolves.toBe('ยังไม่เคยใช้');
    await expect(cells.nth(8).textContent()).resolves.toBe('ไม่มีการใช้งาน');

    // Over the API, as the department sees it: VIEW on INFO, the province, the expiry.
    const token = await login('admin');
    const keys = await gql<{ apiKeys: { name: string; provinceCode: string; expiresAt: string; rights: { module: string; rights: string[] }[] }[] }>(
      `{ apiKeys { name provinceCode expiresAt rights { module rights } } }`,
      {},
      { token },
    );
    expect(keys.data!.apiKeys.find((k) => k.name === keyName)).toMatchObject({
      provinceCode: lao.province.code,
      rights: [{ module: 'INFO', rights: ['VIEW'] }],
      expiresAt: new Date(`${fy + 1 - BUDDHIST_ERA_OFFSET}-12-31T23:59:59+07:00`).toISOString(),
    });
  });

  it('the agency reads INFO in that province with the key, and is refused the e-Service survey', async () => {
    const info = await gql<{ infoSubmission: { laoCode: string; status: string } }>(
      `query($fy: Int!, $lao: String!) { infoSubmission(fiscalYear: $fy, laoCode: $lao) { laoCode status } }`,
      { fy, lao: lao.code },
      { apiKey },
    );
    expect(info.errors).toBeUndefined();
    expect(info.data!.infoSubmission.laoCode).toBe(lao.code);

    const eservice = await gql(`query($fy: Int!, $lao: String!) { eServiceSurvey(fiscalYear: $fy, laoCode: $lao) { laoCode } }`, { fy, lao: lao.code }, { apiKey });
    expect(codeOf(eservice)).toBe('FORBIDDEN');
  });

  it('the keys page shows the key used: its requests and the refusal, today', async () => {
    await page.reload();
    const row = keyRow();
    await row.waitFor();
    const cells = row.locator(':scope > td');
    await expect(cells.nth(6).textContent()).resolves.not.toBe('ยังไม่เคยใช้');
    const usage = cells.nth(8);
    await expect(usage.locator('p').textContent()).resolves.toBe('คำขอ 2 ครั้ง · ถูกปฏิเสธ 1 ครั้ง');
    await usage.locator('summary', { hasText: 'รายวัน' }).click();
    const today = usage.getByRole('table', { name: `การใช้งานรายวันของกุญแจ ${keyName}` }).locator('tbody tr');
    await expect(today.count()).resolves.toBe(1);
    await expect(today.first().locator('th').textContent()).resolves.toBe(formatDate(new Date(), 'th'));
    await expect(today.first().locator('td').allTextContents()).resolves.toEqual(['2', '1']);
  });

  it('a department user reads the LAO’s INFO administrators with their phone numbers', async () => {
    await page.goto(`${baseUrl()}/lao/${lao.code}`);
    await page.getByRole('heading', { level: 1, name: lao.nameTh }).waitFor();
    const phone = page.getByLabel('เบอร์โทรศัพท์').first();
    await expect(phone.inputValue()).resolves.toMatch(/^0\d{8,9}$/);
    expect(await page.getByText('ไม่แสดง (ข้อมูลส่วนบุคคล)').count()).toBe(0);
  });

  it('the audit trail, filtered to that LAO, shows the personal-data read in Thai', async () => {
    // The entry as the API answers it: the read of the LAO's administrators is about that LAO.
    const trail = await gql<{ auditTrail: { edges: { node: { actor: string; module: string | null; laoCode: string | null; subjectId: string | null } }[] } }>(
      `query($lao: String!) { auditTrail(filter: { laoCode: $lao, action: READ_PERSONAL, module: REGISTRY }, first: 5) { edges { node { actor module laoCode subjectId } } } }`,
      { lao: lao.code },
      { token: await login('admin') },
    );
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.auditTrail.edges.map((e) => e.node)).toContainEqual({ actor: 'admin', module: 'REGISTRY', laoCode: lao.code, subjectId: lao.code });

    await page.getByRole('navigation', { name: 'การตรวจสอบ' }).getByRole('link', { name: 'ประวัติการใช้งาน' }).click();
    await page.getByRole('heading', { level: 1, name: 'ประวัติการใช้งานระบบ' }).waitFor();
    await page.getByLabel('รหัส อปท.').fill(lao.code);
    await page.getByLabel('การดำเนินการ', { exact: true }).selectOption({ label: AUDIT_ACTION_LABELS.READ_PERSONAL.th });
    await page.getByRole('button', { name: 'ค้นหา', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('lao') === lao.code && url.searchParams.get('action') === 'READ_PERSONAL');

    const read = page.locator('table.audit-table tbody tr').filter({ hasText: PLATFORM_MODULE_LABELS.REGISTRY.th }).first();
    await read.waitFor();
    const cells = await read.locator('td').allTextContents();
    expect(cells[0]).toMatch(/^\d{2}\/\d{2}\/25\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(cells.slice(1, 6)).toEqual(['admin', 'ระดับกรม', 'อ่านข้อมูลส่วนบุคคล', PLATFORM_MODULE_LABELS.REGISTRY.th, lao.code]);
    expect(cells[7]).toBe(lao.code);

    // The filtered rows as Excel.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออก Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^ประวัติการใช้งาน-25\d{2}-\d{2}-\d{2}\.xlsx$/);
    await page.getByRole('status').getByText(/^ส่งออกไฟล์ .+ แล้ว \(\d+ รายการ\)$/).waitFor();

    // The filter is in the address: a reload shows the same entries.
    await page.reload();
    await expect(page.getByLabel('รหัส อปท.').inputValue()).resolves.toBe(lao.code);
    await page.locator('table.audit-table tbody tr').filter({ hasText: 'อ่านข้อมูลส่วนบุคคล' }).first().waitFor();
  });
});
