import type { Browser, Page } from 'playwright-core';
import { baseUrl, DEMO_API_KEY, gql } from '../support/api';
import { launchChromium, loginAs, screenshot } from '../support/browser';

interface Indicator {
  code: string;
  section: string;
  labelTh: string;
  valueType: string;
  required: boolean;
  linkedFrom: string | null;
  max: number | null;
}

const SECTION_TABS = ['การเก็บขนขยะมูลฝอย', 'การคัดแยกและนำกลับมาใช้ประโยชน์', 'ค่าธรรมเนียมและค่าใช้จ่าย'];

/**
 * Values an official of a small LAO would type, consistent with Waste's cross-field rules (collected ≤ generated,
 * served ≤ population, households ≤ all households, recovered ≤ a year of waste); other numbers a small count.
 */
const VALUES: Record<string, string> = {
  WC01: '12000',
  WC02: '4000',
  WC03: '10000',
  WC04: '3500',
  WC05: '9.6',
  WC06: '8.5',
  WS01: '1200',
  WS04: '120',
  WS05: '80',
  WS08: '600',
  WF02: '3000',
  WF03: '360000',
  WF04: '1500000',
};

const SITE_NAME = `ศูนย์กำจัดขยะทดสอบ ${Date.now() % 100000}`;

/**
 * Waste in the SPA, end to end: the last LAO of a province fills its report (three sections), adds a site it runs
 * with coordinates (the pin shows), names it as where its waste goes and certifies; the province office confirms
 * all; the department opens the national map, drills into that province and exports the figures to Excel.
 */
describe('Waste: an LAO reports and certifies, its province confirms all, the department maps and exports', () => {
  let browser: Browser;
  let fy: number;
  let province: string;
  let provinceName: string;
  let lao: string;
  let catalogue: Indicator[];
  const pages: Page[] = [];

  const newPage = async (width = 1366, height = 900) => {
    const context = await browser.newContext({ locale: 'th-TH', viewport: { width, height }, acceptDownloads: true });
    const page = await context.newPage();
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    fy = (await gql<{ currentFiscalYear: number }>(`{ currentFiscalYear }`)).data!.currentFiscalYear;
    const progress = await gql<{ certificationProgress: { provinceCode: string; province: { nameTh: string }; total: number; draft: number; laoCertified: number }[] }>(
      `query($fy: Int!) { certificationProgress(module: WASTE, fiscalYear: $fy) { provinceCode province { nameTh } total draft laoCertified } }`,
      { fy },
      { apiKey: DEMO_API_KEY },
    );
    const waiting = progress.data!.certificationProgress.find((p) => p.total > 1 && p.draft === 1 && p.laoCertified === p.total - 1)!;
    province = waiting.provinceCode;
    provinceName = waiting.province.nameTh;
    const pending = await gql<{ submissions: { edges: { node: { laoCode: string } }[] } }>(
      `query($fy: Int!, $p: String!) { submissions(module: WASTE, fiscalYear: $fy, filter: { provinceCode: $p, status: DRAFT }) { edges { node { laoCode } } } }`,
      { fy, p: province },
      { apiKey: DEMO_API_KEY },
    );
    lao = pending.data!.submissions.edges[0]!.node.laoCode;
    catalogue = (await gql<{ wasteIndicators: Indicator[] }>(
      `query($fy: Int!) { wasteIndicators(fiscalYear: $fy) { code section labelTh valueType required linkedFrom max } }`,
      { fy },
      { apiKey: DEMO_API_KEY },
    )).data!.wasteIndicators;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the LAO fills the three sections of its report, a section at a time', async () => {
    const page = await newPage();
    await loginAs(page, `lao.${lao}`);
    await page.goto(`${baseUrl()}/waste/lao/${lao}?year=${fy}`);
    const tabs = page.getByRole('tablist', { name: 'รายงานขยะมูลฝอย 3 ส่วน' });
    await tabs.waitFor();
    const sections = [...new Set(catalogue.map((i) => i.section))];
    for (const [index, section] of sections.entries()) {
      await tabs.getByRole('tab', { name: SECTION_TABS[index]!, selected: true }).waitFor();
      const panel = page.getByRole('tabpanel');
      for (const indicator of catalogue.filter((i) => i.section === section && i.required && !i.linkedFrom)) await fill(panel, indicator);
      if (index < sections.length - 1) {
        await page.getByRole('button', { name: 'บันทึกและไปส่วนถัดไป' }).click();
        await tabs.getByRole('tab', { name: SECTION_TABS[index + 1]!, selected: true }).waitFor();
      } else {
        await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
        await page.getByRole('status').filter({ hasText: 'บันทึกเรียบร้อยแล้ว' }).first().waitFor();
      }
    }
    for (const name of SECTION_TABS) await tabs.getByRole('tab', { name }).getByRole('img', { name: 'ครบถ้วน' }).waitFor();
    // The figures follow what was saved: 9.6 t/day for 12,000 people is 0.80 kg per person per day.
    await page.getByText('0.80 กก./คน/วัน').waitFor();
  });

  it('the LAO adds a site it runs by its coordinates, and the pin shows where it is', async () => {
    const page = pages[0]!;
    await page.getByRole('button', { name: '+ เพิ่มสถานที่กำจัดที่ อปท. ดำเนินการ' }).click();
    const dialog = page.getByRole('dialog', { name: 'เพิ่มสถานที่กำจัดขยะ' });
    await dialog.getByLabel('ชื่อสถานที่กำจัด', { exact: true }).fill(SITE_NAME);
    await dialog.getByLabel('วิธีกำจัด', { exact: true }).selectOption({ label: 'ฝังกลบถูกหลักสุขาภิบาล' });
    // First a typing mistake outside Thailand, refused before anything is sent.
    await dialog.getByLabel('ละติจูด', { exact: true }).fill('25.5');
    const { latitude, longitude } = await nearASite(province);
    await dialog.getByLabel('ลองจิจูด', { exact: true }).fill(longitude.toFixed(5));
    await dialog.getByRole('button', { name: 'บันทึกสถานที่กำจัด' }).click();
    await dialog.getByText('พิกัดต้องอยู่ในประเทศไทย (ละติจูด 5.6–20.5 ลองจิจูด 97.3–105.7)').waitFor();
    await dialog.getByLabel('ละติจูด', { exact: true }).fill(latitude.toFixed(5));
    await dialog.getByTestId('map-pin').waitFor();
    await dialog.getByLabel('ขีดความสามารถในการรับขยะ (ตัน/วัน)', { exact: true }).fill('50');
    await dialog.getByLabel('ปีที่เปิดดำเนินการ (พ.ศ.)', { exact: true }).fill(String(fy - 3));
    await dialog.getByRole('button', { name: 'บันทึกสถานที่กำจัด' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: `เพิ่มสถานที่กำจัด "${SITE_NAME}" แล้ว` }).waitFor();
    await page.getByRole('row').filter({ hasText: SITE_NAME }).waitFor();
  });

  it('the LAO names its site as where its waste goes, refused above what it collected, and certifies', async () => {
    const page = pages[0]!;
    const part = page.locator('section', { has: page.getByRole('heading', { name: 'สถานที่กำจัดขยะ', exact: true }) });
    await part.getByRole('button', { name: '+ เลือกสถานที่กำจัดที่ส่งขยะไป' }).click();
    const picker = page.getByRole('dialog', { name: 'เลือกสถานที่กำจัดขยะ' });
    await picker.getByRole('searchbox', { name: 'ค้นหา' }).fill(SITE_NAME);
    await picker.getByRole('button', { name: `เลือก ${SITE_NAME}` }).click();
    const tonnes = part.getByLabel(`ปริมาณขยะที่ส่งไป ${SITE_NAME} (ตัน/วัน)`);
    await tonnes.fill('9');
    await part.getByRole('button', { name: 'บันทึกสถานที่กำจัด' }).click();
    await part.getByRole('alert').filter({ hasText: 'มากกว่าปริมาณที่เก็บขนได้ 8.50 ตัน/วัน' }).waitFor();
    await tonnes.fill('8.5');
    await part.getByRole('button', { name: 'บันทึกสถานที่กำจัด' }).click();
    await part.getByRole('status').filter({ hasText: 'บันทึกสถานที่กำจัดเรียบร้อยแล้ว' }).waitFor();
    // All of it reaches a sanitary landfill: properly disposed 8.5 of 9.6 t/day generated.
    await page.getByText('88.5%').first().waitFor();
    await screenshot(page, 'waste-lao-report');

    await page.getByRole('button', { name: 'รับรองข้อมูล', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'ยืนยันการรับรองข้อมูล' }).click();
    await page.getByRole('status').filter({ hasText: 'รับรองข้อมูลเรียบร้อยแล้ว' }).waitFor();
    const res = await gql<{ wasteReport: { status: string; disposal: { site: { nameTh: string }; tonnesPerDay: number }[] } }>(
      `query($l: String!, $fy: Int!) { wasteReport(laoCode: $l, fiscalYear: $fy) { status disposal { site { nameTh } tonnesPerDay } } }`,
      { l: lao, fy },
      { apiKey: DEMO_API_KEY },
    );
    expect(res.data!.wasteReport).toEqual({ status: 'LAO_CERTIFIED', disposal: [{ site: { nameTh: SITE_NAME }, tonnesPerDay: 8.5 }] });
  });

  it('the province office sees its LAOs on the map and ranked, and confirms the whole province', async () => {
    const page = await newPage();
    await loginAs(page, `prov.${province}`);
    await page.goto(`${baseUrl()}/waste/province/${province}?year=${fy}`);
    await page.getByRole('group', { name: `แผนที่จังหวัด${provinceName}: ที่ตั้ง อปท. และสถานที่กำจัดขยะ` }).waitFor();
    await page.getByRole('region', { name: new RegExp(`ตัวชี้วัดขยะมูลฝอยของ อปท. จังหวัด${provinceName}`) }).getByRole('link').first().waitFor();
    await screenshot(page, 'waste-province-map');
    await page.getByRole('button', { name: 'จังหวัดดำเนินการรับรองข้อมูลทั้งหมด' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'ยืนยันรับรองข้อมูลทั้งจังหวัด' }).click();
    await page.getByRole('status').filter({ hasText: 'รับรองข้อมูลทั้งจังหวัดเรียบร้อยแล้ว' }).waitFor();
    const progress = await gql<{ certificationProgress: { total: number; provinceCertified: number }[] }>(
      `query($fy: Int!, $p: String) { certificationProgress(module: WASTE, fiscalYear: $fy, provinceCode: $p) { total provinceCertified } }`,
      { fy, p: province },
      { apiKey: DEMO_API_KEY },
    );
    const [row] = progress.data!.certificationProgress;
    expect(row!.provinceCertified).toBe(row!.total);
  });

  it('the department opens the national map, drills into the province and exports its figures', async () => {
    const page = await newPage();
    await loginAs(page, 'admin');
    await page.goto(`${baseUrl()}/waste/national?year=${fy}`);
    const map = page.getByRole('group', { name: 'อัตราการเกิดขยะต่อคนต่อวัน' });
    await map.waitFor();
    // Every site of the country, paged by 500 (the API's largest page).
    const sites = await gql<{ disposalSites: { totalCount: number } }>(`{ disposalSites(first: 1) { totalCount } }`, {}, { apiKey: DEMO_API_KEY });
    const count = page.getByText(/สถานที่กำจัดขยะ [\d,]+( จาก [\d,]+)? แห่ง$/);
    await count.waitFor();
    const drawn = await count.textContent();
    await screenshot(page, 'waste-national-map');
    await page.getByLabel('ตัวชี้วัด', { exact: true }).selectOption({ label: 'สัดส่วนขยะที่กำจัดอย่างถูกต้อง' });
    await page.getByRole('group', { name: 'สัดส่วนขยะที่กำจัดอย่างถูกต้อง' }).waitFor();
    await page.getByRole('group', { name: 'สัดส่วนขยะที่กำจัดอย่างถูกต้อง' }).locator(`[data-province="${province}"]`).press('Enter');
    await page.waitForURL((url) => url.pathname === `/waste/province/${province}`);
    await page.getByRole('heading', { level: 1, name: `รายงานขยะมูลฝอย จังหวัด${provinceName}` }).waitFor();
    await page.getByRole('region', { name: new RegExp(`ตัวชี้วัดขยะมูลฝอยของ อปท. จังหวัด${provinceName}`) }).getByRole('link', { name: /.+/ }).first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออกตัวชี้วัด Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^ตัวชี้วัดขยะ-${provinceName}-${fy}-25\\d{2}-\\d{2}-\\d{2}\\.xlsx$`));
    await screenshot(page, 'waste-department-province');
    // Last, so the steps above run whatever it says: every page of sites arrived (none refused).
    expect(drawn).toBe(`สถานที่กำจัดขยะ ${sites.data!.disposalSites.totalCount.toLocaleString('en-US')} แห่ง`);
  });

  it('the LAO report works on a 390-px phone', async () => {
    const page = await newPage(390, 844);
    await loginAs(page, `lao.${lao}`);
    await page.goto(`${baseUrl()}/waste/lao/${lao}?year=${fy}`);
    // Nothing is wider than the phone (tables scroll sideways in their frames), while the map loads and after.
    const wider = () =>
      page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width + 1) return [];
        return Array.from(document.querySelectorAll('body *'))
          .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('svg'))
          .slice(0, 10)
          .map((e) => `${e.tagName}.${String(e.getAttribute('class'))} ${Math.round(e.getBoundingClientRect().right)}px`);
      });
    await page.getByRole('heading', { level: 2, name: 'ตัวชี้วัดการจัดการขยะมูลฝอย' }).waitFor();
    expect(await wider()).toEqual([]);
    await page.getByRole('group', { name: 'ที่ตั้งสถานที่กำจัดที่ อปท. ดำเนินการ' }).waitFor();
    expect(await wider()).toEqual([]);
    await screenshot(page, 'waste-lao-report-phone');
  });
});

/** A point in the province: next to one of its seeded sites (the demo places them inside it). */
async function nearASite(provinceCode: string): Promise<{ latitude: number; longitude: number }> {
  const res = await gql<{ disposalSites: { edges: { node: { latitude: number; longitude: number } }[] } }>(
    `query($p: String!) { disposalSites(filter: { provinceCode: $p }, first: 50) { edges { node { latitude longitude } } } }`,
    { p: provinceCode },
    { apiKey: DEMO_API_KEY },
  );
  const nodes = res.data!.disposalSites.edges.map((e) => e.node);
  if (nodes.length === 0) return { latitude: 15, longitude: 101 };
  return { latitude: nodes[0]!.latitude + 0.01, longitude: nodes[0]!.longitude + 0.01 };
}

/** Types the value an official would into the field the catalogue describes. */
async function fill(panel: ReturnType<Page['getByRole']>, indicator: Indicator): Promise<void> {
  switch (indicator.valueType) {
    case 'INTEGER':
      return panel.getByLabel(indicator.labelTh, { exact: true }).fill(VALUES[indicator.code] ?? String(Math.min(indicator.max ?? 12, 12)));
    case 'DECIMAL':
      return panel.getByLabel(indicator.labelTh, { exact: true }).fill(VALUES[indicator.code] ?? String(Math.min(indicator.max ?? 3.5, 3.5)));
    case 'BOOLEAN':
      return panel.getByRole('radiogroup', { name: indicator.labelTh }).getByRole('radio', { name: 'มี', exact: true }).check();
    default:
      return panel.getByLabel(indicator.labelTh, { exact: true }).fill('ดำเนินการตามแผน');
  }
}
