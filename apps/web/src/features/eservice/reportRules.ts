import { ESERVICE_SIDES, type Lang } from '@lao/domain';
import { localName } from '../../i18n';
import type { ChartSection } from './AdoptionChart';
import type { AdoptionRow, ProvinceAdoptionRow } from './exportExcel';

export type ProvinceSortKey = 'province' | 'laoCount' | 'respondents' | 'respondentShare' | 'offeringAny' | 'offeringAnyShare' | 'offeredShare';
export type ChartOrder = 'survey' | 'high' | 'low';

/** A part of a whole, 0 when there is no whole. */
export const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** Per-province values with the shares the table derives. */
export function provinceValue(row: ProvinceAdoptionRow, key: ProvinceSortKey, lang: Lang): number | string {
  switch (key) {
    case 'province':
      return localName(row.province, lang);
    case 'respondentShare':
      return share(row.respondents, row.laoCount);
    case 'offeringAnyShare':
      return share(row.offeringAny, row.respondents);
    default:
      return row[key];
  }
}

export function sortProvinces(rows: readonly ProvinceAdoptionRow[], sort: { key: ProvinceSortKey; direction: 'ascending' | 'descending' }, lang: Lang) {
  return [...rows].sort((a, b) => {
    const x = provinceValue(a, sort.key, lang);
    const y = provinceValue(b, sort.key, lang);
    const c = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, lang) : Number(x) - Number(y);
    return sort.direction === 'ascending' ? c : -c;
  });
}

/** The key figures over the chosen province, or the nation. */
export function reportTotals(rows: readonly ProvinceAdoptionRow[], province: string) {
  const chosen = province ? rows.filter((r) => r.provinceCode === province) : rows;
  return chosen.reduce(
    (sum, r) => ({ laoCount: sum.laoCount + r.laoCount, respondents: sum.respondents + r.respondents, offeringAny: sum.offeringAny + r.offeringAny }),
    { laoCount: 0, respondents: 0, offeringAny: 0 },
  );
}

export interface ChartWords {
  /** "ด้านที่ 2 งานบริการ…" for a side, from the rows' titles (the catalogue in the database). */
  sideHeading: (side: number) => string;
  /** "ด้าน 2 · ชื่อรายการ" when all items are in one list. */
  sideShort: (side: number, name: string) => string;
  itemName: (row: AdoptionRow) => string;
}

/** The chart's sections: survey order grouped by side, or every item by its share (highest or lowest first). */
export function chartSections(items: readonly AdoptionRow[], order: ChartOrder, words: ChartWords): ChartSection[] {
  const bar = (r: AdoptionRow) => ({ key: r.itemCode, label: words.itemName(r), share: r.offeredShare, offered: r.offered, answered: r.answered });
  if (order === 'survey') {
    return ESERVICE_SIDES.map((side) => ({ key: String(side), title: words.sideHeading(side), bars: items.filter((r) => r.side === side).map(bar) })).filter(
      (s) => s.bars.length > 0,
    );
  }
  const all = [...items].sort((a, b) => (order === 'high' ? b.offeredShare - a.offeredShare : a.offeredShare - b.offeredShare) || a.itemCode.localeCompare(b.itemCode));
  return [{ key: 'all', title: null, bars: all.map((r) => ({ ...bar(r), label: words.sideShort(r.side, words.itemName(r)) })) }];
}
