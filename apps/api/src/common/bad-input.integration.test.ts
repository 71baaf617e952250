import { MESSAGES, translate, type MessageKey } from '@lao/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { factories } from '../testing/factories';
import { codeOf, type GraphQLResult, startTestApp, type TestApp } from '../testing/test-app';

/**
 * Every scalar argument of every operation, refused when it carries what no operation may accept: built by walking
 * the served schema (each Query and Mutation field, each scalar argument and each scalar field of its input objects,
 * at any depth), so an operation added later is covered without touching this file. The refusal must come before
 * any resolver runs, so the cases need no rows: the caller is a department administrator, who would reach every
 * resolver, and the database must be exactly as it was afterwards.
 */

type Path = (string | number)[];
interface Leaf {
  path: Path;
  name: string;
  scalar: string;
}
interface Bad {
  label: string;
  value: unknown;
  key: MessageKey;
}

const UUID = '7a0c4a0e-2f59-4e5b-9b3c-2b8f3d7f1a11';
const CURSOR_NAMES = ['after', 'before'];

/** What the walk sends to each kind of leaf, and the message the field must be refused with. */
function badValues(leaf: Leaf): Bad[] {
  const cursor = CURSOR_NAMES.includes(leaf.name);
  const text = (key: MessageKey): MessageKey => (cursor ? 'input.badCursor' : key);
  if (leaf.scalar === 'String' || leaf.scalar === 'ID') {
    return [
      { label: 'a NUL byte', value: 'ab\u0000c', key: text('input.controlCharacters') },
      { label: 'a right-to-left override', value: 'ab\u202Ec', key: text('input.controlCharacters') },
      { label: 'a first-strong isolate', value: '\u2068ab', key: text('input.controlCharacters') },
      { label: 'a C1 control', value: 'ab\u0085', key: text('input.controlCharacters') },
      { label: '10,001 characters', value: '1'.repeat(10_001), key: text('input.tooLong') },
    ];
  }
  if (leaf.scalar === 'JSON') return [{ label: 'a NUL byte in a JSON string', value: ['ok', 'ab\u0000c'], key: 'input.controlCharacters' }];
  if (leaf.scalar !== 'Int') return [];
  if (leaf.name === 'fiscalYear') {
    return [32_768, -32_769, 2_147_483_647, 2539, 2701, 0].map((value) => ({ label: `the year ${value}`, value, key: 'input.fiscalYear' }));
  }
  // Stored in smallint columns: the calendar years of a record, the survey's sides and steps.
  if (/Year$/.test(leaf.name) || leaf.name === 'side' || leaf.name === 'steps') {
    return [32_768, -32_769].map((value) => ({ label: String(value), value, key: 'input.outOfRange' }));
  }
  return [];
}

function leavesOf(type: GraphQLInputType, name: string, path: Path, depth = 0): Leaf[] {
  if (isNonNullType(type)) return leavesOf(type.ofType, name, path, depth);
  if (isListType(type)) return leavesOf(type.ofType, name, [...path, 0], depth);
  if (isInputObjectType(type)) {
    if (depth > 4) return [];
    return Object.values(type.getFields()).flatMap((f) => leavesOf(f.type, f.name, [...path, f.name], depth + 1));
  }
  return isScalarType(type) ? [{ path, name, scalar: type.name }] : [];
}

/** A value of `type` that the check lets through: only the target leaf (`target`, when given) carries `bad`. */
function valueOf(type: GraphQLInputType, name: string, target: Path | null, bad: unknown): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, name, target, bad);
  if (isListType(type)) return [valueOf(type.ofType, name, target ? target.slice(1) : null, bad)];
  if (isInputObjectType(type)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const onTarget = target !== null && target[0] === field.name;
      if (onTarget) object[field.name] = valueOf(field.type, field.name, target.slice(1), bad);
      else if (isNonNullType(field.type) && field.defaultValue === undefined) object[field.name] = valueOf(field.type, field.name, null, bad);
    }
    return object;
  }
  if (target) return bad;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  const filler: Record<string, unknown> = {
    Int: name === 'fiscalYear' ? 2569 : 1,
    Float: 1,
    Boolean: false,
    ID: UUID,
    DateTime: new Date().toISOString(),
    Date: '2024-01-01',
    JSON: null,
  };
  if (type.name in filler) return filler[type.name];
  return ({ provinceCode: '12', districtCode: '1201', laoCode: '5120101', operatorLaoCode: '5120101' } as Record<string, string>)[name] ?? 'x';
}

/** The operation calling `field` with every argument as a variable; `target` (an argument path) carries `bad`. */
function request(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, target: Path, bad: unknown) {
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    const onTarget = target[0] === arg.name;
    if (onTarget) variables[arg.name] = valueOf(arg.type, arg.name, target.slice(1), bad);
    else if (isNonNullType(arg.type)) variables[arg.name] = valueOf(arg.type, arg.name, null, bad);
  }
  const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${kind} Probe${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  return { query, variables };
}

/** The path the refusal must name: inside a mutation's `input` from its fields, otherwise from the argument. */
const fieldPath = (path: Path) => (path[0] === 'input' ? path.slice(1) : path).join('.');

/** Whether `text` is the Thai message of `key`, its figures filled in (a limit such as 100 or 10,000). */
const saysThai = (key: MessageKey, text: string) =>
  new RegExp(`^${MESSAGES[key].th.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '-?\\d+')}$`).test(text);

const fieldsOf = (res: GraphQLResult<unknown>) => (res.errors?.[0]?.extensions.fields ?? []) as { path: string; message: string }[];

describe('bad scalars in any argument of any operation', () => {
  let sut: TestApp;
  let token: string;
  let rowCounts: () => Promise<Record<string, number>>;
  let before: Record<string, number>;

  beforeAll(async () => {
    sut = await startTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '1000000' } });
    token = (await factories(sut).departmentUser()).token;
    const tables: { name: string }[] = await sut.db.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    rowCounts = async () => {
      const counts: Record<string, number> = {};
      // The rate limit's counter is spent for every request, before its operation is even read: not a change.
      for (const { name } of tables.filter((t) => t.name !== 'request_counter')) {
        counts[name] = Number((await sut.db.query(`SELECT count(*) AS n FROM "${name}"`))[0].n);
      }
      return counts;
    };
    before = await rowCounts();
  });
  afterAll(() => sut.close());

  const roots = (): [string, 'query' | 'mutation', GraphQLObjectType][] => {
    const schema = sut.app.get(GraphQLSchemaHost).schema;
    return [
      ['Query', 'query', schema.getQueryType()!],
      ['Mutation', 'mutation', schema.getMutationType()!],
    ];
  };

  it('refuses each bad value as BAD_USER_INPUT naming its field, in Thai, before anything runs', async () => {
    const failures: string[] = [];
    let cases = 0;
    for (const [, kind, root] of roots()) {
      for (const field of Object.values(root.getFields())) {
        for (const leaf of field.args.flatMap((a) => leavesOf(a.type, a.name, [a.name]))) {
          for (const bad of badValues(leaf)) {
            cases += 1;
            const { query, variables } = request(kind, field, leaf.path, bad.value);
            const res = await sut.gql(query, variables, { token });
            const path = fieldPath(leaf.scalar === 'JSON' ? [...leaf.path, 1] : leaf.path);
            const named = fieldsOf(res).some((f) => f.path === path && saysThai(bad.key, f.message));
            const message = res.errors?.[0]?.message ?? '';
            if (codeOf(res) !== 'BAD_USER_INPUT' || !named || res.data || /[{}]/.test(message) || res.status !== 200) {
              failures.push(`${field.name} ${leaf.path.join('.')} ← ${bad.label}: ${res.status} ${JSON.stringify(res.errors?.[0] ?? res.data).slice(0, 300)}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // The walk reached the operations of the issue (and a schema without them would make this test pass vacuously).
    expect(cases).toBeGreaterThan(300);
    expect(await rowCounts()).toEqual(before);
  }, 600_000);

  it('covers the operations the hardening issue named', () => {
    const fields = roots().flatMap(([, , root]) => Object.values(root.getFields()));
    const leaves = (name: string) => fields.find((f) => f.name === name)!.args.flatMap((a) => leavesOf(a.type, a.name, [a.name]).map((l) => l.path.join('.')));
    expect(leaves('certificationProgress')).toEqual(expect.arrayContaining(['fiscalYear', 'provinceCode']));
    expect(leaves('certifyProvince')).toEqual(expect.arrayContaining(['fiscalYear', 'provinceCode']));
    expect(leaves('lpaDistribution')).toEqual(expect.arrayContaining(['provinceCode']));
    expect(leaves('returnSubmission')).toEqual(expect.arrayContaining(['reason']));
    expect(leaves('localAuthorities')).toEqual(expect.arrayContaining(['after']));
    expect(leaves('saveEServiceSide')).toEqual(expect.arrayContaining(['input.answers.0.itemId', 'input.fiscalYear']));
  });

  it('checks literals written in the query, and arguments of nested fields, the same way', async () => {
    const literal = await sut.gql(`{ certificationProgress(module: INFO, fiscalYear: 40000, provinceCode: "1\\u00002") { provinceCode } }`, {}, { token });
    expect(codeOf(literal)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(literal)).toEqual([
      { path: 'fiscalYear', message: translate('input.fiscalYear', 'th') },
      { path: 'provinceCode', message: translate('input.controlCharacters', 'th') },
    ]);
    const nested = await sut.gql(`{ disposalSites(first: 1) { edges { node { receivedTonnesPerDay(fiscalYear: 32768) } } } }`, {}, { token, lang: 'en' });
    expect(codeOf(nested)).toBe('BAD_USER_INPUT');
    expect(nested.errors?.[0]?.message).toBe(translate('input.fiscalYear', 'en'));
    expect(fieldsOf(nested)).toEqual([{ path: 'fiscalYear', message: translate('input.fiscalYear', 'en') }]);
  });

  it('refuses two answers to one e-Service item in one save, naming the second, and writes nothing', async () => {
    const lao = await factories(sut).lao();
    const answer = { itemId: UUID, offered: false, needed: true };
    const res = await sut.gql(
      `mutation($input: SaveEServiceSideInput!) { saveEServiceSide(input: $input) { side } }`,
      { input: { laoCode: lao.code, fiscalYear: 2569, side: 1, answers: [answer, answer] } },
      { token },
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([{ path: 'answers.1.itemId', message: translate('eservice.duplicateItem', 'th') }]);
    expect(res.errors?.[0]?.message).not.toMatch(/[{}]/);
    expect(await sut.db.query(`SELECT count(*)::int AS n FROM eservice_answer`)).toEqual([{ n: 0 }]);
  });

  it('lets the values people type through to the module: Thai text with line breaks, a real cursor, blank filters', async () => {
    await factories(sut).lao();
    const page = await sut.gql<{ localAuthorities: { pageInfo: { endCursor: string | null } } }>(`{ localAuthorities(first: 1) { pageInfo { endCursor } } }`);
    expect(page.errors).toBeUndefined();
    const cursor = page.data?.localAuthorities.pageInfo.endCursor ?? null;
    const res = await sut.gql(
      `query($after: String, $search: String) { localAuthorities(first: 1, after: $after, filter: { search: $search }) { totalCount } auditTrail(filter: { laoCode: "" }, first: 1) { totalCount } }`,
      { after: cursor, search: 'อบต.\tบาง' },
      { token },
    );
    expect(res.errors?.map((e) => e.extensions.code)).toBeUndefined();
  });
});
