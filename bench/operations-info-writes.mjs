// INFO's writes: saving a section of a DRAFT submission and certifying a province, each beside its hand-written SQL
// twin (one statement, locking as the API does); see operations.mjs.

const expect = (condition, message) => (condition ? null : message);

/** Takes DRAFT LAOs in turn: two callers (API and SQL twin) each get their own cursor. */
function rotation(list) {
  let next = 0;
  return () => list[next++ % list.length];
}

export function infoWriteOperations(ctx) {
  const { openYear, largestProvince, headers } = ctx;
  return [
    (() => {
      const apiLao = rotation(ctx.draftLaos);
      const sqlLao = rotation([...ctx.draftLaos].reverse());
      const values = Object.fromEntries(ctx.sectionValues.map((v) => [v.indicatorCode, v.value]));
      return {
        name: 'saveInfoSection (random DRAFT LAO)',
        kind: 'write',
        graphql: {
          query: `mutation Save($input: SaveInfoSectionInput!) {
            saveInfoSection(input: $input) { domain complete missing savedAt values { indicatorCode value } }
          }`,
          variables: () => ({ input: { laoCode: apiLao(), fiscalYear: openYear, domain: ctx.sectionDomain, values: ctx.sectionValues } }),
          headers: headers.admin,
        },
        // One statement: lock the DRAFT submission, merge the section, recompute completeness and the count of values.
        sql: {
          text: `WITH locked AS (
                   SELECT id FROM submission WHERE module = 'INFO' AND lao_code = $1 AND fiscal_year = $2 AND status = 'DRAFT' FOR UPDATE),
                 required AS (
                   SELECT code, section FROM catalogue_indicator
                    WHERE module = 'INFO' AND required AND linked_from IS NULL AND first_year <= $2 AND (last_year IS NULL OR last_year >= $2)),
                 merged AS (
                   SELECT coalesce((SELECT values FROM catalogue_section
                                     WHERE module = 'INFO' AND lao_code = $1 AND fiscal_year = $2 AND subject_key = '' AND section = $3), '{}'::jsonb) || $4::jsonb AS values
                     FROM locked),
                 saved AS (
                   INSERT INTO catalogue_section (module, lao_code, fiscal_year, subject_key, section, values, complete, saved_at, saved_by)
                   SELECT 'INFO', $1, $2, '', $3, m.values, NOT EXISTS (SELECT 1 FROM required r WHERE r.section = $3 AND NOT m.values ? r.code), now(), $5
                     FROM merged m
                   ON CONFLICT (module, lao_code, fiscal_year, subject_key, section)
                   DO UPDATE SET values = EXCLUDED.values, complete = EXCLUDED.complete, saved_at = now(), saved_by = EXCLUDED.saved_by
                   RETURNING values, complete, saved_at),
                 keys AS (
                   SELECT DISTINCT k FROM (SELECT values FROM catalogue_section
                                            WHERE module = 'INFO' AND lao_code = $1 AND fiscal_year = $2 AND subject_key = '' AND section <> $3
                                           UNION ALL SELECT values FROM saved) v, jsonb_object_keys(v.values) AS k)
                 UPDATE submission s
                    SET complete = NOT EXISTS (SELECT 1 FROM required r WHERE r.code NOT IN (SELECT k FROM keys)),
                        recorded_count = (SELECT count(*) FROM keys), updated_at = now(), updated_by = $5
                   FROM locked WHERE s.id = locked.id
                 RETURNING s.id, (SELECT saved_at FROM saved) AS saved_at`,
          values: () => [sqlLao(), openYear, ctx.sectionDomain, JSON.stringify(values), 'admin'],
        },
        peer: null,
        peerWhy: 'writes are not compared (the peer would need our validation and locking rules)',
        check: ({ api, sql }) =>
          expect(api.saveInfoSection.values.length >= ctx.sectionValues.length, 'API section values') ??
          expect(sql.length === 1 && sql[0].saved_at, 'SQL twin did not save (submission not DRAFT?)'),
      };
    })(),
    {
      name: `certifyProvince (INFO, province ${largestProvince})`,
      kind: 'write',
      graphql: {
        query: `mutation Certify($province: String!, $fy: Int!) {
          certifyProvince(module: INFO, provinceCode: $province, fiscalYear: $fy) { certifiedCount }
        }`,
        variables: { province: largestProvince, fy: openYear },
        headers: headers.admin,
      },
      // One statement: lock the province's submissions in code order, all-or-nothing, certify and record history.
      sql: {
        text: `WITH locked AS (
                 SELECT s.id, s.status FROM submission s JOIN local_authority l ON l.code = s.lao_code
                  WHERE s.module = 'INFO' AND s.fiscal_year = $2 AND l.province_code = $1
                  ORDER BY s.lao_code FOR UPDATE OF s),
               ready AS (
                 SELECT (SELECT count(*) FROM local_authority WHERE province_code = $1) = (SELECT count(*) FROM locked WHERE status <> 'DRAFT') AS ok),
               certified AS (
                 UPDATE submission SET status = 'PROVINCE_CERTIFIED', province_certified_at = now(), updated_at = now(), updated_by = $3
                  WHERE id IN (SELECT id FROM locked WHERE status = 'LAO_CERTIFIED') AND (SELECT ok FROM ready)
                 RETURNING id),
               events AS (
                 INSERT INTO submission_event (submission_id, action, from_status, to_status, actor)
                 SELECT id, 'CERTIFY_PROVINCE', 'LAO_CERTIFIED', 'PROVINCE_CERTIFIED', $3 FROM certified RETURNING 1)
               SELECT (SELECT ok FROM ready) AS ok, (SELECT count(*) FROM events)::int AS certified_count`,
        values: [largestProvince, openYear, 'admin'],
      },
      peer: null,
      peerWhy: 'writes are not compared',
      /** Back to every LAO certified and the province not: the first call of a phase certifies them all again. */
      reset: (pool) =>
        pool.query(
          `WITH province AS (
             SELECT s.id FROM submission s JOIN local_authority l ON l.code = s.lao_code
              WHERE s.module = 'INFO' AND s.fiscal_year = $2 AND l.province_code = $1),
           gone AS (
             DELETE FROM submission_event e USING province p
              WHERE e.submission_id = p.id AND e.action = 'CERTIFY_PROVINCE' AND e.actor = 'admin' RETURNING 1)
           UPDATE submission s SET status = 'LAO_CERTIFIED', province_certified_at = NULL
             FROM province p WHERE s.id = p.id AND s.status = 'PROVINCE_CERTIFIED' AND (SELECT count(*) FROM gone) >= 0`,
          [largestProvince, openYear],
        ),
      /** The first call after a reset certifies every LAO of the province; later calls lock them again and certify 0. */
      firstCall: { expected: ctx.largestCount },
      check: ({ api, sql }) =>
        expect(api.certifyProvince.certifiedCount === 0, `API: repeated call certified ${api.certifyProvince.certifiedCount}`) ??
        expect(sql[0].ok && sql[0].certified_count === 0, 'SQL twin: repeated call should certify 0'),
    },
  ];
}
