// Jest stand-in for `import geometryUrl from '@lao/thai-map/thailand-provinces.json?url'` (mapped in jest.config.cjs):
// the URL Vite would give, and a fetch for that one URL answered from the built file on disk, because jsdom has no
// fetch. Any other URL goes to an existing fetch, or fails as an offline network would.
const { readFile } = require('node:fs/promises');
const path = require('node:path');

const ASSET_URL = '/assets/thailand-provinces.json';
const FILE = path.join(__dirname, '../../../../../../../libs/thai-map/dist/thailand-provinces.json');

const previous = globalThis.fetch;
globalThis.fetch = async function fetchGeometryFromDisk(input, init) {
  const url = typeof input === 'string' ? input : String(input.url ?? input);
  if (url !== ASSET_URL) {
    if (previous) return previous(input, init);
    throw new TypeError(`fetch ${url}: no network in the jsdom tests`);
  }
  let text;
  try {
    text = await readFile(FILE, 'utf8');
  } catch {
    throw new TypeError(`${FILE} is missing: run \`pnpm --filter @lao/thai-map build\` first`);
  }
  return { ok: true, status: 200, url, json: async () => JSON.parse(text), text: async () => text };
};

module.exports = { __esModule: true, default: ASSET_URL };
