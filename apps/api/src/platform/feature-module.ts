import { Module, type ModuleMetadata, type Provider, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MigrationInterface } from 'typeorm';

type EntityClass = Type<unknown>;
type MigrationClass = new () => MigrationInterface;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ResolverClass = Type<any>;

/**
 * The tables a module owns, declared in its own `<name>.tables.ts` so the data source, the migration generator and
 * the test template read them without loading any GraphQL type.
 */
export interface ModuleTables {
  /** The TypeORM entities (registered with TypeOrmModule.forFeature). */
  entities: EntityClass[];
  /** Its migrations (each class name ends with its 13-digit timestamp). */
  migrations: MigrationClass[];
}

/** What a feature module declares beyond Nest's own metadata: the tables it owns and its GraphQL resolvers. */
export interface FeatureModuleOptions extends Omit<ModuleMetadata, 'providers'> {
  tables?: ModuleTables;
  /** Its GraphQL resolvers (also providers); the emitted schema is built from every module's list. */
  resolvers?: ResolverClass[];
  providers?: Provider[];
}

export interface FeatureModuleParts {
  tables: ModuleTables;
  resolvers: ResolverClass[];
}

const PARTS = Symbol('lao:feature-module');

/**
 * A module owns its wiring: one decorator on the module class registers its tables, resolvers and services with
 * Nest, and keeps the resolvers readable for the schema emitter, so adding a module is one folder and one line in
 * modules.ts.
 */
export function FeatureModule(options: FeatureModuleOptions): ClassDecorator {
  const { tables = { entities: [], migrations: [] }, resolvers = [], providers = [], imports = [], ...rest } = options;
  const entities = tables.entities;
  return (target) => {
    const parts: FeatureModuleParts = { tables, resolvers };
    Object.defineProperty(target, PARTS, { value: parts });
    Module({
      ...rest,
      imports: [...(entities.length ? [TypeOrmModule.forFeature(entities)] : []), ...imports],
      providers: [...resolvers, ...providers],
    })(target);
  };
}

export function featureParts(moduleClass: Type<unknown>): FeatureModuleParts {
  const parts = (moduleClass as unknown as Record<symbol, FeatureModuleParts | undefined>)[PARTS];
  if (!parts) throw new Error(`${moduleClass.name} is not declared with @FeatureModule`);
  return parts;
}
