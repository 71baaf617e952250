import type { ApolloClient } from '@apollo/client';
import { CERTIFICATION_STATUS_LABELS, type CertificationStatus, type IndicatorValue, type Lang } from '@lao/domain';
import type { InfoValuesQuery, LocalAuthorityFilter, LpaScoresQuery } from '../../generated/graphql';
import { localName, type I18n } from '../../i18n';
import { bold, EXPORT_PAGE_SIZE, fetchAllPages, number, pageOf, text, writeWorkbook, type ExcelColumn } from '../../ui/excel';
import { formatIndicatorValue, indicatorLabel, indicatorUnit } from '../catalogue/indicators';
import type { Indicator } from './infoCatalogue';
import { infoValuesQuery, lpaScoresQuery } from './operations';

type ValuesNode = InfoValuesQuery['infoValues']['edges'][number]['node'];

/** One LAO's row of the values sheet: the LAO, its INFO status for the year and the chosen values in order. */
export interface ValuesRow {
  laoCode: string;
  lao: ValuesNode['localAuthority'];
  status: CertificationStatus | null;
  values: Map<string, IndicatorValue>;
}

/** The API's limit of indicators in one infoValues request. */
export const MAX_EXPORT_INDICATORS = 50;

/**
 * Every LAO of the filter with the chosen indicators' values and its status. infoValues carries no status, so each
 * page is paired with the same page of lpaScores (same filter, same page size, both ordered by LAO code) and joined
 * by code. Stops between pages when `signal` aborts.
 */
export async function fetchInfoValues(
  client: ApolloClient,
  args: { fiscalYear: number; indicatorCodes: string[]; filter: LocalAuthorityFilter },
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ValuesRow[]> {
  const statuses = new Map<string, CertificationStatus>();
  let statusCursor: string | null = null;
  const nodes = await fetchAllPages<ValuesNode>(
    async (after) => {
      const [values, scores] = await Promise.all([
        client.query<InfoValuesQuery>({
          query: infoValuesQuery,
          variables: { ...args, first: EXPORT_PAGE_SIZE, after },
          fetchPolicy: 'no-cache',
        }),
        client.query<LpaScoresQuery>({
          query: lpaScoresQuery,
          variables: { fiscalYear: args.fiscalYear, filter: args.filter, first: EXPORT_PAGE_SIZE, after: statusCursor },
          fetchPolicy: 'no-cache',
        }),
      ]);
      const statusPage = pageOf(scores.data?.lpaScores);
      for (const node of statusPage.nodes) statuses.set(node.laoCode, node.status);
      statusCursor = statusPage.endCursor ?? null;
      return pageOf(values.data?.infoValues);
    },
    onProgress,
    signal,
  );
  return nodes.map((node) => ({
    laoCode: node.laoCode,
    lao: node.localAuthority,
    status: statuses.get(node.laoCode) ?? null,
    values: new Map(node.values.map((v) => [v.indicatorCode, v.value as IndicatorValue])),
  }));
}

/** A value's cell: numbers stay numbers (Excel sums them); other kinds as people read them. */
function valueCell(indicator: Indicator, value: IndicatorValue | undefined, lang: Lang, yesNo: { yes: string; no: string }) {
  if (value === null || value === undefined) return null;
  if ((indicator.valueType === 'INTEGER' || indicator.valueType === 'DECIMAL') && typeof value === 'number') {
    const decimals = indicator.valueType === 'DECIMAL' ? (indicator.decimals ?? 2) : 0;
    return number(value, decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');
  }
  // The unit is in the header: a choice or a text without it.
  const shown = formatIndicatorValue({ ...indicator, unit: null, unitEn: null }, value, lang, yesNo);
  return shown === null ? null : text(shown);
}

/** The header of an indicator's column: its label, and its unit in brackets when it has one. */
export function indicatorHeader(indicator: Indicator, lang: Lang): string {
  const unit = indicatorUnit(indicator, lang);
  return unit ? `${indicatorLabel(indicator, lang)} (${unit})` : indicatorLabel(indicator, lang);
}

/** The sheet: code, name, province, district, status, then one column per chosen indicator in the order chosen. */
export function valuesColumns(indicators: readonly Indicator[], t: I18n['t'], lang: Lang): ExcelColumn<ValuesRow>[] {
  const yesNo = { yes: t('catalogue.yes'), no: t('catalogue.no') };
  return [
    { header: bold(t('registry.col.code')), cell: (r) => text(r.laoCode), width: 11 },
    { header: bold(t('infoProvince.col.lao')), cell: (r) => text(localName(r.lao, lang)), width: 34 },
    { header: bold(t('registry.col.province')), cell: (r) => text(localName(r.lao.province, lang)), width: 18 },
    { header: bold(t('infoProvince.col.district')), cell: (r) => text(r.lao.district ? localName(r.lao.district, lang) : ''), width: 18 },
    { header: bold(t('infoProvince.col.status')), cell: (r) => text(r.status ? CERTIFICATION_STATUS_LABELS[r.status][lang] : ''), width: 24 },
    ...indicators.map(
      (indicator): ExcelColumn<ValuesRow> => ({
        header: bold(indicatorHeader(indicator, lang)),
        cell: (r) => valueCell(indicator, r.values.get(indicator.code), lang, yesNo),
        width: 18,
      }),
    ),
  ];
}

export function writeValuesWorkbook(rows: ValuesRow[], indicators: readonly Indicator[], t: I18n['t'], lang: Lang, year: number, fileName: string) {
  return writeWorkbook(rows, t('infoExport.sheet', { year }), valuesColumns(indicators, t, lang), fileName);
}
