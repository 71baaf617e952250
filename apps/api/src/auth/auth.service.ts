import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import * as jwt from 'jsonwebtoken';
import type { DataSource } from 'typeorm';
import { loginSchema, translate, type Lang, type MessageKey, type Rights } from '@lao/domain';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { ANONYMOUS, type Actor, type UserActor } from './actor';
import { ActorCache, evictOnAccountWrites } from './actor-cache';
import { hashApiKey } from './api-keys';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword, verifyPassword } from './passwords';
import { UserEntity } from './user.entity';

interface TokenClaims {
  sub: string;
  ver: number;
  exp?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class AuthService {
  /** Verified against when the username does not exist, so both paths take the same time. */
  private readonly decoyHash: Promise<string> = hashPassword('decoy-password-never-matches');
  /** Callers resolved in the last few seconds (actor-cache.ts: the revocation delay across replicas). */
  private readonly actors = new ActorCache();
  /**
   * The signing secret as a key object, made once. Given the secret as a string, jsonwebtoken first tries to read it
   * as a PEM public key (crypto.createPublicKey, which throws) before taking it as an HMAC secret, on every token:
   * that failed parse was over a millisecond of CPU per authenticated request, the largest cost of a small read.
   * The key's bytes are the string's UTF-8, as jsonwebtoken's own fallback makes them: existing tokens stay valid.
   */
  private readonly tokenKey: KeyObject;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {
    this.tokenKey = createSecretKey(Buffer.from(config.authSecret, 'utf8'));
    evictOnAccountWrites(db, this.actors);
  }

  async login(input: { username: string; password: string }, address: string) {
    const parsed = loginSchema.safeParse(input);
    if (!parsed.success) throw new AppError('UNAUTHENTICATED', 'auth.invalidCredentials');
    const { username, password } = parsed.data;
    // The check is counted before the password is verified, so parallel guesses cannot outrun the count.
    const check = await this.throttle.reserve(username, address);

    const user = await this.db.getRepository(UserEntity).findOne({ where: { username } });
    const valid = await verifyPassword(user?.passwordHash ?? (await this.decoyHash), password);
    if (!user || !valid || !user.active) {
      await this.throttle.recordFailure(check);
      // The audit trail: the username tried, where from and why; never the password.
      await this.audit.loginFailed(username, { address, reason: !user ? 'UNKNOWN_USER' : !valid ? 'WRONG_PASSWORD' : 'DISABLED' });
      throw new AppError('UNAUTHENTICATED', 'auth.invalidCredentials');
    }
    await this.throttle.recordSuccess(check);
    await this.db.query(`UPDATE app_user SET last_login_at = now() WHERE id = $1`, [user.id]);
    return { ...this.issueToken(user), user };
  }

  /** A bearer token for this account at its current token version (login, and after changing one's password). */
  issueToken(user: Pick<UserEntity, 'id' | 'tokenVersion'>): { accessToken: string; expiresIn: number } {
    const claims: TokenClaims = { sub: user.id, ver: user.tokenVersion };
    const accessToken = jwt.sign(claims, this.tokenKey, {
      algorithm: 'HS256',
      expiresIn: this.config.tokenTtlSeconds,
      issuer: 'lao-platform',
    });
    return { accessToken, expiresIn: this.config.tokenTtlSeconds };
  }

  /**
   * Who is calling: a bearer token (people), an `x-api-key` (partner agencies) or nobody. Bad credentials are
   * refused outright (HTTP 401), even on a public query, so a script never mistakes them for anonymous access.
   */
  async authenticate(req: Request, lang: Lang): Promise<Actor> {
    const authorization = req.headers.authorization;
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match?.[1]) throw credentialsError('auth.tokenInvalid', lang);
      return this.userFromToken(match[1], lang);
    }
    const apiKey = req.headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey !== '') return this.apiKeyActor(apiKey, lang);
    return ANONYMOUS;
  }

  private async userFromToken(token: string, lang: Lang): Promise<UserActor> {
    let claims: TokenClaims;
    try {
      claims = jwt.verify(token, this.tokenKey, { algorithms: ['HS256'], issuer: 'lao-platform' }) as TokenClaims;
    } catch {
      throw credentialsError('auth.tokenInvalid', lang);
    }
    // jsonwebtoken checks `exp` only when present: a token signed without one (a leaked secret, a script's test
    // token) would never expire, so a token must say when it ends, and carry the claims we look up.
    if (typeof claims !== 'object' || typeof claims.exp !== 'number' || !UUID.test(String(claims.sub)) || typeof claims.ver !== 'number') {
      throw credentialsError('auth.tokenInvalid', lang);
    }
    // The cache holds only valid callers, by id and token version: a bumped version is another key (and evicts).
    const cacheKey = `u:${claims.sub}:${claims.ver}`;
    const cached = this.actors.get(cacheKey);
    if (cached) return cached.actor as UserActor;
    const ticket = this.actors.ticket();
    const user = await this.db.getRepository(UserEntity).findOne({ where: { id: claims.sub } });
    if (!user || !user.active || user.tokenVersion !== claims.ver) throw credentialsError('auth.tokenInvalid', lang);
    const actor = toUserActor(user);
    this.actors.fill(ticket, cacheKey, user.id, actor);
    return actor;
  }

  private async apiKeyActor(key: string, lang: Lang): Promise<Actor> {
    const hash = hashApiKey(key);
    const cacheKey = `k:${hash}`;
    const cached = this.actors.get(cacheKey);
    if (cached?.expired) throw credentialsError('auth.apiKeyExpired', lang);
    if (cached) return cached.actor;
    const ticket = this.actors.ticket();
    const rows: {
      id: string;
      name: string;
      key_prefix: string;
      rights: Rights;
      province_code: string | null;
      expires_at: Date | null;
      expired: boolean;
      stale: boolean;
    }[] = await this.db.query(
      `SELECT id, name, key_prefix, rights, province_code, expires_at, (expires_at IS NOT NULL AND expires_at <= now()) AS expired,
              (last_used_at IS NULL OR last_used_at < now() - interval '1 minute') AS stale
         FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL`,
      [hash],
    );
    const row = rows[0];
    if (!row) throw credentialsError('auth.apiKeyInvalid', lang);
    if (row.expired) throw credentialsError('auth.apiKeyExpired', lang);
    // "Last used" is for administrators, to the minute: not worth a write on every partner request (and a key in
    // use is read again every ACTOR_CACHE_MS, which keeps it to the minute).
    if (row.stale) {
      this.db.query(`UPDATE api_key SET last_used_at = now() WHERE id = $1`, [row.id]).catch(() => undefined);
    }
    const actor: Actor = { kind: 'apiKey', id: row.id, name: row.name, keyPrefix: row.key_prefix, rights: row.rights, provinceCode: row.province_code };
    this.actors.fill(ticket, cacheKey, row.id, actor, row.expires_at);
    return actor;
  }
}

export function toUserActor(user: UserEntity): UserActor {
  return {
    kind: 'user',
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    level: user.level,
    scopeCode: user.scopeCode,
    rights: user.rights,
    mustChangePassword: user.mustChangePassword,
  };
}

function credentialsError(key: MessageKey, lang: Lang): GraphQLError {
  return new GraphQLError(translate(key, lang), {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}
