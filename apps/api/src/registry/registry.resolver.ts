import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access, Public } from '../auth/access.decorator';
import { AccessPolicy } from '../auth/access-policy.service';
import { unauthenticated } from '../common/app-error';
import type { RequestContext } from '../common/context';
import { Ctx } from '../common/current.decorators';
import { PageArgs } from '../common/paging';
import { selects } from '../common/selection';
import { GeographyService } from './geography.service';
import {
  InfoAdmin,
  LocalAuthority,
  LocalAuthorityConnection,
  LocalAuthorityFilter,
  Province,
  UpdateLocalAuthorityContactsInput,
} from './registry.models';
import { LocalAuthoritySort } from './lao-sort';
import { RegistryService } from './registry.service';
import { Extensions } from '@nestjs/graphql';
import { hasRight } from '@lao/domain';

@Resolver(() => LocalAuthority)
export class RegistryResolver {
  constructor(
    private readonly registry: RegistryService,
    private readonly geography: GeographyService,
    private readonly policy: AccessPolicy,
  ) {}

  @Public()
  @Extensions({ listSize: 77 })
  @Query(() => [Province], { description: 'The 77 provinces with their districts, in Thai alphabetical order.' })
  provinces(): Province[] {
    return this.geography.allProvinces();
  }

  @Public()
  @Query(() => LocalAuthority, { nullable: true, description: 'One LAO by its 7-digit code; null when unknown.' })
  localAuthority(@Args('code') code: string): Promise<LocalAuthority | null> {
    return this.registry.findByCode(code);
  }

  @Public()
  @Query(() => LocalAuthorityConnection, { description: 'The LAO registry, filtered and paged (ordered by code unless `sort` says otherwise).' })
  localAuthorities(
    @Args('filter', { type: () => LocalAuthorityFilter, nullable: true }) filter: LocalAuthorityFilter | null,
    @Args() page: PageArgs,
    @Args('sort', { type: () => LocalAuthoritySort, nullable: true }) sort: LocalAuthoritySort | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Counting the whole filter is most of a page's work: only when totalCount is asked for.
    return this.registry.list(filter, page, sort, selects(info, ['totalCount']));
  }

  @Access({ module: 'REGISTRY', right: 'RECORD', lao: (args) => args.input?.laoCode })
  @Mutation(() => LocalAuthority, {
    description: "Records the LAO's website and at most two INFO administrators (seed 001). A field left out is unchanged.",
  })
  updateLocalAuthorityContacts(
    @Args('input') input: UpdateLocalAuthorityContactsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LocalAuthority> {
    return this.registry.updateContacts(ctx.actor, input);
  }

  @ResolveField(() => [InfoAdmin], {
    nullable: true,
    description:
      "INFO administrators (seed 001). Needs a login or an API key; null when the LAO is outside the caller's scope.",
  })
  infoAdmins(@Parent() lao: LocalAuthority, @Ctx() ctx: RequestContext): InfoAdmin[] | null {
    const { actor } = ctx;
    if (actor.kind === 'anonymous') throw unauthenticated();
    // Users and keys alike: VIEW on the registry (a key names the modules it reads).
    if (!hasRight(actor.rights, 'REGISTRY', 'VIEW')) return null;
    if (!this.policy.coversLao(actor, { code: lao.code, provinceCode: lao.provinceCode })) return null;
    // The phone numbers are personal: auth/personal-data.ts masks them and puts their reads on the audit trail.
    return lao.storedInfoAdmins.map((admin) => ({ ...admin, laoCode: lao.code, provinceCode: lao.provinceCode, personalSubjectId: lao.code, personalSubjectType: 'INFO_ADMINS' }));
  }
}
