import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig } from './config/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
import { DEMO_API_KEY, DEMO_PASSWORD } from './demo/demo-seed';
import { createApp } from './server';

async function main() {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
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
  await app.listen(config.port, config.host);
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
