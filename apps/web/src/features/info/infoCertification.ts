import { INFO_DOMAIN_LABELS, INFO_DOMAINS, type InfoDomain, type Lang } from '@lao/domain';
import { formatMoment } from '../../ui/dates';
import type { MissingSection } from '../certification/missing';
import type { FormatTime } from '../certification/panelWords';
import { indicatorLabel, type CatalogueIndicator } from '../catalogue/indicators';

/** INFO writes moments as "15 มิ.ย. 2570 23:59" (Buddhist Era, Bangkok time). */
export const formatInfoTime: FormatTime = (at, lang) => formatMoment(at, lang);

export function isDomain(value: string | null | undefined): value is InfoDomain {
  return typeof value === 'string' && (INFO_DOMAINS as readonly string[]).includes(value);
}

/**
 * What the API says is missing (InfoSection.missing: the required indicators without a value), per domain in the
 * given order, with the indicators' labels from the catalogue; complete domains are left out.
 */
export function infoMissing(
  sections: ReadonlyArray<{ domain: InfoDomain; missing: readonly string[] }>,
  catalogue: readonly Pick<CatalogueIndicator, 'code' | 'labelTh' | 'labelEn'>[],
  lang: Lang,
): MissingSection[] {
  const byCode = new Map(catalogue.map((i) => [i.code, i]));
  const label = (code: string) => {
    const indicator = byCode.get(code);
    return indicator ? indicatorLabel(indicator, lang) : code;
  };
  return sections
    .filter((s) => s.missing.length > 0)
    .map((s) => ({
      section: s.domain,
      label: INFO_DOMAIN_LABELS[s.domain][lang],
      items: s.missing.map((code) => ({ code, label: label(code) })),
    }));
}
