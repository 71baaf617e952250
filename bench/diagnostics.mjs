// The bench's diagnostics (full runs, or --queries): what a request costs before it reads any data (the per-request
// floor of each side), and how many SQL statements each answer takes. They explain the table's gaps; no target
// depends on them.
import { measureHttp, measureSql } from './measure.mjs';
import { graphql } from './operations.mjs';
import { startApi } from './processes.mjs';

/**
 * The per-request floor of each side at concurrency 1: an answer without data, anonymous, with the partner key
 * (one key lookup) and with admin's token (one user lookup); and one database round trip. Errors go to `failures`.
 */
export async function measureFloors({ apiUrl, peerUrl, pool, headers, seconds, warmupSeconds, failures }) {
  const baseline = {};
  const floor = `query Floor { currentFiscalYear }`;
  for (const [name, callerHeaders] of [['API, anonymous', {}], ['API, partner key', headers.partner], ['API, admin token', headers.admin]]) {
    await measureHttp({ url: apiUrl, query: floor, variables: {}, headers: callerHeaders, connections: 4, seconds: warmupSeconds });
    const r = await measureHttp({ url: apiUrl, query: floor, variables: {}, headers: callerHeaders, connections: 1, seconds });
    baseline[`${name}: { currentFiscalYear }`] = { p50: r.p50, p95: r.p95, rps: r.rps };
    if (r.errors) failures.push(`baseline ${name}: ${r.errors} errors, first: ${r.firstError}`);
  }
  const peerFloor = await measureHttp({ url: peerUrl, query: '{ __typename }', variables: {}, headers: {}, connections: 1, seconds });
  baseline['PostGraphile: { __typename }'] = { p50: peerFloor.p50, p95: peerFloor.p95, rps: peerFloor.rps };
  const select1 = await measureSql({ pool, sql: { text: 'SELECT 1', values: [] }, concurrency: 1, seconds });
  baseline['SQL: SELECT 1'] = { p50: select1.p50, p95: select1.p95, rps: select1.rps };
  return baseline;
}

/** One request of each operation against an API logging its SQL: how many statements each answer takes. */
export async function countQueries(databaseUrl, ops, apiMain) {
  let lines = [];
  const api = await startApi(databaseUrl, { logSql: true, onLine: (line) => lines.push(line), ...(apiMain ? { main: apiMain } : {}) });
  try {
    const counts = {};
    for (const op of ops) {
      const variables = typeof op.graphql.variables === 'function' ? op.graphql.variables() : op.graphql.variables;
      // Twice: the first may fill caches (the INFO catalogue, the cycle window); the second is the steady state.
      for (let i = 0; i < 2; i++) {
        lines = [];
        await graphql(api.url, op.graphql.query, variables, op.graphql.headers);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      const statements = lines.filter((l) => /^query( failed)?:/.test(l.trim()));
      counts[op.name] = {
        statements: statements.length,
        transactionControl: statements.filter((l) => /^query: (START TRANSACTION|COMMIT|ROLLBACK)/.test(l.trim())).length,
        sql: statements.map((l) => l.trim().replace(/\s+/g, ' ').slice(0, 160)),
      };
    }
    return counts;
  } finally {
    await api.stop();
  }
}
