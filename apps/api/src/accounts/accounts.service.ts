import { createUserSchema, defaultRights, type Rights, updateUserSchema, userAccountSchema, userFilterSchema } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { UserActor } from '../auth/actor';
import { hashPassword } from '../auth/passwords';
import { UserEntity } from '../auth/user.entity';
import { toUserModel } from '../auth/user.mapper';
import type { UserModel } from '../auth/user.model';
import { AuditService } from '../audit/audit.service';
import { AppError, badInput, notFound, parseInput } from '../common/app-error';
import { type Connection, pageWindow, type PageArgs, toConnection } from '../common/paging';
import type { CreateUserInput, ModuleRightsInput, UpdateUserInput, UserFilter } from './accounts.models';
import { accountAfter, assertNoSelfLockout } from './user-changes';

function rightsFromList(list: ModuleRightsInput[] | null | undefined): Rights | undefined {
  if (!list) return undefined;
  const rights: Rights = {};
  for (const entry of list) rights[entry.module] = [...new Set(entry.rights)];
  return rights;
}

/** What the audit trail keeps of an account before and after a change (never a password or its hash). */
const auditShape = (u: UserEntity) => ({ displayName: u.displayName, level: u.level, scopeCode: u.scopeCode, rights: u.rights, active: u.active });

/** Department administrators manage people's accounts and partner API keys; every change is audited. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async listUsers(filterInput: UserFilter | null | undefined, page: PageArgs): Promise<Connection<UserModel>> {
    const filter = parseInput(userFilterSchema, filterInput ?? {});
    const { limit, afterKey } = pageWindow(page);
    const query = this.db.getRepository(UserEntity).createQueryBuilder('u');
    if (filter.level) query.andWhere('u.level = :level', { level: filter.level });
    if (filter.status) query.andWhere('u.active = :active', { active: filter.status === 'ACTIVE' });
    // A province's users are its office's and those of its LAOs (an LAO code does not start with the province's).
    const ofProvince = (name: string) =>
      `(u.scope_code = :${name} OR u.scope_code IN (SELECT code FROM local_authority WHERE province_code = :${name}))`;
    if (filter.provinceCode) query.andWhere(ofProvince('province'), { province: filter.provinceCode });
    if (filter.scopeCode?.length === 2) query.andWhere(ofProvince('scope'), { scope: filter.scopeCode });
    else if (filter.scopeCode) query.andWhere('u.scope_code = :scope', { scope: filter.scopeCode });
    if (filter.search) {
      const pattern = `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(u.username LIKE :pattern OR lower(u.display_name) LIKE :pattern OR u.scope_code LIKE :pattern)', { pattern });
    }
    const total = await query.clone().getCount();
    if (afterKey) query.andWhere('u.username > :after', { after: afterKey });
    const rows = await query.orderBy('u.username').take(limit + 1).getMany();
    return toConnection(rows.map(toUserModel), limit, total, (u) => u.username);
  }

  async createUser(actor: UserActor, raw: CreateUserInput): Promise<UserModel> {
    const input = parseInput(createUserSchema, { ...raw, rights: rightsFromList(raw.rights) });
    const scopeCode = input.level === 'DEPARTMENT' ? null : (input.scopeCode ?? null);
    const rights = input.rights ?? defaultRights(input.level);
    parseInput(userAccountSchema, { level: input.level, scopeCode, rights });
    await this.assertScopeExists(input.level, scopeCode);
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (manager) => {
      const taken = await manager.existsBy(UserEntity, { username: input.username });
      if (taken) throw new AppError('CONFLICT', 'accounts.usernameTaken', { username: input.username });
      const user = await manager.save(
        manager.create(UserEntity, { username: input.username, displayName: input.displayName, passwordHash, level: input.level, scopeCode, rights }),
      );
      await this.audit.record(manager, actor, {
        action: 'CREATE',
        module: 'ACCOUNTS',
        subjectType: 'USER',
        subjectId: user.username,
        detail: { level: user.level, scopeCode: user.scopeCode, rights: user.rights },
      });
      return toUserModel(user);
    });
  }

  /**
   * Edits an account (by id or username): name, level, scope, rights, a new password, suspension. The result is
   * checked whole (scope fits the level, rights within the level, the scope exists) under the row's lock, and the
   * trail keeps before and after in the same transaction.
   */
  async updateUser(actor: UserActor, raw: UpdateUserInput): Promise<UserModel> {
    const input = parseInput(updateUserSchema, { ...raw, rights: rightsFromList(raw.rights) });
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    return this.db.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, {
        where: input.id ? { id: input.id } : { username: input.username ?? '' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user || (input.id && input.username && user.username !== input.username)) throw notFound();
      const after = accountAfter(user, input);
      parseInput(userAccountSchema, after);
      assertNoSelfLockout(actor, user, input, after);
      if (after.level !== user.level || after.scopeCode !== user.scopeCode) await this.assertScopeExists(after.level, after.scopeCode);
      const before = auditShape(user);
      if (input.displayName) user.displayName = input.displayName;
      Object.assign(user, after);
      if (input.active != null) user.active = input.active;
      if (passwordHash) user.passwordHash = passwordHash;
      // A new password or a suspended account ends every session issued before.
      if (passwordHash || input.active === false) user.tokenVersion += 1;
      await manager.save(user);
      await this.audit.record(manager, actor, {
        action: 'UPDATE',
        module: 'ACCOUNTS',
        subjectType: 'USER',
        subjectId: user.username,
        detail: { before, after: auditShape(user), passwordChanged: Boolean(passwordHash) },
      });
      return toUserModel(user);
    });
  }

  private async assertScopeExists(level: string, scopeCode: string | null): Promise<void> {
    if (level === 'PROVINCE') {
      const rows: unknown[] = await this.db.query(`SELECT 1 FROM province WHERE code = $1`, [scopeCode]);
      if (!rows.length) throw badInput('input.unknownProvince', { code: scopeCode ?? '' });
    }
    if (level === 'LAO') {
      const rows: unknown[] = await this.db.query(`SELECT 1 FROM local_authority WHERE code = $1`, [scopeCode]);
      if (!rows.length) throw badInput('input.unknownLao', { code: scopeCode ?? '' });
    }
  }
}
