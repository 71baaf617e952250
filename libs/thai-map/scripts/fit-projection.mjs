#!/usr/bin/env node
// How was @svg-maps/thailand projected? Fits two models by least squares and prints the constants and residuals:
//   equirectangular  x = a·lon + b,  y = c·lat + d
//   Mercator         x = a·lon + b,  y = c·ln(tan(π/4 + φ/2)) + d
// Control points:
//   1. the country's four extreme points (north, south, west, east) against the extremes of all outlines — sharp
//      features, but only four numbers: they fix scale and offset and say nothing about the curve in between;
//   2. each province's seat (PROVINCE_SEATS) against its outline's area centroid — 77 points spread over the whole
//      range of latitudes, each off by how far the town lies from its province's middle (tens of km), so only the
//      sum over all of them says which curve fits.
// The models differ only in y; each is fitted on both sets together (the extremes weighted as much as all seats).
// The model with the lower residual is the one to hard-code in src/projection.ts.
// Usage: pnpm --filter @lao/thai-map build && node libs/thai-map/scripts/fit-projection.mjs
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const lib = require('../dist/index.js');
const { loadGeometry } = require('../dist/node.js');
const geometry = loadGeometry();

/**
 * Extreme points of Thailand (public gazetteer values): north at Mae Sai (Chiang Rai), south at Betong (Yala), west in
 * Mae Hong Son on the Salween/Moei border, east at Khong Chiam (Ubon Ratchathani) on the Mekong.
 */
const EXTREMES = { north: 20.4647, south: 5.6128, west: 97.3437, east: 105.6369 };

const RAD = Math.PI / 180;
const MODELS = {
  equirectangular: { f: (lat) => lat, inverse: (v) => v },
  mercator: { f: (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)), inverse: (v) => (2 * Math.atan(Math.exp(v)) - Math.PI / 2) / RAD },
};

/** Weighted least squares for v = slope·u + intercept. */
function fitLine(pairs) {
  let sw = 0, su = 0, sv = 0, suu = 0, suv = 0;
  for (const { u, v, w = 1 } of pairs) {
    sw += w; su += w * u; sv += w * v; suu += w * u * u; suv += w * u * v;
  }
  const slope = (sw * suv - su * sv) / (sw * suu - su * su);
  return { slope, intercept: (sv - slope * su) / sw };
}

function haversineKm(a, b) {
  const dLat = (b.latitude - a.latitude) * RAD;
  const dLon = (b.longitude - a.longitude) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * RAD) * Math.cos(b.latitude * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

// The outlines' extremes.
const all = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
for (const { code } of geometry.provinces) {
  const box = lib.provinceBox(code, geometry);
  all.minX = Math.min(all.minX, box.minX); all.maxX = Math.max(all.maxX, box.maxX);
  all.minY = Math.min(all.minY, box.minY); all.maxY = Math.max(all.maxY, box.maxY);
}
const seats = geometry.provinces.map(({ code, nameEn }) => ({ code, nameEn, seat: lib.PROVINCE_SEATS[code], at: lib.provinceCentroid(code, geometry) }));
const n = seats.length;
const rms = (values) => Math.sqrt(values.reduce((sum, v) => sum + v * v, 0) / values.length);

const results = {};
for (const [name, model] of Object.entries(MODELS)) {
  // Extremes weigh as much as all seats together: n/2 per extreme.
  const x = fitLine([
    ...seats.map((s) => ({ u: s.seat.longitude, v: s.at.x })),
    { u: EXTREMES.west, v: all.minX, w: n / 2 },
    { u: EXTREMES.east, v: all.maxX, w: n / 2 },
  ]);
  const y = fitLine([
    ...seats.map((s) => ({ u: model.f(s.seat.latitude), v: s.at.y })),
    { u: model.f(EXTREMES.north), v: all.minY, w: n / 2 },
    { u: model.f(EXTREMES.south), v: all.maxY, w: n / 2 },
  ]);
  const unproject = ({ x: px, y: py }) => ({ latitude: model.inverse((py - y.intercept) / y.slope), longitude: (px - x.intercept) / x.slope });
  const seatY = seats.map((s) => s.at.y - (y.slope * model.f(s.seat.latitude) + y.intercept));
  const seatX = seats.map((s) => s.at.x - (x.slope * s.seat.longitude + x.intercept));
  const km = seats.map((s) => haversineKm(s.seat, unproject(s.at)));
  const extremes = {
    north: unproject({ x: 0, y: all.minY }).latitude - EXTREMES.north,
    south: unproject({ x: 0, y: all.maxY }).latitude - EXTREMES.south,
    west: unproject({ x: all.minX, y: 0 }).longitude - EXTREMES.west,
    east: unproject({ x: all.maxX, y: 0 }).longitude - EXTREMES.east,
  };
  // Seats that land in their own province under this model.
  const project = ({ latitude, longitude }) => ({ x: x.slope * longitude + x.intercept, y: y.slope * model.f(latitude) + y.intercept });
  const outside = seats.filter((s) => lib.provinceAtSvgPoint(project(s.seat), geometry) !== s.code).map((s) => s.code);
  results[name] = { a: x.slope, b: x.intercept, c: y.slope, d: y.intercept, rmsY: rms(seatY), rmsX: rms(seatX), rmsKm: rms(km), extremes, outside };
}

const kmPerUnit = 111.32 / results.mercator.a; // east–west, at the equator's scale; × cos(lat) on the ground
for (const [name, r] of Object.entries(results)) {
  console.log(`\n${name}`);
  console.log(`  x = ${r.a}·lon + ${r.b};  y = ${r.c}·f(lat) + ${r.d}`);
  console.log(`  seats vs centroids: RMS x ${r.rmsX.toFixed(3)}, RMS y ${r.rmsY.toFixed(3)} SVG units; RMS distance ${r.rmsKm.toFixed(1)} km`);
  console.log(`  extremes (model − gazetteer): ${Object.entries(r.extremes).map(([k, v]) => `${k} ${v.toFixed(4)}° (${(v * 111.32 * (k === 'west' || k === 'east' ? Math.cos(16 * RAD) : 1)).toFixed(1)} km)`).join(', ')}`);
  console.log(`  seats outside their own province: ${r.outside.length} (${r.outside.join(', ')})`);
}
const best = results.mercator.rmsY <= results.equirectangular.rmsY ? 'mercator' : 'equirectangular';
console.log(`\nLower y residual: ${best}. One SVG unit ≈ ${(kmPerUnit * Math.cos(13 * RAD)).toFixed(2)} km east–west at 13°N.`);
// A true Mercator has one scale: |c| = a·180/π. How close the fitted Mercator comes says whether the SVG was stretched.
const m = results.mercator;
console.log(`Mercator scales: y ${(-m.c).toFixed(1)} vs x ${((m.a * 180) / Math.PI).toFixed(1)} SVG units per radian (ratio ${(-m.c / ((m.a * 180) / Math.PI)).toFixed(4)}).`);
