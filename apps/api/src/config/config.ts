import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
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
  /** `production` (set by the Docker image): no anonymous introspection or field suggestions, JSON logs by default. */
  NODE_ENV: z.string().optional(),
  /** `json`: one JSON object a line (default in production); `text`: one readable line (default otherwise). */
  LOG_FORMAT: z.enum(['json', 'text']).optional(),
  /** The time budget of one SQL statement of a request; past it PostgreSQL cancels it and the caller gets TIMEOUT. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** How long a request waits for a free pooled connection before it is answered SERVICE_UNAVAILABLE. */
  DB_POOL_WAIT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /**
   * The proxies (load balancer, the web tier's nginx) whose X-Forwarded-For is believed, comma-separated: addresses,
   * CIDR ranges or Express's names loopback, linklocal, uniquelocal. Default none: the client is the socket's peer,
   * so nobody can pick the address the login throttle counts by sending the header.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((p) => p.trim()).filter(Boolean))
    .refine((list) => list.every(isProxySpec), { message: 'each entry is an IP address, a CIDR range, loopback, linklocal or uniquelocal' }),
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
  /** NODE_ENV=production. */
  production: boolean;
  logFormat: 'json' | 'text';
  statementTimeoutMs: number;
  poolWaitMs: number;
  /** Express's `trust proxy` list; empty: X-Forwarded-For is ignored. */
  trustedProxies: string[];
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
    production: e.NODE_ENV === 'production',
    logFormat: e.LOG_FORMAT ?? (e.NODE_ENV === 'production' ? 'json' : 'text'),
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    poolWaitMs: e.DB_POOL_WAIT_MS,
    trustedProxies: e.TRUSTED_PROXIES,
  };
}

function isProxySpec(spec: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(spec)) return true;
  const [address, bits, ...rest] = spec.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
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
