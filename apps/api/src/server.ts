import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { DataSource } from 'typeorm';
import { appModule } from './app.module';
import type { AppConfig } from './config/config';
import type { ModuleTables } from './platform/feature-module';
import { seedDemoData } from './demo/demo-seed';
import { GeographyService } from './registry/geography.service';

/** Largest request body accepted; a GraphQL request is a few kilobytes. */
export const MAX_BODY = '256kb';

/**
 * Builds the whole product for one database: migrations, demo data in demo mode, the GraphQL API, /health and
 * the built SPA on the same origin. Used by main.ts and by the integration tests.
 */
export async function createApp(config: AppConfig, databaseUrl: string, options: { logger?: boolean; extra?: { modules: Type<unknown>[]; tables: ModuleTables[] } } = {}) {
  const app = await NestFactory.create<NestExpressApplication>(appModule(config, databaseUrl, options.extra), {
    bodyParser: false,
    logger: options.logger === false ? false : ['error', 'warn', 'log'],
  });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(express.json({ limit: MAX_BODY }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    next();
  });
  serveSpa(app, config.webDist);
  app.enableShutdownHooks();

  const db = app.get(DataSource);
  await whileHoldingMigrationLock(db, async () => {
    await db.runMigrations({ transaction: 'each' });
    if (config.demoMode) await seedDemoData(db, (line) => Logger.log(line, 'Demo'));
  });
  await app.init();
  // Geography is cached at init; reload in case migrations ran just now on an empty database.
  await app.get(GeographyService).reload();
  return app;
}

/**
 * Several replicas may start at once: a PostgreSQL advisory lock lets one migrate (and seed) while the others wait,
 * then find nothing left to do.
 */
async function whileHoldingMigrationLock(db: DataSource, work: () => Promise<void>): Promise<void> {
  const MIGRATION_LOCK = 7_152_026;
  const session = db.createQueryRunner();
  await session.connect();
  try {
    await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await work();
    } finally {
      await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await session.release();
  }
}

/** The built SPA: static files, and index.html for any other GET that is not the API (client-side routes). */
function serveSpa(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    Logger.warn(`No built SPA at ${webDist}: run "pnpm build" to serve it`, 'Web');
    return;
  }
  app.use('/assets', express.static(join(webDist, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  app.use(express.static(webDist, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health')) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
