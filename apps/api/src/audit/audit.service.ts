import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Actor, actorLabel } from '../auth/actor';

/** Appends to the audit log inside the caller's transaction, so a change and its trail commit together. */
@Injectable()
export class AuditService {
  async record(
    manager: EntityManager,
    actor: Actor,
    entry: { action: string; entity: string; entityKey: string; detail?: Record<string, unknown> },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor, action, entity, entity_key, detail) VALUES ($1, $2, $3, $4, $5::jsonb)`,
      [actorLabel(actor), entry.action, entry.entity, entry.entityKey, entry.detail ? JSON.stringify(entry.detail) : null],
    );
  }
}
