import { CERTIFICATION_STATUS_LABELS, WASTE_FIGURES, type Lang, type WasteFigure } from '@lao/domain';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { WasteSummaryQuery } from '../../generated/graphql';
import type { I18n } from '../../i18n';
import { bold, number, text, writeWorkbook, type ExcelColumn } from '../../ui/excel';
import type { SortDirection } from '../../ui/sorting';
import { figureLabelKey, figureUnitKey, isShareFigure } from './figures';

/** A row of wasteSummary: a province (national) or an LAO of a province. */
export type SummaryRow = WasteSummaryQuery['wasteSummary'][number];

export type SummarySortKey = 'name' | 'reporting' | 'warnings' | WasteFigure;

export function isWasteFigure(value: string | null): value is WasteFigure {
  return value !== null && (WASTE_FIGURES as readonly string[]).includes(value);
}

/** The figure the page maps and ranks by, kept in the address (?figure=…; kg per person per day when absent). */
export const DEFAULT_FIGURE: WasteFigure = 'kgPerCapitaPerDay';

export function useFigureParam() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('figure');
  const figure = isWasteFigure(raw) ? raw : DEFAULT_FIGURE;
  const setFigure = useCallback(
    (next: WasteFigure) =>
      setParams(
        (previous) => {
          const copy = new URLSearchParams(previous);
          if (next === DEFAULT_FIGURE) copy.delete('figure');
          else copy.set('figure', next);
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { figure, setFigure };
}

/** A link that keeps the chosen figure (the province page ranks by what the national map showed). */
export function withFigure(href: string, figure: WasteFigure): string {
  if (figure === DEFAULT_FIGURE) return href;
  return `${href}${href.includes('?') ? '&' : '?'}figure=${figure}`;
}

/**
 * The summary table's sort, tied to the chosen figure: choosing a figure ranks by it (largest first), sorting by a
 * figure's column chooses it (the map follows), and the name, reporting and warnings columns sort on their own.
 */
export function useSummarySort() {
  const { figure, setFigure } = useFigureParam();
  const [sort, setSort] = useState<{ key: SummarySortKey; direction: SortDirection }>({ key: figure, direction: 'descending' });
  const chooseFigure = (next: WasteFigure) => {
    setFigure(next);
    setSort({ key: next, direction: 'descending' });
  };
  const sortBy = (key: SummarySortKey) => {
    if (isWasteFigure(key)) setFigure(key);
    setSort((previous) => (previous.key === key ? { key, direction: previous.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: firstDirection(key) }));
  };
  return { figure, chooseFigure, sort, sortBy };
}

function sortValue(row: SummaryRow, key: SummarySortKey): number | string | null {
  if (key === 'name') return row.nameTh;
  if (key === 'reporting') return row.total ? row.reporting / row.total : null;
  if (key === 'warnings') return row.warnings;
  return row[key];
}

/** Rows sorted by a column; rows without a value always last, names in Thai order. */
export function sortSummary(rows: readonly SummaryRow[], sort: { key: SummarySortKey; direction: SortDirection }): SummaryRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) return x === y ? a.nameTh.localeCompare(b.nameTh, 'th') : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'th') : x - (y as number);
    return order !== 0 ? order * sign : a.nameTh.localeCompare(b.nameTh, 'th');
  });
}

/** Names first, A–Z; counts and figures largest first. */
export const firstDirection = (key: SummarySortKey): SortDirection => (key === 'name' ? 'ascending' : 'descending');

/** Excel number formats: shares as per cent, people whole, tonnages with two places. */
function excelFormat(figure: WasteFigure): string {
  if (isShareFigure(figure)) return '0.0%';
  if (figure === 'populationServed') return '#,##0';
  return '#,##0.00';
}

/** The summary sheet: the row's code and name, its reporting (or status), warnings and every figure. */
export function summaryColumns(t: I18n['t'], lang: Lang, level: 'nation' | 'province'): ExcelColumn<SummaryRow>[] {
  const figure = (f: WasteFigure): ExcelColumn<SummaryRow> => ({
    header: bold(isShareFigure(f) ? t(figureLabelKey(f)) : `${t(figureLabelKey(f))} (${t(figureUnitKey(f))})`),
    cell: (r) => (r[f] === null ? null : number(r[f], excelFormat(f))),
    width: 20,
  });
  const place: ExcelColumn<SummaryRow>[] =
    level === 'nation'
      ? [
          { header: bold(t('waste.col.reporting')), cell: (r) => number(r.reporting), width: 14 },
          { header: bold(t('waste.col.total')), cell: (r) => number(r.total), width: 14 },
        ]
      : [{ header: bold(t('waste.col.status')), cell: (r) => text(r.status ? CERTIFICATION_STATUS_LABELS[r.status][lang] : ''), width: 24 }];
  return [
    { header: bold(t(level === 'nation' ? 'waste.col.provinceCode' : 'waste.col.laoCode')), cell: (r) => text(r.code), width: 11 },
    { header: bold(t(level === 'nation' ? 'waste.col.province' : 'waste.col.lao')), cell: (r) => text(r.nameTh), width: 34 },
    ...place,
    { header: bold(t('waste.col.warnings')), cell: (r) => number(r.warnings), width: 12 },
    ...WASTE_FIGURES.map(figure),
  ];
}

export function writeSummaryWorkbook(rows: SummaryRow[], t: I18n['t'], lang: Lang, level: 'nation' | 'province', sheet: string, fileName: string) {
  return writeWorkbook(rows, sheet, summaryColumns(t, lang, level), fileName);
}
