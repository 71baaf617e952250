import { useApolloClient, useQuery } from '@apollo/client/react';
import { formatNumber, LAO_TYPE_LABELS, LAO_TYPES, type LaoType } from '@lao/domain';
import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { fetchAllLocalAuthorities, todayForFileName, writeRegistryWorkbook } from './exportExcel';
import { readFilter, toApiFilter, writeFilter, type RegistryFilter } from './filters';
import { localAuthoritiesQuery, provincesQuery } from './operations';

export const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 300;

/** Paging lives in the history entry's state: the cursors that led to this page (back/forward restore it). */
interface PagingState {
  cursors?: string[];
}

export function RegistryPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('registry.title'));
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(params), [params]);
  const apiFilter = useMemo(() => toApiFilter(filter), [filter]);
  const cursors = useMemo(() => (location.state as PagingState | null)?.cursors ?? [], [location.state]);
  const after = cursors.at(-1) ?? null;

  const provinces = useQuery(provincesQuery, { fetchPolicy: 'cache-first' });
  const list = useQuery(localAuthoritiesQuery, { variables: { filter: apiFilter, first: PAGE_SIZE, after } });
  const connection = (list.data ?? list.previousData)?.localAuthorities;

  // The search box answers as the user types, ~300 ms after the last key, without a history entry per key.
  const [searchText, setSearchText] = useState(filter.q);
  const [syncedQ, setSyncedQ] = useState(filter.q);
  if (filter.q !== syncedQ) {
    // The address changed under us (back/forward, "clear", our own debounced write): follow it.
    setSyncedQ(filter.q);
    if (filter.q !== searchText.trim()) setSearchText(filter.q);
  }
  useEffect(() => {
    const q = searchText.trim();
    if (q === filter.q) return;
    const timer = setTimeout(() => {
      setParams(writeFilter({ ...filter, q }), { replace: true });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText, filter, setParams]);

  const setFilter = (next: Partial<RegistryFilter>) => {
    setParams(writeFilter({ ...filter, q: searchText.trim(), ...next }), { replace: true });
  };

  const sortedProvinces = useMemo(() => {
    const list = [...(provinces.data?.provinces ?? [])];
    if (lang === 'en') list.sort((a, b) => a.nameEn.localeCompare(b.nameEn, 'en'));
    return list;
  }, [provinces.data, lang]);
  const province = provinces.data?.provinces.find((p) => p.code === filter.province);
  const districts = useMemo(() => {
    const list = [...(province?.districts ?? [])];
    list.sort((a, b) => (lang === 'en' ? a.nameEn.localeCompare(b.nameEn, 'en') : a.nameTh.localeCompare(b.nameTh, 'th')));
    return list;
  }, [province, lang]);

  const goNext = () => {
    const end = connection?.pageInfo.endCursor;
    if (end) navigate({ search: location.search }, { state: { cursors: [...cursors, end] } satisfies PagingState });
  };
  const goPrevious = () => {
    navigate({ search: location.search }, { state: { cursors: cursors.slice(0, -1) } satisfies PagingState });
  };

  // Export: every row of the filter, not just this page.
  const [exporting, setExporting] = useState<{ done: number; total: number } | null>(null);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const exportAll = async () => {
    setExporting({ done: 0, total: connection?.totalCount ?? 0 });
    setExportMessage(null);
    setExportError(null);
    try {
      const rows = await fetchAllLocalAuthorities(client, apiFilter, (done, total) => setExporting({ done, total }));
      const fileName = `${t('registry.exportFile')}-${todayForFileName()}.xlsx`;
      await writeRegistryWorkbook(rows, lang, {
        sheet: t('registry.sheet'),
        headers: {
          code: t('registry.col.code'),
          name: t('registry.col.name'),
          nameEn: t('registry.col.nameEn'),
          type: t('registry.col.type'),
          district: t('registry.col.district'),
          province: t('registry.col.province'),
          website: t('registry.col.website'),
        },
      }, fileName);
      setExportMessage(t('registry.exportDone', { file: fileName, count: formatNumber(rows.length) }));
    } catch (e) {
      setExportError(apiProblem(e).message ?? t('app.networkError'));
    } finally {
      setExporting(null);
    }
  };

  const ids = { province: useId(), district: useId(), type: useId(), search: useId(), searchHint: useId() };
  const edges = connection?.edges ?? [];
  const from = edges.length ? cursors.length * PAGE_SIZE + 1 : 0;
  const to = cursors.length * PAGE_SIZE + edges.length;
  const hasFilter = Boolean(filter.province || filter.type || filter.q || searchText);
  const listProblem = list.error ? apiProblem(list.error) : null;

  return (
    <section className="registry">
      <header className="page-header page-header--row">
        <h1>{t('registry.title')}</h1>
        <div className="page-header__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void exportAll()}
            disabled={exporting !== null || !connection || connection.totalCount === 0}
            aria-busy={exporting !== null}
          >
            {exporting ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">⬇ </span>}
            {t('registry.export')}
          </button>
        </div>
      </header>

      <form className="filters" role="search" aria-label={t('registry.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label className="field__label" htmlFor={ids.province}>
            {t('registry.province')}
          </label>
          <select
            id={ids.province}
            className="input"
            value={filter.province}
            onChange={(e) => setFilter({ province: e.target.value, district: '' })}
          >
            <option value="">{t('registry.allProvinces')}</option>
            {sortedProvinces.map((p) => (
              <option key={p.code} value={p.code}>
                {lang === 'en' ? p.nameEn : p.nameTh}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.district}>
            {t('registry.district')}
          </label>
          <select
            id={ids.district}
            className="input"
            value={filter.district}
            disabled={!province}
            onChange={(e) => setFilter({ district: e.target.value })}
          >
            <option value="">{t('registry.allDistricts')}</option>
            {districts.map((d) => (
              <option key={d.code} value={d.code}>
                {lang === 'en' ? d.nameEn : d.nameTh}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.type}>
            {t('registry.type')}
          </label>
          <select
            id={ids.type}
            className="input"
            value={filter.type}
            onChange={(e) => setFilter({ type: e.target.value as LaoType | '' })}
          >
            <option value="">{t('registry.allTypes')}</option>
            {LAO_TYPES.map((type) => (
              <option key={type} value={type}>
                {LAO_TYPE_LABELS[type][lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--grow">
          <label className="field__label" htmlFor={ids.search}>
            {t('registry.search')}
          </label>
          <input
            id={ids.search}
            className="input"
            type="search"
            value={searchText}
            maxLength={100}
            autoComplete="off"
            placeholder={t('registry.searchHint')}
            aria-describedby={ids.searchHint}
            onChange={(e) => setSearchText(e.target.value)}
          />
          <span id={ids.searchHint} className="visually-hidden">
            {t('registry.searchHint')}
          </span>
        </div>
        {hasFilter && (
          <button
            type="button"
            className="button button--quiet filters__clear"
            onClick={() => {
              setSearchText('');
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            {t('registry.clear')}
          </button>
        )}
      </form>

      <StatusMessage className="registry__status">
        {exporting
          ? t('registry.exporting', { done: formatNumber(exporting.done), total: formatNumber(exporting.total) })
          : exportMessage}
      </StatusMessage>
      <ErrorAlert>{exportError}</ErrorAlert>
      <ErrorAlert>{listProblem && (listProblem.message ?? t('app.networkError'))}</ErrorAlert>

      <div className="table-summary">
        <p className="total" aria-live="polite">
          {connection ? t('registry.total', { count: formatNumber(connection.totalCount) }) : t('common.loading')}
        </p>
        {connection && connection.totalCount > 0 && (
          <p className="muted">
            {t('registry.pageRange', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(connection.totalCount) })}
          </p>
        )}
      </div>

      <div className="table-wrap" aria-busy={list.loading}>
        <table className="table">
          <caption className="visually-hidden">{t('registry.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registry.col.code')}</th>
              <th scope="col">{t('registry.col.name')}</th>
              <th scope="col">{t('registry.col.type')}</th>
              <th scope="col">{t('registry.col.district')}</th>
              <th scope="col">{t('registry.col.province')}</th>
            </tr>
          </thead>
          <tbody className={list.loading ? 'is-loading' : undefined}>
            {edges.map(({ node }) => (
              <tr key={node.code}>
                <td className="code">{node.code}</td>
                <td>
                  <Link to={`/lao/${node.code}`}>{lang === 'en' ? node.nameEn : node.nameTh}</Link>
                </td>
                <td>
                  <abbr title={LAO_TYPE_LABELS[node.type][lang]} className="type-label">
                    {lang === 'en' ? LAO_TYPE_LABELS[node.type].en : LAO_TYPE_LABELS[node.type].thShort}
                  </abbr>
                </td>
                <td>{node.district ? (lang === 'en' ? node.district.nameEn : node.district.nameTh) : '—'}</td>
                <td>{lang === 'en' ? node.province.nameEn : node.province.nameTh}</td>
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

      <nav className="pager" aria-label={t('registry.pagination')}>
        <button type="button" className="button button--secondary" onClick={goPrevious} disabled={cursors.length === 0}>
          ‹ {t('registry.previous')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={goNext}
          disabled={!connection?.pageInfo.hasNextPage || list.loading}
        >
          {t('registry.next')} ›
        </button>
      </nav>
    </section>
  );
}
