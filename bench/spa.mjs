// The SPA's initial JavaScript, measured on a fresh build: apps/web/dist is rebuilt first when any of its sources
// (the web app's, and libs/domain's and libs/thai-map's, which Vite bundles from source) is newer than dist, so the
// figure is never that of a stale build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from './dataset.mjs';

const DIST = join(REPO_ROOT, 'apps/web/dist');
const SOURCES = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/web/vite-plugins', 'apps/web/package.json', 'libs/domain/src', 'libs/thai-map/src'];

/** The newest modification time (ms) under a file or folder, tests left out (they are not bundled). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.test\.|\.spec\./.test(path) ? 0 : stat.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) if (entry !== 'node_modules') max = Math.max(max, newest(join(path, entry)));
  return max;
}

/** Rebuilds apps/web/dist when it is missing or older than its sources; answers why and how long it took. */
export function ensureFreshSpa(log) {
  const index = join(DIST, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newest(join(REPO_ROOT, s))));
  if (builtAt && builtAt >= sourcesAt) return { rebuilt: false, seconds: 0 };
  log(builtAt ? `apps/web/dist is older than its sources (${new Date(sourcesAt).toISOString()}): building the web app` : 'apps/web/dist is missing: building the web app');
  const started = Date.now();
  const built = spawnSync('pnpm', ['--filter', '@lao/web', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('pnpm --filter @lao/web build failed (a half-done change of the web app? run again)');
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  log(`Web app built in ${seconds} s`);
  return { rebuilt: true, seconds };
}

/** The scripts and modulepreloads of index.html, gzipped (zlib level 6) and summed. */
export function bundleSize() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = new Set();
  for (const tag of html.match(/<script\b[^>]*>|<link\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script');
    if (!isScript && !/rel=["']?modulepreload/.test(tag)) continue;
    const ref = /(?:src|href)=["']?([^"'\s>]+)/.exec(tag)?.[1];
    if (ref && ref.endsWith('.js') && !/^https?:/.test(ref)) files.add(ref.replace(/^\//, ''));
  }
  const perFile = [...files].map((file) => {
    const content = readFileSync(join(DIST, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  return {
    files: perFile,
    bytes: perFile.reduce((n, f) => n + f.bytes, 0),
    gzipBytes: perFile.reduce((n, f) => n + f.gzipBytes, 0),
  };
}
