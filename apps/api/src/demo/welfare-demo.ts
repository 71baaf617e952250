import { createHash } from 'node:crypto';
import { ALLOWANCE_TYPES, bangkokToday, END_REASONS, fiscalMonthStart, fiscalYearOf, referenceMonth } from '@lao/domain';
import type { EntityManager } from 'typeorm';
import { INFO_CATALOGUE_V1 } from '../info/migrations/info-catalogue-v1.data';
import { type GeoProvince, thaiGeography } from '../registry/thai-geography';
import { DEMO_PAST_YEARS, demoDeadline, openDemoCycles, openYearPlans, type Plan, seededRandom } from './info-demo';
import { demoInfoValue } from './info-demo-values';
import type { GeneratedLao } from './lao-generator';
import { FIGURES_DEFERRED_SETTING, FIGURES_LOCK, rebuildYearsSql } from '../welfare/welfare-figures.maintenance';
import { BANGKOK_STREETS, FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './welfare-demo-names';

/**
 * `pnpm start`'s allowance registry: Nonthaburi (the suburbs), Samut Songkhram (small and rural) and Phuket (a
 * tourist island), small enough to keep the first start short; the bench asks for 'ALL' (the whole country).
 */
export const WELFARE_DEMO_PROVINCES: readonly string[] = ['12', '75', '83'];

/** What the Welfare seed varies. */
export interface WelfareDemoOptions {
  /** The provinces (of the LAOs given) whose LAOs get an allowance registry, or 'ALL' of them (default WELFARE_DEMO_PROVINCES). */
  provinceCodes?: readonly string[] | 'ALL';
  /** Province-certified fiscal years before the open one, each with its frozen figures (default DEMO_PAST_YEARS). */
  pastYears?: number;
  /** The country's geography, when the caller has read it already (reading it takes seconds). */
  geography?: GeoProvince[];
}

export interface WelfareDemoSummary {
  people: number;
  enrolments: number;
  provinces: string[];
}

/**
 * Shares of an LAO's population (INFO's SC01) on the registry: elderly recipients about 15 %, disabled about 2 %,
 * people with AIDS a few per LAO. Each LAO's own share comes from its code (the same every time).
 */
const ELDERLY_SHARE = { base: 0.15, spread: 0.1 };
const DISABLED_SHARE = { base: 0.02, spread: 0.2 };
const AIDS_SHARE = { base: 0.0005, spread: 0.6 };
/** Of the enrolments: ended (died, moved away…) and suspended now. */
const ENDED_SHARE = 0.03;
const SUSPENDED_SHARE = 0.01;
/** Of the elderly: also enrolled for the disability allowance; registered ahead, turning 60 in the coming months. */
const BOTH_SHARE = 0.01;
const PRE_REGISTERED_SHARE = 0.01;
/** The universal elderly allowance began in fiscal year 2553; the registry holds enrolments from then on. */
const PROGRAMME_START = '2009-10-01';
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
interface LaoPlan {
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

// --- SQL fragments ---------------------------------------------------------------------------------------------------
// Every choice is a hash (hashint4extended, the same on every machine), so a seed gives the same rows. The hashed
// value is small and unique within the LAO (a person's number there, or that × 4 + the allowance type) and the LAO
// and the purpose make the seed (the LAO code × 1000 + a purpose): PostgreSQL folds an int8 to 32 bits before hashing
// it, so hashing a whole 64-bit key would repeat values across millions of rows. A hash gives four 16-bit fields;
// `chance` and `pick` read one.
//
// The statement runs once per enrolment, 11 million times for the country, so it avoids what costs per row:
// dates are chosen as a month (a month index, year × 12 + month − 1: `$5` is today's) and a day of it (1–28, a day
// every month has), so the figures' month arithmetic needs no date_part; national IDs are numbers until the end;
// a UUID is the LAO's own first half and one hash.

/** A 64-bit hash of an int4 `value` for a purpose, seeded by the row's LAO (`seed`: its code × 1000). */
const hash = (value: string, purpose: number, seed: string) => `hashint4extended(${value}, ${seed} + ${purpose})`;
/** Field `i` (0–3) of a 64-bit hash: 0 … 65535. */
const field = (h: string, i: number) => (i === 0 ? `(${h} & 65535)` : `((${h} >> ${16 * i}) & 65535)`);
/** True with probability `p`. */
const chance = (h: string, i: number, p: number) => `${field(h, i)} < ${share16(p)}`;
/** A whole number in [0, n) (n a number or an SQL integer expression). */
const pick = (h: string, i: number, n: string | number) => `((${field(h, i)} * (${n})) >> 16)::int`;
function share16(p: number): number {
  return Math.round(p * 65536);
}
/** A version 4 UUID: the LAO's half for these rows (version digit set, welfareDemoPrefix) and a hash with the variant bits. */
const uuidOf = (prefix: string, value: string, seed: string, purpose: number) =>
  `(${prefix} || to_hex(${hash(value, purpose, seed)} & 4611686018427387903 | '-9223372036854775808'::bigint))::uuid`;
/** The date of a month index and a day. */
const dateOf = (month: string, day: string) => `make_date((${month}) / 12, (${month}) % 12 + 1, ${day})`;
/**
 * A time of the office day (08:30–17:00 in Bangkok, UTC+7 all year) on a date, from 8 bits of a hash; as seconds
 * since the epoch (to_timestamp), which costs less than a time-zone conversion per row.
 */
const officeTime = (date: string, bits: string) => `to_timestamp((((${date})::date - date '1970-01-01') * 86400 + 5400 + (${bits} & 255) * 120)::float8)`;
/** "Never" as a month index. */
const NEVER = 100_000_000;
const monthOf = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const PROGRAMME_MONTH = monthOf(PROGRAMME_START);

/** Kinds of people, by their number in the LAO: the elderly (the last few registered ahead of their 60th birthday), the disabled, people with AIDS. */
const KIND = `CASE WHEN g.n <= l.elderly THEN 'E' WHEN g.n <= l.elderly + l.disabled THEN 'D' ELSE 'A' END`;
const PRE = `(g.n <= l.elderly AND g.n > l.elderly - l.pre_registered)`;
/** The person's first hashes, computed once per row (each use of a hash expression would compute it again). */
const H1 = 'ph.h1';
const H8 = 'ph.h8';
/**
 * Ages today: the elderly in the national pyramid (60s 55 %, 70s 30 %, 80s 12 %, 90+ 3 %), the disabled of every
 * age (12 % children), people with AIDS 25–65.
 */
const AGE = `CASE WHEN g.n <= l.elderly THEN CASE WHEN ${PRE} THEN 59
                                                   WHEN ${chance(H1, 0, 0.55)} THEN 60 + ${pick(H1, 1, 10)}
                                                   WHEN ${chance(H1, 0, 0.85)} THEN 70 + ${pick(H1, 1, 10)}
                                                   WHEN ${chance(H1, 0, 0.97)} THEN 80 + ${pick(H1, 1, 10)}
                                                   ELSE 90 + ((${field(H1, 1)} * ${field(H1, 1)} * 13) >> 32)::int END
                  WHEN g.n <= l.elderly + l.disabled THEN CASE WHEN ${chance(H1, 0, 0.12)} THEN 1 + ${pick(H1, 1, 17)}
                                                              WHEN ${chance(H1, 0, 0.9)} THEN 18 + ${pick(H1, 1, 42)}
                                                              ELSE 60 + ${pick(H1, 1, 30)} END
                  ELSE 25 + ${pick(H1, 1, 41)} END`;
const FEMALE_SHARE = `CASE WHEN g.n <= l.elderly THEN CASE WHEN a.age >= 80 THEN ${share16(0.62)} WHEN a.age >= 70 THEN ${share16(0.56)} ELSE ${share16(0.53)} END
                           WHEN g.n <= l.elderly + l.disabled THEN ${share16(0.45)} ELSE ${share16(0.4)} END`;

/**
 * The registry's people, one row per person, LAO by LAO. Born in the month `age` years and 0–11 months before this
 * one (this month: by today, `$6`), so that they are `age` today; the pre-registered turn 60 in one to nine months.
 */
const PEOPLE = `
  SELECT l.code, l.seed, g.n, l.district_code, l.district_number, l.district_sum, l.subdistricts, l.own_subdistrict, l.villages,
         l.person_prefix, l.enrolment_prefix, l.id_base + g.n AS person_no, ${KIND} AS kind, ${PRE} AS pre, a.age, b.birth_month, b.birth_day, b.sex
    FROM welfare_demo_lao l
   CROSS JOIN LATERAL generate_series(1, l.elderly + l.disabled + l.aids) AS g(n)
   CROSS JOIN LATERAL (SELECT ${hash('g.n', 1, 'l.seed')} AS h1, ${hash('g.n', 8, 'l.seed')} AS h8 OFFSET 0) AS ph
   CROSS JOIN LATERAL (SELECT ${AGE} AS age, ${pick(H1, 2, 12)} AS months_since OFFSET 0) AS a
   CROSS JOIN LATERAL (SELECT CASE WHEN ${PRE} THEN $5::int - 720 + 1 + ${pick(H8, 1, 9)} ELSE $5::int - 12 * a.age - a.months_since END AS birth_month, 1 + ${pick(H8, 0, `CASE WHEN a.months_since = 0 AND NOT ${PRE} THEN least(28, $6::int) ELSE 28 END`)} AS birth_day, CASE WHEN ${field(H1, 3)} < ${FEMALE_SHARE} THEN 'FEMALE' ELSE 'MALE' END AS sex OFFSET 0) AS b`;

/** welfare_event.detail as the API writes it, as constants (choosing one costs less than building JSON per row). */
const constantJson = (column: string, values: readonly string[], json: (value: string) => Record<string, unknown>) =>
  `CASE ${column} ${values.map((v) => `WHEN '${v}' THEN '${JSON.stringify(json(v))}'::jsonb`).join(' ')} END`;

/**
 * Every enrolment with everything the four tables hold, one row per person and allowance type: each person's own,
 * then a second (disability) for a few of the elderly (those rows carry no person columns: the person is written
 * once). HE1–HE3 hash the enrolment (the person's number × 4 + the type); the person's own hashes their name, home,
 * phone and payment, so someone with two allowances has one home and one bank account.
 *  - Registered: the elderly from the month after their 59th birthday's to 18 months later (those 60 before the
 *    programme began, in its first four years), by last month; the pre-registered in the last four months; the others
 *    from becoming eligible to last month.
 *  - Ended (3 %) or suspended (1 %) in a later month, by today.
 *  - National ID: the kind of registration (3, 4, 5 for people registered before 1984; 1, 2 since), the district, the
 *    person's number there (unique in the district), and the mod-11 check digit of the twelve (weights 13 … 2; the
 *    district's four are summed once per LAO).
 * The last columns are the months the figures need (see `figures`).
 */
function stageSql(): string {
  // Each hash once per row (lateral hx below).
  const [HP2, HP3, home, area, phone, bank, HE1, HE2, HE3] = ['hx.p2', 'hx.p3', 'hx.home', 'hx.area', 'hx.phone', 'hx.bank', 'hx.e1', 'hx.e2', 'hx.e3'];
  const hashes = [
    ...[2, 3, 4, 5, 6, 7].map((purpose, i) => `${hash('e.n', purpose, 'e.seed')} AS ${['p2', 'p3', 'home', 'area', 'phone', 'bank'][i]}`),
    ...[11, 12, 13].map((purpose, i) => `${hash('e.n * 4 + e.type_no', purpose, 'e.seed')} AS e${i + 1}`),
  ];
  const d0 = `CASE WHEN e.birth_month < ${monthOf('1984-01-01')} THEN CASE WHEN ${chance(HP2, 1, 0.96)} THEN 3 WHEN ${chance(HP2, 1, 0.98)} THEN 4 ELSE 5 END
                   WHEN ${chance(HP2, 1, 0.95)} THEN 1 ELSE 2 END`;
  const digits = [6, 5, 4, 3, 2, 1, 0].map((power, i) => `(e.person_no / ${10 ** power} % 10) * ${8 - i}`).join(' + ');
  const reasonShare: Record<string, [number, number, number]> = { DIED: [0.7, 0.5, 0.4], MOVED: [0.85, 0.75, 0.7], WAIVED: [0.93, 0.8, 0.85] };
  const reason = (r: string) => `CASE e.type_no ${reasonShare[r]!.map((p, t) => `WHEN ${t} THEN ${share16(p)}`).join(' ')} END`;
  const changed = `CASE WHEN t.status <> 'ACTIVE' THEN ${dateOf('t.changed_month', 't.changed_day')} END`;
  /** The first month an enrolment may be registered in (the elderly: before the programme's start, or the clamp to last month). */
  const earliest = `CASE WHEN e.type_no = 0 AND e.pre THEN greatest(e.birth_month + 709, $5::int - 4)
                         WHEN e.type_no = 0 THEN e.birth_month + 709 + ${pick(HE1, 0, 18)}
                         ELSE greatest(${PROGRAMME_MONTH}, CASE WHEN e.type_no = 2 THEN e.birth_month + 240 WHEN e.kind = 'E' THEN e.birth_month + 660 ELSE e.birth_month + 6 END) END`;
  const changedMonth = `(m.registered_month + 1 + ${pick(HE2, 0, '$5::int - m.registered_month')})`;
  return `
  SELECT e.code AS lao_code, e.primary_enrolment,
         CASE WHEN e.primary_enrolment THEN ((${d0} * 100000000000 + e.district_number * 10000000::bigint + e.person_no) * 10
                                              + (11 - (${d0} * 13 + e.district_sum + ${digits}) % 11) % 10)::text END AS national_id,
         CASE WHEN e.primary_enrolment THEN CASE WHEN e.sex = 'MALE' THEN CASE WHEN e.age < 15 THEN 'เด็กชาย' ELSE 'นาย' END
                                                 WHEN e.age < 15 THEN 'เด็กหญิง'
                                                 WHEN ${field(HP2, 2)} < CASE WHEN e.age >= 25 THEN ${share16(0.8)} WHEN e.age >= 18 THEN ${share16(0.3)} ELSE 0 END THEN 'นาง'
                                                 ELSE 'นางสาว' END END AS title,
         CASE WHEN e.primary_enrolment THEN CASE WHEN e.sex = 'MALE' THEN ($1::text[])[1 + ${pick(HP2, 3, MALE_FIRST_NAMES.length)}]
                                                 ELSE ($2::text[])[1 + ${pick(HP2, 3, FEMALE_FIRST_NAMES.length)}] END END AS first_name,
         CASE WHEN e.primary_enrolment THEN ($3::text[])[1 + ${pick(HP3, 0, LAST_NAMES.length)}] END AS last_name,
         ${dateOf('e.birth_month', 'e.birth_day')} AS birth_date, e.sex,
         ${uuidOf('e.enrolment_prefix', 'e.n * 4 + e.type_no', 'e.seed', 111)} AS id, ${uuidOf('e.person_prefix', 'e.n', 'e.seed', 101)} AS person_id,
         e.allowance_type, t.status, t.registered_on,
         CASE WHEN t.status = 'ENDED' THEN ${changed} END AS ended_on,
         CASE WHEN t.status = 'ENDED' THEN CASE WHEN ${field(HE2, 1)} < ${reason('DIED')} THEN 'DIED' WHEN ${field(HE2, 1)} < ${reason('MOVED')} THEN 'MOVED'
                                                WHEN ${field(HE2, 1)} < ${reason('WAIVED')} THEN 'WAIVED' WHEN ${chance(HE2, 1, 0.96)} THEN 'INELIGIBLE' ELSE 'OTHER' END END AS end_reason,
         CASE WHEN ${chance(area, 3, 0.75)} THEN 'BANK_TRANSFER' WHEN ${chance(area, 3, 0.95)} THEN 'CASH' ELSE 'PROXY' END AS payment_method,
         CASE WHEN ${chance(area, 3, 0.75)} THEN lpad(((${bank} & 9223372036854775807) % 10000000000)::text, 10, '0') END AS bank_account,
         jsonb_build_object(
           'houseNo', CASE WHEN ${chance(home, 0, 0.3)} THEN (1 + ${pick(home, 1, 250)})::text || '/' || (1 + ${pick(home, 2, 30)})::text
                           ELSE (1 + ${pick(home, 1, 400)})::text END,
           'villageNo', CASE WHEN e.villages IS NOT NULL THEN 1 + ${pick(home, 3, 'e.villages')} END,
           'street', CASE WHEN e.villages IS NULL THEN ($4::text[])[1 + ${pick(area, 0, BANGKOK_STREETS.length)}] END,
           'subdistrictCode', CASE WHEN e.own_subdistrict IS NOT NULL AND ${chance(area, 1, 0.9)} THEN e.own_subdistrict
                                   ELSE e.subdistricts[1 + ${pick(area, 2, 'cardinality(e.subdistricts)')}] END) AS address,
         CASE WHEN ${chance(phone, 0, 0.7)}
              THEN '0' || (ARRAY['6', '8', '9'])[1 + ${pick(phone, 1, 3)}] || lpad(((${phone} >> 32 & 2147483647) % 100000000)::text, 8, '0') END AS phone,
         CASE WHEN e.type_no = 1 THEN 'พก.' || e.district_code || '-' || lpad(e.person_no::text, 7, '0') || '/' || (t.registered_month / 12 + 543)::text END AS disability_card_no,
         ${officeTime('t.registered_on', HE3)} AS registered_at,
         CASE WHEN t.status = 'ACTIVE' THEN ${officeTime('t.registered_on', HE3)} ELSE ${officeTime(changed, `(${HE3} >> 8)`)} END AS updated_at,
         'lao.' || e.code AS updated_by,
         CASE WHEN t.status = 'SUSPENDED' THEN ${changed} END AS suspended_from,
         e.birth_month, (e.birth_day > 1)::int AS after_first,
         CASE WHEN e.type_no = 0 THEN greatest(e.birth_month + 721, t.registered_month + 1) ELSE t.registered_month + 1 END AS first_paid,
         CASE WHEN t.status = 'ENDED' THEN t.changed_month - (t.changed_day = 1)::int ELSE ${NEVER} END AS last_unended,
         CASE WHEN t.status = 'SUSPENDED' THEN t.changed_month + (t.changed_day > 1)::int ELSE ${NEVER} END AS suspended_month
    FROM (SELECT p.*, true AS primary_enrolment, CASE p.kind WHEN 'E' THEN 'ELDERLY' WHEN 'D' THEN 'DISABILITY' ELSE 'AIDS' END AS allowance_type,
                 CASE p.kind WHEN 'E' THEN 0 WHEN 'D' THEN 1 ELSE 2 END AS type_no
            FROM (${PEOPLE}) p
          UNION ALL
          SELECT p.*, false, 'DISABILITY', 1 FROM (${PEOPLE}) p WHERE p.kind = 'E' AND NOT p.pre AND ${chance(hash('p.n', 2, 'p.seed'), 0, BOTH_SHARE)}) e
   CROSS JOIN LATERAL (SELECT ${hashes.join(', ')} OFFSET 0) AS hx
   CROSS JOIN LATERAL (SELECT CASE WHEN e.type_no = 0 AND e.pre THEN ${earliest} + ${pick(HE1, 0, `$5::int - ${earliest}`)}
          WHEN e.type_no = 0 THEN least($5::int - 1, CASE WHEN ${earliest} < ${PROGRAMME_MONTH} THEN ${PROGRAMME_MONTH} + ${pick(HE1, 1, 48)} ELSE ${earliest} END)
          ELSE ${earliest} + ${pick(HE1, 0, `$5::int - ${earliest}`)} END AS registered_month, CASE WHEN e.pre THEN 'ACTIVE' WHEN ${chance(HE1, 3, ENDED_SHARE)} THEN 'ENDED'
          WHEN ${chance(HE1, 3, ENDED_SHARE + SUSPENDED_SHARE)} THEN 'SUSPENDED' ELSE 'ACTIVE' END AS status OFFSET 0) AS m
   CROSS JOIN LATERAL (SELECT m.registered_month AS registered_month, ${dateOf('m.registered_month', `1 + ${pick(HE1, 2, 28)}`)} AS registered_on, m.status AS status, ${changedMonth} AS changed_month, 1 + ${pick(HE2, 2, `CASE WHEN ${changedMonth} = $5::int THEN least(28, $6::int) ELSE 28 END`)} AS changed_day OFFSET 0) AS t`;
}

/** The tables the seed fills by the million (welfare_snapshot, a few rows per LAO and year, is not among them). */
const LOADED_TABLES = ['welfare_person', 'welfare_beneficiary', 'welfare_suspension', 'welfare_event'];

/**
 * Welfare's demo data: the allowance registry of the chosen provinces' LAOs (people, enrolments, suspensions, the
 * history of each), cycles, the past years certified by the province with their frozen figures, and the open year in
 * a mix like INFO's. Set-based, choices hashed from keys (the same data on every run), for three provinces in seconds
 * and the whole country (11.5 million enrolments) in minutes:
 *  - every enrolment is generated once, by generate_series per LAO, into a staging table (stageSql);
 *  - the registry's tables are filled from it with their keys, indexes and foreign keys set aside and made again after
 *    (withoutIndexes);
 *  - the certified years' frozen figures are computed from it in one pass (figures).
 * Runs inside the demo seed's transaction; its helper tables are temporary.
 */
export async function seedWelfareDemo(manager: EntityManager, laos: GeneratedLao[], now: Date, options: WelfareDemoOptions = {}): Promise<WelfareDemoSummary> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('seedWelfareDemo runs inside a transaction');
  const chosen = options.provinceCodes ?? WELFARE_DEMO_PROVINCES;
  const seeded = chosen === 'ALL' ? laos : laos.filter((l) => chosen.includes(l.provinceCode));
  const provinces = [...new Set(seeded.map((l) => l.provinceCode))].sort();
  if (seeded.length === 0) return { people: 0, enrolments: 0, provinces };
  const openYear = fiscalYearOf(now);
  const pastYears = options.pastYears ?? DEMO_PAST_YEARS;
  const years = Array.from({ length: pastYears + 1 }, (_, i) => openYear - pastYears + i);
  const today = bangkokToday(now);
  const plans = welfareDemoPlan(seeded, options.geography ?? (await thaiGeography()), openYear);

  // For this transaction only: memory for sorts and hash joins of millions of rows, and no caching of one-row
  // lateral steps (each a subquery with OFFSET 0, computed once per row: PostgreSQL would flatten a plain one, or a
  // one-row VALUES, and compute each expression again wherever it is used).
  // Also: the maintained figures are not kept row by row for millions of rows; they are rebuilt once at the end.
  for (const setting of ["work_mem = '256MB'", "maintenance_work_mem = '512MB'", 'enable_memoize = off', `${FIGURES_DEFERRED_SETTING} = 'on'`]) await manager.query(`SET LOCAL ${setting}`);
  await manager.query(`CREATE TEMPORARY TABLE welfare_demo_lao (
      code char(7) PRIMARY KEY, seed bigint NOT NULL, district_code char(4) NOT NULL, district_number int NOT NULL, district_sum int NOT NULL,
      elderly int NOT NULL, pre_registered int NOT NULL, disabled int NOT NULL, aids int NOT NULL, id_base int NOT NULL, subdistricts text[] NOT NULL,
      own_subdistrict text, villages int, person_prefix text NOT NULL, enrolment_prefix text NOT NULL) ON COMMIT DROP`);
  await manager.query(
    `INSERT INTO welfare_demo_lao
     SELECT code, code::bigint * 1000, district, district::int,
            substr(district, 1, 1)::int * 12 + substr(district, 2, 1)::int * 11 + substr(district, 3, 1)::int * 10 + substr(district, 4, 1)::int * 9,
            elderly, pre, disabled, aids, id_base, string_to_array(subs, ','), own, villages, person_prefix, enrolment_prefix
       FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::text[], $9::text[], $10::int[], $11::text[], $12::text[])
            AS t(code, district, elderly, pre, disabled, aids, id_base, subs, own, villages, person_prefix, enrolment_prefix)`,
    [
      plans.map((p) => p.code),
      plans.map((p) => p.districtCode),
      plans.map((p) => p.elderly),
      plans.map((p) => p.preRegistered),
      plans.map((p) => p.disabled),
      plans.map((p) => p.aids),
      plans.map((p) => p.idBase),
      plans.map((p) => p.subdistricts.join(',')),
      plans.map((p) => p.ownSubdistrict),
      plans.map((p) => p.villages),
      plans.map((p) => welfareDemoPrefix(p.code, 'person')),
      plans.map((p) => welfareDemoPrefix(p.code, 'enrolment')),
    ],
  );
  await manager.query(`ANALYZE welfare_demo_lao`);
  await manager.query(`CREATE TEMPORARY TABLE welfare_demo_stage ON COMMIT DROP AS ${stageSql()}`, [
    MALE_FIRST_NAMES,
    FEMALE_FIRST_NAMES,
    LAST_NAMES,
    BANGKOK_STREETS,
    monthOf(today),
    Number(today.slice(8, 10)),
  ]);

  const [{ people, enrolments }] = (await manager.query(
    `SELECT count(*) FILTER (WHERE primary_enrolment)::int AS people, count(*)::int AS enrolments FROM welfare_demo_stage`,
  )) as [{ people: number; enrolments: number }];
  await withoutIndexes(manager, LOADED_TABLES, async () => {
    await manager.query(
      `INSERT INTO welfare_person (id, national_id, title, first_name, last_name, birth_date, sex)
       SELECT person_id, national_id, title, first_name, last_name, birth_date, sex FROM welfare_demo_stage WHERE primary_enrolment`,
    );
    await manager.query(
      `INSERT INTO welfare_beneficiary (id, person_id, lao_code, allowance_type, status, registered_on, ended_on, end_reason, payment_method,
                                        bank_account, address, phone, disability_card_no, updated_at, updated_by)
       SELECT id, person_id, lao_code, allowance_type, status, registered_on, ended_on, end_reason, payment_method,
              bank_account, address, phone, disability_card_no, updated_at, updated_by FROM welfare_demo_stage`,
    );
    await manager.query(`INSERT INTO welfare_suspension (beneficiary_id, from_date) SELECT id, suspended_from FROM welfare_demo_stage WHERE status = 'SUSPENDED'`);
    await manager.query(
      `INSERT INTO welfare_event (beneficiary_id, kind, effective_on, detail, at, actor)
       SELECT id, 'REGISTERED', registered_on, ${constantJson('allowance_type', ALLOWANCE_TYPES, (allowanceType) => ({ allowanceType }))}, registered_at, updated_by
         FROM welfare_demo_stage
       UNION ALL
       SELECT id, 'ENDED', ended_on, ${constantJson('end_reason', END_REASONS, (reason) => ({ reason, note: null }))}, updated_at, updated_by
         FROM welfare_demo_stage WHERE status = 'ENDED'
       UNION ALL
       SELECT id, 'SUSPENDED', suspended_from, '{"note": null}'::jsonb, updated_at, updated_by FROM welfare_demo_stage WHERE status = 'SUSPENDED'`,
    );
  });
  for (const table of LOADED_TABLES) await manager.query(`ANALYZE ${table}`);
  await certify(manager, seeded, years, openYear, now, today);
  await rebuildFigures(manager, openYear);
  return { people, enrolments, provinces };
}

/**
 * The maintained figures (welfare-figures.maintenance.ts) of the horizon's years and the open year's neighbours,
 * rebuilt set-based from the loaded registry in one pass, then kept by the triggers again for the rest of the
 * transaction.
 */
async function rebuildFigures(manager: EntityManager, openYear: number): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock($1)`, [FIGURES_LOCK]);
  const rows: { fiscal_year: number }[] = await manager.query(`SELECT fiscal_year FROM welfare_figure_year`);
  const years = [...new Set([...rows.map((r) => r.fiscal_year), openYear - 1, openYear, openYear + 1])].sort();
  for (const sql of rebuildYearsSql()) await manager.query(sql, [years]);
  await manager.query(`ANALYZE welfare_month_figure`);
  await manager.query(`ANALYZE welfare_year_figure`);
  await manager.query(`SET LOCAL ${FIGURES_DEFERRED_SETTING} = 'off'`);
}

/**
 * A bulk load with the tables' foreign keys, keys and indexes set aside and made again after it, as PostgreSQL's
 * manual advises for populating a database: millions of rows go in without a lookup and index entries each, then
 * every index is built once by sorting and every foreign key checked by one join. The definitions are
 * read from the catalogue first, so they come back exactly as the migrations made them, names included.
 */
async function withoutIndexes(manager: EntityManager, tables: string[], load: () => Promise<void>): Promise<void> {
  const foreignKeys: { tbl: string; name: string; def: string }[] = await manager.query(
    `SELECT conrelid::regclass::text AS tbl, quote_ident(conname) AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype = 'f' AND (conrelid = ANY($1::regclass[]) OR confrelid = ANY($1::regclass[])) ORDER BY 1, 2`,
    [tables],
  );
  const keys: { tbl: string; name: string; def: string }[] = await manager.query(
    `SELECT conrelid::regclass::text AS tbl, quote_ident(conname) AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype IN ('p', 'u') AND conrelid = ANY($1::regclass[]) ORDER BY 1, 2`,
    [tables],
  );
  const indexes: { name: string; def: string }[] = await manager.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) ORDER BY 1`,
    [tables],
  );
  for (const c of [...foreignKeys, ...keys]) await manager.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${c.name}`);
  for (const i of indexes) await manager.query(`DROP INDEX ${i.name}`);
  // Empty tables (as on a first start) are truncated: a server with wal_level = minimal (the bench's) then writes no
  // WAL for rows and indexes made in this transaction, only their files at commit. Elsewhere it changes nothing.
  const [{ empty }] = (await manager.query(`SELECT ${tables.map((t) => `NOT EXISTS (SELECT 1 FROM ${t})`).join(' AND ')} AS empty`)) as [{ empty: boolean }];
  if (empty) await manager.query(`TRUNCATE ${tables.join(', ')}`);
  await load();
  for (const c of keys) await manager.query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT ${c.name} ${c.def}`);
  for (const i of indexes) await manager.query(i.def);
  for (const c of foreignKeys) await manager.query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT ${c.name} ${c.def}`);
}

type SubmissionPlan = { lao: string; fiscalYear: number; status: 'DRAFT' | 'LAO_CERTIFIED' | 'PROVINCE_CERTIFIED'; laoAt: Date | null; provinceAt: Date | null };

/**
 * Cycles and submissions like INFO's: every past year certified by the province, the open year in the mix of
 * openYearPlans (on provinces of its own when the whole country is seeded). A certification freezes the LAO's live
 * figures of the year (WelfareSummaryRepository.live), computed here for every certified LAO and year at once; a
 * DRAFT holds what the workflow stores for Welfare: complete, and the number paid in the reference month.
 */
async function certify(manager: EntityManager, laos: GeneratedLao[], years: number[], openYear: number, now: Date, today: string): Promise<void> {
  await openDemoCycles(manager, 'WELFARE', years);
  const { plans } = openYearPlans(laos, [], { key: 'welfare-plan', offset: 8, provinceCertified: 2, laoCertified: 1 });
  const recent = (days: number) => new Date(Math.min(now.getTime(), Date.now()) - days * 86_400_000);
  const rows: SubmissionPlan[] = [];
  for (const fiscalYear of years) {
    const deadline = demoDeadline(fiscalYear);
    for (const lao of laos) {
      const plan: Plan = fiscalYear < openYear ? 'PROVINCE_CERTIFIED' : plans.get(lao.code)!;
      if (plan === 'NOTHING') continue;
      const random = seededRandom(`welfare:${lao.code}:${fiscalYear}`);
      const certifiedAt = new Date(deadline.getTime() - (10 + Math.floor(random() * 40)) * 86_400_000);
      const provinceAt = new Date(deadline.getTime() + (2 + Math.floor(random() * 10)) * 86_400_000);
      if (plan === 'PROVINCE_CERTIFIED') {
        const past = fiscalYear < openYear;
        rows.push({ lao: lao.code, fiscalYear, status: plan, laoAt: past ? certifiedAt : recent(20), provinceAt: past ? provinceAt : recent(5) });
      } else if (plan === 'LAO_CERTIFIED') {
        rows.push({ lao: lao.code, fiscalYear, status: plan, laoAt: recent(1 + Math.floor(random() * 30)), provinceAt: null });
      } else {
        rows.push({ lao: lao.code, fiscalYear, status: 'DRAFT', laoAt: null, provinceAt: null });
      }
    }
  }
  await manager.query(
    `CREATE TEMPORARY TABLE welfare_demo_submission (lao_code char(7) NOT NULL, fiscal_year smallint NOT NULL, status text NOT NULL,
       lao_at timestamptz, province_at timestamptz, PRIMARY KEY (lao_code, fiscal_year)) ON COMMIT DROP`,
  );
  await manager.query(`INSERT INTO welfare_demo_submission SELECT * FROM unnest($1::text[], $2::smallint[], $3::text[], $4::timestamptz[], $5::timestamptz[])`, [
    rows.map((r) => r.lao),
    rows.map((r) => r.fiscalYear),
    rows.map((r) => r.status),
    rows.map((r) => r.laoAt),
    rows.map((r) => r.provinceAt),
  ]);
  await figures(manager, years, today);
  await manager.query(
    `INSERT INTO welfare_snapshot (lao_code, fiscal_year, allowance_type, monthly_amount, count, yearly_amount, taken_at)
     SELECT f.lao_code, f.fiscal_year, f.allowance_type, f.monthly_amount, f.count, f.yearly_amount, c.lao_at
       FROM welfare_demo_figures f JOIN welfare_demo_submission c USING (lao_code, fiscal_year) WHERE c.status <> 'DRAFT'`,
  );
  await manager.query(
    `WITH inserted AS (
       INSERT INTO submission (module, lao_code, fiscal_year, status, complete, recorded_count, lao_certified_at, province_certified_at, updated_at, updated_by)
       SELECT 'WELFARE', c.lao_code, c.fiscal_year, c.status, true, coalesce(f.count, 0), c.lao_at, c.province_at, coalesce(c.province_at, c.lao_at, now()), 'demo'
         FROM welfare_demo_submission c
         LEFT JOIN (SELECT lao_code, fiscal_year, sum(count)::int AS count FROM welfare_demo_figures GROUP BY 1, 2) f USING (lao_code, fiscal_year)
       RETURNING id, lao_code, status, lao_certified_at, province_certified_at)
     INSERT INTO submission_event (submission_id, action, from_status, to_status, actor, at)
     SELECT i.id, 'CERTIFY', 'DRAFT', 'LAO_CERTIFIED', 'lao.' || i.lao_code, i.lao_certified_at FROM inserted i WHERE i.lao_certified_at IS NOT NULL
     UNION ALL
     SELECT i.id, 'CERTIFY_PROVINCE', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED', 'prov.' || l.province_code, i.province_certified_at
       FROM inserted i JOIN local_authority l ON l.code = i.lao_code WHERE i.province_certified_at IS NOT NULL`,
  );
}

/**
 * welfare_demo_figures: each submission's figures as WelfareSummaryRepository.live computes them (who is paid in
 * the reference month, by type and amount, and what the twelve months cost), for all of them in one pass. The same
 * rules in month arithmetic instead of a series of dates per enrolment: the months paid are a range (from the first
 * paid month to the last before the end) less the suspension's, and within a year the amount changes at most once
 * (at the 70th, 80th or 90th birthday, or the 18th for disability). The enrolments are read from the staging table,
 * which holds the same values as the registry's tables plus their months (no joins), once: each enrolment's amounts
 * of every year, grouped by LAO, type and those amounts, then the groups spread over the years (a few hundred
 * thousand rows for the country instead of one per enrolment and year). welfare-demo.integration.test.ts compares
 * the result with the API's own statement.
 */
async function figures(manager: EntityManager, years: number[], today: string): Promise<void> {
  /** welfare_monthly_amount for an age in whole years. */
  const amountAt = (age: string) => `CASE e.allowance_type WHEN 'AIDS' THEN 500 WHEN 'DISABILITY' THEN CASE WHEN ${age} < 18 THEN 1000 ELSE 800 END
    ELSE CASE WHEN ${age} >= 90 THEN 1000 WHEN ${age} >= 80 THEN 800 WHEN ${age} >= 70 THEN 700 WHEN ${age} >= 60 THEN 600 ELSE 0 END END`;
  /** Age in whole years on the first day of month `m` (a month index): from the birth month, a month later when born after the 1st. */
  const ageAt = (m: number | string) => `((${m} - e.birth_month - e.after_first) / 12)`;
  // Per year: the months paid from a to z, the amounts of its first and last month, the month the amount changes.
  const steps: string[] = [];
  const perYear = years.map((fiscalYear, i) => {
    const [first, last, ref] = [monthOf(fiscalMonthStart(fiscalYear, 1)), monthOf(fiscalMonthStart(fiscalYear, 12)), monthOf(referenceMonth(fiscalYear, today))];
    steps.push(
      `greatest(${first}, e.first_paid) AS a${i}, least(${last}, e.last_unended) AS z${i}, ${amountAt(ageAt(first))} AS f${i}, ${amountAt(ageAt(last))} AS l${i},
       e.birth_month + e.after_first + 12 * CASE WHEN e.allowance_type = 'DISABILITY' THEN 18 ELSE least(90, ${ageAt(last)} / 10 * 10) END AS c${i}`,
    );
    /** Months paid in [x, y]: within [a, z], less the (open) suspension's months from e.suspended_month. */
    const paid = (x: string | number, y: string | number) =>
      `(greatest(0, least(${y}, s.z${i}) - greatest(${x}, s.a${i}) + 1) - greatest(0, least(${y}, s.z${i}) - greatest(${x}, s.a${i}, e.suspended_month) + 1))`;
    return {
      fiscalYear,
      monthly: `CASE WHEN e.first_paid <= ${ref} AND ${ref} <= e.last_unended AND ${ref} < e.suspended_month THEN ${amountAt(ageAt(ref))} ELSE 0 END`,
      yearly: `CASE WHEN e.last_unended < ${first} THEN 0 WHEN s.f${i} = s.l${i} THEN s.f${i} * ${paid(first, last)}
                    ELSE s.f${i} * ${paid(first, `s.c${i} - 1`)} + s.l${i} * ${paid(`s.c${i}`, last)} END`,
    };
  });
  const ys = perYear.map((_, i) => i);
  await manager.query(
    `CREATE TEMPORARY TABLE welfare_demo_figures ON COMMIT DROP AS
     WITH grouped AS (
       SELECT lao_code, allowance_type, ${ys.map((i) => `m${i}`).join(', ')}, count(*) AS n,
              ${ys.map((i) => `sum(v${i}) AS v${i}, count(*) FILTER (WHERE v${i} > 0) AS p${i}`).join(', ')}
         FROM (SELECT e.lao_code, e.allowance_type, ${perYear.map((y, i) => `${y.monthly} AS m${i}, ${y.yearly} AS v${i}`).join(', ')}
                 FROM welfare_demo_stage e CROSS JOIN LATERAL (SELECT ${steps.join(', ')} OFFSET 0) AS s) per
        GROUP BY lao_code, allowance_type, ${ys.map((i) => `m${i}`).join(', ')})
     SELECT g.lao_code, y.fiscal_year, g.allowance_type, y.monthly_amount,
            sum(CASE WHEN y.monthly_amount > 0 THEN g.n ELSE 0 END)::int AS count, sum(y.yearly)::bigint AS yearly_amount
       FROM grouped g
      CROSS JOIN LATERAL (VALUES ${perYear.map((y, i) => `(${y.fiscalYear}, g.m${i}, g.v${i}, g.p${i})`).join(', ')}) AS y(fiscal_year, monthly_amount, yearly, paid)
      -- As the API: an enrolment not paid in any month of the year is not among the year's figures.
      WHERE y.paid > 0
      GROUP BY g.lao_code, y.fiscal_year, g.allowance_type, y.monthly_amount`,
  );
}
