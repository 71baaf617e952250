import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { RequestContext } from '../common/context';
import { Ctx } from '../common/current.decorators';
import { PageArgs } from '../common/paging';
import { LocalAuthority, Province } from '../registry/registry.models';
import { GeographyService } from '../registry/geography.service';
import { RegistryService } from '../registry/registry.service';
import { SitesService } from './sites.service';
import { DisposalSite, DisposalSiteClient, DisposalSiteConnection, DisposalSiteFilter, SaveDisposalSiteInput } from './waste.models';

/** Disposal sites: a connection for every viewer of Waste, changed by their operating LAO. */
@Resolver(() => DisposalSite)
export class SitesResolver {
  constructor(
    private readonly sites: SitesService,
    private readonly registry: RegistryService,
    private readonly geography: GeographyService,
  ) {}

  @Access({ module: 'WASTE', right: 'VIEW' })
  @Query(() => DisposalSiteConnection, { description: 'Disposal sites ordered by province and name; every viewer of Waste sees all (a province key its province).' })
  disposalSites(
    @Args('filter', { type: () => DisposalSiteFilter, nullable: true }) filter: DisposalSiteFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.sites.list(ctx.actor, filter, page);
  }

  @Access({ module: 'WASTE', right: 'RECORD', lao: (args) => args.input?.operatorLaoCode })
  @Mutation(() => DisposalSite, { description: 'Creates a site (no id) or changes one the LAO operates; coordinates outside Thailand are BAD_USER_INPUT.' })
  saveDisposalSite(@Args('input') input: SaveDisposalSiteInput, @Ctx() ctx: RequestContext) {
    return this.sites.save(ctx, input);
  }

  @Access({ module: 'WASTE', right: 'RECORD' })
  @Mutation(() => Boolean, { description: 'Deletes a site its operator no longer runs; CONFLICT (reason SITE_IN_USE) while LAOs send waste to it.' })
  deleteDisposalSite(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.sites.delete(ctx, id);
  }

  @ResolveField(() => LocalAuthority, { description: 'The LAO that runs the site.' })
  operator(@Parent() site: DisposalSite, @Ctx() ctx: RequestContext) {
    return this.registry.loader(ctx.loaders).load(site.operatorLaoCode);
  }

  @ResolveField(() => Province)
  province(@Parent() site: DisposalSite) {
    return this.geography.province(site.provinceCode);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may change or delete the site.' })
  editable(@Parent() site: DisposalSite, @Ctx() ctx: RequestContext) {
    return this.sites.mayEdit(ctx.actor, site);
  }

  @ResolveField(() => [DisposalSiteClient], { description: 'The LAOs sending waste here in the year (batched for a page of sites).' })
  clients(@Parent() site: DisposalSite, @Args('fiscalYear', { type: () => Int }) fiscalYear: number, @Ctx() ctx: RequestContext) {
    return this.sites.clients(ctx, site, fiscalYear);
  }

  @ResolveField(() => Number, { description: 't/day the site receives in the year from the clients the caller may see.' })
  async receivedTonnesPerDay(@Parent() site: DisposalSite, @Args('fiscalYear', { type: () => Int }) fiscalYear: number, @Ctx() ctx: RequestContext) {
    const clients = await this.sites.clients(ctx, site, fiscalYear);
    return Math.round(clients.reduce((sum, c) => sum + c.tonnesPerDay, 0) * 100) / 100;
  }
}

@Resolver(() => DisposalSiteClient)
export class SiteClientResolver {
  constructor(private readonly registry: RegistryService) {}

  @ResolveField(() => LocalAuthority)
  localAuthority(@Parent() client: DisposalSiteClient, @Ctx() ctx: RequestContext) {
    return this.registry.loader(ctx.loaders).load(client.laoCode);
  }
}
