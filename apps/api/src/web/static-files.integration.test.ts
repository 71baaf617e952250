import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { startTestApp, type TestApp } from '../testing/test-app';
import { CONTENT_SECURITY_POLICY, STRICT_TRANSPORT_SECURITY } from './security-headers';
import { IMMUTABLE, REVALIDATE } from './static-files';

/** A build as Vite writes it: hashed assets with .br/.gz copies beside the text ones, one file without copies. */
function fakeBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'lao-web-dist-'));
  mkdirSync(join(dist, 'assets'));
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>ระบบสารสนเทศ</title><div id="root"></div>',
    'assets/index-AbC123.js': 'console.log("สวัสดี");'.repeat(100),
    'assets/thailand-provinces-XyZ789.json': JSON.stringify({ provinces: Array(200).fill('นนทบุรี') }),
  };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dist, name), text);
    writeFileSync(join(dist, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(dist, `${name}.gz`), gzipSync(text));
  }
  writeFileSync(join(dist, 'assets/sarabun-thai-400-Q1w2E3.woff2'), Buffer.from('wOF2 font bytes'));
  return dist;
}

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}
const binary = (res: Raw) => res.body;

describe('the SPA served by the API', () => {
  let sut: TestApp;
  let dist: string;

  let origin: string;

  beforeAll(async () => {
    dist = fakeBuild();
    sut = await startTestApp({ env: { WEB_DIST: dist, TRUSTED_PROXIES: 'loopback' } });
    // Plain node:http, which (unlike supertest or fetch) hands over the bytes as sent, still compressed.
    await sut.app.listen(0, '127.0.0.1');
    origin = (await sut.app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await sut.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (path: string, acceptEncoding = 'identity', headers: Record<string, string> = {}) =>
    new Promise<Raw>((resolve, reject) => {
      const req = httpGet(`${origin}${path}`, { headers: { 'accept-encoding': acceptEncoding, ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
    });

  it('sends the brotli copy of a hashed asset to a browser that accepts it, with its own type, cached for a year', async () => {
    const res = await get('/assets/index-AbC123.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(brotliDecompressSync(binary(res)).toString()).toContain('สวัสดี');
  });

  it('sends gzip when brotli is not accepted (or refused with q=0), and the file itself when neither is', async () => {
    const gz = await get('/assets/thailand-provinces-XyZ789.json', 'br;q=0, gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(gunzipSync(binary(gz)).toString()).provinces[0]).toBe('นนทบุรี');

    const plain = await get('/assets/thailand-provinces-XyZ789.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(JSON.parse(binary(plain).toString()).provinces).toHaveLength(200);
  });

  it('serves a file without copies as it is, and a missing asset as 404 (never index.html)', async () => {
    const font = await get('/assets/sarabun-thai-400-Q1w2E3.woff2', 'br, gzip');
    expect(font.status).toBe(200);
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['cache-control']).toBe(IMMUTABLE);
    expect((await get('/assets/index-Old999.js', 'br', { accept: '*/*' })).status).toBe(404);
  });

  it('answers index.html, compressed and revalidated, for the app and its client-side routes', async () => {
    for (const path of ['/', '/lao/5120101/info', '/index.html']) {
      const res = await get(path, 'br', { accept: 'text/html' });
      expect({ path, status: res.status, type: res.headers['content-type'], cache: res.headers['cache-control'] }).toEqual({
        path,
        status: 200,
        type: 'text/html; charset=utf-8',
        cache: REVALIDATE,
      });
      expect(brotliDecompressSync(binary(res)).toString()).toContain('<div id="root">');
    }
  });

  it('never serves what is outside the build or hidden', async () => {
    for (const path of ['/..%2f..%2fetc%2fpasswd', '/assets/%2e%2e/%2e%2e/package.json', '/%E0%A4%A', '/.env']) {
      const res = await get(path, 'identity', { accept: 'application/json' });
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
  });

  it('sends the security headers on pages and on the API, HSTS only over TLS from a trusted proxy', async () => {
    const page = await get('/', 'identity', { accept: 'text/html' });
    const api = await sut.http().post('/graphql').set('Content-Type', 'application/json').send({ query: '{ __typename }' });
    for (const res of [page, api]) {
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
    const overTls = await get('/', 'identity', { accept: 'text/html', 'x-forwarded-proto': 'https' });
    expect(overTls.headers['strict-transport-security']).toBe(STRICT_TRANSPORT_SECURITY);
  });
});
