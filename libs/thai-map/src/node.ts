import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ThaiMapGeometry } from './types';

/** Where the build writes the geometry: dist/ beside src/, so this works from the sources (tests) and from dist/. */
export const GEOMETRY_FILE = join(__dirname, '..', 'dist', 'thailand-provinces.json');

let cached: ThaiMapGeometry | undefined;

/** The provinces' outlines, read once from dist/thailand-provinces.json (Node only; the browser fetches the file). */
export function loadGeometry(): ThaiMapGeometry {
  if (!cached) {
    let text: string;
    try {
      text = readFileSync(GEOMETRY_FILE, 'utf8');
    } catch (error) {
      throw new Error(`${GEOMETRY_FILE} is missing: run \`pnpm --filter @lao/thai-map build\` first`, { cause: error });
    }
    cached = JSON.parse(text) as ThaiMapGeometry;
  }
  return cached;
}
