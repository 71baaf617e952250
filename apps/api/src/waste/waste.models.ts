import type { CertificationStatus, DisposalMethod, SiteStatus, WasteSection, WasteWarningCode } from '@lao/domain';
import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IndicatorFields, IndicatorValueInput, IndicatorValueModel } from '../catalogue/catalogue.models';
import { SubmissionFields } from '../certification/certification.models';
import { CertificationStatusEnum } from '../common/enums';
import { Paginated } from '../common/paging';
import { DisposalMethodEnum, SiteStatusEnum, WasteSectionEnum, WasteWarningCodeEnum } from './waste.enums';

@ObjectType({ description: "One indicator of the Waste report's catalogue for a fiscal year." })
export class WasteIndicator extends IndicatorFields {
  @Field(() => WasteSectionEnum)
  section: WasteSection;
}

@ObjectType({ description: "One section of an LAO's Waste report." })
export class WasteReportSection {
  @Field(() => WasteSectionEnum)
  section: WasteSection;

  @Field()
  complete: boolean;

  @Field(() => [String], { description: 'Codes of required indicators without a value.' })
  missing: string[];

  @Field(() => [IndicatorValueModel], { description: 'In catalogue order; null where nothing is recorded.' })
  values: IndicatorValueModel[];

  @Field(() => Date, { nullable: true })
  savedAt: Date | null;
}

@ObjectType({ description: 'SDG 11.6.1-style figures; shares are 0–1 and null where a part is missing.' })
export class WasteFigures {
  @Field(() => Float, { nullable: true, description: 'Population served by collection (WC03).' })
  populationServed: number | null;

  @Field(() => Float, { nullable: true, description: 'Solid waste generated, t/day (WC05).' })
  generatedTonnesPerDay: number | null;

  @Field(() => Float, { nullable: true, description: 'Solid waste collected, t/day (WC06).' })
  collectedTonnesPerDay: number | null;

  @Field(() => Float, { nullable: true, description: 'Sent to sanitary landfills, incinerators, composting and RDF plants, t/day.' })
  properlyDisposedTonnesPerDay: number | null;

  @Field(() => Float, { nullable: true, description: 'Recycled and composted, t/year (WS04 + WS05).' })
  recycledTonnesPerYear: number | null;

  @Field(() => Float, { nullable: true, description: 'Generated t/day × 1,000 ÷ population (WC05, WC01).' })
  kgPerCapitaPerDay: number | null;

  @Field(() => Float, { nullable: true, description: 'Population served ÷ population (WC03 ÷ WC01).' })
  collectionCoverage: number | null;

  @Field(() => Float, { nullable: true, description: 'Properly disposed ÷ generated.' })
  properDisposalShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Recycled and composted per year ÷ generated per year.' })
  recyclingRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Fee revenue ÷ operating cost (WF03 ÷ WF04); may exceed 1.' })
  costRecovery: number | null;
}

@ObjectType({ description: 'A value accepted but implausible, for the province to check before confirming.' })
export class WasteWarning {
  @Field(() => WasteWarningCodeEnum)
  code: WasteWarningCode;

  @Field(() => [String])
  indicatorCodes: string[];

  @Field(() => Float, { description: 'kg per person per day, or the indicator\'s value this year.' })
  value: number;

  @Field(() => Float, { nullable: true, description: "Last year's value (CHANGE_FROM_LAST_YEAR)." })
  previous: number | null;
}

@ObjectType({ description: 'A solid-waste disposal site, run by one LAO and shared by those sending waste to it.' })
export class DisposalSite {
  @Field(() => ID)
  id: string;

  @Field()
  nameTh: string;

  @Field(() => DisposalMethodEnum)
  method: DisposalMethod;

  @Field(() => SiteStatusEnum)
  status: SiteStatus;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @Field(() => Float, { nullable: true })
  capacityTonnesPerDay: number | null;

  @Field(() => Int, { nullable: true, description: 'Buddhist-Era year it opened.' })
  openedYear: number | null;

  operatorLaoCode: string;
  provinceCode: string;
}

@ObjectType()
export class DisposalSiteConnection extends Paginated(DisposalSite, 'DisposalSite') {}

@ObjectType({ description: 'An LAO sending waste to a site in a fiscal year.' })
export class DisposalSiteClient {
  @Field()
  laoCode: string;

  @Field(() => Float)
  tonnesPerDay: number;
}

@ObjectType({ description: "Where an LAO's collected waste goes." })
export class WasteDisposalUse {
  @Field(() => DisposalSite)
  site: DisposalSite;

  @Field(() => Float)
  tonnesPerDay: number;
}

@ObjectType({ description: "An LAO's Waste report for a fiscal year, certified by the LAO and confirmed by the province." })
export class WasteReport extends SubmissionFields {
  @Field(() => [WasteReportSection], { description: 'The three sections in order.' })
  sections: WasteReportSection[];

  @Field(() => [WasteDisposalUse])
  disposal: WasteDisposalUse[];

  @Field(() => WasteFigures)
  figures: WasteFigures;

  @Field(() => [WasteWarning], { description: 'Implausible values (accepted); the province sees them before confirming.' })
  warnings: WasteWarning[];
}

@ObjectType({ description: 'Waste figures of a province (national summary) or of an LAO (a province\'s summary).' })
export class WasteSummaryRow extends WasteFigures {
  @Field({ description: 'Province code, or LAO code in a province\'s summary.' })
  code: string;

  @Field()
  nameTh: string;

  @Field(() => Int, { description: 'LAOs with a report counted (certified ones only when certifiedOnly).' })
  reporting: number;

  @Field(() => Int, { description: 'LAOs of the province (or 1 for an LAO row).' })
  total: number;

  @Field(() => Int, { description: 'Implausible values among the reports counted.' })
  warnings: number;

  @Field(() => CertificationStatusEnum, { nullable: true, description: "An LAO row's certification status; null for a province row." })
  status: CertificationStatus | null;

  @Field(() => Float, { nullable: true, description: "An LAO row's position: the tonnage-weighted centre of the sites it uses or runs." })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;
}

@InputType()
export class SaveWasteSectionInput {
  @Field()
  laoCode: string;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => WasteSectionEnum)
  section: WasteSection;

  @Field(() => [IndicatorValueInput], { description: 'Values not listed keep what they had; null clears one.' })
  values: IndicatorValueInput[];
}

@InputType()
export class WasteDisposalUseInput {
  @Field(() => ID)
  siteId: string;

  @Field(() => Float)
  tonnesPerDay: number;
}

@InputType()
export class SaveWasteDisposalInput {
  @Field()
  laoCode: string;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => [WasteDisposalUseInput], { description: 'Replaces every use of the year; they add up to no more than collected t/day.' })
  uses: WasteDisposalUseInput[];
}

@InputType()
export class SaveDisposalSiteInput {
  @Field(() => ID, { nullable: true, description: 'Absent: a new site.' })
  id?: string | null;

  @Field()
  operatorLaoCode: string;

  @Field()
  nameTh: string;

  @Field(() => DisposalMethodEnum)
  method: DisposalMethod;

  @Field(() => SiteStatusEnum)
  status: SiteStatus;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @Field(() => Float, { nullable: true })
  capacityTonnesPerDay?: number | null;

  @Field(() => Int, { nullable: true, description: 'Buddhist-Era year.' })
  openedYear?: number | null;
}

@InputType()
export class DisposalSiteFilter {
  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => DisposalMethodEnum, { nullable: true })
  method?: DisposalMethod | null;

  @Field(() => SiteStatusEnum, { nullable: true })
  status?: SiteStatus | null;
}
