import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { apiProblem } from '../../app/errors';
import { eServiceAdoptionQuery, eServiceProvinceAdoptionQuery } from './operations';
import type { ReportFilter } from './params';
import { reportTotals } from './reportRules';

/** The report's figures as the API answers them: every preset item's adoption, and each province's. */
export function useAdoptionReport(fiscalYear: number, filter: ReportFilter) {
  const adoption = useQuery(eServiceAdoptionQuery, {
    variables: { fiscalYear, provinceCode: filter.province || null, certifiedOnly: filter.certifiedOnly },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const byProvince = useQuery(eServiceProvinceAdoptionQuery, {
    variables: { fiscalYear, certifiedOnly: filter.certifiedOnly },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const items = useMemo(() => (adoption.data ?? adoption.previousData)?.eServiceAdoption ?? [], [adoption.data, adoption.previousData]);
  const provinces = useMemo(() => (byProvince.data ?? byProvince.previousData)?.eServiceProvinceAdoption ?? [], [byProvince.data, byProvince.previousData]);
  const totals = useMemo(() => reportTotals(provinces, filter.province), [provinces, filter.province]);
  const error = adoption.error ?? byProvince.error;
  return {
    items,
    provinces,
    provincesLoaded: Boolean(byProvince.data),
    totals,
    usersTotal: items.reduce((n, r) => n + r.totalUsers, 0),
    loaded: Boolean(adoption.data ?? adoption.previousData),
    problem: error ? apiProblem(error) : null,
  };
}

export type AdoptionReport = ReturnType<typeof useAdoptionReport>;
