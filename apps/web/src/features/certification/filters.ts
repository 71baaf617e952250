import { CERTIFICATION_STATUSES, isLaoType, type CertificationStatus, type LaoType } from '@lao/domain';
import type { UrlFilterCodec } from '../../ui/useUrlFilters';

/**
 * A province list's filter as it lives in the address bar: ?year=2570&district=1201&type=SAO&status=DRAFT&q=…
 * (type only where the module's list offers it).
 */
export interface SubmissionListFilter {
  district: string;
  type?: LaoType | '';
  status: CertificationStatus | '';
  q: string;
}

const KEYS = ['district', 'type', 'status', 'q'] as const;

function isStatus(value: string): value is CertificationStatus {
  return (CERTIFICATION_STATUSES as readonly string[]).includes(value);
}

export function readSubmissionFilter(params: URLSearchParams, provinceCode: string, { byType = true } = {}): SubmissionListFilter {
  const district = params.get('district') ?? '';
  const type = params.get('type') ?? '';
  const status = params.get('status') ?? '';
  return {
    // A district belongs to its province (its first two digits); a stray one is ignored, not sent.
    district: /^\d{4}$/.test(district) && district.startsWith(provinceCode) ? district : '',
    ...(byType ? { type: isLaoType(type) ? type : '' } : {}),
    status: isStatus(status) ? status : '',
    q: (params.get('q') ?? '').trim().slice(0, 100),
  };
}

/** The filter written over the current parameters (the fiscal year and anything else stay). */
export function writeSubmissionFilter(previous: URLSearchParams, filter: SubmissionListFilter): URLSearchParams {
  const params = new URLSearchParams(previous);
  for (const key of KEYS) {
    if (!(key in filter)) continue;
    const value = (filter[key] ?? '').trim();
    if (value) params.set(key, value);
    else params.delete(key);
  }
  return params;
}

/** The GraphQL SubmissionFilter: always the page's province; empty parts left out. */
export function toSubmissionApiFilter(provinceCode: string, filter: SubmissionListFilter) {
  return {
    provinceCode,
    ...(filter.district ? { districtCode: filter.district } : {}),
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q ? { search: filter.q } : {}),
  };
}

/** The province list's filter for useUrlFilters. */
export function submissionFilterCodec(provinceCode: string, byType: boolean): UrlFilterCodec<SubmissionListFilter> {
  return {
    read: (params) => readSubmissionFilter(params, provinceCode, { byType }),
    write: writeSubmissionFilter,
    empty: { district: '', ...(byType ? { type: '' as const } : {}), status: '', q: '' },
  };
}
