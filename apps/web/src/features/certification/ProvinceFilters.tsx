import { useNavigate } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { useI18n } from '../../i18n';
import { FilterBar, FilterSelect, SearchField } from '../../ui/filters';
import { laoTypeOptions } from '../registry/LaoTypeLabel';
import type { ProvinceWords } from './provinceWords';
import { statusOptions } from './StatusBadge';
import type { ProvinceSubmissions } from './useProvinceSubmissions';

/** The list's filters, in the address: the province (the department may switch), district, LAO type where offered, status, search. */
export function ProvinceFilters({ list, provinceCode, byType, words }: { list: ProvinceSubmissions; provinceCode: string; byType: boolean; words: ProvinceWords }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const { filters, places } = list;
  const { filter } = filters;
  return (
    <FilterBar label={t(words.filters)} clearLabel={t(words.clear)} hasFilter={filters.hasFilter} onClear={filters.clear}>
      <FilterSelect
        label={t(words.province)}
        value={provinceCode}
        options={places.province ? places.provinceOptions : [{ value: provinceCode, label: provinceCode }, ...places.provinceOptions]}
        disabled={user.level !== 'DEPARTMENT'}
        onChange={(code) => navigate(list.provinceHref(code))}
      />
      <FilterSelect
        label={t(words.district)}
        allLabel={t(words.allDistricts)}
        value={filter.district}
        options={places.districtOptions}
        onChange={(district) => filters.setFilter({ district })}
      />
      {byType && (
        <FilterSelect
          label={t(words.type)}
          allLabel={t(words.allTypes)}
          value={filter.type ?? ''}
          options={laoTypeOptions(lang)}
          onChange={(type) => filters.setFilter({ type })}
        />
      )}
      <FilterSelect
        label={t(words.status)}
        allLabel={t(words.allStatuses)}
        value={filter.status}
        options={statusOptions(lang)}
        onChange={(status) => filters.setFilter({ status })}
      />
      <SearchField label={t(words.search)} hint={t(words.searchHint)} value={filters.searchText} onChange={filters.setSearchText} />
    </FilterBar>
  );
}
