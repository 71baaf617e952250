/**
 * Writes a migration for what the entities declare and the migrations do not yet create:
 *   pnpm --filter @lao/api migration:generate <module-folder> <Name>
 * It migrates a scratch embedded database, asks TypeORM for the difference, and writes
 * src/<module-folder>/migrations/<timestamp>-<Name>.ts. Add the class to that folder's index.ts.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDataSource } from '../database/data-source';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

async function main() {
  const [moduleFolder, name] = process.argv.slice(2);
  if (!moduleFolder || !name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('usage: generate-migration <module-folder> <PascalCaseName>');
  }
  const dir = mkdtempSync(join(tmpdir(), 'lao-migrate-'));
  const pg = await startEmbeddedPostgres({ dir, port: 54000 + Math.floor(Math.random() * 900), database: 'scratch' });
  try {
    const dataSource = await openDataSource(pg.url);
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (sql.upQueries.length === 0) {
      console.log('The migrations already match the entities: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const quote = (q: string) => '`' + q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const down = sql.downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(${quote(q.query)});`)
      .join('\n');
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`;
    const folder = resolve(__dirname, '../../src', moduleFolder, 'migrations');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `${timestamp}-${name}.ts`);
    writeFileSync(file, source);
    console.log(`Wrote ${file}; add ${name}${timestamp} to ${join(folder, 'index.ts')}`);
  } finally {
    await pg.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
