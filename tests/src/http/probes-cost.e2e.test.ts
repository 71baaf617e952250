import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseUrl, gql, login } from '../support/api';

/**
 * The hardening issue's probes (items 1 and 6), sent to the running product: each is refused before it runs,
 * with a stable code, /health keeps answering meanwhile, and the log says so in one line. No durations are
 * asserted: "refused before running" is shown by the answer having no `data` at all (execution never started).
 */
const PRODUCT_LOG = join(__dirname, '../../artifacts/product.log');

interface Answer {
  status: number;
  data?: unknown;
  errors?: { message: string; extensions: { code: string; [key: string]: unknown } }[];
}

async function send(operationName: string, query: string, token?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'en' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${baseUrl()}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, operationName }) });
  return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
}

const aliased = (name: string, n: number, field: string) => `query ${name} {${Array.from({ length: n }, (_, i) => `a${i}:${field}`).join(' ')}}`;

/** The attack and /health at the same time: /health must answer (200) while the attack is in flight. */
async function withHealth(attack: () => Promise<Answer>): Promise<{ answer: Answer; health: number }> {
  const [answer, health] = await Promise.all([attack(), fetch(`${baseUrl()}/health`).then((r) => r.status)]);
  return { answer, health };
}

function expectRefusedBeforeRunning(answer: Answer): void {
  expect(answer.status).toBe(400);
  expect(answer.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  expect(answer).not.toHaveProperty('data');
}

/** The product's log lines naming an operation, once they have reached the log file (written by another process). */
async function logLines(operation: string): Promise<string[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const lines = readFileSync(PRODUCT_LOG, 'utf8').split('\n').filter((line) => line.includes(`operation=${operation}`));
    if (lines.length > 0) return lines;
    await new Promise((r) => setTimeout(r, 200));
  }
  return [];
}

describe('probes of the cost and time budget (hardening items 1 and 6)', () => {
  let laoToken: string;

  beforeAll(async () => {
    const page = await gql<{ localAuthorities: { edges: { node: { code: string } }[] } }>(`{ localAuthorities(first: 1) { edges { node { code } } } }`);
    laoToken = await login(`lao.${page.data!.localAuthorities.edges[0]!.node.code}`);
  });

  it('anonymous: 3,000 aliased empty pages (161 kB) are refused while parsing, and /health answers', async () => {
    const query = aliased('ProbeEmptyPages', 3000, `localAuthorities(first:0,filter:{search:"ตำบล"}){totalCount}`);
    expect(query.length).toBeGreaterThan(150_000);
    const { answer, health } = await withHealth(() => send('ProbeEmptyPages', query));
    expectRefusedBeforeRunning(answer);
    expect(answer.errors![0]!.message).toMatch(/longer than the limit/);
    expect(health).toBe(200);
  });

  it('an LAO official: 60 aliased national e-Service reports are refused, and so are three', async () => {
    const report = `eServiceAdoption(fiscalYear:2570){answered}`;
    const sixty = await withHealth(() => send('ProbeReports', aliased('ProbeReports', 60, report), laoToken));
    expectRefusedBeforeRunning(sixty.answer);
    expect(sixty.answer.errors![0]!.extensions.aliases).toBe(60);
    expect(sixty.health).toBe(200);
    const three = await send('ProbeThreeReports', aliased('ProbeThreeReports', 3, report), laoToken);
    expectRefusedBeforeRunning(three);
    expect(three.errors![0]!.extensions.cost).toEqual(expect.any(Number));
  });

  it('300 aliased introspection dumps (40 kB) are refused; so are 15 by their cost; one is answered', async () => {
    const dump = `__schema{types{name kind fields{name type{name kind ofType{name kind}}}}}`;
    const many = await withHealth(() => send('ProbeDumps', aliased('ProbeDumps', 300, dump)));
    expectRefusedBeforeRunning(many.answer);
    expect(many.health).toBe(200);
    const fifteen = await send('ProbeFifteenDumps', aliased('ProbeFifteenDumps', 15, dump), laoToken);
    expectRefusedBeforeRunning(fifteen);
    expect(fifteen.errors![0]!.extensions.cost).toEqual(expect.any(Number));
    const one = await send('ProbeOneDump', `query ProbeOneDump { ${dump} }`, laoToken);
    expect(one.errors).toBeUndefined();
  });

  it('anonymous: 20 refused fields in one request are one log line, not 20 stack traces', async () => {
    // Nullable fields, so that each refusal is reported (a non-null one nulls the whole answer at the first).
    const answer = await send('ProbeRefusedFields', aliased('ProbeRefusedFields', 20, `certificationCycle(module:INFO,fiscalYear:2570){fiscalYear}`));
    expect(answer.errors).toHaveLength(20);
    expect(answer.errors!.every((e) => e.extensions.code === 'UNAUTHENTICATED')).toBe(true);
    const lines = await logLines('ProbeRefusedFields');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/refused code=UNAUTHENTICATED codes=\{"UNAUTHENTICATED":20\}/);
  });

  it('answers /health after the probes, and each refusal is one log line with its code, operation and actor, no stack', async () => {
    expect((await fetch(`${baseUrl()}/health`)).status).toBe(200);
    const reports = await logLines('ProbeReports');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/WARN.*refused code=QUERY_TOO_COMPLEX .*actor=lao\.\d{7}/);
    const pages = await logLines('ProbeEmptyPages');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/actor=anonymous/);
    // Nest's own handler once logged every refused field at ERROR with a stack (its message is our message key).
    expect(readFileSync(PRODUCT_LOG, 'utf8')).not.toMatch(/ExceptionsHandler.*\b(auth|access|query)\.\w+/);
  });
});
