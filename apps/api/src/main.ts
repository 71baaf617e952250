import 'reflect-metadata';
// First: graphql-js must load in its production mode (see the file).
import './common/graphql-production';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppLogger } from './common/logger';
import { loadConfig } from './config/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
import { DEMO_API_KEY, DEMO_PASSWORD } from './demo/demo-seed';
import { createApp } from './server';

/** Set once the embedded server runs, so a failed start stops it rather than leaving it behind. */
let embedded: EmbeddedDatabase | undefined;

async function main() {
  const config = loadConfig();
  // One line per event, JSON objects in production (LOG_FORMAT): every Nest Logger call goes through it.
  Logger.overrideLogger(new AppLogger(config.logFormat));
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    Logger.log(`Starting the embedded PostgreSQL under ${config.dataDir}`, 'Database');
    embedded = await startEmbeddedPostgres({
      dir: config.dataDir,
      port: config.embeddedPgPort,
      database: 'lao_platform',
      log: (line) => Logger.warn(line, 'PostgreSQL'),
    });
    databaseUrl = embedded.url;
  }
  const app = await createApp(config, databaseUrl);
  const db = app.get(DataSource);
  const shutdown = async () => {
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen(config.port, config.host).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    throw new Error(`Port ${config.port} on ${config.host} is taken by another program: stop it or set PORT to a free port.`);
  });
  const url = `http://localhost:${config.port}`;
  Logger.log(`Ready on ${url} (GraphQL at ${url}/graphql)`, 'LAO platform');
  if (config.demoMode) {
    // Real codes from the registry, so the examples can be typed in as they are.
    const [sample] = (await db.query(
      `SELECT code, name_th, province_code FROM local_authority WHERE province_code = '12' AND type = 'SAO' ORDER BY code LIMIT 1`,
    )) as { code: string; name_th: string; province_code: string }[];
    Logger.log(
      `Demo accounts, password ${DEMO_PASSWORD}: admin (department); prov.<province code>, e.g. prov.${sample?.province_code ?? '12'}; ` +
        `lao.<LAO code>, e.g. lao.${sample?.code ?? ''} (${sample?.name_th ?? ''}). Partner API key: x-api-key: ${DEMO_API_KEY}`,
      'Demo',
    );
  }
}

// Every failed start says why in one line (a rejection without a reason once printed just "undefined").
main().catch(async (error: unknown) => {
  const reason = error instanceof Error ? error.message : error === undefined ? 'unknown reason' : String(error);
  console.error(`The LAO platform did not start: ${reason}`);
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});
