// A bulk load with keys, indexes and foreign keys set aside (the Welfare demo's millions of rows).
import type { EntityManager } from 'typeorm';

/**
 * A bulk load with the tables' foreign keys, keys and indexes set aside and made again after it, as PostgreSQL's
 * manual advises for populating a database: millions of rows go in without a lookup and index entries each, then
 * every index is built once by sorting and every foreign key checked by one join. The definitions are
 * read from the catalogue first, so they come back exactly as the migrations made them, names included.
 */
export async function withoutIndexes(manager: EntityManager, tables: string[], load: () => Promise<void>): Promise<void> {
  const foreignKeys: { tbl: string; name: string; def: string }[] = await manager.query(
    `SELECT conrelid::regclass::text AS tbl, quote_ident(conname) AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype = 'f' AND (conrelid = ANY($1::regclass[]) OR confrelid = ANY($1::regclass[])) ORDER BY 1, 2`,
    [tables],
  );
  const keys: { tbl: string; name: string; def: string }[] = await manager.query(
    `SELECT conrelid::regclass::text AS tbl, quote_ident(conname) AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype IN ('p', 'u') AND conrelid = ANY($1::regclass[]) ORDER BY 1, 2`,
    [tables],
  );
  const indexes: { name: string; def: string }[] = await manager.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) ORDER BY 1`,
    [tables],
  );
  for (const c of [...foreignKeys, ...keys]) await manager.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${c.name}`);
  for (const i of indexes) await manager.query(`DROP INDEX ${i.name}`);
  // Empty tables (as on a first start) are truncated: a server with wal_level = minimal (the bench's) then writes no
  // WAL for rows and indexes made in this transaction, only their files at commit. Elsewhere it changes nothing.
  const [{ empty }] = (await manager.query(`SELECT ${tables.map((t) => `NOT EXISTS (SELECT 1 FROM ${t})`).join(' AND ')} AS empty`)) as [{ empty: boolean }];
  if (empty) await manager.query(`TRUNCATE ${tables.join(', ')}`);
  await load();
  for (const c of keys) await manager.query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT ${c.name} ${c.def}`);
  for (const i of indexes) await manager.query(i.def);
  for (const c of foreignKeys) await manager.query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT ${c.name} ${c.def}`);
}
