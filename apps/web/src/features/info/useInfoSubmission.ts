import { useMutation, useQuery } from '@apollo/client/react';
import type { InfoDomain } from '@lao/domain';
import { useMemo } from 'react';
import { apiProblem } from '../../app/errors';
import { runSectionSave, type IndicatorValueInput, type SectionSaveResult } from '../catalogue/save';
import { toCatalogueIndicator } from './infoCatalogue';
import { certifyInfoMutation, infoIndicatorsQuery, infoSubmissionQuery, saveInfoSectionMutation } from './operations';

/**
 * An LAO's INFO for one fiscal year as the LAO page needs it: the year's catalogue (as the catalogue engine reads
 * it), the submission (data, completeness, status, window and what the caller may do, all as the API answers),
 * saving a domain and certifying.
 */
export function useInfoSubmission(laoCode: string, fiscalYear: number) {
  const catalogue = useQuery(infoIndicatorsQuery, { variables: { fiscalYear }, fetchPolicy: 'cache-first' });
  const submission = useQuery(infoSubmissionQuery, {
    variables: { laoCode, fiscalYear },
    // The form starts from what is stored now, not from an older copy.
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const [saveSection] = useMutation(saveInfoSectionMutation);
  const [certifyInfo] = useMutation(certifyInfoMutation);
  const indicators = useMemo(() => (catalogue.data?.infoIndicators ?? []).map(toCatalogueIndicator), [catalogue.data]);

  const refetch = () =>
    submission.refetch().then(
      () => undefined,
      () => undefined, // the query shows its own error
    );

  const save = (domain: InfoDomain, values: IndicatorValueInput[]): Promise<SectionSaveResult> =>
    runSectionSave(
      async () => {
        const result = await saveSection({ variables: { input: { laoCode, fiscalYear, domain, values } } });
        await refetch();
        return result.data?.saveInfoSection.values;
      },
      // Certified or closed meanwhile: show the page as it is now.
      (problem) => (problem.code === 'CONFLICT' || problem.code === 'WINDOW_CLOSED' ? refetch() : undefined),
    );

  const data = submission.data?.infoSubmission;
  const loadError = (!data && submission.error) || (!catalogue.data && catalogue.error) || null;
  return {
    data,
    catalogue: indicators,
    loading: (submission.loading && !data) || (catalogue.loading && !catalogue.data),
    loadProblem: loadError ? apiProblem(loadError) : null,
    retry: () => void submission.refetch().catch(() => undefined),
    save,
    certify: () => certifyInfo({ variables: { laoCode, fiscalYear } }),
    refetch,
  };
}
