import { DISPOSAL_METHODS, SITE_STATUSES, WASTE_SECTIONS } from '@lao/domain';
import { registerEnumType } from '@nestjs/graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const WasteSectionEnum = asEnum(WASTE_SECTIONS);
export const DisposalMethodEnum = asEnum(DISPOSAL_METHODS);
export const SiteStatusEnum = asEnum(SITE_STATUSES);
export const WasteWarningCodeEnum = asEnum(['KG_PER_CAPITA_LOW', 'KG_PER_CAPITA_HIGH', 'CHANGE_FROM_LAST_YEAR'] as const);

registerEnumType(WasteSectionEnum, { name: 'WasteSection', description: 'The Waste report\'s sections: collection, separation and recycling, fees and costs' });
registerEnumType(DisposalMethodEnum, {
  name: 'DisposalMethod',
  description: 'Properly disposed: SANITARY_LANDFILL, INCINERATION, COMPOSTING, RDF; not: CONTROLLED_DUMP, OPEN_DUMP; TRANSFER_STATION passes waste on',
});
registerEnumType(SiteStatusEnum, { name: 'SiteStatus' });
registerEnumType(WasteWarningCodeEnum, {
  name: 'WasteWarningCode',
  description: 'A value accepted but implausible: generation below 0.2 or above 3 kg per person per day, or more than ±50 % from last year',
});
