// The Welfare demo's people: who they are (kind, age, birth date, sex) as PEOPLE, one row per person of each LAO's
// plan (welfare-demo-plan.ts), and what the registry holds of them (national ID, title, names, birth date, address,
// phone, how they are paid) as columns of the staging statement (welfare-demo-enrolments.ts).
import { BANGKOK_STREETS, FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './welfare-demo-names';
import { chance, dateOf, field, hash, monthOf, pick, share16 } from './welfare-demo-sql';

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
export const PEOPLE = `
  SELECT l.code, l.seed, g.n, l.district_code, l.district_number, l.district_sum, l.subdistricts, l.own_subdistrict, l.villages,
         l.person_prefix, l.enrolment_prefix, l.id_base + g.n AS person_no, ${KIND} AS kind, ${PRE} AS pre, a.age, b.birth_month, b.birth_day, b.sex
    FROM welfare_demo_lao l
   CROSS JOIN LATERAL generate_series(1, l.elderly + l.disabled + l.aids) AS g(n)
   CROSS JOIN LATERAL (SELECT ${hash('g.n', 1, 'l.seed')} AS h1, ${hash('g.n', 8, 'l.seed')} AS h8 OFFSET 0) AS ph
   CROSS JOIN LATERAL (SELECT ${AGE} AS age, ${pick(H1, 2, 12)} AS months_since OFFSET 0) AS a
   CROSS JOIN LATERAL (SELECT CASE WHEN ${PRE} THEN $5::int - 720 + 1 + ${pick(H8, 1, 9)} ELSE $5::int - 12 * a.age - a.months_since END AS birth_month, 1 + ${pick(H8, 0, `CASE WHEN a.months_since = 0 AND NOT ${PRE} THEN least(28, $6::int) ELSE 28 END`)} AS birth_day, CASE WHEN ${field(H1, 3)} < ${FEMALE_SHARE} THEN 'FEMALE' ELSE 'MALE' END AS sex OFFSET 0) AS b`;

/** The person's own hashes (of their number in the LAO), computed once per staging row as lateral hx. */
export const PERSON_HASHES = [2, 3, 4, 5, 6, 7].map((purpose, i) => `${hash('e.n', purpose, 'e.seed')} AS ${['p2', 'p3', 'home', 'area', 'phone', 'bank'][i]}`);
const [HP2, HP3, home, area, phone, bank] = ['hx.p2', 'hx.p3', 'hx.home', 'hx.area', 'hx.phone', 'hx.bank'];
/** National ID: the kind of registration (its first digit) and the weighted sum of the person's number (digits 6–12). */
const D0 = `CASE WHEN e.birth_month < ${monthOf('1984-01-01')} THEN CASE WHEN ${chance(HP2, 1, 0.96)} THEN 3 WHEN ${chance(HP2, 1, 0.98)} THEN 4 ELSE 5 END
                   WHEN ${chance(HP2, 1, 0.95)} THEN 1 ELSE 2 END`;
const DIGITS = [6, 5, 4, 3, 2, 1, 0].map((power, i) => `(e.person_no / ${10 ** power} % 10) * ${8 - i}`).join(' + ');

/** The person's identity, on their primary enrolment's row only (names by hash from the lists bound as $1–$3). */
export const PERSON_COLUMNS = `CASE WHEN e.primary_enrolment THEN ((${D0} * 100000000000 + e.district_number * 10000000::bigint + e.person_no) * 10
                                              + (11 - (${D0} * 13 + e.district_sum + ${DIGITS}) % 11) % 10)::text END AS national_id,
         CASE WHEN e.primary_enrolment THEN CASE WHEN e.sex = 'MALE' THEN CASE WHEN e.age < 15 THEN 'เด็กชาย' ELSE 'นาย' END
                                                 WHEN e.age < 15 THEN 'เด็กหญิง'
                                                 WHEN ${field(HP2, 2)} < CASE WHEN e.age >= 25 THEN ${share16(0.8)} WHEN e.age >= 18 THEN ${share16(0.3)} ELSE 0 END THEN 'นาง'
                                                 ELSE 'นางสาว' END END AS title,
         CASE WHEN e.primary_enrolment THEN CASE WHEN e.sex = 'MALE' THEN ($1::text[])[1 + ${pick(HP2, 3, MALE_FIRST_NAMES.length)}]
                                                 ELSE ($2::text[])[1 + ${pick(HP2, 3, FEMALE_FIRST_NAMES.length)}] END END AS first_name,
         CASE WHEN e.primary_enrolment THEN ($3::text[])[1 + ${pick(HP3, 0, LAST_NAMES.length)}] END AS last_name,
         ${dateOf('e.birth_month', 'e.birth_day')} AS birth_date, e.sex`;

/** How the person is paid and reached: one home and one bank account for all their enrolments ($4: Bangkok's streets). */
export const CONTACT_COLUMNS = `CASE WHEN ${chance(area, 3, 0.75)} THEN 'BANK_TRANSFER' WHEN ${chance(area, 3, 0.95)} THEN 'CASH' ELSE 'PROXY' END AS payment_method,
         CASE WHEN ${chance(area, 3, 0.75)} THEN lpad(((${bank} & 9223372036854775807) % 10000000000)::text, 10, '0') END AS bank_account,
         jsonb_build_object(
           'houseNo', CASE WHEN ${chance(home, 0, 0.3)} THEN (1 + ${pick(home, 1, 250)})::text || '/' || (1 + ${pick(home, 2, 30)})::text
                           ELSE (1 + ${pick(home, 1, 400)})::text END,
           'villageNo', CASE WHEN e.villages IS NOT NULL THEN 1 + ${pick(home, 3, 'e.villages')} END,
           'street', CASE WHEN e.villages IS NULL THEN ($4::text[])[1 + ${pick(area, 0, BANGKOK_STREETS.length)}] END,
           'subdistrictCode', CASE WHEN e.own_subdistrict IS NOT NULL AND ${chance(area, 1, 0.9)} THEN e.own_subdistrict
                                   ELSE e.subdistricts[1 + ${pick(area, 2, 'cardinality(e.subdistricts)')}] END) AS address,
         CASE WHEN ${chance(phone, 0, 0.7)}
              THEN '0' || (ARRAY['6', '8', '9'])[1 + ${pick(phone, 1, 3)}] || lpad(((${phone} >> 32 & 2147483647) % 100000000)::text, 8, '0') END AS phone`;
