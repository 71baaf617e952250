import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hasRight, type PlatformModule, type Right } from '@lao/domain';
import { z } from 'zod';
import { AppError, forbidden, unauthenticated } from '../common/app-error';
import { findLaoScope } from '../registry/lao-lookup';
import type { Actor, ApiKeyActor, UserActor } from './actor';

export interface LaoScope {
  code: string;
  provinceCode: string;
}

/** See AccessPolicy.aggregateScope: what an aggregate may count for a caller. */
export interface AggregateScope {
  /** Only this province (a province key). */
  onlyProvince?: string;
  /** In full inside this province, province-certified submissions elsewhere. */
  ownProvince?: string;
  /** In full for this LAO, province-certified submissions elsewhere. */
  ownLao?: string;
}

/**
 * The one place that decides who may read and write what. Resolvers declare what they need (see access.guard.ts);
 * services ask here for list restrictions. Rules (api-contract.md): an LAO user its own LAO, a province user the
 * LAOs of its province, the department everything; API keys read and never write.
 */
@Injectable()
export class AccessPolicy {
  /** Province codes found: the 77 provinces come with the migrations and never go, so each is read once. */
  private readonly knownProvinces = new Set<string>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  requireAuthenticated(actor: Actor): asserts actor is UserActor | ApiKeyActor {
    if (actor.kind === 'anonymous') throw unauthenticated();
  }

  requireRight(actor: Actor, module: PlatformModule, right: Right): asserts actor is UserActor | ApiKeyActor {
    this.requireAuthenticated(actor);
    if (actor.kind === 'apiKey') {
      if (right !== 'VIEW') throw forbidden('access.apiKeyReadOnly');
      // A key reads only the modules it names.
      if (!hasRight(actor.rights, module, 'VIEW')) throw forbidden('access.apiKeyModule');
      return;
    }
    if (!hasRight(actor.rights, module, right)) throw forbidden('access.missingRight');
  }

  /**
   * Whether this caller sees a module's personal data about this LAO unmasked: a user holding PERSONAL_DATA on the
   * module with the LAO in scope. API keys never do (api-contract.md, "Access").
   */
  mayReadPersonal(actor: Actor, module: PlatformModule, lao: LaoScope): boolean {
    return mayReadPersonal(actor, module, lao);
  }

  requireDepartment(actor: Actor, module: PlatformModule, right: Right): asserts actor is UserActor {
    this.requireRight(actor, module, right);
    if (actor.kind !== 'user' || actor.level !== 'DEPARTMENT') throw forbidden('access.departmentOnly');
  }

  /** May this actor act on this LAO's data at all (the scope rule, rights aside)? */
  coversLao(actor: Actor, lao: LaoScope): boolean {
    return coversLao(actor, lao);
  }

  coversProvince(actor: Actor, provinceCode: string): boolean {
    if (actor.kind === 'apiKey') return actor.provinceCode === null || actor.provinceCode === provinceCode;
    if (actor.kind !== 'user') return false;
    return actor.level === 'DEPARTMENT' || (actor.level === 'PROVINCE' && actor.scopeCode === provinceCode);
  }

  /** Checks a write (or a private read) on one LAO; refuses unknown LAOs as bad input, others' LAOs as FORBIDDEN. */
  async assertLao(actor: Actor, module: PlatformModule, right: Right, laoCode: string): Promise<LaoScope> {
    this.requireRight(actor, module, right);
    if (!/^\d{7}$/.test(laoCode)) throw new AppError('BAD_USER_INPUT', 'input.laoCode');
    // An LAO user's scope is its own code: refuse others without touching the database.
    if (actor.kind === 'user' && actor.level === 'LAO' && actor.scopeCode !== laoCode) throw forbidden('access.outsideScope');
    const lao = await this.findLao(laoCode);
    if (!lao) throw new AppError('BAD_USER_INPUT', 'input.unknownLao', { code: laoCode.slice(0, 20) });
    if (!this.coversLao(actor, lao)) throw forbidden('access.outsideScope');
    return lao;
  }

  /**
   * Checks an operation on one record below the submissions (a centre, a school, a person), addressed by id: the
   * right on its LAO in scope, or, for recording, a grant of that one record to this user. Answers the record's LAO.
   */
  async assertSubject(actor: Actor, module: PlatformModule, right: Right, subjectId: string): Promise<{ subjectId: string; lao: LaoScope }> {
    this.requireAuthenticated(actor);
    if (actor.kind === 'apiKey' && right !== 'VIEW') throw forbidden('access.apiKeyReadOnly');
    if (!z.uuid().safeParse(subjectId).success) throw new AppError('BAD_USER_INPUT', 'subject.unknown');
    const [row] = (await this.db.query(
      `SELECT s.module, l.code, l.province_code, EXISTS (SELECT 1 FROM subject_grant g WHERE g.subject_id = s.id AND g.user_id = $2) AS granted
         FROM submission_subject s JOIN local_authority l ON l.code = s.lao_code WHERE s.id = $1`,
      [subjectId, actor.kind === 'user' ? actor.id : null],
    )) as { module: string; code: string; province_code: string; granted: boolean }[];
    if (!row || row.module !== module) throw new AppError('NOT_FOUND', 'subject.unknown');
    const lao = { code: row.code, provinceCode: row.province_code };
    const byScope = this.coversLao(actor, lao) && (actor.kind === 'apiKey' || hasRight(actor.rights, module, right));
    const byGrant = right === 'RECORD' && row.granted && actor.kind === 'user' && actor.level === 'LAO' && actor.scopeCode === lao.code;
    if (!byScope && !byGrant) throw forbidden(this.coversLao(actor, lao) || row.granted ? 'access.missingRight' : 'access.outsideScope');
    return { subjectId, lao };
  }

  async assertProvince(actor: Actor, module: PlatformModule, right: Right, provinceCode: string): Promise<void> {
    this.requireRight(actor, module, right);
    if (!this.coversProvince(actor, provinceCode)) throw forbidden('access.outsideScope');
    if (this.knownProvinces.has(provinceCode)) return;
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM province WHERE code = $1`, [provinceCode]);
    if (rows.length === 0) throw new AppError('BAD_USER_INPUT', 'input.unknownProvince', { code: provinceCode.slice(0, 20) });
    this.knownProvinces.add(provinceCode);
  }

  /**
   * The rows a list of private data may show this actor: everything, one province, or one LAO. Services add it to
   * their WHERE clause, so out-of-scope rows are never read.
   */
  readScope(actor: Actor, module: PlatformModule): { provinceCode?: string; laoCode?: string } {
    this.requireRight(actor, module, 'VIEW');
    if (actor.kind === 'apiKey') return actor.provinceCode ? { provinceCode: actor.provinceCode } : {};
    if (actor.level === 'DEPARTMENT') return {};
    if (actor.level === 'PROVINCE') return { provinceCode: actor.scopeCode ?? '--' };
    return { laoCode: actor.scopeCode ?? '-------' };
  }

  /**
   * The scope of an aggregate of recorded values (not counts by status): everything for the department and national
   * keys, only its province for a province key; a province or LAO user sees its own scope in full and, outside it,
   * only province-certified submissions — so an "aggregate" over one LAO's drafts never leaks them.
   */
  aggregateScope(actor: Actor, module: PlatformModule): AggregateScope {
    this.requireRight(actor, module, 'VIEW');
    if (actor.kind === 'apiKey') return actor.provinceCode ? { onlyProvince: actor.provinceCode } : {};
    if (actor.level === 'DEPARTMENT') return {};
    if (actor.level === 'PROVINCE') return { ownProvince: actor.scopeCode ?? '--' };
    return { ownLao: actor.scopeCode ?? '-------' };
  }

  /**
   * The scope of a module's public records (facilities such as disposal sites, not anyone's figures): every viewer
   * of the module sees all of them; a key limited to a province, only its province.
   */
  publicScope(actor: Actor, module: PlatformModule): { provinceCode?: string } {
    this.requireRight(actor, module, 'VIEW');
    return actor.kind === 'apiKey' && actor.provinceCode ? { provinceCode: actor.provinceCode } : {};
  }

  private findLao(code: string): Promise<LaoScope | null> {
    return findLaoScope(this.db, code);
  }
}

/** The scope rule, rights aside: an LAO user its LAO, a province user (or key) its province, the department all. */
export function coversLao(actor: Actor, lao: LaoScope): boolean {
  switch (actor.kind) {
    case 'anonymous':
      return false;
    case 'apiKey':
      return actor.provinceCode === null || actor.provinceCode === lao.provinceCode;
    case 'user':
      if (actor.level === 'DEPARTMENT') return true;
      if (actor.level === 'PROVINCE') return actor.scopeCode === lao.provinceCode;
      return actor.scopeCode === lao.code;
  }
}

/** PERSONAL_DATA on the module with the LAO in scope; never an API key. */
export function mayReadPersonal(actor: Actor, module: PlatformModule, lao: LaoScope): boolean {
  return actor.kind === 'user' && hasRight(actor.rights, module, 'PERSONAL_DATA') && coversLao(actor, lao);
}
