import { useQuery } from '@apollo/client/react';
import { formatNumber } from '@lao/domain';
import { useMemo, useState } from 'react';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { todayForFileName } from '../../ui/dates';
import { useTableSort } from '../../ui/sorting';
import { useExport } from '../../ui/useExport';
import type { CertifiedModule } from './moduleKit';
import { certificationProgressQuery } from './operations';
import { progressBars, sortProgress, sumProgress, type ChartScope, type ProgressSortKey } from './progress';
import { writeProgressWorkbook } from './progressExport';

/**
 * A module's certification progress in every province for a year: the nation's counts, the table's sort, the chart's
 * bars and its scope, and the Excel export of the table as it is sorted. `fileTag` names the module in the file.
 */
export function useNationalProgress(module: Pick<CertifiedModule, 'module'>, fiscalYear: number, fileTag: string) {
  const { t, lang } = useI18n();
  const progress = useQuery(certificationProgressQuery, {
    variables: { module: module.module, fiscalYear, provinceCode: null },
    fetchPolicy: 'network-only',
  });
  const rows = useMemo(() => progress.data?.certificationProgress ?? [], [progress.data]);
  const totals = useMemo(() => sumProgress(rows), [rows]);
  const { sort, sortBy } = useTableSort<ProgressSortKey>({ key: 'name', direction: 'ascending' }, (key) => (key === 'percent' ? 'descending' : 'ascending'));
  const sorted = useMemo(() => sortProgress(rows, sort, lang), [rows, sort, lang]);
  const [scope, setScope] = useState<ChartScope>('all');
  const bars = useMemo(() => progressBars(rows, scope, lang), [rows, scope, lang]);

  const exporter = useExport();
  const exportProgress = () =>
    exporter.run(async (report) => {
      report(t('national.exportingProgress'));
      const fileName = `${t('national.progressFile', { module: fileTag, year: fiscalYear })}-${todayForFileName()}.xlsx`;
      await writeProgressWorkbook(sorted, t, lang, t('national.progressSheet', { module: fileTag, year: fiscalYear }), fileName);
      return t('registry.exportDone', { file: fileName, count: formatNumber(sorted.length) });
    });

  return {
    loading: progress.loading && !progress.data,
    problem: progress.error ? apiProblem(progress.error) : null,
    rows,
    totals,
    sort,
    sortBy,
    sorted,
    scope,
    setScope,
    bars,
    exporter,
    exportProgress,
  };
}

export type NationalProgressState = ReturnType<typeof useNationalProgress>;
