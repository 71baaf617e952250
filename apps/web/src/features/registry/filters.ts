import { isLaoType, type LaoType } from '@lao/domain';
import type { UrlFilterCodec } from '../../ui/useUrlFilters';
import { DIRECTION_PARAM, SORT_PARAM } from '../../ui/useUrlSort';

/** The registry's filter as it lives in the address bar: ?province=12&district=1201&type=SAO&q=… */
export interface RegistryFilter {
  province: string;
  district: string;
  type: LaoType | '';
  q: string;
}

export function readFilter(params: URLSearchParams): RegistryFilter {
  const province = /^\d{2}$/.test(params.get('province') ?? '') ? (params.get('province') as string) : '';
  const districtParam = params.get('district') ?? '';
  // A district belongs to its province (its first two digits); a stray one is ignored, not sent.
  const district = province && /^\d{4}$/.test(districtParam) && districtParam.startsWith(province) ? districtParam : '';
  const typeParam = params.get('type') ?? '';
  return {
    province,
    district,
    type: isLaoType(typeParam) ? typeParam : '',
    q: (params.get('q') ?? '').trim().slice(0, 100),
  };
}

export function writeFilter(filter: RegistryFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.province) params.set('province', filter.province);
  if (filter.province && filter.district) params.set('district', filter.district);
  if (filter.type) params.set('type', filter.type);
  if (filter.q.trim()) params.set('q', filter.q.trim());
  return params;
}

/** The GraphQL filter for the same thing (empty parts left out). */
export function toApiFilter(filter: RegistryFilter) {
  return {
    ...(filter.province ? { provinceCode: filter.province } : {}),
    ...(filter.district ? { districtCode: filter.district } : {}),
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.q ? { search: filter.q } : {}),
  };
}

/** The registry's filter for useUrlFilters: a write starts afresh but for the sort (a new filter keeps its order). */
export const registryFilterCodec: UrlFilterCodec<RegistryFilter> = {
  read: readFilter,
  write: (previous, filter) => {
    const params = writeFilter(filter);
    for (const key of [SORT_PARAM, DIRECTION_PARAM]) {
      const value = previous.get(key);
      if (value !== null) params.set(key, value);
    }
    return params;
  },
  empty: { province: '', district: '', type: '', q: '' },
};
