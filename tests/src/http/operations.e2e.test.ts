import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, screenshot } from '../support/browser';
import {
  call,
  createAdmin,
  health,
  isAlive,
  launchProduct,
  type OwnProduct,
  postmasterPid,
  stopDatabase,
  untilGone,
  untilHealthy,
} from '../support/product';

const WEB_DIST = resolve(__dirname, '../../../apps/web/dist');
const LONG = 600_000;
const THAI = /[\u0E00-\u0E7F]/;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`;
const ME = `{ me { username } }`;

/**
 * Operations on the built product of this file's own (the suite's shared product is never killed): its database
 * stopped and started under it, `kill -9` and a new start, start-up failures, and what it sends a browser. One
 * product goes through the steps in order; it runs without demo data (migrations only) to start quickly.
 */
describe('operating the product', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lao-ops-'));
  chmodSync(dataDir, 0o755);
  const env = { DEMO_MODE: 'false', AUTH_SECRET: 'operations-test-secret-long-enough-for-signing' };
  let port: number;
  let pgPort: number;
  let product: OwnProduct;
  let token: string;

  const start = async (name: string) => {
    product = launchProduct({ name, port, pgPort, dataDir, env });
    if (!(await untilHealthy(product))) throw new Error(`${name} did not start:\n${product.output()}`);
  };

  beforeAll(async () => {
    [port, pgPort] = [await freePort(), await freePort()];
    await start('ops-product');
    createAdmin(dataDir, pgPort, 'ops.admin', 'ops-password-1');
    const login = await call(product.baseUrl, LOGIN, { u: 'ops.admin', p: 'ops-password-1' });
    token = (login.data?.login as { accessToken: string }).accessToken;
  }, LONG);

  afterAll(async () => {
    if (product?.child.exitCode === null) {
      product.child.kill('SIGTERM');
      await product.exited;
    }
    if (existsSync(join(dataDir, 'pg', 'postmaster.pid'))) {
      const pid = postmasterPid(dataDir);
      if (isAlive(pid)) process.kill(pid, 'SIGINT');
      await untilGone(pid);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, LONG);

  it('answers SERVICE_UNAVAILABLE in Thai, naming no address, while its database is down, and recovers by itself', async () => {
    const signedIn = { authorization: `Bearer ${token}` };
    expect((await call(product.baseUrl, ME, {}, signedIn)).data).toEqual({ me: { username: 'ops.admin' } });
    const restart = await stopDatabase(dataDir);

    for (const [query, headers] of [[ME, signedIn], [LOGIN, {}]] as const) {
      const down = await call(product.baseUrl, query, { u: 'ops.admin', p: 'ops-password-1' }, headers);
      expect(down.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(down.errors?.[0]?.message).toMatch(THAI);
      expect(down.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|Context creation failed|postgres/i);
      expect(down.text).not.toContain(String(pgPort));
    }
    expect((await call(product.baseUrl, ME, {}, signedIn)).status).toBe(503);
    const english = await call(product.baseUrl, ME, {}, { ...signedIn, 'accept-language': 'en' });
    expect(english.errors?.[0]?.message).toMatch(/database is temporarily unavailable/);
    expect(await health(product.baseUrl)).toBe(503);

    restart();
    // No restart of the API: its pool reconnects once the server answers again.
    while ((await health(product.baseUrl)) !== 200) await new Promise((r) => setTimeout(r, 200));
    expect((await call(product.baseUrl, ME, {}, signedIn)).data).toEqual({ me: { username: 'ops.admin' } });
  }, LONG);

  it('starts again after kill -9, stopping the PostgreSQL the killed start left running, and says so', async () => {
    const stale = postmasterPid(dataDir);
    product.child.kill('SIGKILL');
    await product.exited;
    expect(isAlive(stale)).toBe(true); // what kill -9 leaves: the server still holds the folder and its port

    await start('ops-product-restarted');
    expect(product.output()).toMatch(new RegExp(`PostgreSQL \\(pid ${stale}\\) from an earlier start is still running .*stopping it`));
    expect(product.output()).toMatch(/Stopped the earlier PostgreSQL/);
    expect(isAlive(stale)).toBe(false);
    const login = await call(product.baseUrl, LOGIN, { u: 'ops.admin', p: 'ops-password-1' });
    expect(login.errors).toBeUndefined(); // same data: the account made before the crash
  }, LONG);

  it('says in one clear line why a start failed, and leaves no server behind', async () => {
    const otherDir = mkdtempSync(join(tmpdir(), 'lao-ops-other-'));
    chmodSync(otherDir, 0o755);
    try {
      // Its PostgreSQL's port is the running product's.
      const pgTaken = launchProduct({ name: 'ops-pg-port-taken', port: await freePort(), pgPort, dataDir: otherDir, env });
      expect(await pgTaken.exited).toBe(1);
      expect(pgTaken.output()).toMatch(/did not start: PostgreSQL could not listen on 127\.0\.0\.1:\d+: the port is taken .*EMBEDDED_PG_PORT/);
      // Its HTTP port is the running product's: the server it started is stopped again.
      const httpTaken = launchProduct({ name: 'ops-http-port-taken', port, pgPort: await freePort(), dataDir: otherDir, env });
      expect(await httpTaken.exited).toBe(1);
      expect(httpTaken.output()).toMatch(/did not start: Port \d+ on 127\.0\.0\.1 is taken by another program: .*PORT/);
      expect(existsSync(join(otherDir, 'pg', 'postmaster.pid'))).toBe(false);
      for (const out of [pgTaken.output(), httpTaken.output()]) expect(out).not.toMatch(/^undefined$/m);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  }, LONG);

  it('sends the SPA with its security headers, pre-compressed hashed assets cached for a year, index.html revalidated', async () => {
    const page = await fetch(`${product.baseUrl}/`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(page.headers.get('strict-transport-security')).toBeNull(); // plain HTTP, no trusted TLS proxy

    const entry = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(readFileSync(join(WEB_DIST, 'index.html'), 'utf8'))![1]!;
    const asset = await fetch(`${product.baseUrl}${entry}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    // The build writes the copies (apps/web/vite-plugins/precompress.ts); served when there.
    expect(asset.headers.get('content-encoding')).toBe(existsSync(join(WEB_DIST, `${entry}.br`)) ? 'br' : null);
  }, LONG);

  describe('in headless Chromium', () => {
    let browser: Browser;
    beforeAll(async () => (browser = await launchChromium()), LONG);
    afterAll(async () => browser?.close());

    it('loads the SPA, its Sarabun font and the province map with no Content-Security-Policy violation', async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
      const fonts: string[] = [];
      const maps: number[] = [];
      page.on('response', (r) => {
        if (/\.woff2?$/.test(r.url())) fonts.push(r.url());
        if (/thailand-provinces.*\.json$/.test(r.url())) maps.push(r.status());
      });
      try {
        await page.goto(`${product.baseUrl}/login`);
        await page.getByLabel('ชื่อผู้ใช้').fill('ops.admin');
        await page.getByLabel('รหัสผ่าน').fill('ops-password-1');
        await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
        await page.waitForURL((url) => !url.pathname.startsWith('/login'));
        await page.goto(`${product.baseUrl}/waste/national`);
        await page.locator('svg path').first().waitFor();
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => document.fonts.check('16px Sarabun', 'ก'))).toBe(true);
      } finally {
        await screenshot(page, 'operations-csp');
      }
      expect(fonts.length).toBeGreaterThan(0);
      expect(maps).toContain(200);
      expect(problems.filter((p) => /Content.Security.Policy|CSP violation|Refused to/i.test(p))).toEqual([]);
    }, LONG);
  });
});
