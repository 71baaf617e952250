import { formatDate, WASTE_SECTION_LABELS, WASTE_SECTIONS, type Lang, type WasteSection } from '@lao/domain';
import type { WasteIndicatorsQuery } from '../../generated/graphql';
import type { MissingSection } from '../certification/missing';
import type { FormatTime } from '../certification/panelWords';
import { indicatorLabel, sectionIndicators, type CatalogueIndicator } from '../catalogue/indicators';
import type { CatalogueWords } from '../catalogue/words';

/**
 * Waste's adapter to the shared catalogue engine (features/catalogue): `WasteIndicator` already calls its section
 * `section`; the engine's tabs and panel name it by WASTE_SECTION_LABELS, in the report's words ("ส่วน").
 */

export type WasteIndicator = WasteIndicatorsQuery['wasteIndicators'][number];
export type Indicator = CatalogueIndicator<WasteSection>;

export function toCatalogueIndicator(indicator: WasteIndicator): Indicator {
  return indicator;
}

export function wasteSectionIndicators(catalogue: readonly Indicator[], section: WasteSection): Indicator[] {
  return sectionIndicators(catalogue, section);
}

export function sectionLabel(section: WasteSection, lang: Lang): string {
  return WASTE_SECTION_LABELS[section][lang];
}

export function isWasteSection(value: string | null | undefined): value is WasteSection {
  return typeof value === 'string' && (WASTE_SECTIONS as readonly string[]).includes(value);
}

export const WASTE_CATALOGUE_WORDS: Partial<CatalogueWords> = {
  saveAndNext: 'waste.form.saveAndNext',
  noIndicators: 'waste.form.noIndicators',
};

/** The prefix of Waste's tab and field ids (waste-tab-COLLECTION, waste-WC05). */
export const WASTE_ID_PREFIX = 'waste';
export const WASTE_PANEL_ID = 'waste-section-panel';

/** The part of the report that is not a catalogue section: where the collected waste goes (the API's DISPOSAL). */
export const DISPOSAL_PART = 'DISPOSAL';
/** The id of the disposal part's heading (the certification panel's "go to" focuses it). */
export const DISPOSAL_HEADING_ID = 'waste-disposal-title';

/** Moments as "15 มิ.ย. 2570 23:59" (Buddhist Era, Bangkok time), as INFO writes them. */
export const formatWasteTime: FormatTime = (at, lang) => formatDate(at, lang, true);

interface MissingInput {
  sections: ReadonlyArray<{ section: WasteSection; missing: readonly string[] }>;
  /** Collected t/day as saved, and whether any site is named: collecting without naming a site is incomplete. */
  collected: number | null;
  disposalCount: number;
}

/**
 * What is missing before certifying, as the API counts it: each section's required indicators without a value
 * (named from the catalogue), and the disposal part when the LAO collects waste but names no site.
 */
export function wasteMissing({ sections, collected, disposalCount }: MissingInput, catalogue: readonly Indicator[], lang: Lang, disposalLabel: string): MissingSection[] {
  const byCode = new Map(catalogue.map((i) => [i.code, i]));
  const label = (code: string) => {
    const indicator = byCode.get(code);
    return indicator ? indicatorLabel(indicator, lang) : code;
  };
  const missing: MissingSection[] = sections
    .filter((s) => s.missing.length > 0)
    .map((s) => ({ section: s.section, label: sectionLabel(s.section, lang), items: s.missing.map((code) => ({ code, label: label(code) })) }));
  if (collected !== null && collected > 0 && disposalCount === 0) {
    missing.push({ section: DISPOSAL_PART, label: disposalLabel, items: [{ code: DISPOSAL_PART, label: disposalLabel }] });
  }
  return missing;
}
