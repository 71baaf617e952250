import { CERTIFICATION_STATUSES, isLaoType, type CertificationStatus, type LaoType } from '@lao/domain';

/** The province page's filter as it lives in the address bar: ?year=2570&district=1201&type=SAO&status=DRAFT&q=… */
export interface SubmissionListFilter {
  district: string;
  type: LaoType | '';
  status: CertificationStatus | '';
  q: string;
}

function isStatus(value: string): value is CertificationStatus {
  return (CERTIFICATION_STATUSES as readonly string[]).includes(value);
}

export function readSubmissionFilter(params: URLSearchParams, provinceCode: string): SubmissionListFilter {
  const district = params.get('district') ?? '';
  const type = params.get('type') ?? '';
  const status = params.get('status') ?? '';
  return {
    // A district belongs to its province (its first two digits); a stray one is ignored, not sent.
    district: /^\d{4}$/.test(district) && district.startsWith(provinceCode) ? district : '',
    type: isLaoType(type) ? type : '',
    status: isStatus(status) ? status : '',
    q: (params.get('q') ?? '').trim().slice(0, 100),
  };
}

/** The filter written over the current parameters (the fiscal year and anything else stay). */
export function writeSubmissionFilter(previous: URLSearchParams, filter: SubmissionListFilter): URLSearchParams {
  const params = new URLSearchParams(previous);
  for (const key of ['district', 'type', 'status', 'q'] as const) {
    const value = filter[key].trim();
    if (value) params.set(key, value);
    else params.delete(key);
  }
  return params;
}

/** The GraphQL SubmissionFilter (always the page's province; empty parts left out). */
export function toSubmissionApiFilter(provinceCode: string, filter: SubmissionListFilter) {
  return {
    provinceCode,
    ...(filter.district ? { districtCode: filter.district } : {}),
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q ? { search: filter.q } : {}),
  };
}
