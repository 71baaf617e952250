import type { Lang } from '@lao/domain';
import type { CertificationProgressQuery } from '../../generated/graphql';
import { localName } from '../../i18n';

export type ProgressRow = CertificationProgressQuery['certificationProgress'][number];

export interface ProgressCounts {
  total: number;
  draft: number;
  laoCertified: number;
  provinceCertified: number;
}

/** Percentage of a province's LAOs whose data is certified (by the LAO, or also by the province). */
export function certifiedPercent(row: Pick<ProgressCounts, 'total' | 'laoCertified' | 'provinceCertified'>): number {
  return row.total === 0 ? 0 : ((row.laoCertified + row.provinceCertified) / row.total) * 100;
}

/** The nation's counts: the provinces' added up. */
export function sumProgress(rows: readonly ProgressCounts[]): ProgressCounts {
  return rows.reduce(
    (sum, r) => ({
      total: sum.total + r.total,
      draft: sum.draft + r.draft,
      laoCertified: sum.laoCertified + r.laoCertified,
      provinceCertified: sum.provinceCertified + r.provinceCertified,
    }),
    { total: 0, draft: 0, laoCertified: 0, provinceCertified: 0 },
  );
}

export type ProgressSortKey = 'name' | 'percent';
export type ChartScope = 'all' | 'top' | 'bottom';
export const TOP_N = 10;

/** The table's order: by the province's name in the UI language, or by the share certified (ties by name). */
export function sortProgress(rows: readonly ProgressRow[], sort: { key: ProgressSortKey; direction: 'ascending' | 'descending' }, lang: Lang): ProgressRow[] {
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'th');
  const byName = (a: ProgressRow, b: ProgressRow) => collator.compare(localName(a.province, lang), localName(b.province, lang));
  const list = [...rows].sort((a, b) => (sort.key === 'name' ? byName(a, b) : certifiedPercent(a) - certifiedPercent(b) || byName(a, b)));
  return sort.direction === 'descending' ? list.reverse() : list;
}

/** The chart's bars, highest share first: all provinces, the top ten or the bottom ten. */
export function progressBars(rows: readonly ProgressRow[], scope: ChartScope, lang: Lang) {
  const byPercent = [...rows].sort((a, b) => certifiedPercent(b) - certifiedPercent(a) || a.provinceCode.localeCompare(b.provinceCode));
  const chosen = scope === 'top' ? byPercent.slice(0, TOP_N) : scope === 'bottom' ? byPercent.slice(-TOP_N) : byPercent;
  return chosen.map((r) => ({
    code: r.provinceCode,
    name: localName(r.province, lang),
    provincePercent: r.total ? (r.provinceCertified / r.total) * 100 : 0,
    laoPercent: r.total ? (r.laoCertified / r.total) * 100 : 0,
  }));
}
