import type { CertificationModule, CycleWindows, EntryWindow } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** Every statement on the cycle tables (certification_cycle, certification_window, certification_extension). */
@Injectable()
export class CyclesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The cycles of many (module, year) keys in one round trip; null where none was opened. */
  async load(keys: readonly { module: CertificationModule; fiscalYear: number }[], manager: EntityManager = this.db.manager): Promise<(CycleWindows | null)[]> {
    if (keys.length === 0) return [];
    const rows: { module: string; fiscal_year: number; kind: 'w' | 'e'; a: Date | string; b: Date }[] = await manager.query(
      `WITH k AS (SELECT * FROM unnest($1::varchar[], $2::smallint[]) AS k(module, fiscal_year))
       SELECT c.module, c.fiscal_year, 'c' AS kind, NULL AS a, NULL AS b FROM certification_cycle c JOIN k USING (module, fiscal_year)
       UNION ALL
       SELECT w.module, w.fiscal_year, 'w', w.opens_at::text, w.closes_at FROM certification_window w JOIN k USING (module, fiscal_year)
       UNION ALL
       SELECT e.module, e.fiscal_year, 'e', e.scope_code, e.until FROM certification_extension e JOIN k USING (module, fiscal_year)`,
      [keys.map((k) => k.module), keys.map((k) => k.fiscalYear)],
    );
    const byKey = new Map<string, { windows: EntryWindow[]; extensions: { scopeCode: string; until: Date }[] }>();
    for (const r of rows) {
      const id = `${r.module}:${r.fiscal_year}`;
      const cycle = byKey.get(id) ?? { windows: [], extensions: [] };
      byKey.set(id, cycle);
      if (r.kind === 'w') cycle.windows.push({ opensAt: new Date(r.a), closesAt: r.b });
      if (r.kind === 'e') cycle.extensions.push({ scopeCode: String(r.a), until: r.b });
    }
    for (const cycle of byKey.values()) cycle.windows.sort((x, y) => x.opensAt.getTime() - y.opensAt.getTime());
    return keys.map((k) => byKey.get(`${k.module}:${k.fiscalYear}`) ?? null);
  }

  /** Replaces a cycle's windows (creating the cycle), in one transaction with the caller's other statements. */
  async saveWindows(manager: EntityManager, module: CertificationModule, fiscalYear: number, windows: readonly EntryWindow[], actor: string): Promise<void> {
    await manager.query(
      `INSERT INTO certification_cycle (module, fiscal_year, opened_by) VALUES ($1, $2, $3)
       ON CONFLICT (module, fiscal_year) DO UPDATE SET opened_by = EXCLUDED.opened_by, opened_at = now()`,
      [module, fiscalYear, actor],
    );
    await manager.query(`DELETE FROM certification_window WHERE module = $1 AND fiscal_year = $2`, [module, fiscalYear]);
    await manager.query(
      `INSERT INTO certification_window (module, fiscal_year, opens_at, closes_at)
       SELECT $1, $2, o, c FROM unnest($3::timestamptz[], $4::timestamptz[]) AS t(o, c)`,
      [module, fiscalYear, windows.map((w) => w.opensAt), windows.map((w) => w.closesAt)],
    );
  }

  /** Locks a cycle row so two changes of one cycle run one after the other. */
  async lockCycle(manager: EntityManager, module: CertificationModule, fiscalYear: number): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM certification_cycle WHERE module = $1 AND fiscal_year = $2 FOR UPDATE`, [module, fiscalYear]);
    return rows.length > 0;
  }

  async saveExtension(manager: EntityManager, module: CertificationModule, fiscalYear: number, scopeCode: string, until: Date, actor: string): Promise<void> {
    await manager.query(
      `INSERT INTO certification_extension (module, fiscal_year, scope_code, until, granted_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (module, fiscal_year, scope_code) DO UPDATE SET until = EXCLUDED.until, granted_by = EXCLUDED.granted_by, granted_at = now()`,
      [module, fiscalYear, scopeCode, until, actor],
    );
  }

  async removeExtension(manager: EntityManager, module: CertificationModule, fiscalYear: number, scopeCode: string): Promise<number> {
    const [, count] = (await manager.query(`DELETE FROM certification_extension WHERE module = $1 AND fiscal_year = $2 AND scope_code = $3`, [
      module,
      fiscalYear,
      scopeCode,
    ])) as [unknown, number];
    return count;
  }
}
