// The Welfare demo's enrolments: every person's allowance (and a second one for a few of the elderly) with its
// history (registered, ended or suspended), as one staging statement the seed fills the registry from.
import { BOTH_SHARE, ENDED_SHARE, PROGRAMME_START, SUSPENDED_SHARE } from './welfare-demo-plan';
import { CONTACT_COLUMNS, PEOPLE, PERSON_COLUMNS, PERSON_HASHES } from './welfare-demo-people';
import { chance, dateOf, field, hash, monthOf, NEVER, officeTime, pick, share16, uuidOf } from './welfare-demo-sql';

const PROGRAMME_MONTH = monthOf(PROGRAMME_START);

/**
 * Every enrolment with everything the four tables hold, one row per person and allowance type: each person's own,
 * then a second (disability) for a few of the elderly (those rows carry no person columns: the person is written
 * once). HE1–HE3 hash the enrolment (the person's number × 4 + the type); the person's own hashes their name, home,
 * phone and payment, so someone with two allowances has one home and one bank account.
 *  - Registered: the elderly from the month after their 59th birthday's to 18 months later (those 60 before the
 *    programme began, in its first four years), by last month; the pre-registered in the last four months; the others
 *    from becoming eligible to last month.
 *  - Ended (3 %) or suspended (1 %) in a later month, by today.
 *  - National ID (welfare-demo-people.ts): the kind of registration (3, 4, 5 for people registered before 1984; 1, 2
 *    since), the district, the person's number there (unique in the district), and the mod-11 check digit of the
 *    twelve (weights 13 … 2; the district's four are summed once per LAO).
 * The last columns are the months the figures need (see `figures`, welfare-demo-certify.ts).
 */
export function stageSql(): string {
  // Each hash once per row (lateral hx below): the person's (welfare-demo-people.ts), then the enrolment's.
  const [HE1, HE2, HE3] = ['hx.e1', 'hx.e2', 'hx.e3'];
  const hashes = [
    ...PERSON_HASHES,
    ...[11, 12, 13].map((purpose, i) => `${hash('e.n * 4 + e.type_no', purpose, 'e.seed')} AS e${i + 1}`),
  ];
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
         ${PERSON_COLUMNS},
         ${uuidOf('e.enrolment_prefix', 'e.n * 4 + e.type_no', 'e.seed', 111)} AS id, ${uuidOf('e.person_prefix', 'e.n', 'e.seed', 101)} AS person_id,
         e.allowance_type, t.status, t.registered_on,
         CASE WHEN t.status = 'ENDED' THEN ${changed} END AS ended_on,
         CASE WHEN t.status = 'ENDED' THEN CASE WHEN ${field(HE2, 1)} < ${reason('DIED')} THEN 'DIED' WHEN ${field(HE2, 1)} < ${reason('MOVED')} THEN 'MOVED'
                                                WHEN ${field(HE2, 1)} < ${reason('WAIVED')} THEN 'WAIVED' WHEN ${chance(HE2, 1, 0.96)} THEN 'INELIGIBLE' ELSE 'OTHER' END END AS end_reason,
         ${CONTACT_COLUMNS},
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
