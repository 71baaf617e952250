import { ALLOWANCE_TYPES, BENEFICIARY_STATUSES, type AllowanceType, type BeneficiaryStatus } from '@lao/domain';
import type { UrlFilterCodec } from '../../ui/useUrlFilters';

/** The registry list's filter in the address: ?q= (a name or the start of a national ID), ?type=, ?status=. */
export interface RegistryFilter {
  q: string;
  type: AllowanceType | '';
  status: BeneficiaryStatus | '';
}

const oneOf = <V extends string>(values: readonly V[], raw: string | null): V | '' => (raw !== null && (values as readonly string[]).includes(raw) ? (raw as V) : '');

export const REGISTRY_FILTER: UrlFilterCodec<RegistryFilter> = {
  read: (params) => ({
    q: (params.get('q') ?? '').trim().slice(0, 100),
    type: oneOf(ALLOWANCE_TYPES, params.get('type')),
    status: oneOf(BENEFICIARY_STATUSES, params.get('status')),
  }),
  write: (previous, filter) => {
    const next = new URLSearchParams(previous);
    for (const [key, value] of Object.entries(filter)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    return next;
  },
  empty: { q: '', type: '', status: '' },
};

/** The API's BeneficiaryFilter; a typed national ID may carry dashes or spaces ("3-1012-…"), the API takes digits. */
export function toBeneficiaryFilter(filter: RegistryFilter) {
  const digits = filter.q.replace(/[\s-]/g, '');
  const search = /^\d+$/.test(digits) ? digits : filter.q;
  return { search: search || null, allowanceType: filter.type || null, status: filter.status || null };
}
