import { Logger, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { DataSource } from 'typeorm';
import { appModule } from './app.module';
import type { AppConfig } from './config/config';
import type { ModuleTables } from './platform/feature-module';
import { seedDemoData } from './demo/demo-seed';
import { GeographyService } from './registry/geography.service';
import { securityHeaders } from './web/security-headers';
import { serveSpa } from './web/static-files';

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
  // X-Forwarded-For only from the proxies configured (TRUSTED_PROXIES); otherwise req.ip is the socket's peer.
  app.set('trust proxy', config.trustedProxies.length > 0 ? config.trustedProxies : false);
  // First, so that every answer carries them, even a refused body.
  app.use(securityHeaders);
  app.use(express.json({ limit: MAX_BODY }));
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
