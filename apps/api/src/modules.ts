import type { Type } from '@nestjs/common';
import { featureParts, type ModuleTables } from './platform/feature-module';

/**
 * Every module of the API by folder, in dependency order: the one list a new module is added to. A folder `x` holds
 * `x.module.ts` (its Nest module, declared with @FeatureModule) and `x.tables.ts` (its entities and migrations), so
 * the data source reads the tables without loading GraphQL types, and the app loads the modules.
 */
export const MODULE_FOLDERS = ['registry', 'auth', 'audit', 'accounts', 'certification', 'catalogue', 'info', 'eservice', 'waste', 'welfare'] as const;

/** The only export of a module folder's file (its module class or its tables). */
function only<T>(folder: string, kind: 'module' | 'tables'): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = Object.values(require(`./${folder}/${folder}.${kind}`) as Record<string, T>);
  if (exports.length !== 1) throw new Error(`${folder}/${folder}.${kind} must export exactly one ${kind}`);
  return exports[0]!;
}

export function moduleTables(): ModuleTables[] {
  return MODULE_FOLDERS.map((folder) => only<ModuleTables>(folder, 'tables'));
}

export function featureModules(): Type<unknown>[] {
  return MODULE_FOLDERS.map((folder) => only<Type<unknown>>(folder, 'module'));
}

export const entitiesOf = (tables: ModuleTables[] = moduleTables()) => tables.flatMap((t) => t.entities);

/** Migrations of every module in timestamp order (the number ending each class name), as TypeORM runs them. */
export const migrationsOf = (tables: ModuleTables[] = moduleTables()) =>
  tables.flatMap((t) => t.migrations).sort((a, b) => timestampOf(a) - timestampOf(b));

export const resolversOf = (modules: Type<unknown>[] = featureModules()) => modules.flatMap((m) => featureParts(m).resolvers);

function timestampOf(migration: { name: string }): number {
  const match = /(\d{13})$/.exec(migration.name);
  if (!match) throw new Error(`Migration ${migration.name} does not end with its 13-digit timestamp`);
  return Number(match[1]);
}
