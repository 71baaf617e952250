import { useApolloClient, useQuery } from '@apollo/client/react';
import { formatNumber } from '@lao/domain';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { apiProblem } from '../../app/errors';
import { localName, useI18n } from '../../i18n';
import { todayForFileName } from '../../ui/dates';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { FilterBar, FilterSelect, SearchField } from '../../ui/filters';
import { ListSummary, PAGE_SIZE, Pager, useCursorPaging } from '../../ui/paging';
import { SortHeader } from '../../ui/sorting';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ExportButton, useExport } from '../../ui/useExport';
import { useUrlFilters } from '../../ui/useUrlFilters';
import { useUrlSort } from '../../ui/useUrlSort';
import { fetchAllLocalAuthorities, writeRegistryWorkbook } from './exportExcel';
import { registryFilterCodec, toApiFilter } from './filters';
import { LaoTypeLabel, laoTypeOptions } from './LaoTypeLabel';
import { localAuthoritiesQuery } from './operations';
import { REGISTRY_SORT_INITIAL, REGISTRY_SORT_KEYS, toApiSort } from './sort';
import { useProvinces } from './useProvinces';

export function RegistryPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('registry.title'));
  const client = useApolloClient();
  const { filter, searchText, setSearchText, setFilter, clear, hasFilter } = useUrlFilters(registryFilterCodec);
  const apiFilter = useMemo(() => toApiFilter(filter), [filter]);
  // Filters, sort and page live in the address: a reload, a link and Back show the same page in the same order.
  const { sort, sortBy } = useUrlSort(REGISTRY_SORT_KEYS, REGISTRY_SORT_INITIAL);
  const apiSort = useMemo(() => toApiSort(sort), [sort]);
  const paging = useCursorPaging();

  const places = useProvinces(filter.province);
  const list = useQuery(localAuthoritiesQuery, { variables: { filter: apiFilter, sort: apiSort, first: PAGE_SIZE, after: paging.after } });
  const connection = (list.data ?? list.previousData)?.localAuthorities;

  // Export: every row of the filter, not just this page.
  const exporter = useExport();
  const exportAll = () =>
    exporter.run(async (report) => {
      const progress = (done: number, total: number) => report(t('registry.exporting', { done: formatNumber(done), total: formatNumber(total) }));
      progress(0, connection?.totalCount ?? 0);
      const rows = await fetchAllLocalAuthorities(client, apiFilter, progress);
      const fileName = `${t('registry.exportFile')}-${todayForFileName()}.xlsx`;
      await writeRegistryWorkbook(rows, t, lang, fileName);
      return t('registry.exportDone', { file: fileName, count: formatNumber(rows.length) });
    });

  const edges = connection?.edges ?? [];
  const listProblem = list.error ? apiProblem(list.error) : null;

  return (
    <section className="registry">
      <header className="page-header page-header--row">
        <h1>{t('registry.title')}</h1>
        <div className="page-header__actions">
          <ExportButton label={t('registry.export')} running={exporter.running} disabled={!connection?.totalCount} onClick={() => void exportAll()} />
        </div>
      </header>

      <FilterBar label={t('registry.filters')} clearLabel={t('registry.clear')} hasFilter={hasFilter} onClear={clear}>
        <FilterSelect
          label={t('registry.province')}
          allLabel={t('registry.allProvinces')}
          value={filter.province}
          options={places.provinceOptions}
          onChange={(province) => setFilter({ province, district: '' })}
        />
        <FilterSelect
          label={t('registry.district')}
          allLabel={t('registry.allDistricts')}
          value={filter.district}
          options={places.districtOptions}
          disabled={!places.province}
          onChange={(district) => setFilter({ district })}
        />
        <FilterSelect
          label={t('registry.type')}
          allLabel={t('registry.allTypes')}
          value={filter.type}
          options={laoTypeOptions(lang)}
          onChange={(type) => setFilter({ type })}
        />
        <SearchField label={t('registry.search')} hint={t('registry.searchHint')} value={searchText} onChange={setSearchText} />
      </FilterBar>

      <StatusMessage className="registry__status">{exporter.status}</StatusMessage>
      <ErrorAlert>{exporter.error}</ErrorAlert>
      <ErrorAlert>{listProblem && (listProblem.message ?? t('app.networkError'))}</ErrorAlert>

      <ListSummary totalCount={connection?.totalCount ?? null} offset={paging.offset} shown={edges.length} />

      <div className="table-wrap" aria-busy={list.loading}>
        {/* table--stack: on a phone each LAO is a card of "heading: value" lines, its name (the link) in view. */}
        <table className="table table--stack">
          <caption className="visually-hidden">{t('registry.title')}</caption>
          <thead>
            <tr>
              <SortHeader column="code" label={t('registry.col.code')} sort={sort} onSort={sortBy} />
              <SortHeader column="name" label={t('registry.col.name')} sort={sort} onSort={sortBy} />
              <SortHeader column="type" label={t('registry.col.type')} sort={sort} onSort={sortBy} />
              <SortHeader column="district" label={t('registry.col.district')} sort={sort} onSort={sortBy} />
              <SortHeader column="province" label={t('registry.col.province')} sort={sort} onSort={sortBy} />
            </tr>
          </thead>
          <tbody className={list.loading ? 'is-loading' : undefined}>
            {edges.map(({ node }) => (
              <tr key={node.code}>
                <td className="code" data-label={t('registry.col.code')}>
                  {node.code}
                </td>
                <td data-label={t('registry.col.name')}>
                  <Link to={`/lao/${node.code}`}>{localName(node, lang)}</Link>
                </td>
                <td data-label={t('registry.col.type')}>
                  <LaoTypeLabel type={node.type} />
                </td>
                <td data-label={t('registry.col.district')}>{node.district ? localName(node.district, lang) : '—'}</td>
                <td data-label={t('registry.col.province')}>{localName(node.province, lang)}</td>
              </tr>
            ))}
            {connection && edges.length === 0 && (
              <tr>
                <td colSpan={5} className="table__empty">
                  {t('registry.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      <Pager
        hasPrevious={!paging.isFirst}
        hasNext={Boolean(connection?.pageInfo.hasNextPage) && !list.loading}
        onPrevious={paging.goPrevious}
        onNext={() => paging.goNext(connection?.pageInfo.endCursor)}
      />
    </section>
  );
}
