// SQL fragments the Welfare demo's statements are built from (welfare-demo-people.ts, welfare-demo-enrolments.ts,
// welfare-demo-certify.ts, welfare-demo.ts).
//
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
export const hash = (value: string, purpose: number, seed: string) => `hashint4extended(${value}, ${seed} + ${purpose})`;
/** Field `i` (0–3) of a 64-bit hash: 0 … 65535. */
export const field = (h: string, i: number) => (i === 0 ? `(${h} & 65535)` : `((${h} >> ${16 * i}) & 65535)`);
/** True with probability `p`. */
export const chance = (h: string, i: number, p: number) => `${field(h, i)} < ${share16(p)}`;
/** A whole number in [0, n) (n a number or an SQL integer expression). */
export const pick = (h: string, i: number, n: string | number) => `((${field(h, i)} * (${n})) >> 16)::int`;
export function share16(p: number): number {
  return Math.round(p * 65536);
}
/** A version 4 UUID: the LAO's half for these rows (version digit set, welfareDemoPrefix) and a hash with the variant bits. */
export const uuidOf = (prefix: string, value: string, seed: string, purpose: number) =>
  `(${prefix} || to_hex(${hash(value, purpose, seed)} & 4611686018427387903 | '-9223372036854775808'::bigint))::uuid`;
/** The date of a month index and a day. */
export const dateOf = (month: string, day: string) => `make_date((${month}) / 12, (${month}) % 12 + 1, ${day})`;
/**
 * A time of the office day (08:30–17:00 in Bangkok, UTC+7 all year) on a date, from 8 bits of a hash; as seconds
 * since the epoch (to_timestamp), which costs less than a time-zone conversion per row.
 */
export const officeTime = (date: string, bits: string) => `to_timestamp((((${date})::date - date '1970-01-01') * 86400 + 5400 + (${bits} & 255) * 120)::float8)`;
/** "Never" as a month index. */
export const NEVER = 100_000_000;
export const monthOf = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/** welfare_event.detail as the API writes it, as constants (choosing one costs less than building JSON per row). */
export const constantJson = (column: string, values: readonly string[], json: (value: string) => Record<string, unknown>) =>
  `CASE ${column} ${values.map((v) => `WHEN '${v}' THEN '${JSON.stringify(json(v))}'::jsonb`).join(' ')} END`;
