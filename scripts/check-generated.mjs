#!/usr/bin/env node
// Fails when a generated file is stale relative to the code: apps/api/schema.graphql (from the code-first
// resolvers) and apps/web/src/generated (GraphQL Code Generator over that schema and the SPA's operations).
// It regenerates them and compares with what was there; on a difference the regenerated files are left in place
// so `git diff` shows what to commit. (Migrations are checked by apps/api's migrations test.)
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const targets = ['apps/api/schema.graphql', 'apps/web/src/generated'];

function snapshot(path) {
  const files = new Map();
  const walk = (p) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) for (const name of readdirSync(p)) walk(join(p, name));
    else files.set(relative(root, p), readFileSync(p, 'utf8'));
  };
  walk(join(root, path));
  return files;
}

const before = new Map(targets.flatMap((t) => [...snapshot(t)]));
execSync('pnpm run generate', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const after = new Map(targets.flatMap((t) => [...snapshot(t)]));

const stale = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
if (stale.length) {
  console.error(`Generated files were stale (now regenerated; review and commit them):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(`Generated files are up to date (${after.size} files).`);
