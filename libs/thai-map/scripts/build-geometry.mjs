#!/usr/bin/env node
// Writes dist/thailand-provinces.json = { viewBox, credit, provinces: [{ code, nameEn, nameTh, path }] } from
// @svg-maps/thailand, each province under our 2-digit code (DOPA). Runs after tsc (it checks the result with the
// compiled library) and fails the build when a province does not map to exactly one code.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSvgMap } from './svg-map.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const require = createRequire(import.meta.url);
const { MAP_CREDIT, PROVINCE_SEATS, parseSvgPath } = require('../dist/index.js');

/**
 * The registry's provinces, from the data apps/api/src/registry/thai-geography.ts reads (thai-address-universal
 * 2.2.0), with the same correction it makes: Bueng Kan comes with 97 there and is 38 at the interior ministry.
 */
const PROVINCE_CODE_FIX = { บึงกาฬ: '38' };
const { getProvinces } = await import('thai-address-universal');
const registry = (await getProvinces()).map((p) => ({ code: PROVINCE_CODE_FIX[p.nameTh] ?? p.code, nameEn: p.nameEn, nameTh: p.nameTh }));

/** The map's English names that the registry spells differently (map → registry). */
const SPELLING = {
  Buriram: 'Buri Ram',
  'Nakhon Ratchasima': 'Nakhonratchasima',
  'Nakhon Sawan': 'Nakhonsawan',
  Phangnga: 'Phang Nga',
  'Suphan Buri': 'Suphanburi',
};
/** Shapes of the map that are no province: Songkhla Lake (its water, between Songkhla and Phatthalung). */
const NOT_A_PROVINCE = new Set(['lksg']);

const map = readSvgMap();
const byName = new Map(registry.map((p) => [p.nameEn, p]));
const problems = [];
const provinces = [];
for (const location of map.locations) {
  if (NOT_A_PROVINCE.has(location.id)) continue;
  const province = byName.get(SPELLING[location.name] ?? location.name);
  if (!province) {
    problems.push(`map shape ${location.id} "${location.name}" matches no province of the registry`);
    continue;
  }
  if (parseSvgPath(location.path).length === 0) problems.push(`${location.id}: path has no ring`);
  provinces.push({ code: province.code, nameEn: province.nameEn, nameTh: province.nameTh, path: location.path });
}

const codes = provinces.map((p) => p.code);
const duplicates = codes.filter((code, i) => codes.indexOf(code) !== i);
if (duplicates.length > 0) problems.push(`codes given to more than one shape: ${[...new Set(duplicates)].join(', ')}`);
for (const p of registry) if (!codes.includes(p.code)) problems.push(`province ${p.code} ${p.nameEn} has no shape`);
for (const code of codes) if (!PROVINCE_SEATS[code]) problems.push(`province ${code} has no seat in PROVINCE_SEATS`);
if (Object.keys(PROVINCE_SEATS).length !== 77) problems.push(`PROVINCE_SEATS has ${Object.keys(PROVINCE_SEATS).length} codes, not 77`);
if (registry.length !== 77 || provinces.length !== 77) problems.push(`${registry.length} registry provinces, ${provinces.length} shapes: 77 expected`);
if (problems.length > 0) {
  console.error(`thailand-provinces.json not written:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

provinces.sort((a, b) => a.code.localeCompare(b.code));
mkdirSync(dist, { recursive: true });
const file = join(dist, 'thailand-provinces.json');
writeFileSync(file, JSON.stringify({ viewBox: map.viewBox, credit: MAP_CREDIT, provinces }));
console.log(`${file}: ${provinces.length} provinces, ${(readFileSync(file).length / 1024).toFixed(0)} KiB`);
