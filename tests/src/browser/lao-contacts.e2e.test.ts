import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, gql } from '../support/api';
import { launchChromium, screenshot } from '../support/browser';

const WEBSITE_ERROR = 'ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https:// เช่น https://www.example.go.th';

/** The SPA in headless Chromium, as an LAO official fixing its website (issue: platform foundation). */
describe('an LAO official keeps its contacts up to date', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let lao: { code: string; nameTh: string };

  const websiteOf = async (code: string) =>
    (await gql<{ localAuthority: { website: string | null } }>(`query($c: String!) { localAuthority(code: $c) { website } }`, { c: code }))
      .data!.localAuthority.website;

  beforeAll(async () => {
    const res = await gql<{ localAuthorities: { edges: { node: { code: string; nameTh: string } }[] } }>(
      `{ localAuthorities(filter: { provinceCode: "13", type: SAO }, first: 1) { edges { node { code nameTh } } } }`,
    );
    lao = res.data!.localAuthorities.edges[0]!.node;
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'th-TH', viewport: { width: 1280, height: 800 } });
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

  it('logs in in Thai and lands on its own LAO profile', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByLabel('ชื่อผู้ใช้').fill(`lao.${lao.code}`);
    await page.getByLabel('รหัสผ่าน').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL(`**/lao/${lao.code}`);
    await page.getByRole('heading', { level: 1, name: lao.nameTh }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('th');
  });

  it('sees the inline error for a website without http(s)://, and nothing is saved', async () => {
    const before = await websiteOf(lao.code);
    const website = page.getByLabel('เว็บไซต์', { exact: true });
    await website.fill('www.wrong-website.go.th');
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await page.getByText(WEBSITE_ERROR).waitFor();
    expect(await website.getAttribute('aria-invalid')).toBe('true');
    expect(await websiteOf(lao.code)).toBe(before);
  });

  it('fixes it, saves, reloads and sees the change, also over the API', async () => {
    const website = page.getByLabel('เว็บไซต์', { exact: true });
    await website.fill('https://www.e2e-fixed.go.th');
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await page.getByRole('status').getByText('บันทึกเรียบร้อยแล้ว').waitFor();
    expect(await page.getByText(WEBSITE_ERROR).count()).toBe(0);

    await page.reload();
    await expect(page.getByLabel('เว็บไซต์', { exact: true }).inputValue()).resolves.toBe('https://www.e2e-fixed.go.th');
    expect(await websiteOf(lao.code)).toBe('https://www.e2e-fixed.go.th');
  });

  it('switches to English and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Website', { exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'ไทย' }).click();
    await page.getByLabel('เว็บไซต์', { exact: true }).waitFor();
  });
});
