import type { Pool, PoolClient } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { entitiesOf, migrationsOf, moduleTables } from '../modules';
import type { ModuleTables } from '../platform/feature-module';

export interface PoolLimits {
  /** How long a query waits for a free connection before failing (pg-pool's connectionTimeoutMillis); 0 waits forever. */
  waitMs?: number;
  /**
   * Connections kept open however long they sit idle (pg-pool's `min`; the rest close after 10 s idle). A new
   * PostgreSQL backend costs its first request the connection itself and its cold caches: the catalogue, and the
   * triggers' PL/pgSQL compiled again (measured on the national data: a province certify-all of 307 LAOs took 22 ms on
   * a fresh backend against 8–12 ms on a used one). Default: up to 8, under the pool's size.
   */
  warm?: number;
}

export function dataSourceOptions(
  url: string,
  logging = false,
  poolSize = 20,
  tables: ModuleTables[] = moduleTables(),
  limits: PoolLimits = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // Collected from the module list (no globs), so the same set loads from src under jest and from dist.
    entities: entitiesOf(tables),
    migrations: migrationsOf(tables),
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    logging: logging ? ['query', 'error'] : ['error'],
    extra: {
      max: poolSize,
      min: Math.min(poolSize, limits.warm ?? 8),
      application_name: 'lao-platform-api',
      connectionTimeoutMillis: limits.waitMs ?? 0,
    },
  };
}

export async function openDataSource(url: string, logging = false, tables: ModuleTables[] = moduleTables()): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, logging, 20, tables));
  await dataSource.initialize();
  return dataSource;
}

/** Pools whose connections get the time budget already (Nest may run the bootstrap hook more than once). */
const enforced = new WeakSet<Pool>();

/**
 * Gives every pooled connection the request time budget (`SET statement_timeout`) the first time it is handed out
 * after this call, so no request holds a connection for long. Not a startup parameter of the pool: the migrations
 * and the demo seed run on the same pool before the API serves, and some of their statements legitimately take
 * longer. The SET is queued on the connection before the caller's first query, so nothing runs without it.
 */
export function enforceStatementTimeout(db: DataSource, timeoutMs: number): void {
  const pool = (db.driver as PostgresDriver).master as Pool;
  if (enforced.has(pool)) return;
  enforced.add(pool);
  const applied = new WeakSet<PoolClient>();
  const setting = `SET statement_timeout = ${Math.trunc(timeoutMs)}`;
  pool.on('acquire', (client) => {
    if (applied.has(client)) return;
    applied.add(client);
    // A failure here is a broken connection: the caller's own query fails with the real reason.
    client.query(setting).catch(() => applied.delete(client));
  });
}
