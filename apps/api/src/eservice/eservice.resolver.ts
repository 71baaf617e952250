import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import { SubmissionFieldsResolver } from '../certification/certification.resolver';
import { CertificationService } from '../certification/certification.service';
import type { RequestContext } from '../common/context';
import { Ctx } from '../common/current.decorators';
import { RegistryService } from '../registry/registry.service';
import {
  AddEServiceItemInput,
  EServiceItem,
  EServiceItemAdoption,
  EServiceProvinceAdoption,
  EServiceSide,
  EServiceSurvey,
  SaveEServiceSideInput,
} from './eservice.models';
import { EServiceService } from './eservice.service';
import { EServiceReportsService } from './eservice-reports.service';

/** The e-Service survey's names (api-contract.md, "e-Service survey"); certification fields from the shared base. */
@Resolver(() => EServiceSurvey)
export class EServiceResolver extends SubmissionFieldsResolver(EServiceSurvey) {
  constructor(
    readonly certification: CertificationService,
    readonly registry: RegistryService,
    private readonly eservice: EServiceService,
    private readonly reports: EServiceReportsService,
  ) {
    super();
  }

  @Access({ module: 'ESERVICE', right: 'VIEW', lao: (args) => args.laoCode })
  @Query(() => EServiceSurvey, { description: "An LAO's survey for a fiscal year, sides 1–6 with preset and added items." })
  eServiceSurvey(@Args('laoCode') laoCode: string, @Args('fiscalYear', { type: () => Int }) fiscalYear: number, @Ctx() ctx: RequestContext) {
    return this.eservice.survey(laoCode, fiscalYear, ctx);
  }

  @Access({ module: 'ESERVICE', right: 'RECORD', lao: (args) => args.input?.laoCode })
  @Mutation(() => EServiceSide, { description: 'บันทึกและไปด้านถัดไป: the answers of one side; items not listed keep theirs.' })
  saveEServiceSide(@Args('input') input: SaveEServiceSideInput, @Ctx() ctx: RequestContext) {
    return this.eservice.saveSide(ctx, input);
  }

  @Access({ module: 'ESERVICE', right: 'RECORD', lao: (args) => args.input?.laoCode })
  @Mutation(() => EServiceItem, { description: 'An item of the LAO\'s own: under a sub-group in sides 1–3, at the top in sides 4–6.' })
  addEServiceItem(@Args('input') input: AddEServiceItemInput, @Ctx() ctx: RequestContext) {
    return this.eservice.addItem(ctx, input);
  }

  @Access({ module: 'ESERVICE', right: 'RECORD' })
  @Mutation(() => Boolean, { description: 'Deletes an item the LAO added; preset items refuse (FORBIDDEN).' })
  deleteEServiceItem(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.eservice.deleteItem(ctx, id);
  }

  @Access({ module: 'ESERVICE', right: 'CERTIFY', lao: (args) => args.laoCode })
  @Mutation(() => EServiceSurvey, { description: 'รับรองข้อมูลและส่งจังหวัด: INCOMPLETE with extensions.incompleteSides while a side is incomplete.' })
  certifyEServiceSurvey(@Args('laoCode') laoCode: string, @Args('fiscalYear', { type: () => Int }) fiscalYear: number, @Ctx() ctx: RequestContext) {
    return this.eservice.certify(ctx, laoCode, fiscalYear);
  }

  @Access({ module: 'ESERVICE', right: 'VIEW' })
  @Query(() => [EServiceItemAdoption], { description: 'Adoption of each preset service item, nationally or in one province.' })
  eServiceAdoption(
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('provinceCode', { type: () => String, nullable: true }) provinceCode: string | null,
    @Args('certifiedOnly', { type: () => Boolean, nullable: true, description: 'Count only certified surveys.' }) certifiedOnly: boolean | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.reports.adoption(ctx.actor, fiscalYear, provinceCode, certifiedOnly ?? false);
  }

  @Access({ module: 'ESERVICE', right: 'VIEW' })
  @Query(() => [EServiceProvinceAdoption], { description: 'Per province: respondents and how much is offered online.' })
  eServiceProvinceAdoption(
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('certifiedOnly', { type: () => Boolean, nullable: true, description: 'Count only certified surveys.' }) certifiedOnly: boolean | null,
    @Ctx() ctx: RequestContext,
  ) {
    return this.reports.provinceAdoption(ctx.actor, fiscalYear, certifiedOnly ?? false);
  }
}
