import { CERTIFICATION_STATUSES, ESERVICE_SIDES, fiscalYearOf, type CertificationStatus } from '@lao/domain';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../app/auth';

/** The year selector offers the current fiscal year and this many before it. */
export const PREVIOUS_YEARS = 4;

export function fiscalYearOptions(current: number): number[] {
  return Array.from({ length: PREVIOUS_YEARS + 1 }, (_, i) => current - i);
}

/** ?year= when it is one of the offered years, else the current one. */
export function readYear(params: URLSearchParams, current: number): number {
  const year = Number(params.get('year'));
  return fiscalYearOptions(current).includes(year) ? year : current;
}

/** ?side= 1–6, else side 1. */
export function readSide(params: URLSearchParams): number {
  const side = Number(params.get('side'));
  return (ESERVICE_SIDES as readonly number[]).includes(side) ? side : 1;
}

/** The page's fiscal year, kept in the address (?year=2570) so a link or a reload shows the same year. */
export function useYearParam() {
  const { fiscalYear } = useAuth();
  const current = fiscalYear ?? fiscalYearOf(new Date());
  const [params, setParams] = useSearchParams();
  const year = readYear(params, current);
  const years = useMemo(() => fiscalYearOptions(current), [current]);
  const setYear = useCallback(
    (next: number) => {
      setParams(
        (previous) => {
          const copy = new URLSearchParams(previous);
          if (next === current) copy.delete('year');
          else copy.set('year', String(next));
          return copy;
        },
        { replace: true },
      );
    },
    [setParams, current],
  );
  return { year, years, current, setYear };
}

function isStatus(value: string): value is CertificationStatus {
  return (CERTIFICATION_STATUSES as readonly string[]).includes(value);
}

/** The province list's filter in the address bar: ?year=2570&district=1201&status=DRAFT&q=… */
export interface ProvinceListFilter {
  district: string;
  status: CertificationStatus | '';
  q: string;
}

export function readProvinceListFilter(params: URLSearchParams, provinceCode: string): ProvinceListFilter {
  const district = params.get('district') ?? '';
  const status = params.get('status') ?? '';
  return {
    // A district belongs to its province (its first two digits); a stray one is ignored, not sent.
    district: /^\d{4}$/.test(district) && district.startsWith(provinceCode) ? district : '',
    status: isStatus(status) ? status : '',
    q: (params.get('q') ?? '').trim().slice(0, 100),
  };
}

/** The filter written over the current parameters (the fiscal year stays). */
export function writeProvinceListFilter(previous: URLSearchParams, filter: ProvinceListFilter): URLSearchParams {
  const params = new URLSearchParams(previous);
  for (const key of ['district', 'status', 'q'] as const) {
    const value = filter[key].trim();
    if (value) params.set(key, value);
    else params.delete(key);
  }
  return params;
}

/** The GraphQL SubmissionFilter: always the page's province; empty parts left out. */
export function toSubmissionFilter(provinceCode: string, filter: ProvinceListFilter) {
  return {
    provinceCode,
    ...(filter.district ? { districtCode: filter.district } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q ? { search: filter.q } : {}),
  };
}

/** The national report's choices: ?year=2570&province=12&certified=1 */
export interface ReportFilter {
  province: string;
  certifiedOnly: boolean;
}

export function readReportFilter(params: URLSearchParams): ReportFilter {
  const province = params.get('province') ?? '';
  return { province: /^\d{2}$/.test(province) ? province : '', certifiedOnly: params.get('certified') === '1' };
}

export function writeReportFilter(previous: URLSearchParams, filter: ReportFilter): URLSearchParams {
  const params = new URLSearchParams(previous);
  if (filter.province) params.set('province', filter.province);
  else params.delete('province');
  if (filter.certifiedOnly) params.set('certified', '1');
  else params.delete('certified');
  return params;
}

/** The first GraphQL error's extensions (e.g. INCOMPLETE's incompleteSides, BAD_USER_INPUT's itemId), as sent. */
export function errorExtensions(error: unknown): Record<string, unknown> {
  if (CombinedGraphQLErrors.is(error)) return (error.errors[0]?.extensions as Record<string, unknown> | undefined) ?? {};
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { extensions?: Record<string, unknown> }[] };
      return body.errors?.[0]?.extensions ?? {};
    } catch {
      return {};
    }
  }
  return {};
}

/** incompleteSides of an INCOMPLETE refusal, when the server sent them. */
export function incompleteSidesOf(error: unknown): number[] | null {
  const sides = errorExtensions(error).incompleteSides;
  return Array.isArray(sides) ? sides.filter((s): s is number => typeof s === 'number') : null;
}
