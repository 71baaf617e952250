import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { encodeCursor } from './paging';
import { operationIssues, scalarProblem } from './input-scalars';

/** The rules by name and type, one row each; the integration test walks the real schema with them. */
describe('the scalar rules', () => {
  it.each(([
    ['fiscalYear', 'Int', 2569, null],
    ['fiscalYear', 'Int', 2540, null],
    ['fiscalYear', 'Int', 2700, null],
    ['fiscalYear', 'Int', 2539, 'input.fiscalYear'],
    ['fiscalYear', 'Int', 2701, 'input.fiscalYear'],
    ['fiscalYear', 'Int', 32_768, 'input.fiscalYear'],
    ['openedYear', 'Int', 32_767, null],
    ['openedYear', 'Int', 32_768, 'input.outOfRange'],
    ['side', 'Int', -32_769, 'input.outOfRange'],
    ['users', 'Int', 2_147_483_647, null],
    ['provinceCode', 'String', '12', null],
    ['provinceCode', 'String', '', null],
    ['provinceCode', 'String', '123', 'input.provinceCode'],
    ['provinceCode', 'String', '1\u0000', 'input.controlCharacters'],
    ['districtCode', 'String', '120', 'input.districtCode'],
    ['laoCode', 'String', '512010', 'input.laoCode'],
    ['operatorLaoCode', 'String', 'x', 'input.laoCode'],
    ['reason', 'String', 'บรรทัด 1\nบรรทัด 2\tต่อ', null],
    ['reason', 'String', 'ส่งคืน\u0000', 'input.controlCharacters'],
    ['reason', 'String', 'ส่งคืน\u202E', 'input.controlCharacters'],
    ['nameTh', 'String', '\u2066ชื่อ', 'input.controlCharacters'],
    ['note', 'String', 'x\u0085', 'input.controlCharacters'],
    ['note', 'String', 'ก'.repeat(10_000), null],
    ['note', 'String', 'ก'.repeat(10_001), 'input.tooLong'],
    ['id', 'ID', 'a\tb', 'input.controlCharacters'],
    ['itemId', 'ID', 'a'.repeat(101), 'input.tooLong'],
    ['username', 'String', 'admin\n', 'input.controlCharacters'],
    ['after', 'String', encodeCursor('5120101'), null],
    ['after', 'String', encodeCursor('51\u00000101'), 'input.badCursor'],
    ['after', 'String', `${encodeCursor('5120101')}\u0000`, 'input.badCursor'],
    ['after', 'String', 'bm90IG91cnM', 'input.badCursor'],
    ['month', 'Int', 40_000, null],
  ] as const).map(([name, type, value, expected]) => [name, type, expected, value] as const))(
    // The value is left out of the title: some are 10,000 characters long, some are invisible.
    '%s (%s) → %s, case %#',
    (name, type, expected, value) => {
      expect(scalarProblem(name, type, value)?.message ?? null).toBe(expected);
    },
  );

  it('gives the limit it refused with, so the message names it', () => {
    expect(scalarProblem('note', 'String', 'x'.repeat(10_001))).toEqual({ message: 'input.tooLong', params: { maximum: 10_000 } });
    expect(scalarProblem('side', 'Int', 40_000)).toEqual({ message: 'input.outOfRange', params: { minimum: -32_768, maximum: 32_767 } });
  });
});

describe('the issues of an operation', () => {
  const schema = buildSchema(`
    scalar JSON
    input Answer { itemId: ID! note: String values: [JSON!] }
    input SaveInput { fiscalYear: Int! answers: [Answer!]! }
    type Site { received(fiscalYear: Int!): Int }
    type Query { sites(provinceCode: String, after: String): [Site!]! }
    type Mutation { save(input: SaveInput!): Int return(reason: String!, fiscalYear: Int!): Int }
  `);
  const issuesOf = (source: string, variables: Record<string, unknown> = {}) => {
    const document = parse(source);
    return operationIssues(schema, document, document.definitions[0] as OperationDefinitionNode, variables).map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('names the fields inside a mutation\'s input from the input, other arguments from the argument', () => {
    const answers = [{ itemId: 'a' }, { itemId: 'b\u0000', note: 'ok', values: ['x', { deep: ['y\u202E'] }] }];
    expect(issuesOf(`mutation($input: SaveInput!) { save(input: $input) }`, { input: { fiscalYear: 40_000, answers } })).toEqual([
      'fiscalYear: input.fiscalYear',
      'answers.1.itemId: input.controlCharacters',
      'answers.1.values.1.deep.0: input.controlCharacters',
    ]);
    expect(issuesOf(`mutation { return(reason: "x\\u0000", fiscalYear: 1) }`)).toEqual(['reason: input.controlCharacters', 'fiscalYear: input.fiscalYear']);
  });

  it('checks nested fields and fragments, once per path', () => {
    expect(issuesOf(`{ sites(provinceCode: "1") { received(fiscalYear: 9) ...F } } fragment F on Site { received(fiscalYear: 9) }`)).toEqual([
      'provinceCode: input.provinceCode',
      'fiscalYear: input.fiscalYear',
    ]);
  });

  it('finds nothing wrong in good values and leaves missing variables to execution', () => {
    expect(issuesOf(`{ sites(provinceCode: "12") { received(fiscalYear: 2569) } }`)).toEqual([]);
    expect(issuesOf(`query($y: Int!) { sites { received(fiscalYear: $y) } }`)).toEqual([]);
  });
});
