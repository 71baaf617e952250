import { useApolloClient, useQuery } from '@apollo/client/react';
import { formatNumber } from '@lao/domain';
import { useMemo } from 'react';
import { apiProblem } from '../../app/errors';
import { localName, useI18n, type MessageId } from '../../i18n';
import { PAGE_SIZE, useCursorPaging } from '../../ui/paging';
import { useExport } from '../../ui/useExport';
import { useUrlFilters } from '../../ui/useUrlFilters';
import { useUrlSort } from '../../ui/useUrlSort';
import { SUBMISSION_SORT_INITIAL, SUBMISSION_SORT_KEYS, toSubmissionApiSort } from './submissionSort';
import { useProvinces } from '../registry/useProvinces';
import { exportSubmissions, type SubmissionColumn } from './exportSubmissions';
import { useFiscalYearParam } from './fiscalYear';
import { submissionFilterCodec, toSubmissionApiFilter } from './filters';
import { laoPath, provincePath, type CertifiedModule } from './moduleKit';
import { certificationProgressQuery, submissionsQuery } from './operations';

export interface ProvinceSubmissionsOptions {
  module: Pick<CertifiedModule, 'module' | 'path'>;
  provinceCode: string;
  /** The list offers the LAO-type filter (?type=). */
  byType: boolean;
}

export interface ListExport {
  fileName: string;
  sheet: string;
  columns: SubmissionColumn[];
  /** "กำลังส่งออก… {done}/{total}" and "ส่งออกไฟล์ {file} แล้ว ({count} แห่ง)" in the module's words. */
  exporting: MessageId;
  done: MessageId;
}

/**
 * Everything a province's list of LAOs needs, for either module: the fiscal year and the filter in the address,
 * cursor paging, the page of submissions, the province's progress, its name and districts, and the Excel export of
 * the whole filter. Both the list and the progress are read from the server when the page opens, so they agree.
 */
export function useProvinceSubmissions({ module: described, provinceCode, byType }: ProvinceSubmissionsOptions) {
  const module = described.module;
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const fiscal = useFiscalYearParam();
  const { year, withYear } = fiscal;
  const codec = useMemo(() => submissionFilterCodec(provinceCode, byType), [provinceCode, byType]);
  const filters = useUrlFilters(codec);
  const apiFilter = useMemo(() => toSubmissionApiFilter(provinceCode, filters.filter), [provinceCode, filters.filter]);
  // The sort lives in the address with the filter and the page (a reload, a link and Back keep all three).
  const sorting = useUrlSort(SUBMISSION_SORT_KEYS, SUBMISSION_SORT_INITIAL);
  const apiSort = useMemo(() => toSubmissionApiSort(sorting.sort), [sorting.sort]);
  const paging = useCursorPaging();
  const places = useProvinces(provinceCode);

  const progress = useQuery(certificationProgressQuery, { variables: { module, fiscalYear: year, provinceCode }, fetchPolicy: 'network-only' });
  const list = useQuery(submissionsQuery, {
    variables: { module, fiscalYear: year, filter: apiFilter, sort: apiSort, first: PAGE_SIZE, after: paging.after },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const connection = (list.data ?? list.previousData)?.submissions;
  const counts = progress.data?.certificationProgress.find((p) => p.provinceCode === provinceCode);
  const provinceName = places.province ? localName(places.province, lang) : counts ? localName(counts.province, lang) : provinceCode;

  const exporter = useExport();
  const exportList = ({ fileName, sheet, columns, exporting, done }: ListExport) =>
    exporter.run(async (report) => {
      const onProgress = (n: number, total: number) => report(t(exporting, { done: formatNumber(n), total: formatNumber(total) }));
      onProgress(0, connection?.totalCount ?? 0);
      const count = await exportSubmissions(client, { module, fiscalYear: year, filter: apiFilter, sheet, columns, fileName, onProgress });
      return t(done, { file: fileName, count: formatNumber(count) });
    });

  return {
    ...fiscal,
    filters,
    sorting,
    paging,
    places,
    provinceName,
    counts,
    progressProblem: progress.error ? apiProblem(progress.error) : null,
    connection,
    rows: connection?.edges.map((edge) => edge.node) ?? [],
    loading: list.loading,
    listProblem: list.error ? apiProblem(list.error) : null,
    /** After certify-all: the new statuses and counts (a failure shows on the queries). */
    refetch: () => Promise.all([progress.refetch(), list.refetch()]).then(() => undefined, () => undefined),
    exporter,
    exportList,
    laoHref: (laoCode: string) => withYear(laoPath(described, laoCode)),
    provinceHref: (code: string) => withYear(provincePath(described, code)),
  };
}

export type ProvinceSubmissions = ReturnType<typeof useProvinceSubmissions>;
