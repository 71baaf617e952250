import { addSubjectSchema, type CertificationModule, subjectGrantSchema, type SubjectGrantInput } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { actorLabel } from '../auth/actor';
import { AppError, parseInput } from '../common/app-error';
import type { RequestContext } from '../common/context';
import type { DraftEdit } from './submission-workflow.service';
import { type SubjectRow, SubjectsRepository } from './subjects.repository';

export interface Subject {
  id: string;
  module: CertificationModule;
  laoCode: string;
  kind: string;
  nameTh: string;
  active: boolean;
}

/**
 * Records below the submissions (schools, centres, terms, persons) for every module, and recording on one of them
 * granted to one LAO official. Access to a record is decided by the AccessPolicy (assertSubject), which the guard
 * applies to operations declaring `subject`.
 */
@Injectable()
export class SubjectsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly subjects: SubjectsRepository,
    private readonly audit: AuditService,
  ) {}

  /** A new record of the LAO, created inside a draft edit of the year it is first recorded for. */
  async add(edit: DraftEdit, kind: string, raw: { laoCode: string; nameTh: string }): Promise<Subject> {
    const input = parseInput(addSubjectSchema, raw);
    const id = await this.subjects.create(edit.manager, { module: edit.module, laoCode: edit.lao.code, kind, nameTh: input.nameTh }, actorLabel(edit.actor));
    await this.audit.record(edit.manager, edit.actor, {
      action: 'CREATE',
      module: edit.module,
      laoCode: edit.lao.code,
      subjectType: 'SUBJECT',
      subjectId: id,
      detail: { kind, nameTh: input.nameTh },
    });
    return toSubject((await this.subjects.find(id, edit.manager))!);
  }

  async list(module: CertificationModule, laoCode: string, kind: string | null = null): Promise<Subject[]> {
    return (await this.subjects.list(module, laoCode, kind)).map(toSubject);
  }

  /** Active records of a kind for a completeness computation, inside the caller's transaction. */
  async activeOf(edit: Pick<DraftEdit, 'manager' | 'module' | 'lao'>, kind: string): Promise<Subject[]> {
    return (await this.subjects.list(edit.module, edit.lao.code, kind, edit.manager)).filter((s) => s.active).map(toSubject);
  }

  async find(id: string): Promise<Subject> {
    const row = await this.subjects.find(id);
    if (!row) throw new AppError('NOT_FOUND', 'subject.unknown');
    return toSubject(row);
  }

  /** Grants recording on one record to an LAO account of the record's LAO (the guard checked the granter). */
  async grant(ctx: RequestContext, raw: SubjectGrantInput): Promise<string[]> {
    const input = parseInput(subjectGrantSchema, raw);
    const lao = this.authorized(ctx, input.subjectId);
    const user = await this.subjects.laoUser(input.username, lao);
    if (!user) throw new AppError('BAD_USER_INPUT', 'subject.granteeNotInLao');
    await this.db.transaction(async (manager) => {
      await this.subjects.grant(user.id, input.subjectId, actorLabel(ctx.actor), manager);
      await this.recordGrant(ctx, manager, 'CREATE', input, user.id, lao);
    });
    return this.grantees(input.subjectId);
  }

  async revoke(ctx: RequestContext, raw: SubjectGrantInput): Promise<string[]> {
    const input = parseInput(subjectGrantSchema, raw);
    const lao = this.authorized(ctx, input.subjectId);
    const user = await this.subjects.laoUser(input.username, lao);
    if (!user) throw new AppError('NOT_FOUND', 'notFound.record');
    await this.db.transaction(async (manager) => {
      if ((await this.subjects.revoke(user.id, input.subjectId, manager)) === 0) throw new AppError('NOT_FOUND', 'notFound.record');
      await this.recordGrant(ctx, manager, 'DELETE', input, user.id, lao);
    });
    return this.grantees(input.subjectId);
  }

  /** A grant or its revocation in the audit trail: the record as the subject, the grantee in the detail. */
  private async recordGrant(
    ctx: RequestContext,
    manager: EntityManager,
    action: 'CREATE' | 'DELETE',
    input: { subjectId: string; username: string },
    userId: string,
    laoCode: string,
  ): Promise<void> {
    const subject = await this.subjects.find(input.subjectId, manager);
    await this.audit.record(manager, ctx.actor, {
      action,
      module: subject?.module ?? null,
      laoCode,
      subjectType: 'SUBJECT_GRANT',
      subjectId: input.subjectId,
      detail: { username: input.username, userId },
    });
  }

  /** Usernames holding recording on a record. */
  async grantees(subjectId: string): Promise<string[]> {
    return (await this.subjects.grantees(subjectId)).map((g) => g.username);
  }

  /** The record's LAO as the guard authorized it for this request. */
  authorized(ctx: RequestContext, subjectId: string): string {
    const lao = ctx.subjects?.get(subjectId);
    // Only reachable when an operation forgot to declare `subject` in its access rule: refuse rather than guess.
    if (!lao) throw new AppError('FORBIDDEN', 'access.missingRight');
    return lao.code;
  }
}

function toSubject(row: SubjectRow): Subject {
  return { id: row.id, module: row.module, laoCode: row.lao_code, kind: row.kind, nameTh: row.name_th, active: row.active };
}
