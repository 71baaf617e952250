import { USER_LEVELS, USER_STATUSES } from '@lao/domain';
import { useI18n } from '../../i18n';
import { FilterBar, FilterSelect, SearchField } from '../../ui/filters';
import { useProvinces } from '../registry/useProvinces';
import type { UserList } from './useUserList';

/** Search, level, province and status of the users list; each choice applies at once and stays in the address. */
export function UserFilters({ list }: { list: UserList }) {
  const { t } = useI18n();
  const places = useProvinces(list.filter.province);
  return (
    <FilterBar label={t('registry.filters')} clearLabel={t('registry.clear')} hasFilter={list.hasFilter} onClear={list.clear}>
      <SearchField label={t('users.search')} hint={t('users.searchHintScope')} value={list.searchText} onChange={list.setSearchText} />
      <FilterSelect
        label={t('users.levelFilter')}
        allLabel={t('users.allLevels')}
        value={list.filter.level}
        options={USER_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
        onChange={(level) => list.setFilter({ level })}
      />
      <FilterSelect
        label={t('users.provinceFilter')}
        allLabel={t('users.allProvinces')}
        value={list.filter.province}
        options={places.provinceOptions}
        onChange={(province) => list.setFilter({ province })}
      />
      <FilterSelect
        label={t('users.statusFilter')}
        allLabel={t('users.allStatuses')}
        value={list.filter.status}
        options={USER_STATUSES.map((s) => ({ value: s, label: t(s === 'ACTIVE' ? 'users.active' : 'users.inactive') }))}
        onChange={(status) => list.setFilter({ status })}
      />
    </FilterBar>
  );
}
