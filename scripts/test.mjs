#!/usr/bin/env node
// `pnpm test`: every check and every test, in the order that fails fastest. Needs only Node 20 with pnpm
// (corepack) and, for the browser tests, Debian's chromium, which it installs when missing and allowed (root).
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const started = Date.now();

function step(name, command) {
  const t = Date.now();
  console.log(`\n▶ ${name}: ${command}`);
  const result = spawnSync(command, { cwd: root, stdio: 'inherit', shell: true, env: process.env });
  const seconds = ((Date.now() - t) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  if (process.getuid?.() !== 0) {
    console.error(`No Chromium at ${path}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', { stdio: 'inherit' });
}

ensureChromium();
step('build', 'pnpm run build');
step('generated files', 'pnpm run check:generated');
step('lint', 'pnpm run lint');
step('typecheck', 'pnpm run typecheck');
step('unit and integration tests', 'pnpm run test:unit');
step('end-to-end tests (HTTP and headless Chromium)', 'pnpm run test:e2e');
// The harness's smoke run proves `pnpm bench` works end to end (its figures are not asserted: shared machines are noisy).
step('performance harness (quick)', 'node bench/run.mjs --quick');
console.log(`\nAll green in ${((Date.now() - started) / 60000).toFixed(1)} min.`);
