import type { AllowanceType, BeneficiaryAddress, BeneficiaryStatus, EndReason, IsoDate, PaymentMethod, Sex } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SqlParams } from '../registry/lao-filter';
import { paymentRowColumns, type PaymentRowData } from './payment-rows';
import type { PaymentSelection } from './payment-selection';
import { amountSql, firstPaidSql, monthFrom, monthIndex } from './welfare-figures.sql';

export interface BeneficiaryRow {
  id: string;
  person_id: string;
  lao_code: string;
  province_code: string;
  allowance_type: AllowanceType;
  status: BeneficiaryStatus;
  registered_on: string;
  ended_on: string | null;
  end_reason: EndReason | null;
  payment_method: PaymentMethod;
  bank_account: string | null;
  address: BeneficiaryAddress;
  phone: string | null;
  disability_card_no: string | null;
  national_id: string;
  title: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  sex: Sex;
}

export interface PersonValues {
  nationalId: string;
  title: string;
  firstName: string;
  lastName: string;
  birthDate: IsoDate;
  sex: Sex;
}

export interface EnrolmentValues {
  laoCode: string;
  allowanceType: AllowanceType;
  registeredOn: IsoDate;
  paymentMethod: PaymentMethod;
  bankAccount: string | null;
  address: BeneficiaryAddress;
  phone: string | null;
  disabilityCardNo: string | null;
}

export interface BeneficiaryFilter {
  allowanceType?: AllowanceType | null;
  status?: BeneficiaryStatus | null;
  search?: string | null;
}

const COLUMNS = `b.id, b.person_id, b.lao_code, la.province_code, b.allowance_type, b.status, to_char(b.registered_on, 'YYYY-MM-DD') AS registered_on,
  to_char(b.ended_on, 'YYYY-MM-DD') AS ended_on, b.end_reason, b.payment_method, b.bank_account, b.address, b.phone, b.disability_card_no,
  p.national_id, p.title, p.first_name, p.last_name, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.sex`;
const FROM = `welfare_beneficiary b JOIN welfare_person p ON p.id = b.person_id JOIN local_authority la ON la.code = b.lao_code`;

/** The payment list's order: by type, then name; the enrolment's id makes it total (the keyset's key). */
const PAYMENT_ORDER = 'b.allowance_type, p.first_name, p.last_name, b.id';

/** Paid for the month starting `$m`: from the first paid month, not ended before it, not suspended on its first day. */
export const PAID_IN_MONTH = (m: string) => `${firstPaidSql('b.allowance_type', 'p.birth_date', 'b.registered_on')} <= ${monthIndex(m)}
  AND b.registered_on < ${m} AND (b.ended_on IS NULL OR b.ended_on > ${m})
  AND NOT EXISTS (SELECT 1 FROM welfare_suspension s WHERE s.beneficiary_id = b.id AND s.from_date <= ${m} AND (s.until_date IS NULL OR s.until_date > ${m}))`;

/** The allowance registry's statements. */
@Injectable()
export class WelfareRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async byIds(ids: readonly string[], manager: EntityManager = this.db.manager, lock = false): Promise<BeneficiaryRow[]> {
    if (ids.length === 0) return [];
    return manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE b.id = ANY($1::uuid[]) ${lock ? 'FOR UPDATE OF b' : ''}`, [ids]);
  }

  /** A page of an LAO's enrolments by name; search is a national-ID prefix (digits) or part of a name. */
  async page(laoCode: string, filter: BeneficiaryFilter, limit: number, afterId: string | null): Promise<{ rows: BeneficiaryRow[]; total: number }> {
    const params = new SqlParams([laoCode]);
    const where = ['b.lao_code = $1'];
    if (filter.allowanceType) where.push(`b.allowance_type = ${params.add(filter.allowanceType)}`);
    if (filter.status) where.push(`b.status = ${params.add(filter.status)}`);
    const search = filter.search?.replace(/[\s-]/g, '') ?? '';
    const readsPerson = Boolean(filter.search?.trim());
    if (/^\d{1,13}$/.test(search)) where.push(`p.national_id LIKE ${params.add(`${search}%`)}`);
    else if (filter.search?.trim()) {
      for (const term of filter.search.trim().split(/\s+/).slice(0, 3)) {
        const like = params.add(`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        where.push(`(p.first_name ILIKE ${like} OR p.last_name ILIKE ${like})`);
      }
    }
    const countParams = [...params.values];
    const whereSql = where.join(' AND ');
    // The person is joined for counting only when the search reads it (each enrolment has its one person).
    const countFrom = readsPerson ? `welfare_beneficiary b JOIN welfare_person p ON p.id = b.person_id` : `welfare_beneficiary b`;
    const pageSql = afterId
      ? ` AND (p.first_name, p.last_name, b.id::text) > (SELECT ap.first_name, ap.last_name, ab.id::text FROM welfare_beneficiary ab
             JOIN welfare_person ap ON ap.id = ab.person_id WHERE ab.id = ${params.add(afterId)}::uuid)`
      : '';
    // The page's keys are sorted first and only its rows are read whole (not every enrolment of the LAO).
    const [rows, [{ total }]] = await Promise.all([
      this.db.query(
        `SELECT ${COLUMNS} FROM (SELECT b.id FROM welfare_beneficiary b JOIN welfare_person p ON p.id = b.person_id
                                  WHERE ${whereSql}${pageSql} ORDER BY p.first_name, p.last_name, b.id::text LIMIT ${params.add(limit + 1)}) page
           JOIN welfare_beneficiary b ON b.id = page.id JOIN welfare_person p ON p.id = b.person_id JOIN local_authority la ON la.code = b.lao_code
          ORDER BY p.first_name, p.last_name, b.id::text`,
        params.values,
      ),
      this.db.query(`SELECT count(*)::int AS total FROM ${countFrom} WHERE ${whereSql}`, countParams) as Promise<[{ total: number }]>,
    ]);
    return { rows, total };
  }

  /** The person of a national ID and their enrolments anywhere (for registering and transfers). */
  async enrolmentsOf(nationalId: string, manager: EntityManager = this.db.manager): Promise<{ allowance_type: AllowanceType; status: BeneficiaryStatus; lao_code: string }[]> {
    return manager.query(
      `SELECT b.allowance_type, b.status, b.lao_code FROM welfare_beneficiary b JOIN welfare_person p ON p.id = b.person_id
        WHERE p.national_id = $1 ORDER BY (b.status = 'ENDED'), b.registered_on DESC`,
      [nationalId],
    );
  }

  /** The person's row, created or brought up to date with what the LAO read from the ID card. */
  async upsertPerson(manager: EntityManager, person: PersonValues): Promise<string> {
    const [{ id }] = (await manager.query(
      `INSERT INTO welfare_person (national_id, title, first_name, last_name, birth_date, sex) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (national_id) DO UPDATE SET title = EXCLUDED.title, first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
                                               birth_date = EXCLUDED.birth_date, sex = EXCLUDED.sex
       RETURNING id`,
      [person.nationalId, person.title, person.firstName, person.lastName, person.birthDate, person.sex],
    )) as [{ id: string }];
    return id;
  }

  async insertEnrolment(manager: EntityManager, personId: string, e: EnrolmentValues, by: string): Promise<string> {
    const [{ id }] = (await manager.query(
      `INSERT INTO welfare_beneficiary (person_id, lao_code, allowance_type, status, registered_on, payment_method, bank_account, address, phone, disability_card_no, updated_by)
       VALUES ($1, $2, $3, 'ACTIVE', $4, $5, $6, $7::jsonb, $8, $9, $10) RETURNING id`,
      [personId, e.laoCode, e.allowanceType, e.registeredOn, e.paymentMethod, e.bankAccount, JSON.stringify(e.address), e.phone, e.disabilityCardNo, by],
    )) as [{ id: string }];
    return id;
  }

  async update(manager: EntityManager, id: string, set: { address: BeneficiaryAddress; phone: string | null; paymentMethod: PaymentMethod; bankAccount: string | null }, by: string) {
    await manager.query(
      `UPDATE welfare_beneficiary SET address = $2::jsonb, phone = $3, payment_method = $4, bank_account = $5, updated_by = $6, updated_at = now() WHERE id = $1`,
      [id, JSON.stringify(set.address), set.phone, set.paymentMethod, set.bankAccount, by],
    );
  }

  async setStatus(manager: EntityManager, id: string, status: BeneficiaryStatus, by: string, end?: { on: IsoDate; reason: EndReason }) {
    await manager.query(
      `UPDATE welfare_beneficiary SET status = $2, ended_on = $3, end_reason = $4, updated_by = $5, updated_at = now() WHERE id = $1`,
      [id, status, end?.on ?? null, end?.reason ?? null, by],
    );
  }

  async openSuspension(manager: EntityManager, id: string, from: IsoDate) {
    await manager.query(`INSERT INTO welfare_suspension (beneficiary_id, from_date) VALUES ($1, $2)`, [id, from]);
  }

  async closeSuspension(manager: EntityManager, id: string, until: IsoDate) {
    await manager.query(`UPDATE welfare_suspension SET until_date = greatest(from_date, $2::date) WHERE beneficiary_id = $1 AND until_date IS NULL`, [id, until]);
  }

  async addEvent(manager: EntityManager, id: string, kind: string, effectiveOn: IsoDate, detail: Record<string, unknown>, actor: string) {
    await manager.query(`INSERT INTO welfare_event (beneficiary_id, kind, effective_on, detail, actor) VALUES ($1, $2, $3, $4::jsonb, $5)`, [
      id,
      kind,
      effectiveOn,
      JSON.stringify(detail),
      actor,
    ]);
  }

  /** The history of many enrolments, oldest first (batched per page). */
  events(ids: readonly string[]): Promise<{ id: string; beneficiary_id: string; kind: string; effective_on: string; detail: Record<string, unknown>; at: Date; actor: string }[]> {
    return this.db.query(
      `SELECT id::text, beneficiary_id, kind, to_char(effective_on, 'YYYY-MM-DD') AS effective_on, detail, at, actor
         FROM welfare_event WHERE beneficiary_id = ANY($1::uuid[]) ORDER BY at, id`,
      [ids],
    );
  }

  /**
   * Who is paid for a month and how much, by name. The amount is the whole-month arithmetic of welfare-figures.sql.ts
   * (integers on the person's birth month, the same answers as welfare_monthly_amount, a test compares them), not
   * the function's four age() per row. Within the paid months it is never 0: elderly people are paid from the month
   * after their 60th birthday, and every other type at every age.
   */
  async paymentList(laoCode: string, monthStart: IsoDate): Promise<(BeneficiaryRow & { amount: number })[]> {
    return this.db.query(
      `SELECT ${COLUMNS}, ${amountSql('b.allowance_type', monthFrom('p.birth_date'), monthIndex('$2::date'))} AS amount
         FROM ${FROM}
        WHERE b.lao_code = $1 AND ${PAID_IN_MONTH('$2::date')}
        ORDER BY ${PAYMENT_ORDER}`,
      [laoCode, monthStart],
    );
  }

  /**
   * A page of the payment list (same rows, amounts and order as paymentList), as the list answers it: named as its
   * fields, only the columns the operation selects. Keyset-paged in the list's own order; the cursor names an
   * enrolment and its key is read here, so a cursor never carries a name, and a row that stopped being paid
   * between two pages still marks the place.
   */
  async paymentRows(laoCode: string, monthStart: IsoDate, limit: number, afterId: string | null, selection: PaymentSelection): Promise<PaymentRowData[]> {
    const after = afterId
      ? `AND (b.allowance_type, p.first_name, p.last_name, b.id) > (SELECT ab.allowance_type, ap.first_name, ap.last_name, ab.id
           FROM welfare_beneficiary ab JOIN welfare_person ap ON ap.id = ab.person_id WHERE ab.id = $4::uuid AND ab.lao_code = $1)`
      : '';
    return this.db.query(
      `SELECT ${paymentRowColumns(selection)}, ${amountSql('b.allowance_type', monthFrom('p.birth_date'), monthIndex('$2::date'))} AS amount
         FROM ${FROM}
        WHERE b.lao_code = $1 AND ${PAID_IN_MONTH('$2::date')} ${after}
        ORDER BY ${PAYMENT_ORDER}
        LIMIT $3`,
      afterId ? [laoCode, monthStart, limit, afterId] : [laoCode, monthStart, limit],
    );
  }

  /** The whole month's count and baht per allowance type (every page answers them), without reading its rows. */
  async paymentTotals(laoCode: string, monthStart: IsoDate): Promise<{ allowance_type: AllowanceType; count: number; total: number }[]> {
    return this.db.query(
      `SELECT b.allowance_type, count(*)::int AS count,
              coalesce(sum(${amountSql('b.allowance_type', monthFrom('p.birth_date'), monthIndex('$2::date'))}), 0)::int AS total
         FROM welfare_beneficiary b JOIN welfare_person p ON p.id = b.person_id
        WHERE b.lao_code = $1 AND ${PAID_IN_MONTH('$2::date')}
        GROUP BY b.allowance_type ORDER BY b.allowance_type`,
      [laoCode, monthStart],
    );
  }

  /** Whether a paging cursor names an enrolment of this LAO (any other cursor is refused, never answered empty). */
  async isEnrolmentOf(id: string, laoCode: string): Promise<boolean> {
    const rows = (await this.db.query(`SELECT 1 FROM welfare_beneficiary WHERE id = $1::uuid AND lao_code = $2`, [id, laoCode])) as unknown[];
    return rows.length > 0;
  }
}
