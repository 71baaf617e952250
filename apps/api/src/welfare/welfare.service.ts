import {
  ALLOWANCE_TYPE_LABELS,
  bangkokToday,
  beneficiaryFilterSchema,
  endBeneficiarySchema,
  isValidThaiNationalId,
  registerBeneficiarySchema,
  revealPurposeSchema,
  statusChangeSchema,
  updateBeneficiarySchema,
} from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { z } from 'zod';
import { AccessPolicy } from '../auth/access-policy.service';
import { actorLabel } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { AppError, parseInput } from '../common/app-error';
import type { RequestContext } from '../common/context';
import { type Connection, pageWindow, type PageArgs, toConnection } from '../common/paging';
import { WelfareAddresses } from './welfare-addresses';
import { toBeneficiary } from './welfare.mapper';
import type {
  Beneficiary,
  BeneficiaryFilter,
  BeneficiaryStatusInput,
  EndBeneficiaryInput,
  NationalIdCheck,
  RegisterBeneficiaryInput,
  UpdateBeneficiaryInput,
} from './welfare.models';
import { type BeneficiaryRow, WelfareRepository } from './welfare.repository';

const MODULE = 'WELFARE' as const;
const SUBJECT = 'BENEFICIARY';

/**
 * The allowance registry: registering (one live enrolment per person and type in the whole country, enforced by the
 * database), suspending, resuming and ending an enrolment, with the history of every change and every write on the
 * audit trail in the same transaction. Reads of personal fields are masked and audited by the PersonalField mechanism.
 */
@Injectable()
export class WelfareService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: WelfareRepository,
    private readonly addresses: WelfareAddresses,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, laoCode: string, filterInput: BeneficiaryFilter | null | undefined, page: PageArgs): Promise<Connection<Beneficiary>> {
    const filter = parseInput(beneficiaryFilterSchema, filterInput) ?? {};
    const { limit, afterKey } = pageWindow(page);
    // The cursor is the last row's id, never its name: a masked caller must not read names out of cursors.
    if (afterKey !== null && !z.uuid().safeParse(afterKey).success) throw new AppError('BAD_USER_INPUT', 'input.badCursor');
    const { rows, total } = await this.repository.page(laoCode, filter, limit, afterKey);
    const today = bangkokToday();
    return toConnection(
      rows.map((r) => toBeneficiary(r, this.addresses, today)),
      limit,
      total,
      (b) => b.id,
    );
  }

  /** One enrolment, by id: its LAO in the caller's scope (checked by the guard through `subject`). */
  async one(id: string): Promise<Beneficiary | null> {
    const [row] = await this.repository.byIds([id]);
    return row ? toBeneficiary(row, this.addresses, bangkokToday()) : null;
  }

  /** Where a national ID is enrolled, without personal data; the check itself is on the audit trail. */
  async checkNationalId(ctx: RequestContext, raw: string): Promise<NationalIdCheck> {
    const nationalId = String(raw ?? '').replace(/[\s-]/g, '');
    if (!/^\d{13}$/.test(nationalId)) throw new AppError('BAD_USER_INPUT', 'welfare.nationalIdFormat', {}, {}, fieldError('nationalId', 'welfare.nationalIdFormat'));
    const valid = isValidThaiNationalId(nationalId);
    const enrolments = valid ? await this.repository.enrolmentsOf(nationalId) : [];
    await this.audit.recordNow(ctx.actor, {
      action: 'READ_PERSONAL',
      module: MODULE,
      subjectType: 'NATIONAL_ID_CHECK',
      subjectIds: [],
      purpose: 'ตรวจสอบการลงทะเบียนซ้ำ',
      detail: { nationalId: `${nationalId.slice(0, 5)}xxxxxxx${nationalId.slice(12)}`, found: enrolments.length },
    });
    return { valid, enrolments: enrolments.map((e) => ({ allowanceType: e.allowance_type, status: e.status, laoCode: e.lao_code })) };
  }

  /** ลงทะเบียน: CONFLICT (DUPLICATE, naming the other LAO) while the person holds a live enrolment of the type anywhere. */
  async register(ctx: RequestContext, raw: RegisterBeneficiaryInput): Promise<Beneficiary> {
    await this.assertRecordingLao(ctx, raw.laoCode);
    const input = parseInput(registerBeneficiarySchema(bangkokToday()), raw);
    await this.addresses.assertInLao(input.address, input.laoCode);
    let id: string;
    try {
      id = await this.db.transaction(async (manager) => {
        await this.assertNoLiveEnrolment(manager, input.nationalId, input.allowanceType);
        const personId = await this.repository.upsertPerson(manager, input);
        const by = actorLabel(ctx.actor);
        const id = await this.repository.insertEnrolment(
          manager,
          personId,
          { ...input, bankAccount: input.bankAccount ?? null, phone: input.phone ?? null, disabilityCardNo: input.disabilityCardNo ?? null, address: { ...input.address, villageNo: input.address.villageNo ?? null, street: input.address.street ?? null } },
          by,
        );
        await this.repository.addEvent(manager, id, 'REGISTERED', input.registeredOn, { allowanceType: input.allowanceType }, by);
        await this.record(manager, ctx, 'CREATE', id, input.laoCode, { allowanceType: input.allowanceType });
        return id;
      });
    } catch (error) {
      // Two LAOs racing: the partial unique index lets exactly one commit; the other learns where the person is.
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'UQ_welfare_beneficiary_live') {
        await this.assertNoLiveEnrolment(this.db.manager, input.nationalId, input.allowanceType);
      }
      throw error;
    }
    return (await this.one(id))!;
  }

  /** แก้ไข address, phone, payment method, bank account (the fields a move within the LAO or a new account changes). */
  async update(ctx: RequestContext, raw: UpdateBeneficiaryInput): Promise<Beneficiary> {
    const input = parseInput(updateBeneficiarySchema, raw);
    await this.db.transaction(async (manager) => {
      const row = await this.locked(manager, ctx, input.id, { live: true });
      if (input.address) await this.addresses.assertInLao(input.address, row.lao_code);
      const paymentMethod = input.paymentMethod ?? row.payment_method;
      const bankAccount = input.bankAccount === undefined ? row.bank_account : input.bankAccount;
      if (paymentMethod === 'BANK_TRANSFER' && !bankAccount) throw new AppError('BAD_USER_INPUT', 'welfare.bankAccountRequired', {}, {}, fieldError('bankAccount', 'welfare.bankAccountRequired'));
      const address = input.address ? { ...input.address, villageNo: input.address.villageNo ?? null, street: input.address.street ?? null } : row.address;
      const changes = [
        input.address && 'address',
        input.phone !== undefined && input.phone !== row.phone && 'phone',
        input.paymentMethod && input.paymentMethod !== row.payment_method && 'paymentMethod',
        input.bankAccount !== undefined && input.bankAccount !== row.bank_account && 'bankAccount',
      ].filter((c): c is string => Boolean(c));
      const by = actorLabel(ctx.actor);
      await this.repository.update(manager, row.id, { address, phone: input.phone === undefined ? row.phone : (input.phone ?? null), paymentMethod, bankAccount: bankAccount ?? null }, by);
      await this.repository.addEvent(manager, row.id, 'UPDATED', bangkokToday(), { changes }, by);
      await this.record(manager, ctx, 'UPDATE', row.id, row.lao_code, { changes });
    });
    return (await this.one(input.id))!;
  }

  /** สิ้นสุดสิทธิ์ with a reason and date (MOVED: the new LAO then registers the person). */
  async end(ctx: RequestContext, raw: EndBeneficiaryInput): Promise<Beneficiary> {
    const input = parseInput(endBeneficiarySchema(bangkokToday()), raw);
    await this.db.transaction(async (manager) => {
      const row = await this.locked(manager, ctx, input.id, { live: true });
      if (input.endedOn < row.registered_on) throw new AppError('BAD_USER_INPUT', 'welfare.endedBeforeRegistration', {}, {}, fieldError('endedOn', 'welfare.endedBeforeRegistration'));
      const by = actorLabel(ctx.actor);
      await this.repository.closeSuspension(manager, row.id, input.endedOn);
      await this.repository.setStatus(manager, row.id, 'ENDED', by, { on: input.endedOn, reason: input.reason });
      await this.repository.addEvent(manager, row.id, 'ENDED', input.endedOn, { reason: input.reason, note: input.note ?? null }, by);
      await this.record(manager, ctx, 'UPDATE', row.id, row.lao_code, { status: 'ENDED', reason: input.reason });
    });
    return (await this.one(input.id))!;
  }

  /** ระงับการจ่าย from a day, or จ่ายต่อ from a day: the payment rules read the suspension periods. */
  async setSuspended(ctx: RequestContext, raw: BeneficiaryStatusInput, suspended: boolean): Promise<Beneficiary> {
    const input = parseInput(statusChangeSchema(bangkokToday()), raw);
    await this.db.transaction(async (manager) => {
      const row = await this.locked(manager, ctx, input.id, { live: true });
      if (suspended && row.status !== 'ACTIVE') throw new AppError('CONFLICT', 'welfare.notActive', {}, { status: row.status });
      if (!suspended && row.status !== 'SUSPENDED') throw new AppError('CONFLICT', 'welfare.notSuspended', {}, { status: row.status });
      if (input.on < row.registered_on) throw new AppError('BAD_USER_INPUT', 'welfare.endedBeforeRegistration', {}, {}, fieldError('on', 'welfare.endedBeforeRegistration'));
      const by = actorLabel(ctx.actor);
      if (suspended) await this.repository.openSuspension(manager, row.id, input.on);
      else await this.repository.closeSuspension(manager, row.id, input.on);
      await this.repository.setStatus(manager, row.id, suspended ? 'SUSPENDED' : 'ACTIVE', by);
      await this.repository.addEvent(manager, row.id, suspended ? 'SUSPENDED' : 'RESUMED', input.on, { note: input.note ?? null }, by);
      await this.record(manager, ctx, 'UPDATE', row.id, row.lao_code, { status: suspended ? 'SUSPENDED' : 'ACTIVE' });
    });
    return (await this.one(input.id))!;
  }

  /** The full national ID, for a stated purpose, to a caller holding PERSONAL_DATA on the person's LAO (REVEAL). */
  async revealNationalId(ctx: RequestContext, id: string, rawPurpose: string): Promise<string> {
    const purpose = parseInput(z.object({ purpose: revealPurposeSchema }), { purpose: rawPurpose }).purpose;
    const [row] = await this.repository.byIds([id]);
    if (!row) throw new AppError('NOT_FOUND', 'welfare.unknownBeneficiary');
    const lao = { code: row.lao_code, provinceCode: row.province_code };
    if (!this.policy.mayReadPersonal(ctx.actor, MODULE, lao)) throw new AppError('FORBIDDEN', 'access.missingRight');
    await this.audit.recordNow(ctx.actor, { action: 'REVEAL', module: MODULE, laoCode: row.lao_code, subjectType: SUBJECT, subjectId: row.id, purpose, detail: {} });
    return row.national_id;
  }

  /**
   * The LAO a registration names, by the policy (FORBIDDEN outside the caller's scope, before anything about the
   * input is said); a malformed or unknown code is BAD_USER_INPUT naming `laoCode`, like every other field.
   */
  private async assertRecordingLao(ctx: RequestContext, laoCode: unknown): Promise<void> {
    try {
      await this.policy.assertLao(ctx.actor, MODULE, 'RECORD', typeof laoCode === 'string' ? laoCode : '');
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'BAD_USER_INPUT') throw error;
      const fieldMessage = error.messageKey === 'input.unknownLao' ? 'welfare.unknownLao' : error.messageKey;
      throw new AppError('BAD_USER_INPUT', error.messageKey, error.params, error.extensions, fieldError('laoCode', fieldMessage));
    }
  }

  /** The enrolment under lock, its LAO re-checked against the caller (the guard resolved it; this is the write). */
  private async locked(manager: EntityManager, ctx: RequestContext, id: string, options: { live: boolean }): Promise<BeneficiaryRow> {
    const [row] = await this.repository.byIds([id], manager, true);
    if (!row) throw new AppError('NOT_FOUND', 'welfare.unknownBeneficiary');
    await this.policy.assertLao(ctx.actor, MODULE, 'RECORD', row.lao_code);
    if (options.live && row.status === 'ENDED') throw new AppError('CONFLICT', 'welfare.alreadyEnded', {}, { status: row.status });
    return row;
  }

  private async assertNoLiveEnrolment(manager: EntityManager, nationalId: string, allowanceType: RegisterBeneficiaryInput['allowanceType']): Promise<void> {
    const live = (await this.repository.enrolmentsOf(nationalId, manager)).find((e) => e.allowance_type === allowanceType && e.status !== 'ENDED');
    if (live) {
      throw new AppError(
        'CONFLICT',
        'welfare.duplicate',
        { type: { th: ALLOWANCE_TYPE_LABELS[allowanceType].th, en: ALLOWANCE_TYPE_LABELS[allowanceType].en }, laoCode: live.lao_code },
        { reason: 'DUPLICATE', laoCode: live.lao_code, allowanceType, status: live.status },
      );
    }
  }

  private record(manager: EntityManager, ctx: RequestContext, action: 'CREATE' | 'UPDATE', id: string, laoCode: string, detail: Record<string, unknown>) {
    return this.audit.record(manager, ctx.actor, { action, module: MODULE, laoCode, subjectType: SUBJECT, subjectId: id, detail });
  }
}

function fieldError(path: string, message: string): z.ZodError {
  return new z.ZodError([{ code: 'custom', path: [path], message, input: undefined }]);
}
