import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The environment, validated once at boot: the API refuses to start with a clear message rather than failing
 * later. Without DATABASE_URL it runs the embedded PostgreSQL under `.data/` in demo mode.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  /** Demo data and demo accounts: on by default with the embedded database, off with an external one. */
  DEMO_MODE: z.enum(['true', 'false']).optional(),
  /** Secret that signs access tokens; required outside demo mode. */
  AUTH_SECRET: z.string().min(32).optional(),
  TOKEN_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** Where the built SPA lives; the API serves it so one origin is the whole product. */
  WEB_DIST: z.string().optional(),
  LOG_SQL: z.enum(['true', 'false']).default('false'),
  /** Connections each API process keeps to PostgreSQL; replicas × this must fit max_connections. */
  DB_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(20),
  /** Requests per minute a user, or an API key, may make (shared by every API replica through PostgreSQL). */
  RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  RATE_LIMIT_KEY_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(1200),
});

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  demoMode: boolean;
  authSecret: string;
  tokenTtlSeconds: number;
  dataDir: string;
  embeddedPgPort: number;
  webDist: string;
  logSql: boolean;
  dbPoolSize: number;
  rateLimit: { userPerMinute: number; keyPerMinute: number };
}

/** The repository root, whether running from src (tests) or dist (built). */
export const REPO_ROOT = resolve(__dirname, '../../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${lines}`);
  }
  const e = parsed.data;
  const dataDir = resolve(REPO_ROOT, e.DATA_DIR);
  const demoMode = e.DEMO_MODE ? e.DEMO_MODE === 'true' : !e.DATABASE_URL;
  let authSecret = e.AUTH_SECRET;
  if (!authSecret) {
    if (!demoMode) throw new Error('AUTH_SECRET (at least 32 characters) is required outside demo mode');
    authSecret = demoSecret(dataDir);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    demoMode,
    authSecret,
    tokenTtlSeconds: Math.round(e.TOKEN_TTL_HOURS * 3600),
    dataDir,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    webDist: e.WEB_DIST ? resolve(e.WEB_DIST) : join(REPO_ROOT, 'apps/web/dist'),
    logSql: e.LOG_SQL === 'true',
    dbPoolSize: e.DB_POOL_SIZE,
    rateLimit: { userPerMinute: e.RATE_LIMIT_USER_PER_MINUTE, keyPerMinute: e.RATE_LIMIT_KEY_PER_MINUTE },
  };
}

/** In demo mode a random secret is kept under .data/ so tokens survive a restart. */
function demoSecret(dataDir: string): string {
  const file = join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
