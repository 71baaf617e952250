import type { Browser, Page } from 'playwright-core';
import { baseUrl, DEMO_API_KEY, gql } from '../support/api';
import { launchChromium, loginAs, screenshot } from '../support/browser';

interface Indicator {
  code: string;
  domain: string;
  labelTh: string;
  valueType: string;
  required: boolean;
  linkedFrom: string | null;
  max: number | null;
  options: { value: string; labelTh: string }[] | null;
}

const DOMAIN_TABS = [
  'ด้านสาธารณสุขและสิ่งแวดล้อม',
  'ด้านนวัตกรรมและการศึกษา',
  'ด้านสาธารณภัย',
  'ด้านโครงสร้างพื้นฐาน',
  'ด้านการบริหารจัดการน้ำ',
  'ด้านการจัดการภายในและธรรมาภิบาล',
  'ด้านสังคม ศาสนา วัฒนธรรม',
  'ด้านเศรษฐกิจและการท่องเที่ยว',
];

/**
 * INFO in the SPA, end to end (issue: INFO): the last LAO of a province fills all 8 domains and certifies; the
 * province office, refused while that LAO was missing, then certifies the whole province.
 */
describe('INFO: the last LAO certifies, then its province certifies all', () => {
  let browser: Browser;
  let fy: number;
  let province: string;
  let lao: string;
  let catalogue: Indicator[];
  const pages: Page[] = [];

  const newPage = async () => {
    const context = await browser.newContext({ locale: 'th-TH', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    fy = (await gql<{ currentFiscalYear: number }>(`{ currentFiscalYear }`)).data!.currentFiscalYear;
    const progress = await gql<{ certificationProgress: { provinceCode: string; total: number; draft: number; laoCertified: number }[] }>(
      `query($fy: Int!) { certificationProgress(module: INFO, fiscalYear: $fy) { provinceCode total draft laoCertified } }`,
      { fy },
      { apiKey: DEMO_API_KEY },
    );
    province = progress.data!.certificationProgress.find((p) => p.total > 1 && p.draft === 1 && p.laoCertified === p.total - 1)!.provinceCode;
    const pending = await gql<{ submissions: { edges: { node: { laoCode: string } }[] } }>(
      `query($fy: Int!, $p: String!) { submissions(module: INFO, fiscalYear: $fy, filter: { provinceCode: $p, status: DRAFT }) { edges { node { laoCode } } } }`,
      { fy, p: province },
      { apiKey: DEMO_API_KEY },
    );
    lao = pending.data!.submissions.edges[0]!.node.laoCode;
    catalogue = (await gql<{ infoIndicators: Indicator[] }>(
      `query($fy: Int!) { infoIndicators(fiscalYear: $fy) { code domain labelTh valueType required linkedFrom max options { value labelTh } } }`,
      { fy },
      { apiKey: DEMO_API_KEY },
    )).data!.infoIndicators;
    browser = await launchChromium();
  });

  afterEach(async () => {
    const name = expect.getState().currentTestName?.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 70) ?? 'info';
    for (const [i, page] of pages.entries()) await screenshot(page, `${name}-${i}`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the province office cannot certify all while one LAO has not certified', async () => {
    const page = await newPage();
    await loginAs(page, `prov.${province}`);
    await page.goto(`${baseUrl()}/info/province/${province}?year=${fy}`);
    await page.getByRole('button', { name: 'จังหวัดดำเนินการรับรองข้อมูลทั้งหมด' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'ยืนยันรับรองข้อมูลทั้งจังหวัด' }).click();
    await page.getByRole('alert').filter({ hasText: 'มี 1 อปท. ภายใต้จังหวัด ยังไม่ได้ดำเนินการรับรองข้อมูล' }).waitFor();
  });

  it('the LAO fills the 8 domains in the forms built from the catalogue, saving and going to the next', async () => {
    const page = await newPage();
    await loginAs(page, `lao.${lao}`);
    await page.goto(`${baseUrl()}/info/lao/${lao}?year=${fy}`);
    const tabs = page.getByRole('tablist', { name: 'ข้อมูล 8 ด้าน' });
    await tabs.waitFor();
    expect(await tabs.getByRole('img', { name: 'ยังไม่ครบ' }).count()).toBeGreaterThan(0);

    const domains = [...new Set(catalogue.map((i) => i.domain))];
    for (const [index, domain] of domains.entries()) {
      await tabs.getByRole('tab', { name: DOMAIN_TABS[index]!, selected: true }).waitFor();
      const panel = page.getByRole('tabpanel');
      for (const indicator of catalogue.filter((i) => i.domain === domain && i.required && !i.linkedFrom)) {
        await fill(panel, indicator);
      }
      if (index < domains.length - 1) {
        await page.getByRole('button', { name: 'บันทึกและไปด้านถัดไป' }).click();
        await tabs.getByRole('tab', { name: DOMAIN_TABS[index + 1]!, selected: true }).waitFor();
      } else {
        await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
        await page.getByRole('status').filter({ hasText: 'บันทึก' }).first().waitFor();
      }
    }
    for (const name of DOMAIN_TABS) {
      await tabs.getByRole('tab', { name }).getByRole('img', { name: 'ครบถ้วน' }).waitFor();
    }
  });

  it('the LAO certifies in one click once complete', async () => {
    const page = pages[1]!;
    await page.getByRole('button', { name: 'รับรองข้อมูล', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'ยืนยันการรับรองข้อมูล' }).click();
    await page.getByRole('status').filter({ hasText: 'รับรองข้อมูลเรียบร้อยแล้ว' }).waitFor();
    const res = await gql<{ infoSubmission: { status: string } }>(
      `query($l: String!, $fy: Int!) { infoSubmission(laoCode: $l, fiscalYear: $fy) { status } }`,
      { l: lao, fy },
      { apiKey: DEMO_API_KEY },
    );
    expect(res.data!.infoSubmission.status).toBe('LAO_CERTIFIED');
  });

  it('the province office sees it certified and certifies the whole province', async () => {
    const page = pages[0]!;
    await page.goto(`${baseUrl()}/info/province/${province}?year=${fy}&q=${lao}`);
    await page.getByRole('row').filter({ hasText: lao }).filter({ hasText: 'รับรองข้อมูลแล้ว' }).waitFor();
    await page.getByRole('button', { name: 'จังหวัดดำเนินการรับรองข้อมูลทั้งหมด' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'ยืนยันรับรองข้อมูลทั้งจังหวัด' }).click();
    await page.getByRole('status').filter({ hasText: 'รับรองข้อมูลทั้งจังหวัดเรียบร้อยแล้ว' }).waitFor();
    const progress = await gql<{ certificationProgress: { total: number; provinceCertified: number }[] }>(
      `query($fy: Int!, $p: String) { certificationProgress(module: INFO, fiscalYear: $fy, provinceCode: $p) { total provinceCertified } }`,
      { fy, p: province },
      { apiKey: DEMO_API_KEY },
    );
    const [row] = progress.data!.certificationProgress;
    expect(row!.provinceCertified).toBe(row!.total);
  });
});

/** Types a plausible answer into the field the catalogue describes, the way an official would. */
async function fill(panel: ReturnType<Page['getByRole']>, indicator: Indicator): Promise<void> {
  const options = indicator.options ?? [];
  switch (indicator.valueType) {
    case 'INTEGER':
      return panel.getByLabel(indicator.labelTh, { exact: true }).fill(String(Math.min(indicator.max ?? 12, 12)));
    case 'DECIMAL':
      return panel.getByLabel(indicator.labelTh, { exact: true }).fill(String(Math.min(indicator.max ?? 3.5, 3.5)));
    case 'TEXT':
      return panel.getByLabel(indicator.labelTh, { exact: true }).fill('ดำเนินการตามแผนพัฒนาท้องถิ่น');
    case 'BOOLEAN':
      return panel.getByRole('radiogroup', { name: indicator.labelTh }).getByRole('radio', { name: 'มี', exact: true }).check();
    case 'CHOICE':
      if (options.length <= 5) {
        return panel.getByRole('radiogroup', { name: indicator.labelTh }).getByRole('radio', { name: options[0]!.labelTh, exact: true }).check();
      }
      await panel.getByLabel(indicator.labelTh, { exact: true }).selectOption({ label: options[0]!.labelTh });
      return;
    case 'MULTI_CHOICE':
      return panel.getByRole('group', { name: indicator.labelTh }).getByRole('checkbox', { name: options[0]!.labelTh, exact: true }).check();
  }
}
