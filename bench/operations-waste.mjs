// Waste's operations (issue 15): an LAO's full report, the national summary and saving a section of a DRAFT report,
// each beside its hand-written SQL twin, checked against each other before anything is timed (see operations.mjs).
import { apiRequire } from './dataset.mjs';

const expect = (condition, message) => (condition ? null : message);
/** Two figures the same to the hundredth (tonnes and people are summed from numerics on both sides). */
const near = (a, b) => (a === null || a === undefined ? b === null || b === undefined : b !== null && Math.abs(Number(a) - Number(b)) <= 0.01 + 1e-9 * Math.abs(Number(b)));

/** The Waste LAOs and values the operations use: read by SQL from the dataset, the catalogue from the API. */
export async function prepareWaste({ apiUrl, pool, openYear, graphql, headers, random, sampleValue }) {
  // The open-year report with disposal uses and the longest history: the fullest report there is.
  const [report] = (
    await pool.query(
      `SELECT s.lao_code, (SELECT count(*)::int FROM submission_event e WHERE e.submission_id = s.id) AS events
         FROM submission s WHERE s.module = 'WASTE' AND s.fiscal_year = $1
          AND EXISTS (SELECT 1 FROM waste_disposal_use u WHERE u.lao_code = s.lao_code AND u.fiscal_year = s.fiscal_year)
        ORDER BY 2 DESC, 1 LIMIT 1`,
      [openYear],
    )
  ).rows;
  if (!report) throw new Error(`No Waste report with disposal uses in ${openYear}: the dataset is not what the bench expects`);

  // DRAFT reports, shuffled like saveInfoSection's LAOs, a different one per request.
  const drafts = (
    await pool.query(`SELECT lao_code FROM submission WHERE module = 'WASTE' AND fiscal_year = $1 AND status = 'DRAFT' ORDER BY lao_code`, [openYear])
  ).rows.map((r) => r.lao_code);
  for (let i = drafts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [drafts[i], drafts[j]] = [drafts[j], drafts[i]];
  }
  if (drafts.length < 50) throw new Error(`Only ${drafts.length} DRAFT Waste reports in ${openYear}`);

  // FEES_COSTS without the indicators the cross-field rules tie to other sections' values (households, population):
  // any DRAFT report accepts these whatever its other sections hold.
  const { WASTE_RULES } = apiRequire('@lao/domain');
  const ruled = new Set(WASTE_RULES.flatMap((r) => [r.code, r.limit]));
  const section = 'FEES_COSTS';
  const indicators = (
    await graphql(
      apiUrl,
      `query($fy: Int!) { wasteIndicators(fiscalYear: $fy) { code section valueType linkedFrom min max decimals maxLength options { value } } }`,
      { fy: openYear },
      headers.partner,
    )
  ).wasteIndicators.filter((i) => i.section === section && !i.linkedFrom && !ruled.has(i.code));
  const values = indicators.map((i) => ({ indicatorCode: i.code, value: sampleValue(i, random) }));
  return { wasteLao: report.lao_code, wasteEvents: report.events, wasteDrafts: drafts, wasteSection: section, wasteValues: values };
}

function rotation(list) {
  let next = 0;
  return () => list[next++ % list.length];
}

const FIGURES = 'populationServed generatedTonnesPerDay collectedTonnesPerDay properlyDisposedTonnesPerDay recycledTonnesPerYear kgPerCapitaPerDay collectionCoverage properDisposalShare recyclingRate costRecovery';
const PROPER = `'SANITARY_LANDFILL', 'INCINERATION', 'COMPOSTING', 'RDF'`;

export function wasteOperations(ctx) {
  const { openYear, headers } = ctx;
  const apiLao = rotation(ctx.wasteDrafts);
  const sqlLao = rotation([...ctx.wasteDrafts].reverse());
  const values = Object.fromEntries(ctx.wasteValues.map((v) => [v.indicatorCode, v.value]));
  const section = (alias, name) =>
    `LEFT JOIN catalogue_section ${alias} ON ${alias}.module = 'WASTE' AND ${alias}.lao_code = la.code AND ${alias}.fiscal_year = $1 AND ${alias}.subject_key = '' AND ${alias}.section = '${name}'`;
  const n = (json, code) => `(${json}->>'${code}')::numeric`;
  return [
    {
      name: 'wasteReport (full, with history)',
      kind: 'read',
      graphql: {
        query: `query WasteReport($lao: String!, $fy: Int!) {
          wasteReport(laoCode: $lao, fiscalYear: $fy) {
            laoCode fiscalYear module status complete editable allowedActions windowOpen opensAt closesAt laoCertifiedAt provinceCertifiedAt updatedAt
            localAuthority { code nameTh }
            sections { section complete missing savedAt values { indicatorCode value } }
            disposal { site { id nameTh method } tonnesPerDay }
            figures { ${FIGURES} }
            warnings { code indicatorCodes value previous }
            history { action fromStatus toStatus actor at comment }
          }
        }`,
        variables: { lao: ctx.wasteLao, fy: openYear },
        headers: headers.admin,
      },
      // One round trip: the submission, its history, this year's and last year's sections (the warnings compare
      // them), the disposal uses with their sites and the LAO's name. Figures, warnings, missing and allowedActions
      // are our rules over these rows.
      sql: {
        text: `SELECT s.id, s.status, s.complete, s.lao_certified_at, s.province_certified_at, s.updated_at,
                      (SELECT name_th FROM local_authority WHERE code = s.lao_code) AS lao_name,
                      (SELECT json_agg(e ORDER BY e.id) FROM (SELECT id, action, from_status, to_status, actor, at, comment
                          FROM submission_event WHERE submission_id = s.id) e) AS history,
                      (SELECT json_agg(x ORDER BY x.fiscal_year DESC, x.section) FROM (SELECT fiscal_year, section, values, complete, saved_at
                          FROM catalogue_section WHERE module = 'WASTE' AND lao_code = s.lao_code AND fiscal_year IN (s.fiscal_year, s.fiscal_year - 1) AND subject_key = '') x) AS sections,
                      (SELECT json_agg(u ORDER BY u.site_id) FROM (SELECT u.site_id, u.tonnes_per_day, ws.name_th, ws.method
                          FROM waste_disposal_use u JOIN waste_disposal_site ws ON ws.id = u.site_id WHERE u.lao_code = s.lao_code AND u.fiscal_year = s.fiscal_year) u) AS disposal
                 FROM submission s WHERE s.module = 'WASTE' AND s.lao_code = $1 AND s.fiscal_year = $2`,
        values: [ctx.wasteLao, openYear],
      },
      peer: null,
      peerWhy: 'figures, warnings, missing and allowedActions are our rules over the stored rows; the rows alone are the infoSubmission comparison again',
      check: ({ api, sql }) => {
        const r = api.wasteReport;
        const own = (sql[0]?.sections ?? []).filter((x) => x.fiscal_year === openYear);
        const wc05 = own.find((x) => x.section === 'COLLECTION')?.values?.WC05 ?? null;
        const apiWc05 = r.sections.find((x) => x.section === 'COLLECTION')?.values.find((v) => v.indicatorCode === 'WC05')?.value ?? null;
        return (
          expect(sql.length === 1, 'SQL: no submission') ??
          expect(r.sections.length === 3 && r.history.length === ctx.wasteEvents && r.disposal.length > 0, 'API sections, history or disposal') ??
          expect(sql[0].history?.length === r.history.length, 'API and SQL history differ') ??
          expect(sql[0].disposal?.length === r.disposal.length, 'API and SQL disposal uses differ') ??
          expect(r.status === sql[0].status && apiWc05 === wc05, 'API and SQL status or generated t/day differ')
        );
      },
    },
    {
      name: 'wasteSummary (national)',
      kind: 'read',
      report: true,
      graphql: {
        query: `query WasteSummary($fy: Int!) { wasteSummary(fiscalYear: $fy) { code nameTh total reporting ${FIGURES} } }`,
        variables: { fy: openYear },
        headers: headers.partner,
      },
      // Every LAO's report values from the catalogue's JSON and its properly disposed t/day, summed per province with
      // the numerators and denominators of the shares (a national key counts every report).
      sql: {
        text: `WITH d AS (
                 SELECT u.lao_code, coalesce(sum(u.tonnes_per_day) FILTER (WHERE s.method IN (${PROPER})), 0) AS proper
                   FROM waste_disposal_use u JOIN waste_disposal_site s ON s.id = u.site_id WHERE u.fiscal_year = $1 GROUP BY u.lao_code),
               v AS (
                 SELECT la.province_code, (c.lao_code IS NOT NULL OR r.lao_code IS NOT NULL OR f.lao_code IS NOT NULL) AS reported,
                        ${n('c.values', 'WC01')} AS pop, ${n('c.values', 'WC03')} AS served, ${n('c.values', 'WC05')} AS gen, ${n('c.values', 'WC06')} AS col,
                        CASE WHEN r.values ? 'WS04' OR r.values ? 'WS05' THEN coalesce(${n('r.values', 'WS04')}, 0) + coalesce(${n('r.values', 'WS05')}, 0) END AS rec,
                        ${n('f.values', 'WF03')} AS rev, ${n('f.values', 'WF04')} AS cost, d.proper
                   FROM local_authority la
                   ${section('c', 'COLLECTION')}
                   ${section('r', 'SEPARATION_RECYCLING')}
                   ${section('f', 'FEES_COSTS')}
                   LEFT JOIN d ON d.lao_code = la.code)
               SELECT v.province_code AS code, p.name_th, count(*)::int AS total, count(*) FILTER (WHERE reported)::int AS reporting,
                      sum(served) AS served, sum(gen) AS generated, sum(col) AS collected, sum(proper) AS proper, sum(rec) AS recycled,
                      sum(gen) FILTER (WHERE gen IS NOT NULL AND pop > 0) AS kg_num, sum(pop) FILTER (WHERE gen IS NOT NULL AND pop > 0) AS kg_den,
                      sum(served) FILTER (WHERE served IS NOT NULL AND pop IS NOT NULL) AS cov_num, sum(pop) FILTER (WHERE served IS NOT NULL AND pop IS NOT NULL) AS cov_den,
                      sum(proper) FILTER (WHERE proper IS NOT NULL AND gen IS NOT NULL) AS proper_num, sum(gen) FILTER (WHERE proper IS NOT NULL AND gen IS NOT NULL) AS proper_den,
                      sum(rec) FILTER (WHERE rec IS NOT NULL AND gen IS NOT NULL) AS rec_num, sum(gen) FILTER (WHERE rec IS NOT NULL AND gen IS NOT NULL) AS rec_den,
                      sum(rev) FILTER (WHERE rev IS NOT NULL AND cost IS NOT NULL) AS cost_num, sum(cost) FILTER (WHERE rev IS NOT NULL AND cost IS NOT NULL) AS cost_den
                 FROM v JOIN province p ON p.code = v.province_code
                GROUP BY v.province_code, p.name_th ORDER BY v.province_code`,
        values: [openYear],
      },
      peer: null,
      peerWhy: "sums of keys of jsonb documents and of another table's tonnages per province; pg-aggregates sums a table's own columns",
      check: ({ api, sql }) => {
        const byCode = new Map(api.wasteSummary.map((r) => [r.code, r]));
        for (const s of sql) {
          const a = byCode.get(s.code);
          if (!a) return `API has no row for province ${s.code}`;
          if (a.total !== s.total || a.reporting !== s.reporting) return `province ${s.code}: total/reporting ${a.total}/${a.reporting} (API) vs ${s.total}/${s.reporting} (SQL)`;
          if (!near(a.generatedTonnesPerDay, s.generated) || !near(a.collectedTonnesPerDay, s.collected) || !near(a.populationServed, s.served)) {
            return `province ${s.code}: figures differ (generated ${a.generatedTonnesPerDay} vs ${s.generated})`;
          }
        }
        return expect(sql.some((s) => s.reporting > 0), 'no report counted at all');
      },
    },
    {
      name: 'saveWasteSection (random DRAFT LAO)',
      kind: 'write',
      graphql: {
        query: `mutation SaveWaste($input: SaveWasteSectionInput!) {
          saveWasteSection(input: $input) { status complete sections { section complete savedAt } }
        }`,
        variables: () => ({ input: { laoCode: apiLao(), fiscalYear: openYear, section: ctx.wasteSection, values: ctx.wasteValues } }),
        headers: headers.admin,
      },
      // One statement, as saveInfoSection's twin: lock the DRAFT report, merge the section, recompute completeness
      // and the count of values, answer every section's completeness.
      sql: {
        text: `WITH locked AS (
                 SELECT id FROM submission WHERE module = 'WASTE' AND lao_code = $1 AND fiscal_year = $2 AND status = 'DRAFT' FOR UPDATE),
               required AS (
                 SELECT code, section FROM catalogue_indicator
                  WHERE module = 'WASTE' AND required AND linked_from IS NULL AND first_year <= $2 AND (last_year IS NULL OR last_year >= $2)),
               merged AS (
                 SELECT coalesce((SELECT values FROM catalogue_section
                                   WHERE module = 'WASTE' AND lao_code = $1 AND fiscal_year = $2 AND subject_key = '' AND section = $3), '{}'::jsonb) || $4::jsonb AS values
                   FROM locked),
               saved AS (
                 INSERT INTO catalogue_section (module, lao_code, fiscal_year, subject_key, section, values, complete, saved_at, saved_by)
                 SELECT 'WASTE', $1, $2, '', $3, m.values, NOT EXISTS (SELECT 1 FROM required r WHERE r.section = $3 AND NOT m.values ? r.code), now(), $5
                   FROM merged m
                 ON CONFLICT (module, lao_code, fiscal_year, subject_key, section)
                 DO UPDATE SET values = EXCLUDED.values, complete = EXCLUDED.complete, saved_at = now(), saved_by = EXCLUDED.saved_by
                 RETURNING section, values, complete, saved_at),
               sections AS (
                 SELECT section, values, complete FROM catalogue_section
                  WHERE module = 'WASTE' AND lao_code = $1 AND fiscal_year = $2 AND subject_key = '' AND section <> $3
                 UNION ALL SELECT section, values, complete FROM saved),
               keys AS (SELECT DISTINCT k FROM sections, jsonb_object_keys(sections.values) AS k)
               UPDATE submission s
                  SET complete = NOT EXISTS (SELECT 1 FROM required r WHERE r.code NOT IN (SELECT k FROM keys)),
                      recorded_count = (SELECT count(*) FROM keys), updated_at = now(), updated_by = $5
                 FROM locked WHERE s.id = locked.id
               RETURNING s.id, s.status, (SELECT saved_at FROM saved) AS saved_at, (SELECT json_agg(json_build_object('section', section, 'complete', complete)) FROM sections) AS sections`,
        values: () => [sqlLao(), openYear, ctx.wasteSection, JSON.stringify(values), 'admin'],
      },
      peer: null,
      peerWhy: 'writes are not compared (the peer would need our validation and locking rules)',
      check: ({ api, sql }) =>
        expect(api.saveWasteSection.status === 'DRAFT' && api.saveWasteSection.sections.some((s) => s.section === ctx.wasteSection && s.savedAt), 'API did not save the section') ??
        expect(sql.length === 1 && sql[0].saved_at, 'SQL twin did not save (report not DRAFT?)'),
    },
  ];
}
