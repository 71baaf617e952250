import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, DEMO_API_KEY, gql } from '../support/api';
import { launchChromium, loginAs, screenshot } from '../support/browser';

/**
 * Pages fit the screens officials have (issue item 4): on a 1366×768 laptop and a 390×844 phone no page scrolls
 * sideways as a whole (wide tables scroll inside their own box or reflow), and on the phone the province and registry
 * lists keep each row's action link on screen (stacked cards), and the menu is behind a button. As the department,
 * which opens every page.
 */
const SIZES = [
  { name: 'laptop 1366×768', width: 1366, height: 768, phone: false },
  { name: 'phone 390×844', width: 390, height: 844, phone: true },
] as const;

const PROVINCE = '12';

interface MainPage {
  path: string;
  /** A list whose first row's link (ดูข้อมูล, the LAO's name) must stay on a phone's screen. */
  rowLink?: boolean;
  /** The e-Service survey table: on a laptop it fits its box whole, the users column in view. */
  surveyTable?: boolean;
}

/** The main pages; `{lao}` is a real LAO of the province, found before the tests. */
const MAIN_PAGES: MainPage[] = [
  { path: '/registry', rowLink: true },
  { path: `/registry?province=${PROVINCE}`, rowLink: true },
  { path: '/lao/{lao}' },
  { path: '/info/national' },
  { path: `/info/province/${PROVINCE}`, rowLink: true },
  { path: '/info/lao/{lao}' },
  { path: '/eservice/report' },
  { path: `/eservice/province/${PROVINCE}`, rowLink: true },
  { path: '/eservice/lao/{lao}', surveyTable: true },
  { path: '/waste/national' },
  { path: `/waste/province/${PROVINCE}`, rowLink: true },
  { path: '/waste/lao/{lao}' },
  { path: '/welfare/national' },
  { path: `/welfare/province/${PROVINCE}`, rowLink: true },
  { path: '/welfare/lao/{lao}' },
  { path: '/admin/users' },
  { path: '/admin/api-keys' },
  { path: '/admin/cycles' },
  { path: '/audit' },
];

/** How far the page is wider than the window, and the elements that stick out without a scroller of their own. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    const offenders = Array.from(document.body.querySelectorAll('*'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el))
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, offenders };
  });
}

describe.each(SIZES)('layout at $name', (size) => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let lao: string;

  beforeAll(async () => {
    // A real LAO of the province, from the registry as a partner reads it.
    const res = await gql<{ localAuthorities: { edges: { node: { code: string } }[] } }>(
      `{ localAuthorities(filter: { provinceCode: "${PROVINCE}", type: SAO }, first: 1) { edges { node { code } } } }`,
      {},
      { apiKey: DEMO_API_KEY },
    );
    lao = res.data!.localAuthorities.edges[0]!.node.code;
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'th-TH', viewport: { width: size.width, height: size.height }, isMobile: size.phone, hasTouch: size.phone });
    page = await context.newPage();
    await loginAs(page, 'admin');
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it.each(MAIN_PAGES)('$path does not scroll sideways (on a phone a list keeps its first row\'s link on screen)', async ({ path: template, rowLink, surveyTable }) => {
    const path = template.replace('{lao}', lao);
    await page.goto(`${baseUrl()}${path}`);
    await page.locator('main h1').first().waitFor();
    if (rowLink) await page.locator('main table tbody tr a').first().waitFor();
    if (surveyTable) await page.locator('.es-table-wrap').first().waitFor();
    // Some national summaries take long on a loaded machine: a page still loading is measured as it is.
    await page.waitForFunction(() => !document.querySelector('main .spinner, main [aria-busy="true"]'), null, { timeout: 20_000 }).catch(() => undefined);

    const problems: string[] = [];
    const o = await overflow(page);
    if (o.scrollWidth > o.innerWidth) {
      problems.push(`${o.scrollWidth} px wide in ${o.innerWidth} (${o.offenders.join(', ')})`);
      await screenshot(page, `layout-${size.width}-${path.replace(/[^a-z0-9]+/gi, '-')}`);
    }
    if (surveyTable && !size.phone) {
      const box = await page.locator('.es-table-wrap').first().evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      if (box.scrollWidth > box.clientWidth) problems.push(`the survey table is ${box.scrollWidth} px in a ${box.clientWidth} px box (users column off-screen)`);
    }
    if (size.phone && rowLink) {
      const box = await page.locator('main table tbody tr').first().locator('a').last().boundingBox();
      if (!box || box.x < 0 || box.x + box.width > size.width) problems.push(`the first row's link is off screen (${JSON.stringify(box)})`);
    }
    expect(problems).toEqual([]);
  });

  it(size.phone ? 'the menu is behind a button that opens it' : 'the menu stays open beside the page', async () => {
    await page.goto(`${baseUrl()}/registry`);
    await page.locator('main h1').first().waitFor();
    const menu = page.getByRole('navigation', { name: 'เมนูหลัก' });
    const toggle = page.getByRole('button', { name: 'เมนู' });
    if (!size.phone) {
      await expect(menu.isVisible()).resolves.toBe(true);
      await expect(toggle.isVisible()).resolves.toBe(false);
      return;
    }
    await expect(menu.isVisible()).resolves.toBe(false);
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await menu.waitFor();
    // Choosing a page closes the menu again, so the page is what the official sees.
    await menu.getByRole('link').nth(1).click();
    await page.locator('main h1').first().waitFor();
    await expect(menu.isVisible()).resolves.toBe(false);
  });
});
