// Reads the map of @svg-maps/thailand 2.0.0: its index.js is `export default { label, viewBox, locations }` with
// plain JSON after `export default`, read as text so this works whatever Node thinks of the package's module type.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {{ label: string, viewBox: string, locations: { id: string, name: string, path: string }[] }} */
export function readSvgMap() {
  const file = require.resolve('@svg-maps/thailand');
  const text = readFileSync(file, 'utf8').trim();
  const prefix = 'export default ';
  if (!text.startsWith(prefix)) throw new Error(`${file}: expected "${prefix}{…}"`);
  const map = JSON.parse(text.slice(prefix.length).replace(/;$/, ''));
  if (typeof map.viewBox !== 'string' || !Array.isArray(map.locations)) throw new Error(`${file}: no viewBox/locations`);
  return map;
}
