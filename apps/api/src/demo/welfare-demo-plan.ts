// The Welfare demo's plan per LAO: how many people of each kind its allowance registry holds (shares of INFO's
// population figure), where they live and where their national IDs start; the SQL (welfare-demo-people.ts,
// welfare-demo-enrolments.ts) builds the rows from it.
import { createHash } from 'node:crypto';
import { INFO_CATALOGUE_V1 } from '../info/migrations/info-catalogue-v1.data';
import type { GeoProvince } from '../registry/thai-geography';
import { demoInfoValue } from './info-demo-values';
import type { GeneratedLao } from './lao-generator';

/**
 * Shares of an LAO's population (INFO's SC01) on the registry: elderly recipients about 15 %, disabled about 2 %,
 * people with AIDS a few per LAO. Each LAO's own share comes from its code (the same every time).
 */
const ELDERLY_SHARE = { base: 0.15, spread: 0.1 };
const DISABLED_SHARE = { base: 0.02, spread: 0.2 };
const AIDS_SHARE = { base: 0.0005, spread: 0.6 };
/** Of the enrolments: ended (died, moved away…) and suspended now. */
export const ENDED_SHARE = 0.03;
export const SUSPENDED_SHARE = 0.01;
/** Of the elderly: also enrolled for the disability allowance; registered ahead, turning 60 in the coming months. */
export const BOTH_SHARE = 0.01;
const PRE_REGISTERED_SHARE = 0.01;
/** The universal elderly allowance began in fiscal year 2553; the registry holds enrolments from then on. */
export const PROGRAMME_START = '2009-10-01';
const MAX_PER_DISTRICT = 10_000_000;

const SC01 = INFO_CATALOGUE_V1.find((i) => i.code === 'SC01')!;

/** A stable number in [0, 1) for a text (FNV-1a with a murmur3 finaliser), for the per-LAO choices made here. */
function hash01(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

/** The first half (16 hex digits, version 4) of the UUIDs of an LAO's people or enrolments; the second half is a hash. */
export function welfareDemoPrefix(laoCode: string, rows: 'person' | 'enrolment'): string {
  const hex = createHash('sha1').update(`welfare-demo/${rows}/${laoCode}`).digest('hex');
  return `${hex.slice(0, 12)}4${hex.slice(13, 16)}`;
}

/** One LAO's registry as the SQL below builds it: how many of each kind of person, and where they live. */
export interface LaoPlan {
  code: string;
  districtCode: string;
  population: number;
  elderly: number;
  preRegistered: number;
  disabled: number;
  aids: number;
  /** National IDs of the LAO's people are numbered from here within the district (digits 6–12). */
  idBase: number;
  subdistricts: string[];
  /** The LAO's own subdistrict (an SAO's, a municipality's seat): where most of its people live. */
  ownSubdistrict: string | null;
  /** Villages (หมู่) per subdistrict; none in Bangkok, where addresses name a street. */
  villages: number | null;
}

/** The population INFO's demo records for an LAO (SC01, without the year's movement), and the registry it implies. */
export function welfareDemoPlan(laos: readonly GeneratedLao[], geography: readonly GeoProvince[], fiscalYear: number): LaoPlan[] {
  const districts = new Map(geography.flatMap((p) => p.districts.map((d) => [d.code, d] as const)));
  const provinces = new Map(geography.map((p) => [p.code, p]));
  const nextId = new Map<string, number>();
  const plans: LaoPlan[] = [];
  for (const lao of [...laos].sort((a, b) => a.code.localeCompare(b.code))) {
    // A PAO pays no allowances (INFO's SC04 and SC05 are none for it).
    if (lao.type === 'PAO') continue;
    const population = demoInfoValue(SC01, lao, fiscalYear, () => 0.5) as number;
    const share = (s: { base: number; spread: number }, key: string) => s.base * (1 - s.spread / 2 + s.spread * hash01(`${lao.code}/welfare/${key}`));
    const recipients = Math.round(population * share(ELDERLY_SHARE, 'elderly'));
    // Enough enrolments that, once some have ended, the live ones are the LAO's share.
    const preRegistered = recipients > 0 ? Math.max(1, Math.round(recipients * PRE_REGISTERED_SHARE)) : 0;
    const elderly = Math.round(recipients / (1 - ENDED_SHARE)) + preRegistered;
    const disabledTotal = Math.round(population * share(DISABLED_SHARE, 'disabled'));
    // Some of the disabled are elderly already enrolled (BOTH_SHARE of them): the rest are people of their own.
    const disabled = Math.max(0, disabledTotal - Math.round((elderly - preRegistered) * BOTH_SHARE));
    const aids = Math.round(population * share(AIDS_SHARE, 'aids'));

    const district = districts.get(lao.districtCode);
    const area = lao.type === 'BANGKOK' ? (provinces.get(lao.provinceCode)?.districts.flatMap((d) => d.subdistricts) ?? []) : (district?.subdistricts ?? []);
    if (area.length === 0) throw new Error(`Welfare demo: LAO ${lao.code} has no subdistricts in district ${lao.districtCode}`);
    const sorted = [...area].sort((a, b) => a.code.localeCompare(b.code));
    const own =
      lao.type === 'SAO' || lao.type === 'SUBDISTRICT_MUNICIPALITY'
        ? (sorted.find((s) => lao.nameTh.endsWith(s.nameTh))?.code ?? null)
        : lao.type === 'TOWN_MUNICIPALITY' || lao.type === 'CITY_MUNICIPALITY'
          ? sorted[0]!.code // the district seat's subdistrict, the municipality's core (lao-generator.ts)
          : null;
    const idBase = nextId.get(lao.districtCode) ?? 0;
    const people = elderly + disabled + aids;
    if (idBase + people >= MAX_PER_DISTRICT) throw new Error(`Welfare demo: district ${lao.districtCode} has more people than national IDs`);
    nextId.set(lao.districtCode, idBase + people);
    plans.push({
      code: lao.code,
      districtCode: lao.districtCode,
      population,
      elderly,
      preRegistered,
      disabled,
      aids,
      idBase,
      subdistricts: sorted.map((s) => s.code),
      ownSubdistrict: own,
      villages: lao.type === 'BANGKOK' ? null : 8 + Math.floor(hash01(`${lao.code}/welfare/villages`) * 13),
    });
  }
  return plans;
}
