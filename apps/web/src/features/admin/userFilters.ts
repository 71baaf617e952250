import { USER_LEVELS, USER_STATUSES, type UserLevel, type UserStatus } from '@lao/domain';
import type { UrlFilterCodec } from '../../ui/useUrlFilters';

/** The users list's filter in the address: ?q=…&level=LAO&province=12&status=SUSPENDED */
export interface UserListFilter {
  q: string;
  level: UserLevel | '';
  province: string;
  status: UserStatus | '';
}

const oneOf = <V extends string>(values: readonly V[], raw: string | null): V | '' => (raw !== null && (values as readonly string[]).includes(raw) ? (raw as V) : '');

export const userFilterCodec: UrlFilterCodec<UserListFilter> = {
  read: (params) => ({
    q: (params.get('q') ?? '').trim().slice(0, 100),
    level: oneOf(USER_LEVELS, params.get('level')),
    province: /^\d{2}$/.test(params.get('province') ?? '') ? (params.get('province') as string) : '',
    status: oneOf(USER_STATUSES, params.get('status')),
  }),
  write: (_previous, filter) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
    return params;
  },
  empty: { q: '', level: '', province: '', status: '' },
};

/** The API's UserFilter (empty parts left out). */
export function toUserApiFilter(filter: UserListFilter) {
  return {
    ...(filter.q ? { search: filter.q } : {}),
    ...(filter.level ? { level: filter.level } : {}),
    ...(filter.province ? { provinceCode: filter.province } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
}
