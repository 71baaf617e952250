import { baseUrl, codeOf, DEMO_PASSWORD, gql, login, type GraphQLResponse } from '../support/api';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`;

/** A login over real HTTP, optionally claiming a client address in X-Forwarded-For. */
async function attempt(username: string, password: string, forwardedFor?: string): Promise<GraphQLResponse<{ login: { accessToken: string } }>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  const res = await fetch(`${baseUrl()}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }) });
  return { status: res.status, ...((await res.json()) as object) };
}

/**
 * The hardening probes of logins and closed years, replayed on the running product as a prober would send them.
 * Each probe guesses at a demo account no other test logs in as (prov.93, prov.96), so the waits it leaves behind
 * on this address touch nobody else: that is the point of counting per (username, address).
 */
describe('probes: login guessing and closed years', () => {
  it('40 parallel wrong passwords for one user: at most 5 are checked, and the next logins from this address still work', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt('prov.96', `guess-${i}`)));
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBe(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBe(35);
    const waits = results.filter((r) => codeOf(r) === 'RATE_LIMITED').map((r) => r.errors![0]!.extensions.retryAfterSeconds as number);
    expect(Math.min(...waits)).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(60);
    // The guessed account waits from here; every other account from the same address logs in as before.
    expect(codeOf(await attempt('prov.96', DEMO_PASSWORD))).toBe('RATE_LIMITED');
    for (const username of ['prov.95', 'admin', 'prov.12']) expect(await login(username)).toEqual(expect.any(String));
  });

  it('a forged X-Forwarded-For does not give a guesser fresh counts (no proxy is trusted by default)', async () => {
    for (let i = 0; i < 5; i++) expect(codeOf(await attempt('prov.93', `guess-${i}`, `198.51.100.${i + 1}`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await attempt('prov.93', `guess-5`, '198.51.100.77'))).toBe('RATE_LIMITED');
  });

  it('a province cannot return a submission of a closed year (WINDOW_CLOSED), and is not offered to', async () => {
    const token = await login('prov.12');
    const { data } = await gql<{ currentFiscalYear: number }>(`{ currentFiscalYear }`);
    const pastYear = data!.currentFiscalYear - 1;
    const list = await gql<{ submissions: { edges: { node: { laoCode: string; status: string; windowOpen: boolean; allowedActions: string[] } }[] } }>(
      `query($fy: Int!) { submissions(module: INFO, fiscalYear: $fy, filter: { provinceCode: "12" }, first: 1) { edges { node { laoCode status windowOpen allowedActions } } } }`,
      { fy: pastYear },
      { token },
    );
    const past = list.data!.submissions.edges[0]!.node;
    expect(past).toMatchObject({ status: 'PROVINCE_CERTIFIED', windowOpen: false, allowedActions: [] });
    const refused = await gql(
      `mutation($lao: String!, $fy: Int!) { returnSubmission(module: INFO, laoCode: $lao, fiscalYear: $fy, reason: "probe") { status } }`,
      { lao: past.laoCode, fy: pastYear },
      { token, lang: 'en' },
    );
    expect(codeOf(refused)).toBe('WINDOW_CLOSED');
    expect(refused.errors![0]!.message).toMatch(/ask the department/);
  });
});
