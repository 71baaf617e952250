import { apiKeyModules, createApiKeySchema, type PlatformModule, type Rights } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { type UserActor, actorLabel } from '../auth/actor';
import { ApiKeyEntity } from '../auth/api-key.entity';
import { newApiKey } from '../auth/api-keys';
import { rightsList } from '../auth/user.mapper';
import { AuditService } from '../audit/audit.service';
import { AppError, badInput, notFound, parseInput } from '../common/app-error';
import type { Loaders } from '../common/loaders';
import { GeographyService } from '../registry/geography.service';
import type { ApiKey, ApiKeyUsageDay, CreateApiKeyInput, CreatedApiKey } from './accounts.models';

/** Days of usage a key shows by default, and at most. */
export const USAGE_DAYS = 30;

/**
 * Partner agencies' keys, for the department: VIEW on the modules a key names (the defaults when it names none),
 * optionally one province and an expiry; created, listed with their daily use, revoked — each on the audit trail.
 */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly geography: GeographyService,
  ) {}

  async list(): Promise<ApiKey[]> {
    return (await this.db.getRepository(ApiKeyEntity).find({ order: { createdAt: 'DESC' } })).map(toModel);
  }

  async create(actor: UserActor, raw: CreateApiKeyInput): Promise<CreatedApiKey> {
    const input = parseInput(createApiKeySchema, raw);
    if (input.provinceCode && !this.geography.province(input.provinceCode)) throw badInput('input.unknownProvince', { code: input.provinceCode });
    const rights: Rights = Object.fromEntries(apiKeyModules(input).map((m: PlatformModule) => [m, ['VIEW']]));
    const { key, prefix, hash } = newApiKey();
    return this.db.transaction(async (manager) => {
      const entity = await manager.save(
        manager.create(ApiKeyEntity, {
          name: input.name,
          keyPrefix: prefix,
          keyHash: hash,
          createdBy: actorLabel(actor),
          rights,
          provinceCode: input.provinceCode ?? null,
          expiresAt: input.expiresAt ?? null,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'KEY_CREATED',
        module: 'ACCOUNTS',
        subjectType: 'API_KEY',
        subjectId: entity.id,
        detail: { name: entity.name, keyPrefix: prefix, modules: Object.keys(rights), provinceCode: entity.provinceCode, expiresAt: entity.expiresAt },
      });
      return { apiKey: toModel(entity), key };
    });
  }

  async revoke(actor: UserActor, id: string): Promise<ApiKey> {
    if (!z.uuid().safeParse(id).success) throw badInput('input.invalid');
    return this.db.transaction(async (manager) => {
      const entity = await manager.findOne(ApiKeyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!entity) throw notFound();
      if (!entity.revokedAt) {
        entity.revokedAt = new Date();
        await manager.save(entity);
        await this.audit.record(manager, actor, {
          action: 'KEY_REVOKED',
          module: 'ACCOUNTS',
          subjectType: 'API_KEY',
          subjectId: entity.id,
          detail: { name: entity.name, keyPrefix: entity.keyPrefix },
        });
      }
      return toModel(entity);
    });
  }

  /** Requests and refusals per day (Bangkok) of the last `days` days, for every key listed, in one query. */
  usage(loaders: Loaders, keyId: string, days: number): Promise<ApiKeyUsageDay[] | null> {
    if (!Number.isInteger(days) || days < 1 || days > 366) throw new AppError('BAD_USER_INPUT', 'input.invalid');
    return loaders
      .get<string, ApiKeyUsageDay[]>(`apiKey.usage.${days}`, async (ids) => {
        const rows: { key_id: string; day: string; requests: number; refusals: number }[] = await this.db.query(
          `SELECT substr(caller, 5)::uuid AS key_id, to_char(minute AT TIME ZONE 'Asia/Bangkok', 'YYYY-MM-DD') AS day,
                  sum(requests)::int AS requests, sum(refusals)::int AS refusals
             FROM request_counter
            WHERE caller = ANY($1::text[]) AND minute >= date_trunc('day', now() AT TIME ZONE 'Asia/Bangkok') AT TIME ZONE 'Asia/Bangkok' - make_interval(days => $2 - 1)
            GROUP BY 1, 2 ORDER BY 2 DESC`,
          [ids.map((id) => `key:${id}`), days],
        );
        return ids.map((id) => rows.filter((r) => r.key_id === id).map(({ day, requests, refusals }) => ({ day, requests, refusals })));
      })
      .load(keyId);
  }
}

function toModel(entity: ApiKeyEntity): ApiKey {
  return {
    id: entity.id,
    name: entity.name,
    keyPrefix: entity.keyPrefix,
    createdBy: entity.createdBy,
    createdAt: entity.createdAt,
    revokedAt: entity.revokedAt,
    lastUsedAt: entity.lastUsedAt,
    rights: rightsList(entity.rights ?? {}),
    provinceCode: entity.provinceCode,
    expiresAt: entity.expiresAt,
  };
}
