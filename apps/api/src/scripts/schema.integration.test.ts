import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, type TestApp } from '../testing/test-app';

/** The committed schema.graphql (what partners and the SPA's codegen read) is exactly what the running API serves. */
describe('schema.graphql', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('matches the schema the running API serves', () => {
    const served = printSchema(lexicographicSortSchema(sut.app.get(GraphQLSchemaHost).schema));
    const committed = readFileSync(join(__dirname, '../../schema.graphql'), 'utf8');
    expect(`${served}\n`).toBe(committed);
  });
});
