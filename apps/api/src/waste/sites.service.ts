import { disposalSiteFilterSchema, saveDisposalSiteSchema } from '@lao/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AggregateScope, AccessPolicy } from '../auth/access-policy.service';
import { type Actor, actorLabel } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { AppError, parseInput } from '../common/app-error';
import type { RequestContext } from '../common/context';
import type { Loaders } from '../common/loaders';
import { type Connection, pageWindow, type PageArgs, toConnection } from '../common/paging';
import { GeographyService } from '../registry/geography.service';
import { toSite } from './waste.form';
import type { DisposalSite, DisposalSiteClient, DisposalSiteFilter, SaveDisposalSiteInput } from './waste.models';
import { type ClientRow, WasteRepository } from './waste.repository';

const MODULE = 'WASTE' as const;

/**
 * Disposal sites: places run by one LAO, shared by the LAOs that send waste to them. Anyone viewing Waste sees every
 * site (public facilities; a province key its province); only the operating LAO (or the department) changes one, and
 * a site still receiving waste cannot be deleted.
 */
@Injectable()
export class SitesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: WasteRepository,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly geography: GeographyService,
  ) {}

  async list(actor: Actor, filterInput: DisposalSiteFilter | null | undefined, page: PageArgs): Promise<Connection<DisposalSite>> {
    const filter = parseInput(disposalSiteFilterSchema, filterInput) ?? {};
    if (filter.provinceCode && !this.geography.province(filter.provinceCode)) throw new AppError('BAD_USER_INPUT', 'input.unknownProvince', { code: filter.provinceCode });
    const scope = this.policy.publicScope(actor, MODULE);
    const { limit, afterKey } = pageWindow(page);
    if (afterKey !== null && !/^[0-9a-f-]{36}$/i.test(afterKey)) throw new AppError('BAD_USER_INPUT', 'input.badCursor');
    if (scope.provinceCode && filter.provinceCode && filter.provinceCode !== scope.provinceCode) return toConnection([], limit, 0, () => '');
    const { rows, total } = await this.repository.sitePage({ ...filter, provinceCode: scope.provinceCode ?? filter.provinceCode }, limit, afterKey);
    return toConnection(rows.map(toSite), limit, total, (s) => s.id);
  }

  /** Many sites by id for this request (one query per page of uses or clients). */
  loader(loaders: Loaders) {
    return loaders.get<string, DisposalSite>('waste.siteById', async (ids) => {
      const byId = new Map((await this.repository.sites(ids)).map((r) => [r.id, toSite(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /**
   * The LAOs sending waste to a site in a year, batched over every site of the page. A client's tonnage is its
   * recorded figure: shown in full within the caller's own scope and to the site's operator, elsewhere only once the
   * client's report is province-certified (as for every aggregate, AccessPolicy.aggregateScope).
   */
  async clients(ctx: RequestContext, site: DisposalSite, fiscalYear: number): Promise<DisposalSiteClient[]> {
    const scope = this.policy.aggregateScope(ctx.actor, MODULE);
    const loader = ctx.loaders.get<string, ClientRow[]>(`waste.clients.${fiscalYear}`, async (ids) => {
      const rows = await this.repository.clientsOf(ids, fiscalYear);
      return ids.map((id) => rows.filter((r) => r.site_id === id));
    });
    const operator = ctx.actor.kind === 'user' && ctx.actor.level === 'LAO' && ctx.actor.scopeCode === site.operatorLaoCode;
    return ((await loader.load(site.id)) ?? [])
      .filter((c) => operator || clientVisible(scope, c))
      .map((c) => ({ laoCode: c.lao_code, tonnesPerDay: Number(c.tonnes_per_day) }));
  }

  /** Creates a site (no id) or changes one the LAO runs; the operator of a site never changes. */
  async save(ctx: RequestContext, raw: SaveDisposalSiteInput): Promise<DisposalSite> {
    const input = parseInput(saveDisposalSiteSchema, raw);
    const values = { ...input, capacityTonnesPerDay: input.capacityTonnesPerDay ?? null, openedYear: input.openedYear ?? null };
    const id = await this.db.transaction(async (manager) => {
      let id = input.id ?? null;
      if (id) {
        const [existing] = await this.repository.sites([id], manager, true);
        if (!existing) throw new AppError('NOT_FOUND', 'waste.site.unknown');
        if (existing.operator_lao_code !== input.operatorLaoCode) throw new AppError('FORBIDDEN', 'waste.site.otherOperator', {}, { operatorLaoCode: existing.operator_lao_code });
        await this.repository.updateSite(manager, id, values, actorLabel(ctx.actor));
      } else {
        id = await this.repository.insertSite(manager, values, actorLabel(ctx.actor));
      }
      await this.audit.record(manager, ctx.actor, {
        action: input.id ? 'UPDATE' : 'CREATE',
        module: MODULE,
        laoCode: input.operatorLaoCode,
        subjectType: 'DISPOSAL_SITE',
        subjectId: id,
        detail: { nameTh: input.nameTh, method: input.method, status: input.status },
      });
      return id;
    });
    const [row] = await this.repository.sites([id]);
    return toSite(row!);
  }

  /** Deletes a site its operator no longer runs; CONFLICT while any LAO's report sends waste to it. */
  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('BAD_USER_INPUT', 'waste.site.unknown');
    return this.db.transaction(async (manager) => {
      const [site] = await this.repository.sites([id], manager, true);
      if (!site) throw new AppError('NOT_FOUND', 'waste.site.unknown');
      await this.policy.assertLao(ctx.actor, MODULE, 'RECORD', site.operator_lao_code);
      const clients = await this.repository.latestClients(manager, id);
      if (clients) throw new AppError('CONFLICT', 'waste.site.inUse', { count: clients.count, fiscalYear: clients.fiscalYear }, { reason: 'SITE_IN_USE', ...clients });
      await this.repository.deleteSite(manager, id);
      await this.audit.record(manager, ctx.actor, {
        action: 'DELETE',
        module: MODULE,
        laoCode: site.operator_lao_code,
        subjectType: 'DISPOSAL_SITE',
        subjectId: id,
        detail: { nameTh: site.name_th },
      });
      return true;
    });
  }

  /** Whether this caller may change the site (the SPA offers the edit only then). */
  mayEdit(actor: Actor, site: DisposalSite): boolean {
    if (actor.kind !== 'user' || !actor.rights.WASTE?.includes('RECORD')) return false;
    return this.policy.coversLao(actor, { code: site.operatorLaoCode, provinceCode: site.provinceCode });
  }
}

function clientVisible(scope: AggregateScope, client: ClientRow): boolean {
  if (client.status === 'PROVINCE_CERTIFIED') return true;
  if (scope.onlyProvince) return client.lao_province_code === scope.onlyProvince;
  if (scope.ownProvince) return client.lao_province_code === scope.ownProvince;
  if (scope.ownLao) return client.lao_code === scope.ownLao;
  return true;
}
