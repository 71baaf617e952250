import type { CertificationModule } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface SubjectRow {
  id: string;
  module: CertificationModule;
  lao_code: string;
  province_code: string;
  kind: string;
  name_th: string;
  active: boolean;
}

/** Every statement on submission_subject and subject_grant. */
@Injectable()
export class SubjectsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(id: string, manager: EntityManager = this.db.manager): Promise<SubjectRow | undefined> {
    const rows: SubjectRow[] = await manager.query(
      `SELECT s.id, s.module, s.lao_code, l.province_code, s.kind, s.name_th, s.active
         FROM submission_subject s JOIN local_authority l ON l.code = s.lao_code WHERE s.id = $1`,
      [id],
    );
    return rows[0];
  }

  list(module: CertificationModule, laoCode: string, kind: string | null, manager: EntityManager = this.db.manager): Promise<SubjectRow[]> {
    return manager.query(
      `SELECT s.id, s.module, s.lao_code, l.province_code, s.kind, s.name_th, s.active
         FROM submission_subject s JOIN local_authority l ON l.code = s.lao_code
        WHERE s.module = $1 AND s.lao_code = $2 AND ($3::text IS NULL OR s.kind = $3) ORDER BY s.name_th, s.id`,
      [module, laoCode, kind],
    );
  }

  async create(manager: EntityManager, subject: { module: CertificationModule; laoCode: string; kind: string; nameTh: string }, actor: string): Promise<string> {
    const [row] = (await manager.query(
      `INSERT INTO submission_subject (module, lao_code, kind, name_th, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [subject.module, subject.laoCode, subject.kind, subject.nameTh, actor],
    )) as { id: string }[];
    return row!.id;
  }

  async hasGrant(userId: string, subjectId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM subject_grant WHERE user_id = $1 AND subject_id = $2`, [userId, subjectId]);
    return rows.length > 0;
  }

  async grant(userId: string, subjectId: string, actor: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `INSERT INTO subject_grant (user_id, subject_id, granted_by) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, subject_id) DO UPDATE SET granted_by = EXCLUDED.granted_by, granted_at = now()`,
      [userId, subjectId, actor],
    );
  }

  async revoke(userId: string, subjectId: string, manager: EntityManager = this.db.manager): Promise<number> {
    const [, count] = (await manager.query(`DELETE FROM subject_grant WHERE user_id = $1 AND subject_id = $2`, [userId, subjectId])) as [unknown, number];
    return count;
  }

  grantees(subjectId: string): Promise<{ user_id: string; username: string; display_name: string; granted_at: Date }[]> {
    return this.db.query(
      `SELECT g.user_id, u.username, u.display_name, g.granted_at FROM subject_grant g JOIN app_user u ON u.id = g.user_id
        WHERE g.subject_id = $1 ORDER BY u.username`,
      [subjectId],
    );
  }

  /** An active LAO-level account of this LAO, by username (only such accounts may be granted a subject). */
  async laoUser(username: string, laoCode: string): Promise<{ id: string } | undefined> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM app_user WHERE username = lower($1) AND level = 'LAO' AND scope_code = $2 AND active`,
      [username, laoCode],
    );
    return rows[0];
  }
}
