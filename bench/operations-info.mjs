// INFO's national LPA distribution (issue 15's national reports), beside its hand-written SQL twin (see operations.mjs).

const expect = (condition, message) => (condition ? null : message);

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
