import type { Browser, Page } from 'playwright-core';
import { baseUrl, DEMO_API_KEY, gql } from '../support/api';
import { launchChromium, loginAs, screenshot } from '../support/browser';

type Survey = { status: string; sides: { side: number; complete: boolean; items: { nameTh: string }[] }[] };
const SURVEY = `query($l: String!, $fy: Int!) { eServiceSurvey(laoCode: $l, fiscalYear: $fy) { status sides { side complete items { nameTh } } } }`;

/**
 * The e-Service survey in the SPA (issue: e-Service survey): an LAO that has not started tries to certify, is told
 * which sides are missing, answers all six sides (adding one service of its own), and certifies and sends it.
 */
describe('e-Service: an LAO completes and certifies its survey', () => {
  let browser: Browser;
  let page: Page;
  let fy: number;
  let lao: string;
  let survey: Survey;

  beforeAll(async () => {
    fy = (await gql<{ currentFiscalYear: number }>(`{ currentFiscalYear }`)).data!.currentFiscalYear;
    const drafts = await gql<{ submissions: { edges: { node: { laoCode: string } }[] } }>(
      `query($fy: Int!) { submissions(module: ESERVICE, fiscalYear: $fy, filter: { provinceCode: "14", type: SAO, status: DRAFT }, first: 40) { edges { node { laoCode } } } }`,
      { fy },
      { apiKey: DEMO_API_KEY },
    );
    for (const { node } of drafts.data!.submissions.edges) {
      const s = (await gql<{ eServiceSurvey: Survey }>(SURVEY, { l: node.laoCode, fy }, { apiKey: DEMO_API_KEY })).data!.eServiceSurvey;
      if (s.sides.every((side) => !side.complete)) {
        lao = node.laoCode;
        survey = s;
        break;
      }
    }
    expect(lao).toBeDefined();
    expect(survey.sides.map((s) => s.side)).toEqual([1, 2, 3, 4, 5, 6]);
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'th-TH', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterEach(async () => {
    await screenshot(page, `eservice-${expect.getState().currentTestName?.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is told which sides are missing when certifying too early', async () => {
    await loginAs(page, `lao.${lao}`);
    await page.goto(`${baseUrl()}/eservice/lao/${lao}?year=${fy}`);
    await page.getByRole('button', { name: 'รับรองข้อมูลและส่งจังหวัด' }).click();
    const popup = page.getByRole('alertdialog', { name: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล' });
    await popup.waitFor();
    expect(await popup.getByRole('listitem').count()).toBe(6);
    await popup.getByRole('button', { name: 'ตกลง' }).click();
  });

  const sideList = () => page.getByRole('navigation', { name: 'ด้านของแบบสำรวจ' });

  /** Answers the rows named, alternating มี (step 1, LINE, a user count) and ไม่มี (จำเป็น). */
  async function answerRows(names: readonly string[]) {
    for (const [n, name] of names.entries()) {
      const row = page.getByRole('row', { name, exact: true });
      if (n % 2 === 0) {
        await row.getByRole('radio', { name: 'มี', exact: true }).check();
        await row.getByRole('checkbox', { name: 'ขั้นตอน 1 ยื่นคำขอ' }).check();
        await row.getByRole('checkbox', { name: 'LINE' }).check();
        await row.getByRole('spinbutton', { name: 'สถิติประชาชนที่เข้าใช้บริการในปีงบประมาณ (คน)' }).fill(String(10 + n));
      } else {
        await row.getByRole('radio', { name: 'ไม่มี', exact: true }).check();
        await row.getByRole('radio', { name: 'จำเป็น', exact: true }).check();
      }
    }
  }

  /** The side's heading is on screen; once saved, the side list shows it complete (the API answered, the survey was read again). */
  const sideHeading = (side: number) => page.getByRole('heading', { level: 2, name: new RegExp(`^ด้านที่ ${side} `) });
  const sideShownComplete = (side: number) => sideList().getByRole('listitem').nth(side - 1).locator('svg[data-status="complete"]');

  // One case per side, each with its own time budget: a loaded machine slows a side, it never makes six sides one
  // long step. Each moves on only once the API has answered the save.
  it.each([1, 2, 3, 4, 5])('answers side %i and goes on to the next with "บันทึกและไปด้านถัดไป"', async (side) => {
    await sideHeading(side).waitFor();
    await answerRows(survey.sides[side - 1]!.items.map((i) => i.nameTh));
    await page.getByRole('button', { name: 'บันทึกและไปด้านถัดไป' }).click();
    await sideShownComplete(side).waitFor();
    await sideHeading(side + 1).waitFor();
  });

  it('answers side 6, adding a service of its own, and saves it: all six sides complete', async () => {
    await sideHeading(6).waitFor();
    await page.getByRole('button', { name: '+ เพิ่มข้อมูล' }).click();
    const dialog = page.getByRole('dialog', { name: 'เพิ่มประเภทงานบริการ/รายละเอียดกระบวนการงาน' });
    await dialog.getByRole('textbox', { name: 'ประเภทงานบริการ/รายละเอียดกระบวนการงาน' }).fill('จองใช้สนามกีฬาออนไลน์');
    await dialog.getByRole('button', { name: 'เพิ่ม', exact: true }).click();
    await page.getByRole('row', { name: 'จองใช้สนามกีฬาออนไลน์', exact: true }).waitFor();
    await answerRows([...survey.sides[5]!.items.map((i) => i.nameTh), 'จองใช้สนามกีฬาออนไลน์']);
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await page.getByText('บันทึกด้านที่ 6 เรียบร้อยแล้ว').waitFor();
    await sideShownComplete(6).waitFor();
    expect(await sideList().locator('svg[data-status="complete"]').count()).toBe(6);
  });

  it('certifies and sends the survey to the province', async () => {
    await page.getByRole('button', { name: 'รับรองข้อมูลและส่งจังหวัด' }).click();
    await page.getByRole('dialog', { name: 'รับรองข้อมูลและส่งจังหวัด' }).getByRole('button', { name: 'รับรองข้อมูล', exact: true }).click();
    await page.getByText('รับรองข้อมูลและส่งจังหวัดเรียบร้อยแล้ว').waitFor();
    const after = (await gql<{ eServiceSurvey: Survey }>(SURVEY, { l: lao, fy }, { apiKey: DEMO_API_KEY })).data!.eServiceSurvey;
    expect(after.status).toBe('LAO_CERTIFIED');
    expect(after.sides[5]!.items.map((i) => i.nameTh)).toContain('จองใช้สนามกีฬาออนไลน์');
  });
});
