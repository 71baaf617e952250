/**
 * Writes apps/api/schema.graphql from the code-first resolvers, without a database:
 *   node dist/scripts/emit-schema.js [output-path]
 * The file is committed; codegen reads it, and `pnpm check:generated` fails when it is stale.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import '../common/enums';
import { resolversOf } from '../modules';

async function main() {
  const output = resolve(process.argv[2] ?? resolve(__dirname, '../../schema.graphql'));
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(resolversOf());
  writeFileSync(output, `${printSchema(lexicographicSortSchema(schema))}\n`);
  await app.close();
  console.log(`Wrote ${output}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
