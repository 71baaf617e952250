import { PLATFORM_MODULE_LABELS, PLATFORM_MODULES, RIGHT_LABELS, RIGHTS } from './access';
import { CERTIFICATION_ACTION_LABELS, CERTIFICATION_ACTIONS, CERTIFICATION_STATUS_LABELS, CERTIFICATION_STATUSES } from './certification';
import { ESERVICE_CHANNEL_LABELS, ESERVICE_CHANNELS, ESERVICE_STEP_LABELS, ESERVICE_STEPS } from './eservice';
import { INFO_DOMAIN_LABELS, INFO_DOMAINS } from './info';
import { LAO_TYPE_LABELS, LAO_TYPES } from './lao-type';

/**
 * Every list the SPA shows (menus, selects, badges, the survey form) reads its words from these maps: each member
 * needs a Thai and an English label, and two members may not read the same, or a person could not tell them apart.
 */
const maps: [string, readonly (string | number)[], Record<string | number, Record<string, string>>, string[]][] = [
  ['PLATFORM_MODULE_LABELS', PLATFORM_MODULES, PLATFORM_MODULE_LABELS, ['th', 'en']],
  ['RIGHT_LABELS', RIGHTS, RIGHT_LABELS, ['th', 'en']],
  ['LAO_TYPE_LABELS', LAO_TYPES, LAO_TYPE_LABELS, ['th', 'thShort', 'en']],
  ['CERTIFICATION_STATUS_LABELS', CERTIFICATION_STATUSES, CERTIFICATION_STATUS_LABELS, ['th', 'en']],
  ['CERTIFICATION_ACTION_LABELS', CERTIFICATION_ACTIONS, CERTIFICATION_ACTION_LABELS, ['th', 'en']],
  ['ESERVICE_CHANNEL_LABELS', ESERVICE_CHANNELS, ESERVICE_CHANNEL_LABELS, ['th', 'en']],
  ['ESERVICE_STEP_LABELS', ESERVICE_STEPS, ESERVICE_STEP_LABELS, ['th', 'en']],
  ['INFO_DOMAIN_LABELS', INFO_DOMAINS, INFO_DOMAIN_LABELS, ['th', 'en']],
];

describe.each(maps)('%s', (_name, members, labels, fields) => {
  it('labels exactly the members of its list', () => {
    expect(Object.keys(labels).sort()).toEqual(members.map(String).sort());
  });

  it.each(fields)('gives every member a distinct, non-blank %s label', (field) => {
    const words = members.map((m) => labels[m]?.[field]);
    for (const word of words) expect(word).toMatch(/\S/);
    expect(new Set(words).size).toBe(members.length);
  });
});

it('writes Thai labels in Thai script (names such as LINE and Facebook aside)', () => {
  const thai = /[\u0E00-\u0E7F]/;
  for (const m of PLATFORM_MODULES) expect(PLATFORM_MODULE_LABELS[m].th).toMatch(thai);
  for (const r of RIGHTS) expect(RIGHT_LABELS[r].th).toMatch(thai);
  for (const t of LAO_TYPES) expect(LAO_TYPE_LABELS[t].th).toMatch(thai);
  for (const d of INFO_DOMAINS) expect(INFO_DOMAIN_LABELS[d].th).toMatch(/^ด้าน/);
  expect(ESERVICE_CHANNEL_LABELS.LINE).toEqual({ th: 'LINE', en: 'LINE' });
  expect(ESERVICE_CHANNEL_LABELS.OTHER.th).toMatch(thai);
});
