import { INFO_DOMAIN_LABELS, INFO_DOMAINS } from '@lao/domain';
import type { FormDefinition } from '../catalogue/sections.service';

/** INFO's form for the shared section engine: the eight domains in the department's order (domain.md §3). */
export const INFO_FORM: FormDefinition = {
  module: 'INFO',
  sections: INFO_DOMAINS.map((code) => ({ code, labelTh: INFO_DOMAIN_LABELS[code].th, labelEn: INFO_DOMAIN_LABELS[code].en })),
};
