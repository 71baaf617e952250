import { useMutation, useQuery } from '@apollo/client/react';
import { apiProblem } from '../../app/errors';
import { certifyWelfareMutation, welfareYearQuery } from './operations';

/** An LAO's Welfare year: its certification (status, window, allowed actions, history) and figures, and certifying. */
export function useWelfareYear(laoCode: string, fiscalYear: number) {
  const variables = { laoCode, fiscalYear };
  const year = useQuery(welfareYearQuery, { variables, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const [certify] = useMutation(certifyWelfareMutation, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: welfareYearQuery, variables, data: { welfareYear: data.certifyWelfare } });
    },
  });
  const data = year.data?.welfareYear;
  return {
    data,
    loading: year.loading && !data,
    loadProblem: !data && year.error ? apiProblem(year.error) : null,
    retry: () => void year.refetch().catch(() => undefined),
    certify: () => certify({ variables }),
    refetch: () => year.refetch().then(
      () => undefined,
      () => undefined, // the query shows its own error
    ),
  };
}

export type WelfareYearData = NonNullable<ReturnType<typeof useWelfareYear>['data']>;
