// The named operations: each is one question asked three ways, through our GraphQL API over HTTP, as a hand-written
// SQL twin on the same database (the floor: the same answer as directly as SQL can give it), and, for reads where it
// can answer in one query, through PostGraphile (the peer). `check` sees one answer of each and says what is wrong
// with it, so a twin that drifts away from the question fails the run instead of measuring something else.

import { eServiceOperations } from './operations-eservice.mjs';
import { infoReadOperations, infoReportOperations } from './operations-info.mjs';
import { infoWriteOperations } from './operations-info-writes.mjs';
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

/** Every operation, in the order they are measured and printed. */
export function operations(ctx) {
  return [
    ...infoReadOperations(ctx),
    ...eServiceOperations(ctx),
    ...infoWriteOperations(ctx),
    // Issue 15's further reads, then its further writes (after every read, so the reads see the seeded state).
    ...infoReportOperations(ctx),
    ...(() => {
      const waste = wasteOperations(ctx);
      const welfare = welfareOperations(ctx);
      return [...waste.filter((op) => op.kind === 'read'), ...welfare.filter((op) => op.kind === 'read'), ...waste.filter((op) => op.kind === 'write'), ...welfare.filter((op) => op.kind === 'write')];
    })(),
  ];
}
