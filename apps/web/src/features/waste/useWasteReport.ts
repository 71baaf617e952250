import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { WASTE_CODES, type IndicatorValue, type WasteSection } from '@lao/domain';
import { useMemo } from 'react';
import { apiProblem } from '../../app/errors';
import type { WasteDisposalUseInput, WasteReportFieldsFragment } from '../../generated/graphql';
import { valuesByCode } from '../catalogue/indicators';
import { runSectionSave, type IndicatorValueInput, type SectionSaveResult } from '../catalogue/save';
import { certifyWasteMutation, saveWasteDisposalMutation, saveWasteSectionMutation, wasteIndicatorsQuery, wasteReportQuery } from './operations';
import { sectionRuleIssues } from './rules';
import { toCatalogueIndicator } from './wasteCatalogue';

export type WasteReportData = WasteReportFieldsFragment;

/** Every section's stored values in one map (the cross-field rules read the whole report). */
export function reportValues(report: Pick<WasteReportData, 'sections'> | undefined): Map<string, IndicatorValue> {
  return valuesByCode((report?.sections ?? []).flatMap((s) => s.values).filter((v) => v.value !== null));
}

/** Collected t/day as stored (what the API holds the disposal uses against). */
export function storedCollected(values: ReadonlyMap<string, IndicatorValue>): number | null {
  const value = values.get(WASTE_CODES.collected);
  return typeof value === 'number' ? value : null;
}

/**
 * An LAO's Waste report for one fiscal year as the LAO page needs it: the catalogue (cached), the report (fresh on
 * opening), saving a section (the shared rules checked first, then the API's), saving where the waste goes and
 * certifying. Every mutation answers the whole report, which replaces the cached one: no second request.
 */
export function useWasteReport(laoCode: string, fiscalYear: number) {
  const variables = { laoCode, fiscalYear };
  const catalogue = useQuery(wasteIndicatorsQuery, { variables: { fiscalYear }, fetchPolicy: 'cache-first' });
  const report = useQuery(wasteReportQuery, { variables, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const writeReport = (cache: ApolloCache, data: WasteReportData | undefined) => {
    if (data) cache.writeQuery({ query: wasteReportQuery, variables, data: { wasteReport: data } });
  };
  const [saveSection] = useMutation(saveWasteSectionMutation, { update: (cache, { data }) => writeReport(cache, data?.saveWasteSection) });
  const [saveDisposalUses] = useMutation(saveWasteDisposalMutation, {
    update: (cache, { data }) => writeReport(cache, data?.saveWasteDisposal),
    // The LAO's own sites on the page show what they receive.
    refetchQueries: ['WasteProvinceSites'],
  });
  const [certifyReport] = useMutation(certifyWasteMutation, { update: (cache, { data }) => writeReport(cache, data?.certifyWaste) });
  const indicators = useMemo(() => (catalogue.data?.wasteIndicators ?? []).map(toCatalogueIndicator), [catalogue.data]);
  const data = report.data?.wasteReport;
  const values = useMemo(() => reportValues(data), [data]);

  const refetch = () =>
    report.refetch().then(
      () => undefined,
      () => undefined, // the query shows its own error
    );

  const save = async (section: WasteSection, sent: IndicatorValueInput[]): Promise<SectionSaveResult> => {
    const issues = sectionRuleIssues(values, sent);
    if (issues.length > 0) return { ok: false, fields: issues };
    return runSectionSave(
      async () => {
        const result = await saveSection({ variables: { input: { laoCode, fiscalYear, section, values: sent } } });
        return result.data?.saveWasteSection.sections.find((s) => s.section === section)?.values;
      },
      (problem) => (problem.code === 'CONFLICT' || problem.code === 'WINDOW_CLOSED' ? refetch() : undefined),
    );
  };

  /** Replaces the uses; rejects with the server's error (the editor shows it). */
  const saveDisposal = async (uses: WasteDisposalUseInput[]) => {
    try {
      await saveDisposalUses({ variables: { input: { laoCode, fiscalYear, uses } } });
    } catch (e) {
      const problem = apiProblem(e);
      if (problem.code === 'CONFLICT' || problem.code === 'WINDOW_CLOSED') await refetch();
      throw e;
    }
  };

  const loadError = (!data && report.error) || (!catalogue.data && catalogue.error) || null;
  return {
    data,
    values,
    catalogue: indicators,
    loading: (report.loading && !data) || (catalogue.loading && !catalogue.data),
    loadProblem: loadError ? apiProblem(loadError) : null,
    retry: () => void report.refetch().catch(() => undefined),
    save,
    saveDisposal,
    certify: () => certifyReport({ variables }),
    refetch,
  };
}

export type WasteReportState = ReturnType<typeof useWasteReport>;
