// The named operations: each is one question asked three ways, through our GraphQL API over HTTP, as a hand-written
// SQL twin on the same database (the floor: the same answer as directly as SQL can give it), and, for reads where it
// can answer in one query, through PostGraphile (the peer). `check` sees one answer of each and says what is wrong
// with it, so a twin that drifts away from the question fails the run instead of measuring something else.

import { infoReportOperations } from './operations-info.mjs';
import { prepareWaste, wasteOperations } from './operations-waste.mjs';
import { prepareWelfare, welfareOperations } from './operations-welfare.mjs';

export const PARTNER_KEY = 'demo-partner-key';
const ADMIN_PASSWORD = 'demo1234';

/** A seeded PRNG (mulberry32): the same LAOs and values on every run. */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** POSTs one GraphQL request and answers its data, throwing on errors. */
export async function graphql(url, query, variables = {}, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) {
    throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

/** A valid value for an indicator of the catalogue (the API validates it as the SPA's form would). */
export function sampleValue(indicator, random) {
  const span = (fallback) => {
    const lo = indicator.min ?? 0;
    const hi = Math.min(indicator.max ?? lo + fallback, lo + fallback);
    return [lo, hi];
  };
  switch (indicator.valueType) {
    case 'INTEGER': {
      const [lo, hi] = span(1000);
      return Math.ceil(lo) + Math.floor(random() * (Math.floor(hi) - Math.ceil(lo) + 1));
    }
    case 'DECIMAL': {
      const [lo, hi] = span(1000);
      const scale = 10 ** (indicator.decimals ?? 2);
      return Math.floor((lo + random() * (hi - lo)) * scale) / scale;
    }
    case 'BOOLEAN':
      return random() < 0.5;
    case 'CHOICE':
      return indicator.options[Math.floor(random() * indicator.options.length)].value;
    case 'MULTI_CHOICE': {
      const picked = indicator.options.filter(() => random() < 0.5).map((o) => o.value);
      return picked.length ? picked : [indicator.options[0].value];
    }
    case 'TEXT':
      return 'บันทึกโดยชุดทดสอบประสิทธิภาพ'.slice(0, indicator.maxLength ?? 2000);
    default:
      throw new Error(`No sample for value type ${indicator.valueType}`);
  }
}

/**
 * What the operations need from the dataset and the API: the years, the largest province, ten indicators, an LAO
 * with a long history, the DRAFT LAOs writes go to, a valid section of values, and admin's token (one login).
 */
export async function prepareContext({ apiUrl, pool, openYear }) {
  const pastYear = openYear - 1;
  const { token } = await graphql(
    apiUrl,
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
    { u: 'admin', p: ADMIN_PASSWORD },
  ).then((d) => ({ token: d.login.accessToken }));
  const admin = { authorization: `Bearer ${token}` };
  const partner = { 'x-api-key': PARTNER_KEY };

  const [{ province_code: largestProvince, n: largestCount }] = (
    await pool.query(`SELECT province_code, count(*)::int AS n FROM local_authority GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`)
  ).rows;
  const provinces = (await pool.query(`SELECT count(DISTINCT province_code)::int AS n FROM local_authority`)).rows[0].n;

  // Ten typed-in indicators over the first three domains (4 + 3 + 3), as a partner's table would pick them.
  const catalogue = (await graphql(apiUrl, `query($fy: Int!) { infoIndicators(fiscalYear: $fy) { code domain linkedFrom } }`, { fy: pastYear }, partner))
    .infoIndicators;
  const typedIn = catalogue.filter((i) => !i.linkedFrom);
  const domains = [...new Set(typedIn.map((i) => i.domain))].slice(0, 3);
  const indicators = domains.flatMap((domain, d) => typedIn.filter((i) => i.domain === domain).slice(0, d === 0 ? 4 : 3));

  // The past-year LAO with the longest certification history (returned once, then certified again).
  const [{ lao_code: historyLao, events }] = (
    await pool.query(
      `SELECT s.lao_code, count(*)::int AS events FROM submission s JOIN submission_event e ON e.submission_id = s.id
        WHERE s.module = 'INFO' AND s.fiscal_year = $1 GROUP BY s.lao_code ORDER BY 2 DESC, 1 LIMIT 1`,
      [pastYear],
    )
  ).rows;

  // Writes go to DRAFT submissions of the open year, a different one per request (shuffled, then in turn).
  const random = seeded(openYear);
  const draftLaos = (
    await pool.query(`SELECT lao_code FROM submission WHERE module = 'INFO' AND fiscal_year = $1 AND status = 'DRAFT' ORDER BY lao_code`, [openYear])
  ).rows.map((r) => r.lao_code);
  for (let i = draftLaos.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [draftLaos[i], draftLaos[j]] = [draftLaos[j], draftLaos[i]];
  }
  if (draftLaos.length < 50) throw new Error(`Only ${draftLaos.length} DRAFT INFO submissions in ${openYear}: the dataset is not what the bench expects`);

  // A whole section of values, built from the catalogue the API serves.
  const sectionDomain = 'INFRASTRUCTURE';
  const sectionIndicators = (
    await graphql(
      apiUrl,
      `query($fy: Int!, $d: InfoDomain!) { infoIndicators(fiscalYear: $fy, domain: $d) { code valueType linkedFrom min max decimals maxLength options { value } } }`,
      { fy: openYear, d: sectionDomain },
      partner,
    )
  ).infoIndicators.filter((i) => !i.linkedFrom);
  const sectionValues = sectionIndicators.map((i) => ({ indicatorCode: i.code, value: sampleValue(i, random) }));
  const waste = await prepareWaste({ apiUrl, pool, openYear, graphql, headers: { admin, partner }, random, sampleValue });
  const welfare = await prepareWelfare({ pool, openYear });

  return {
    ...waste,
    ...welfare,
    openYear,
    pastYear,
    provinces,
    largestProvince,
    largestCount,
    indicators,
    historyLao,
    historyEvents: events,
    draftLaos,
    sectionDomain,
    sectionValues,
    headers: { admin, partner },
  };
}

/** Takes DRAFT LAOs in turn: two callers (API and SQL twin) each get their own cursor. */
function rotation(list) {
  let next = 0;
  return () => list[next++ % list.length];
}

const expect = (condition, message) => (condition ? null : message);

export function operations(ctx) {
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
    {
      name: 'eServiceAdoption (national)',
      kind: 'read',
      /** A national report: issue 15's ≤ 20 ms p50 at concurrency 1. */
      report: true,
      graphql: {
        query: `query Adoption($fy: Int!) {
          eServiceAdoption(fiscalYear: $fy) {
            itemCode side group nameTh nameEn answered offered needed notNeeded offeredShare totalUsers
            steps { step count } channels { channel count }
          }
        }`,
        variables: { fy: openYear },
        headers: headers.partner,
      },
      sql: {
        text: `SELECT i.code, i.side, i.group_code, i.name_th, i.name_en,
                      count(a.item_id)::int AS answered,
                      count(*) FILTER (WHERE a.offered)::int AS offered,
                      count(*) FILTER (WHERE NOT a.offered AND a.needed)::int AS needed,
                      count(*) FILTER (WHERE NOT a.offered AND NOT a.needed)::int AS not_needed,
                      coalesce(sum(a.users) FILTER (WHERE a.offered), 0)::float8 AS total_users,
                      ${[1, 2, 3, 4, 5, 6].map((s) => `count(*) FILTER (WHERE a.offered AND ${s} = ANY(a.steps))::int AS step_${s}`).join(', ')},
                      ${['WEBSITE', 'FACEBOOK', 'LINE', 'MOBILE_APP', 'EMAIL', 'OTHER']
                        .map((c) => `count(*) FILTER (WHERE a.offered AND '${c}' = ANY(a.channels))::int AS channel_${c.toLowerCase()}`)
                        .join(', ')}
                 FROM eservice_item i LEFT JOIN eservice_answer a ON a.item_id = i.id AND a.fiscal_year = $1
                WHERE i.lao_code IS NULL AND i.first_year <= $1 AND (i.last_year IS NULL OR i.last_year >= $1)
                GROUP BY i.id ORDER BY i.side, i.position`,
        values: [openYear],
      },
      peer: null,
      peerWhy:
        'per item: counts under conditions (offered, needed) and counts of array members (steps, channels); pg-aggregates could give the offered/needed split by grouping, but not the step and channel counts',
      check: ({ api, sql }) => {
        const apiRows = api.eServiceAdoption.map((r) => `${r.itemCode}:${r.answered}:${r.offered}:${r.steps[0].count}`).join();
        const sqlRows = sql.map((r) => `${r.code}:${r.answered}:${r.offered}:${r.step_1}`).join();
        return expect(api.eServiceAdoption.length > 0 && api.eServiceAdoption[0].answered > 0, 'API: no answers') ??
          expect(apiRows === sqlRows, 'API and SQL counts differ');
      },
    },
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
    // Issue 15's further reads, then its further writes (after every read, so the reads see the seeded state).
    ...infoReportOperations(ctx),
    ...(() => {
      const waste = wasteOperations(ctx);
      const welfare = welfareOperations(ctx);
      return [...waste.filter((op) => op.kind === 'read'), ...welfare.filter((op) => op.kind === 'read'), ...waste.filter((op) => op.kind === 'write'), ...welfare.filter((op) => op.kind === 'write')];
    })(),
  ];
}
