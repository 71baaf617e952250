import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import { AccessPolicy } from '../auth/access-policy.service';
import type { RequestContext } from '../common/context';
import { Ctx } from '../common/current.decorators';
import { PageArgs } from '../common/paging';
import {
  Beneficiary,
  BeneficiaryConnection,
  BeneficiaryEvent,
  BeneficiaryFilter,
  BeneficiaryStatusInput,
  EndBeneficiaryInput,
  NationalIdCheck,
  RegisterBeneficiaryInput,
  UpdateBeneficiaryInput,
} from './welfare.models';
import { WelfareRepository } from './welfare.repository';
import { WelfareService } from './welfare.service';

/** The allowance registry's names (api-contract.md, "Welfare"): people, enrolments and their history. */
@Resolver(() => Beneficiary)
export class WelfareResolver {
  constructor(
    private readonly welfare: WelfareService,
    private readonly repository: WelfareRepository,
    private readonly policy: AccessPolicy,
  ) {}

  @Access({ module: 'WELFARE', right: 'VIEW', lao: (args) => args.laoCode })
  @Query(() => BeneficiaryConnection, { description: "An LAO's enrolments by name; search by national ID (prefix) or name. Personal fields masked without PERSONAL_DATA." })
  welfareBeneficiaries(
    @Args('laoCode') laoCode: string,
    @Args('filter', { type: () => BeneficiaryFilter, nullable: true }) filter: BeneficiaryFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.welfare.list(ctx, laoCode, filter, page);
  }

  @Access({ module: 'WELFARE', right: 'VIEW' })
  @Query(() => Beneficiary, { nullable: true, description: 'One enrolment; FORBIDDEN outside the caller\'s scope.' })
  async welfareBeneficiary(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const beneficiary = await this.welfare.one(id);
    if (beneficiary) await this.policy.assertLao(ctx.actor, 'WELFARE', 'VIEW', beneficiary.laoCode);
    return beneficiary;
  }

  @Access({ module: 'WELFARE', right: 'RECORD' })
  @Query(() => NationalIdCheck, { description: 'Where a national ID is enrolled anywhere, without personal data (for registering and transfers); audited.' })
  welfareCheckNationalId(@Args('nationalId') nationalId: string, @Ctx() ctx: RequestContext) {
    return this.welfare.checkNationalId(ctx, nationalId);
  }

  // The LAO is checked by the service (through the same policy), so that an unknown one is refused naming the field.
  @Access({ module: 'WELFARE', right: 'RECORD' })
  @Mutation(() => Beneficiary, { description: 'ลงทะเบียน. CONFLICT with extensions.reason DUPLICATE and extensions.laoCode when enrolled for the type anywhere.' })
  registerBeneficiary(@Args('input') input: RegisterBeneficiaryInput, @Ctx() ctx: RequestContext) {
    return this.welfare.register(ctx, input);
  }

  @Access({ module: 'WELFARE', right: 'RECORD' })
  @Mutation(() => Beneficiary, { description: 'Changes address, phone, payment method or bank account of a live enrolment of the caller\'s LAO.' })
  updateBeneficiary(@Args('input') input: UpdateBeneficiaryInput, @Ctx() ctx: RequestContext) {
    return this.welfare.update(ctx, input);
  }

  @Access({ module: 'WELFARE', right: 'RECORD' })
  @Mutation(() => Beneficiary, { description: 'Ends an enrolment with a reason and date (MOVED: the new LAO then registers the person). CONFLICT when already ended.' })
  endBeneficiary(@Args('input') input: EndBeneficiaryInput, @Ctx() ctx: RequestContext) {
    return this.welfare.end(ctx, input);
  }

  @Access({ module: 'WELFARE', right: 'RECORD' })
  @Mutation(() => Beneficiary, { description: 'ระงับการจ่าย from a day.' })
  suspendBeneficiary(@Args('input') input: BeneficiaryStatusInput, @Ctx() ctx: RequestContext) {
    return this.welfare.setSuspended(ctx, input, true);
  }

  @Access({ module: 'WELFARE', right: 'RECORD' })
  @Mutation(() => Beneficiary, { description: 'Resumes payments from a day.' })
  resumeBeneficiary(@Args('input') input: BeneficiaryStatusInput, @Ctx() ctx: RequestContext) {
    return this.welfare.setSuspended(ctx, input, false);
  }

  @Access({ module: 'WELFARE', right: 'VIEW' })
  @Mutation(() => String, { description: 'The full national ID for a stated purpose (PERSONAL_DATA needed); on the audit trail as REVEAL.' })
  revealNationalId(@Args('id', { type: () => ID }) id: string, @Args('purpose') purpose: string, @Ctx() ctx: RequestContext) {
    return this.welfare.revealNationalId(ctx, id, purpose);
  }

  @ResolveField(() => [BeneficiaryEvent], { description: 'Every change, oldest first (batched for a page).' })
  async history(@Parent() beneficiary: Beneficiary, @Ctx() ctx: RequestContext): Promise<BeneficiaryEvent[]> {
    const loader = ctx.loaders.get<string, BeneficiaryEvent[]>('welfare.history', async (ids) => {
      const rows = await this.repository.events(ids);
      return ids.map((id) =>
        rows
          .filter((r) => r.beneficiary_id === id)
          .map((r) => ({
            id: r.id,
            kind: r.kind,
            effectiveOn: r.effective_on,
            changes: Array.isArray(r.detail.changes) ? (r.detail.changes as string[]) : typeof r.detail.reason === 'string' ? [r.detail.reason] : [],
            note: typeof r.detail.note === 'string' ? r.detail.note : null,
            at: r.at,
            actor: r.actor,
          })),
      );
    });
    return (await loader.load(beneficiary.id)) ?? [];
  }
}
