import { fiscalYearOf } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { FIGURES_LOCK, rebuildYearsSql } from './welfare-figures.maintenance';

/**
 * The horizon of maintained years (welfare-figures.maintenance.ts). Decision: the open year and its neighbours are
 * maintained; the first summary read of such a year that is not in the horizon yet (the fiscal-year rollover on
 * 1 October, or a database restored without it) builds it under FIGURES_LOCK, exact however many writers run, and
 * takes years before the open year − 1 out of the horizon (their reads go back to the live arithmetic; they are
 * certified and frozen by then). The migration and the demo seed build the horizon themselves, so that first read is
 * rare; on the national registry it takes tens of seconds and holds the registry's writes meanwhile.
 */
@Injectable()
export class WelfareFiguresRepository {
  private known = new Set<number>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether the year's summaries read the maintained figures (building the year when it is due). */
  async maintained(fiscalYear: number, now: Date = new Date()): Promise<boolean> {
    // Only the years that are never taken out of the horizon (the open year ± 1) read it: no read races a drop.
    const open = fiscalYearOf(now);
    if (Math.abs(fiscalYear - open) > 1) return false;
    if (this.known.has(fiscalYear)) return true;
    const [row] = (await this.db.query(`SELECT 1 FROM welfare_figure_year WHERE fiscal_year = $1`, [fiscalYear])) as unknown[];
    if (!row) await this.db.transaction((manager) => this.rebuild(manager, [fiscalYear], open - 1));
    this.known.add(fiscalYear);
    return true;
  }

  /**
   * Whether the year is maintained now, without building it: for reads inside a write's transaction (a build there
   * would wait on the shared lock its own triggers hold).
   */
  async inHorizon(fiscalYear: number, manager: EntityManager = this.db.manager, now: Date = new Date()): Promise<boolean> {
    if (Math.abs(fiscalYear - fiscalYearOf(now)) > 1) return false;
    if (this.known.has(fiscalYear)) return true;
    const [row] = (await manager.query(`SELECT 1 FROM welfare_figure_year WHERE fiscal_year = $1`, [fiscalYear])) as unknown[];
    if (row) this.known.add(fiscalYear);
    return Boolean(row);
  }

  /**
   * Rebuilds some years' figures from every enrolment (adding them to the horizon); years below `dropBelow` leave it.
   * The province rollup follows by itself: the horizon's triggers (welfare-rollup.sql.ts) refill the rebuilt years'
   * rows and drop those of the years that leave, in this transaction.
   */
  async rebuild(manager: EntityManager, years: number[], dropBelow?: number): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [FIGURES_LOCK]);
    if (dropBelow !== undefined) {
      await manager.query(`DELETE FROM welfare_figure_year WHERE fiscal_year < $1`, [dropBelow]);
      await manager.query(`DELETE FROM welfare_month_figure WHERE fiscal_year < $1`, [dropBelow]);
      await manager.query(`DELETE FROM welfare_year_figure WHERE fiscal_year < $1`, [dropBelow]);
    }
    // Another replica may have built it meanwhile: building again is exact too (under the lock), only slower.
    for (const sql of rebuildYearsSql()) await manager.query(sql, [years]);
  }
}
