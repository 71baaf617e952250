import { INFO_DOMAIN_LABELS, type InfoDomain, type Lang } from '@lao/domain';
import type { InfoIndicatorsQuery } from '../../generated/graphql';
import { sectionIndicators, type CatalogueIndicator } from '../catalogue/indicators';
import type { CatalogueWords } from '../catalogue/words';

/**
 * INFO's adapter to the shared catalogue engine (features/catalogue): INFO's `Indicator` calls its section `domain`;
 * the engine's forms, tabs and panel take it as `section`, named by INFO_DOMAIN_LABELS, in INFO's words ("ด้าน").
 */

/** One indicator of INFO's catalogue as the API serves it (infoIndicators). */
export type InfoIndicator = InfoIndicatorsQuery['infoIndicators'][number];

/** An INFO indicator as the engine reads it: the domain is its section. */
export type Indicator = CatalogueIndicator<InfoDomain>;

export function toCatalogueIndicator({ domain, ...indicator }: InfoIndicator): Indicator {
  return { ...indicator, section: domain };
}

/** The domain's indicators in catalogue order. */
export function domainIndicators(catalogue: readonly Indicator[], domain: InfoDomain): Indicator[] {
  return sectionIndicators(catalogue, domain);
}

export function domainLabel(domain: InfoDomain, lang: Lang): string {
  return INFO_DOMAIN_LABELS[domain][lang];
}

/** INFO's words over the engine's: its sections are ด้าน. */
export const INFO_CATALOGUE_WORDS: Partial<CatalogueWords> = {
  saveAndNext: 'infoForm.saveAndNext',
  noIndicators: 'infoLao.noIndicators',
};

/** The prefix of INFO's tab and field ids (info-tab-DISASTER, info-DS03). */
export const INFO_ID_PREFIX = 'info';
