import type { LaoType } from '@lao/domain';

/*
 * Plausible e-Service survey answers for the demonstration registry. Each preset item has a kind (complaint, report,
 * registration, request, payment, permit) that sets how its steps, channels and users look, and a base chance that a
 * subdistrict municipality offered it online in FY 2566. The chance moves on a logit scale with the LAO's type
 * (cities, Bangkok, Pattaya and PAOs adopt more), the LAO's own digital maturity (a stable hash of its code) and the
 * fiscal year (a few points more a year). Whether an LAO offers an item is a stable hash of LAO and item compared
 * with that chance, so an LAO that offered a service keeps offering it in later years, and its steps and channels stay
 * put (a step or channel may be added as years pass). The seeded PRNG the caller passes only adds the year-to-year
 * movement: how many citizens used the service, and the "needed / not needed" opinion of those that do not offer it.
 * A PAO does not run the municipal services (allowances, local taxes, building permits, refuse): it rarely offers
 * them online and mostly answers that it does not need to.
 */

export type EServiceChannel = 'WEBSITE' | 'FACEBOOK' | 'LINE' | 'MOBILE_APP' | 'EMAIL' | 'OTHER';

export interface EServiceAnswer {
  offered: boolean;
  needed: boolean | null;
  steps: number[] | null;
  channels: EServiceChannel[] | null;
  otherChannels: string | null;
  users: number | null;
}

type Kind = 'COMPLAINT' | 'REPORT' | 'REGISTRATION' | 'REQUEST' | 'PAYMENT' | 'PERMIT';
type ByType<T> = Record<LaoType, T>;

interface ItemSpec {
  kind: Kind;
  /** Chance a subdistrict municipality of average maturity offered it online in FY 2566. */
  base: number;
  /** Citizens using it a year per 1,000 residents, where it is offered (default: the kind's). */
  usage?: number;
  /** A PAO provides this service too (complaints, its schools, its roads); otherwise it is a municipal one. */
  pao?: boolean;
}

interface KindSpec {
  /** Chance of each step 1..6 being online, where the item is offered. */
  steps: readonly [number, number, number, number, number, number];
  channels: Record<EServiceChannel, number>;
  /** What LAOs write under "other (specify)". */
  others: readonly string[];
  /** Chance an LAO that does not offer it says it is needed. */
  needed: number;
  usage: number;
}

const CHANNELS: readonly EServiceChannel[] = ['WEBSITE', 'FACEBOOK', 'LINE', 'MOBILE_APP', 'EMAIL', 'OTHER'];

const KINDS: Record<Kind, KindSpec> = {
  COMPLAINT: {
    steps: [0.98, 0.55, 0.12, 0, 0.04, 0.03],
    channels: { WEBSITE: 0.5, FACEBOOK: 0.7, LINE: 0.6, MOBILE_APP: 0.04, EMAIL: 0.12, OTHER: 0.1 },
    others: ['Traffy Fondue', 'Google Form', 'QR Code', 'TikTok', 'Instagram', 'ระบบรับเรื่องร้องเรียนของ อปท.', 'แบบฟอร์มออนไลน์'],
    needed: 0.86,
    usage: 6,
  },
  REPORT: {
    steps: [0.98, 0.5, 0.2, 0, 0.03, 0.02],
    channels: { WEBSITE: 0.35, FACEBOOK: 0.65, LINE: 0.65, MOBILE_APP: 0.05, EMAIL: 0.05, OTHER: 0.1 },
    others: ['Traffy Fondue', 'Google Form', 'QR Code', 'แอปพลิเคชัน Traffy Fondue', 'แบบฟอร์มออนไลน์'],
    needed: 0.84,
    usage: 4,
  },
  REGISTRATION: {
    steps: [0.98, 0.62, 0.3, 0, 0.08, 0.04],
    channels: { WEBSITE: 0.45, FACEBOOK: 0.35, LINE: 0.45, MOBILE_APP: 0.03, EMAIL: 0.08, OTHER: 0.08 },
    others: ['Google Form', 'QR Code', 'แบบฟอร์มออนไลน์', 'ระบบลงทะเบียนออนไลน์ของ อปท.'],
    needed: 0.8,
    usage: 2,
  },
  REQUEST: {
    steps: [0.98, 0.5, 0.35, 0.04, 0.05, 0.03],
    channels: { WEBSITE: 0.35, FACEBOOK: 0.55, LINE: 0.55, MOBILE_APP: 0.04, EMAIL: 0.06, OTHER: 0.08 },
    others: ['Google Form', 'QR Code', 'Traffy Fondue', 'แบบฟอร์มออนไลน์'],
    needed: 0.76,
    usage: 3,
  },
  PAYMENT: {
    steps: [0.85, 0.35, 0.1, 0.97, 0.25, 0.08],
    channels: { WEBSITE: 0.35, FACEBOOK: 0.06, LINE: 0.25, MOBILE_APP: 0.12, EMAIL: 0.03, OTHER: 0.45 },
    others: ['QR Code', 'พร้อมเพย์ (PromptPay)', 'Krungthai NEXT', 'แอปพลิเคชันเป๋าตัง', 'Mobile Banking', 'เคาน์เตอร์เซอร์วิส'],
    needed: 0.72,
    usage: 20,
  },
  PERMIT: {
    steps: [0.98, 0.6, 0.4, 0.35, 0.22, 0.1],
    channels: { WEBSITE: 0.6, FACEBOOK: 0.15, LINE: 0.3, MOBILE_APP: 0.05, EMAIL: 0.2, OTHER: 0.2 },
    others: ['Biz Portal', 'ระบบ e-Permit', 'Google Form', 'QR Code', 'ระบบ e-Service ของ อปท.'],
    needed: 0.66,
    usage: 1.5,
  },
};

const s = (kind: Kind, base: number, more: Omit<ItemSpec, 'kind' | 'base'> = {}): ItemSpec => ({ kind, base, ...more });

/** Per preset item of eservice-catalogue-v1.data.ts. */
const ITEMS: Record<string, ItemSpec> = {
  // Side 1: newborns, children and youth
  S1_01: s('REGISTRATION', 0.33, { usage: 1.2 }),
  S1_02: s('REQUEST', 0.28, { usage: 1.5 }),
  S1_03: s('REGISTRATION', 0.2, { usage: 0.4 }),
  S1_04: s('REQUEST', 0.18, { usage: 0.4 }),
  S1_05: s('REGISTRATION', 0.26, { usage: 1.5 }),
  S1_06: s('REGISTRATION', 0.24, { usage: 2, pao: true }),
  // elderly and disabled registration
  S1_07: s('REGISTRATION', 0.33, { usage: 3 }),
  S1_08: s('REGISTRATION', 0.3, { usage: 1.2 }),
  S1_09: s('REQUEST', 0.22, { usage: 1 }),
  S1_10: s('REGISTRATION', 0.2, { usage: 0.2 }),
  // other health services
  S1_11: s('REQUEST', 0.15, { usage: 0.6 }),
  S1_12: s('REQUEST', 0.13, { usage: 0.4 }),
  S1_13: s('REQUEST', 0.2, { usage: 0.8, pao: true }),
  S1_14: s('REQUEST', 0.3, { usage: 2, pao: true }),
  S1_15: s('REGISTRATION', 0.2, { usage: 0.5 }),
  // online complaints
  S1_16: s('COMPLAINT', 0.72, { usage: 8, pao: true }),
  S1_17: s('COMPLAINT', 0.66, { pao: true }),
  S1_18: s('COMPLAINT', 0.55, { usage: 1.5, pao: true }),
  S1_19: s('COMPLAINT', 0.58, { usage: 3, pao: true }),
  // Side 2: economy
  S2_01: s('PAYMENT', 0.14, { usage: 25 }),
  S2_02: s('PAYMENT', 0.1, { usage: 4 }),
  S2_03: s('REQUEST', 0.2, { usage: 5, pao: true }),
  S2_04: s('PERMIT', 0.08, { usage: 1 }),
  S2_05: s('PERMIT', 0.06, { usage: 0.1 }),
  S2_06: s('PERMIT', 0.1, { usage: 0.5 }),
  S2_07: s('PERMIT', 0.08, { usage: 0.8 }),
  S2_08: s('PAYMENT', 0.09, { usage: 1, pao: true }),
  // Side 3: public health and environment
  S3_01: s('PAYMENT', 0.12, { usage: 30 }),
  S3_02: s('PERMIT', 0.1, { usage: 1.5 }),
  S3_03: s('PERMIT', 0.1, { usage: 1.2 }),
  S3_04: s('REQUEST', 0.28, { usage: 2 }),
  S3_05: s('REQUEST', 0.3, { usage: 2 }),
  S3_06: s('REPORT', 0.5, { usage: 2 }),
  S3_07: s('REQUEST', 0.3, { usage: 3, pao: true }),
  S3_08: s('REGISTRATION', 0.18, { usage: 2 }),
  // Side 4: infrastructure
  S4_01: s('PERMIT', 0.1, { usage: 2 }),
  S4_02: s('PERMIT', 0.07, { usage: 0.5 }),
  S4_03: s('PERMIT', 0.06, { usage: 0.3 }),
  S4_04: s('PERMIT', 0.06, { usage: 0.3 }),
  S4_05: s('REQUEST', 0.18, { usage: 2 }),
  S4_06: s('PAYMENT', 0.11, { usage: 40 }),
  S4_07: s('REPORT', 0.55, { usage: 5 }),
  S4_08: s('REPORT', 0.5, { usage: 4, pao: true }),
  S4_09: s('REQUEST', 0.35, { usage: 3, pao: true }),
  // Side 5: complaints about the LAO itself
  S5_01: s('COMPLAINT', 0.68, { usage: 0.3, pao: true }),
  S5_02: s('COMPLAINT', 0.6, { usage: 0.8, pao: true }),
  S5_03: s('COMPLAINT', 0.48, { usage: 0.2, pao: true }),
  S5_04: s('REQUEST', 0.45, { usage: 0.5, pao: true }),
  S5_05: s('COMPLAINT', 0.55, { usage: 1, pao: true }),
  S5_06: s('REQUEST', 0.45, { usage: 4, pao: true }),
};

/** An item the LAO added itself (it usually adds what it already offers), or an unknown code. */
const ADDED_ITEM: ItemSpec = { kind: 'REQUEST', base: 0.55, pao: true };

/** Logit shift of adoption by LAO type, against a subdistrict municipality. */
const TYPE_SHIFT: ByType<number> = {
  SAO: -0.3,
  SUBDISTRICT_MUNICIPALITY: 0,
  TOWN_MUNICIPALITY: 0.55,
  CITY_MUNICIPALITY: 1,
  PATTAYA: 1.1,
  BANGKOK: 1.4,
  PAO: 0.5,
};
/** Logit shift a year after FY 2566: about +2.5 points a year around a 30 % chance. */
const YEAR_SHIFT = 0.12;
/** Logit shift of a municipal service in a PAO, which does not provide it. */
const NOT_PAO_SHIFT = -3;
const NOT_PAO_NEEDED = 0.15;

/** Residents, the LAO's place in the range coming from its code (log scale). */
const POPULATION: ByType<readonly [number, number]> = {
  SAO: [2_500, 15_000],
  SUBDISTRICT_MUNICIPALITY: [3_000, 20_000],
  TOWN_MUNICIPALITY: [15_000, 80_000],
  CITY_MUNICIPALITY: [60_000, 280_000],
  PATTAYA: [115_000, 125_000],
  BANGKOK: [5_450_000, 5_550_000],
  PAO: [180_000, 2_500_000],
};
/** Bigger LAOs also reach further: more mobile apps, and platforms such as Traffy Fondue under "other". */
const APP_FACTOR: ByType<number> = { SAO: 0.6, SUBDISTRICT_MUNICIPALITY: 1, TOWN_MUNICIPALITY: 2, CITY_MUNICIPALITY: 5, PATTAYA: 6, BANGKOK: 10, PAO: 2 };
const OTHER_FACTOR: ByType<number> = { SAO: 0.8, SUBDISTRICT_MUNICIPALITY: 1, TOWN_MUNICIPALITY: 1.5, CITY_MUNICIPALITY: 2.5, PATTAYA: 2.5, BANGKOK: 6, PAO: 1.2 };

// Read once: a global lookup per call is slow where globals are proxied (jest's vm sandbox).
const imul = Math.imul;
const exp = Math.exp;
const log = Math.log;
const floor = Math.floor;
const round = Math.round;
const min = Math.min;
const max = Math.max;

/** A stable number in [0, 1) for a text (FNV-1a, then a murmur3 finaliser so neighbouring texts spread out). */
function hash01(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = imul(h, 16777619);
  }
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

const logit = (p: number) => log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + exp(-x));
const clamp01 = (p: number) => min(1, max(0, p));

function population(lao: { code: string; type: LaoType }): number {
  const [lo, hi] = POPULATION[lao.type];
  return lo * (hi / lo) ** hash01(`${lao.code}/size`);
}

/** The LAO's digital maturity, a logit shift in [-1, 1), the same every year. */
function maturity(code: string): number {
  return (hash01(`${code}/eservice`) - 0.5) * 2;
}

function pickOthers(kind: KindSpec, key: string, type: LaoType, itemKind: Kind): string {
  const pool = kind.others;
  const chosen: string[] = [];
  // Bangkok runs its complaints and reports through Traffy Fondue.
  if (type === 'BANGKOK' && (itemKind === 'COMPLAINT' || itemKind === 'REPORT')) chosen.push('Traffy Fondue');
  const count = 1 + (hash01(`${key}/others`) < 0.35 ? 1 : 0) + (hash01(`${key}/others3`) < 0.08 ? 1 : 0);
  for (let k = 0; chosen.length < count && k < pool.length * 2; k++) {
    const name = pool[floor(hash01(`${key}/other${k}`) * pool.length)];
    if (name !== undefined && !chosen.includes(name)) chosen.push(name);
  }
  return chosen.join(', ');
}

/**
 * A plausible answer of this LAO for a survey item in a fiscal year, always consistent: offered ⇒ steps (a sorted,
 * non-empty subset of 1..6), channels (non-empty, no duplicates), users ≥ 0 and needed null, with otherChannels only
 * when OTHER is a channel; not offered ⇒ needed answered and nothing else. `random` is the caller's seeded PRNG.
 */
export function demoEServiceAnswer(itemCode: string, lao: { code: string; type: LaoType }, fiscalYear: number, random: () => number): EServiceAnswer {
  const spec = ITEMS[itemCode] ?? ADDED_ITEM;
  const kind = KINDS[spec.kind];
  const years = max(-10, min(20, fiscalYear - 2566));
  const notProvided = lao.type === 'PAO' && !spec.pao;
  const key = `${lao.code}/${itemCode}`;

  const chance = sigmoid(logit(spec.base) + TYPE_SHIFT[lao.type] + maturity(lao.code) + YEAR_SHIFT * years + (notProvided ? NOT_PAO_SHIFT : 0));
  if (hash01(key) >= chance) {
    const needed = random() < (notProvided ? NOT_PAO_NEEDED : kind.needed);
    return { offered: false, needed, steps: null, channels: null, otherChannels: null, users: null };
  }

  // Later steps come online as years pass; step 1 (submitting the request) nearly always is.
  const steps: number[] = [];
  kind.steps.forEach((p, i) => {
    const grown = i === 0 || p === 0 ? p : clamp01(p + 0.02 * years);
    if (hash01(`${key}/step${i + 1}`) < grown) steps.push(i + 1);
  });
  if (steps.length === 0) steps.push(kind.steps[3] > 0.9 ? 4 : 1);

  const channels = CHANNELS.filter((c) => {
    let p = kind.channels[c];
    if (c === 'MOBILE_APP') p *= APP_FACTOR[lao.type];
    if (c === 'OTHER') p *= OTHER_FACTOR[lao.type];
    if (c === 'LINE') p += 0.03 * years; // LINE Official Accounts keep spreading
    return hash01(`${key}/${c}`) < clamp01(p);
  });
  if (channels.length === 0) {
    const best = CHANNELS.reduce((a, b) => (kind.channels[b] > kind.channels[a] ? b : a));
    channels.push(best);
  }
  const otherChannels = channels.includes('OTHER') ? pickOthers(kind, key, lao.type, spec.kind) : null;

  // More residents, more mature LAOs and later years bring more users; the PRNG moves the figure ±30 %.
  const usage = spec.usage ?? kind.usage;
  const uptake = 0.5 + 0.5 * sigmoid(maturity(lao.code) * 2);
  const growth = max(0.3, 1 + 0.18 * years);
  const users = max(0, round((population(lao) / 1000) * usage * uptake * growth * (0.7 + 0.6 * random())));

  return { offered: true, needed: null, steps, channels, otherChannels, users };
}
