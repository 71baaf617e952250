import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { readReportFilter, writeReportFilter, type ReportFilter } from './params';

/**
 * The national report's choices in the address (?province=12&certified=1). The certified-only box follows a click at
 * once (the address changes in a transition), and the address when it changes (back/forward).
 */
export function useReportFilter() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readReportFilter(params), [params]);
  const setFilter = (next: Partial<ReportFilter>) => setParams((previous) => writeReportFilter(previous, { ...filter, ...next }), { replace: true });
  const [certifiedOnly, setCertifiedOnly] = useState(filter.certifiedOnly);
  const [syncedCertified, setSyncedCertified] = useState(filter.certifiedOnly);
  if (filter.certifiedOnly !== syncedCertified) {
    setSyncedCertified(filter.certifiedOnly);
    setCertifiedOnly(filter.certifiedOnly);
  }
  const toggleCertified = (checked: boolean) => {
    setCertifiedOnly(checked);
    setFilter({ certifiedOnly: checked });
  };
  return { filter, setFilter, certifiedOnly, toggleCertified };
}
