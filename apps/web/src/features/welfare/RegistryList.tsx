import { useQuery } from '@apollo/client/react';
import { ALLOWANCE_TYPES, BENEFICIARY_STATUS_LABELS, BENEFICIARY_STATUSES } from '@lao/domain';
import { Link } from 'react-router-dom';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { ErrorAlert } from '../../ui/feedback';
import { FilterBar, FilterSelect, SearchField } from '../../ui/filters';
import { ListSummary, Pager, useCursorPaging } from '../../ui/paging';
import { useUrlFilters } from '../../ui/useUrlFilters';
import { allowanceLabel, baht, BeneficiaryStatusBadge, formatDay, personName } from './format';
import { welfarePaths } from './module';
import { beneficiariesQuery } from './operations';
import { REGISTRY_FILTER, toBeneficiaryFilter } from './registryFilters';

/**
 * The LAO's registry (ทะเบียนผู้มีสิทธิ์): search by name or national ID, filters by type and status kept in the
 * address, a page at a time. The national ID column is always the masked one; names are as the API answers them
 * (masked for a user without the right to personal data).
 */
export function RegistryList({ laoCode }: { laoCode: string }) {
  const { t, lang } = useI18n();
  const { filter, searchText, setSearchText, setFilter, clear, hasFilter } = useUrlFilters(REGISTRY_FILTER);
  const paging = useCursorPaging();
  const list = useQuery(beneficiariesQuery, {
    variables: { laoCode, filter: toBeneficiaryFilter(filter), first: 50, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = list.data?.welfareBeneficiaries;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const busy = list.loading;

  return (
    <section className="card" aria-labelledby="welfare-registry-title">
      <h2 id="welfare-registry-title">{t('welfare.registry.title')}</h2>
      <FilterBar label={t('welfare.registry.filters')} clearLabel={t('registry.clear')} hasFilter={hasFilter} onClear={clear}>
        <SearchField label={t('welfare.registry.search')} hint={t('welfare.registry.searchHint')} value={searchText} onChange={setSearchText} />
        <FilterSelect
          label={t('welfare.registry.type')}
          value={filter.type}
          allLabel={t('welfare.registry.allTypes')}
          options={ALLOWANCE_TYPES.map((type) => ({ value: type, label: allowanceLabel(type, lang) }))}
          onChange={(type) => setFilter({ type })}
        />
        <FilterSelect
          label={t('welfare.registry.status')}
          value={filter.status}
          allLabel={t('welfare.registry.allStatuses')}
          options={BENEFICIARY_STATUSES.map((status) => ({ value: status, label: BENEFICIARY_STATUS_LABELS[status][lang] }))}
          onChange={(status) => setFilter({ status })}
        />
      </FilterBar>
      <ErrorAlert>{list.error && (apiProblem(list.error).message ?? t('app.networkError'))}</ErrorAlert>
      <ListSummary
        totalCount={connection?.totalCount ?? null}
        offset={paging.offset}
        shown={rows.length}
        labels={{ total: 'welfare.registry.total', pageRange: 'registry.pageRange', pagination: 'registry.pagination', previous: 'registry.previous', next: 'registry.next' }}
      />
      <div className="table-wrap">
        <table className="table welfare-table">
          <caption className="visually-hidden">{t('welfare.registry.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('welfare.col.nationalId')}</th>
              <th scope="col">{t('welfare.col.name')}</th>
              <th scope="col">{t('welfare.col.type')}</th>
              <th scope="col">{t('welfare.col.status')}</th>
              <th scope="col" className="num">
                {t('welfare.col.monthly')}
              </th>
              <th scope="col">{t('welfare.col.registeredOn')}</th>
            </tr>
          </thead>
          <tbody className={busy ? 'is-loading' : undefined} aria-busy={busy || undefined}>
            {rows.map((b) => (
              <tr key={b.id}>
                <td className="code nowrap">{b.maskedNationalId}</td>
                <th scope="row">
                  <Link to={welfarePaths.person(laoCode, b.id)}>{personName(b.person)}</Link>
                </th>
                <td>{allowanceLabel(b.allowanceType, lang)}</td>
                <td>
                  <BeneficiaryStatusBadge status={b.status} lang={lang} />
                </td>
                <td className="num">{baht(b.monthlyAmount)}</td>
                <td className="nowrap">{formatDay(b.registeredOn, lang)}</td>
              </tr>
            ))}
            {connection && rows.length === 0 && (
              <tr>
                <td colSpan={6} className="table__empty">
                  {hasFilter ? t('welfare.registry.emptyFilter') : t('welfare.registry.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pager
        hasPrevious={!paging.isFirst}
        hasNext={connection?.pageInfo.hasNextPage ?? false}
        onPrevious={paging.goPrevious}
        onNext={() => paging.goNext(connection?.pageInfo.endCursor)}
      />
    </section>
  );
}
