// e-Service's national adoption report (issue 15's national reports), beside its hand-written SQL twin (see operations.mjs).

const expect = (condition, message) => (condition ? null : message);

export function eServiceOperations(ctx) {
  const { openYear, headers } = ctx;
  return [
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
  ];
}
