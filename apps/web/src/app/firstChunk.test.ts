/** @jest-environment node */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

/**
 * The officials' issue, item 5: on a 400 kbps link every KiB before the login form is 20 ms. A real build (the
 * project's vite.config.ts, into a folder of its own), then the files the browser must run before the form: what
 * index.html loads and, transitively, what those import statically (dynamic imports load later).
 */
const webRoot = join(__dirname, '../..');
let dir: string;
let firstVisit: string[];
const read = (file: string) => readFileSync(join(dir, file));

function staticImports(file: string): string[] {
  const code = read(file).toString();
  const found = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)].map((m) => `assets/${m[1]}`);
  return [...new Set(found)];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lao-web-build-'));
  execFileSync(process.execPath, [join(webRoot, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: webRoot,
    stdio: 'pipe',
    // Jest's NODE_ENV=test would build React's development copy.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const html = read('index.html').toString();
  const queue = [...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  firstVisit = [...seen];
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the first visit loads the login and nothing else', () => {
  it('carries neither Apollo Client nor zod and the form libraries (they load with the shell, or at the first submit)', () => {
    expect(firstVisit.length).toBeGreaterThan(0);
    expect(firstVisit.filter((f) => /\/(apollo|forms)-/.test(f))).toEqual([]);
    const code = firstVisit.map((f) => read(f).toString()).join('\n');
    expect(code).not.toContain('InMemoryCache');
    expect(code).not.toContain('jitless');
  });

  it('stays within 130 KiB of brotli (React and the router about 84, the login with its strings about 38)', () => {
    const kib = firstVisit.reduce((n, f) => n + brotliCompressSync(read(f)).length, 0) / 1024;
    expect(kib).toBeLessThan(130);
  });

  it('is at most four files: on a 400 ms link each further request costs a round trip', () => {
    expect(firstVisit.length).toBeLessThanOrEqual(4);
  });
});
