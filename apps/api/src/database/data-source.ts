import { DataSource, type DataSourceOptions } from 'typeorm';
import { entitiesOf, migrationsOf, moduleTables } from '../modules';
import type { ModuleTables } from '../platform/feature-module';

export function dataSourceOptions(url: string, logging = false, poolSize = 20, tables: ModuleTables[] = moduleTables()): DataSourceOptions {
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
    extra: { max: poolSize, application_name: 'lao-platform-api' },
  };
}

export async function openDataSource(url: string, logging = false, tables: ModuleTables[] = moduleTables()): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, logging, 20, tables));
  await dataSource.initialize();
  return dataSource;
}
