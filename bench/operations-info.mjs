// INFO's reads (the LAO registry, values, certification progress, LPA scores, one submission in full) and its national
// LPA distribution (issue 15's national reports), each beside its hand-written SQL twin (see operations.mjs).

const expect = (condition, message) => (condition ? null : message);

/** The registry and INFO's reads, in the order the bench measures them. */
export function infoReadOperations(ctx) {
  const { openYear, pastYear, largestProvince, headers } = ctx;
  const codes = ctx.indicators.map((i) => i.code);
  const domainOf = new Map(ctx.indicators.map((i) => [i.code, i.domain]));
  const infoDomains = [...new Set(ctx.indicators.map((i) => i.domain))];

  return [
    {
      name: 'registry page (100 in a province)',
      kind: 'read',
      graphql: {
        query: `query RegistryPage($province: String!) {
          localAuthorities(filter: { provinceCode: $province }, first: 100) { edges { node { code nameTh type district { nameTh } } } }
        }`,
        variables: { province: largestProvince },
        headers: headers.partner,
      },
      sql: {
        text: `SELECT l.code, l.name_th, l.type, d.name_th AS district_name_th
                 FROM local_authority l LEFT JOIN district d ON d.code = l.district_code
                WHERE l.province_code = $1 ORDER BY l.code LIMIT 100`,
        values: [largestProvince],
      },
      peer: {
        query: `query($province: String!) {
          allLocalAuthorities(condition: { provinceCode: $province }, first: 100, orderBy: CODE_ASC) {
            nodes { code nameTh type districtByDistrictCode { nameTh } }
          }
        }`,
        variables: { province: largestProvince },
      },
      check: ({ api, sql, peer }) => {
        const apiCodes = api.localAuthorities.edges.map((e) => e.node.code).join();
        return (
          expect(api.localAuthorities.edges.length === Math.min(100, ctx.largestCount), 'API page size') ??
          expect(apiCodes === sql.map((r) => r.code).join(), 'API and SQL list different LAOs') ??
          expect(!peer || apiCodes === peer.allLocalAuthorities.nodes.map((n) => n.code).join(), 'API and peer list different LAOs')
        );
      },
    },
    {
      name: 'infoValues (10 indicators × 100 LAOs)',
      kind: 'read',
      graphql: {
        query: `query InfoValues($fy: Int!, $codes: [String!]!, $province: String!) {
          infoValues(fiscalYear: $fy, indicatorCodes: $codes, filter: { provinceCode: $province }, first: 100) {
            edges { node { laoCode values { indicatorCode value } } }
          }
        }`,
        variables: { fy: pastYear, codes, province: largestProvince },
        headers: headers.partner,
      },
      // One row per LAO, one column per indicator: a primary-key lookup of each domain's section (INFO's own, subject '') per LAO.
      sql: {
        text: `SELECT l.code, ${codes.map((code, i) => `s${infoDomains.indexOf(domainOf.get(code))}.values -> $${i + 3} AS "${code}"`).join(', ')}
                 FROM (SELECT code FROM local_authority WHERE province_code = $1 ORDER BY code LIMIT 100) l
                 ${infoDomains
                   .map((d, i) => `LEFT JOIN catalogue_section s${i} ON s${i}.module = 'INFO' AND s${i}.lao_code = l.code AND s${i}.fiscal_year = $2 AND s${i}.subject_key = '' AND s${i}.section = '${d}'`)
                   .join('\n                 ')}
                ORDER BY l.code`,
        values: [largestProvince, pastYear, ...codes],
      },
      peer: null,
      peerWhy:
        'values are keys of one jsonb document per LAO × year × domain; PostGraphile v4 returns a jsonb column whole and cannot pick keys out of it without an SQL function added to the schema',
      check: ({ api, sql }) => {
        const nodes = api.infoValues.edges.map((e) => e.node);
        const apiCells = nodes.map((n) => n.values.map((v) => JSON.stringify(v.value)).join()).join('|');
        const sqlCells = sql.map((r) => codes.map((c) => JSON.stringify(r[c] ?? null)).join()).join('|');
        return (
          expect(nodes.length === Math.min(100, ctx.largestCount) && nodes.every((n) => n.values.length === 10), 'API table shape') ??
          expect(apiCells === sqlCells, 'API and SQL values differ') ??
          expect(nodes.some((n) => n.values.some((v) => v.value !== null)), 'no values at all')
        );
      },
    },
    {
      name: 'certificationProgress (INFO, national)',
      kind: 'read',
      /** A national report: issue 15's ≤ 20 ms p50 at concurrency 1. */
      report: true,
      graphql: {
        query: `query Progress($fy: Int!) {
          certificationProgress(module: INFO, fiscalYear: $fy) { provinceCode province { nameTh } total draft laoCertified provinceCertified }
        }`,
        variables: { fy: openYear },
        headers: headers.partner,
      },
      sql: {
        text: `SELECT l.province_code, p.name_th, count(*)::int AS total,
                      count(*) FILTER (WHERE s.status IS NULL OR s.status = 'DRAFT')::int AS draft,
                      count(*) FILTER (WHERE s.status = 'LAO_CERTIFIED')::int AS lao_certified,
                      count(*) FILTER (WHERE s.status = 'PROVINCE_CERTIFIED')::int AS province_certified
                 FROM local_authority l JOIN province p ON p.code = l.province_code
                 LEFT JOIN submission s ON s.lao_code = l.code AND s.module = 'INFO' AND s.fiscal_year = $1
                GROUP BY l.province_code, p.name_th ORDER BY p.name_th`,
        values: [openYear],
      },
      peer: null,
      peerWhy:
        'counts LAOs per province by the status of their submission: a grouping by a column of another table; pg-aggregates groups a table by its own columns only (submission has no province), and fetching every LAO to count them in the client is not the same question',
      check: ({ api, sql }) => {
        const key = (code, total, lao, prov) => `${code}:${total}:${lao}:${prov}`;
        const apiRows = api.certificationProgress.map((r) => key(r.provinceCode, r.total, r.laoCertified, r.provinceCertified)).sort().join();
        const sqlRows = sql.map((r) => key(r.province_code, r.total, r.lao_certified, r.province_certified)).sort().join();
        return expect(api.certificationProgress.length === ctx.provinces, 'API province count') ?? expect(apiRows === sqlRows, 'API and SQL counts differ');
      },
    },
    {
      name: 'lpaScores (page of 200)',
      kind: 'read',
      graphql: {
        query: `query Lpa($fy: Int!) { lpaScores(fiscalYear: $fy, first: 200) { edges { node { laoCode score status complete } } } }`,
        variables: { fy: openYear },
        headers: headers.partner,
      },
      sql: {
        text: `SELECT l.code, coalesce(s.status, 'DRAFT') AS status, coalesce(s.complete, false) AS complete,
                      CASE WHEN s.complete AND s.status = 'PROVINCE_CERTIFIED' THEN 5
                           WHEN s.complete AND s.status = 'LAO_CERTIFIED' THEN 3
                           WHEN coalesce(s.recorded_count, 0) > 0 THEN 1 ELSE 0 END AS score
                 FROM (SELECT code FROM local_authority ORDER BY code LIMIT 200) l
                 LEFT JOIN submission s ON s.lao_code = l.code AND s.module = 'INFO' AND s.fiscal_year = $1
                ORDER BY l.code`,
        values: [openYear],
      },
      peer: null,
      peerWhy:
        'the score is derived (LPA rule over status, completeness and recorded values, 0 for LAOs without a submission); PostGraphile would need it as an SQL function in the schema',
      check: ({ api, sql }) => {
        const apiRows = api.lpaScores.edges.map((e) => `${e.node.laoCode}:${e.node.score}`).join();
        return expect(api.lpaScores.edges.length === Math.min(200, sql.length) && sql.length > 0, 'API page size') ??
          expect(apiRows === sql.map((r) => `${r.code}:${r.score}`).join(), 'API and SQL scores differ');
      },
    },
    {
      name: 'infoSubmission (full, with history)',
      kind: 'read',
      graphql: {
        query: `query Submission($lao: String!, $fy: Int!) {
          infoSubmission(laoCode: $lao, fiscalYear: $fy) {
            laoCode fiscalYear status complete lpaScore editable allowedActions laoCertifiedAt provinceCertifiedAt updatedAt
            sections { domain complete missing savedAt values { indicatorCode value } }
            history { action fromStatus toStatus actor at comment }
          }
        }`,
        variables: { lao: ctx.historyLao, fy: pastYear },
        headers: headers.admin,
      },
      // One round trip: the submission, its history, its sections and its linked values.
      sql: {
        text: `SELECT s.id, s.status, s.complete, s.recorded_count, s.lao_certified_at, s.province_certified_at, s.updated_at,
                      (SELECT json_agg(e ORDER BY e.id) FROM (SELECT id, action, from_status, to_status, actor, at, comment
                          FROM submission_event WHERE submission_id = s.id) e) AS history,
                      (SELECT json_agg(x ORDER BY x.section) FROM (SELECT section, values, complete, saved_at
                          FROM catalogue_section WHERE module = 'INFO' AND lao_code = s.lao_code AND fiscal_year = s.fiscal_year AND subject_key = '') x) AS sections,
                      (SELECT json_agg(v) FROM (SELECT indicator_code, value
                          FROM info_linked_value WHERE lao_code = s.lao_code AND fiscal_year = s.fiscal_year) v) AS linked
                 FROM submission s WHERE s.module = 'INFO' AND s.lao_code = $1 AND s.fiscal_year = $2`,
        values: [ctx.historyLao, pastYear],
      },
      peer: {
        query: `query($lao: String!, $fy: Int!) {
          allSubmissions(condition: { module: "INFO", laoCode: $lao, fiscalYear: $fy }) {
            nodes {
              status complete recordedCount laoCertifiedAt provinceCertifiedAt updatedAt
              submissionEventsBySubmissionId(orderBy: ID_ASC) { nodes { action fromStatus toStatus actor at comment } }
            }
          }
          allCatalogueSections(condition: { module: "INFO", laoCode: $lao, fiscalYear: $fy, subjectKey: "" }) { nodes { section values complete savedAt } }
          allInfoLinkedValues(condition: { laoCode: $lao, fiscalYear: $fy }) { nodes { indicatorCode value } }
        }`,
        variables: { lao: ctx.historyLao, fy: pastYear },
      },
      peerNote: 'stored rows only: allowedActions, missing and lpaScore are our rules and have no PostGraphile equivalent',
      check: ({ api, sql, peer }) => {
        const s = api.infoSubmission;
        return (
          expect(s.sections.length === 8 && s.history.length === ctx.historyEvents, 'API sections or history') ??
          expect(s.allowedActions.includes('REOPEN'), 'admin should be offered REOPEN') ??
          expect(sql.length === 1 && sql[0].history.length === s.history.length && sql[0].sections.length === 8, 'SQL history or sections') ??
          expect(!peer || peer.allSubmissions.nodes[0].submissionEventsBySubmissionId.nodes.length === s.history.length, 'peer history') ??
          expect(!peer || peer.allCatalogueSections.nodes.length === 8, 'peer sections')
        );
      },
    },
  ];
}

export function infoReportOperations(ctx) {
  const { openYear, headers } = ctx;
  return [
    {
      name: 'lpaDistribution (national)',
      kind: 'read',
      report: true,
      graphql: {
        query: `query LpaDistribution($fy: Int!) { lpaDistribution(fiscalYear: $fy) { score count } }`,
        variables: { fy: openYear },
        headers: headers.partner,
      },
      // Every LAO scored by the LPA rule (as the lpaScores twin), counted per score.
      sql: {
        text: `SELECT score, count(*)::int AS count FROM (
                 SELECT CASE WHEN s.complete AND s.status = 'PROVINCE_CERTIFIED' THEN 5
                             WHEN s.complete AND s.status = 'LAO_CERTIFIED' THEN 3
                             WHEN coalesce(s.recorded_count, 0) > 0 THEN 1 ELSE 0 END AS score
                   FROM local_authority l LEFT JOIN submission s ON s.lao_code = l.code AND s.module = 'INFO' AND s.fiscal_year = $1) scored
                GROUP BY score ORDER BY score DESC`,
        values: [openYear],
      },
      peer: null,
      peerWhy: 'the score is derived (the LPA rule); PostGraphile would need it as an SQL function to group by it',
      check: ({ api, sql }) => {
        const counts = new Map(sql.map((r) => [r.score, r.count]));
        const apiRows = api.lpaDistribution.map((d) => `${d.score}:${d.count}`).join();
        const sqlRows = [5, 3, 1, 0].map((s) => `${s}:${counts.get(s) ?? 0}`).join();
        return expect(api.lpaDistribution.reduce((n, d) => n + d.count, 0) > 0, 'API: no LAO counted') ?? expect(apiRows === sqlRows, `API ${apiRows} vs SQL ${sqlRows}`);
      },
    },
  ];
}
