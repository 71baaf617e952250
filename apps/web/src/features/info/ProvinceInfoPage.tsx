import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  CERTIFICATION_STATUS_LABELS,
  CERTIFICATION_STATUSES,
  formatDate,
  formatNumber,
  hasRight,
  LAO_TYPE_LABELS,
  LAO_TYPES,
  type CertificationStatus,
  type LaoType,
} from '@lao/domain';
import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { ConfirmDialog } from '../../ui/dialog';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { todayForFileName } from '../registry/exportExcel';
import { provincesQuery } from '../registry/operations';
import { fetchAllSubmissions, writeSubmissionsWorkbook } from './exportExcel';
import { FiscalYearSelect, useFiscalYearParam } from './fiscalYear';
import { readSubmissionFilter, toSubmissionApiFilter, writeSubmissionFilter, type SubmissionListFilter } from './filters';
import { certificationProgressQuery, certifyProvinceMutation, infoSubmissionsQuery } from './operations';
import { ProgressSummary } from './ProgressSummary';
import { StatusBadge } from './StatusBadge';

export const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 300;

interface PagingState {
  cursors?: string[];
}

/**
 * A province's INFO certification (/info/province/:provinceCode?year=&district=&type=&status=&q=): progress, every
 * LAO with its status, the province's certify-all, and the Excel export of the filter.
 */
export default function ProvinceInfoPage() {
  const { provinceCode = '' } = useParams();
  const user = useUser();
  const { t } = useI18n();
  if (user.level === 'LAO' || (user.level === 'PROVINCE' && user.scopeCode !== provinceCode)) {
    return (
      <section>
        <h1>{t('app.forbidden')}</h1>
        <p>
          <Link to="/">{t('app.backHome')}</Link>
        </p>
      </section>
    );
  }
  return <ProvinceInfo provinceCode={provinceCode} />;
}

function ProvinceInfo({ provinceCode }: { provinceCode: string }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { year, years, setYear } = useFiscalYearParam();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readSubmissionFilter(params, provinceCode), [params, provinceCode]);
  const apiFilter = useMemo(() => toSubmissionApiFilter(provinceCode, filter), [provinceCode, filter]);
  const cursors = useMemo(() => (location.state as PagingState | null)?.cursors ?? [], [location.state]);
  const after = cursors.at(-1) ?? null;

  const provinces = useQuery(provincesQuery, { fetchPolicy: 'cache-first' });
  const progress = useQuery(certificationProgressQuery, { variables: { fiscalYear: year, provinceCode }, fetchPolicy: 'network-only' });
  const list = useQuery(infoSubmissionsQuery, { variables: { fiscalYear: year, filter: apiFilter, first: PAGE_SIZE, after } });
  const connection = (list.data ?? list.previousData)?.submissions;
  const [certifyProvince] = useMutation(certifyProvinceMutation);

  const province = provinces.data?.provinces.find((p) => p.code === provinceCode);
  const row = progress.data?.certificationProgress.find((p) => p.provinceCode === provinceCode);
  const provinceName = row ? (lang === 'en' ? row.province.nameEn : row.province.nameTh) : province ? (lang === 'en' ? province.nameEn : province.nameTh) : provinceCode;
  const title = t('infoProvince.title', { province: provinceName });
  useDocumentTitle(`${title} ${year}`);

  // The search box answers as the user types, ~300 ms after the last key (as in the registry).
  const [searchText, setSearchText] = useState(filter.q);
  const [syncedQ, setSyncedQ] = useState(filter.q);
  if (filter.q !== syncedQ) {
    setSyncedQ(filter.q);
    if (filter.q !== searchText.trim()) setSearchText(filter.q);
  }
  useEffect(() => {
    const q = searchText.trim();
    if (q === filter.q) return;
    const timer = setTimeout(() => setParams((previous) => writeSubmissionFilter(previous, { ...filter, q }), { replace: true }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText, filter, setParams]);

  const setFilter = (next: Partial<SubmissionListFilter>) => {
    setParams((previous) => writeSubmissionFilter(previous, { ...filter, q: searchText.trim(), ...next }), { replace: true });
  };

  const districts = useMemo(() => {
    const all = [...(province?.districts ?? [])];
    all.sort((a, b) => (lang === 'en' ? a.nameEn.localeCompare(b.nameEn, 'en') : a.nameTh.localeCompare(b.nameTh, 'th')));
    return all;
  }, [province, lang]);

  // จังหวัดดำเนินการรับรองข้อมูลทั้งหมด
  const mayCertify = hasRight(user.rights, 'INFO', 'CERTIFY') && (user.level === 'DEPARTMENT' || user.scopeCode === provinceCode);
  const [confirming, setConfirming] = useState(false);
  const [certifying, setCertifying] = useState(false);
  const [certifiedCount, setCertifiedCount] = useState<number | null>(null);
  const [certifyError, setCertifyError] = useState<string | null>(null);
  const certifyAll = async () => {
    setCertifying(true);
    setCertifiedCount(null);
    setCertifyError(null);
    try {
      const result = await certifyProvince({ variables: { provinceCode, fiscalYear: year } });
      const count = result.data?.certifyProvince.certifiedCount ?? 0;
      setConfirming(false);
      setCertifiedCount(count);
      await Promise.all([progress.refetch(), list.refetch()]).catch(() => undefined);
    } catch (e) {
      // All or nothing: the server says how many LAOs have not certified yet, in its own words.
      setConfirming(false);
      setCertifyError(apiProblem(e).message ?? t('app.networkError'));
    } finally {
      setCertifying(false);
    }
  };

  const goNext = () => {
    const end = connection?.pageInfo.endCursor;
    if (end) navigate({ search: location.search }, { state: { cursors: [...cursors, end] } satisfies PagingState });
  };
  const goPrevious = () => navigate({ search: location.search }, { state: { cursors: cursors.slice(0, -1) } satisfies PagingState });

  const [exporting, setExporting] = useState<{ done: number; total: number } | null>(null);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const exportAll = async () => {
    setExporting({ done: 0, total: connection?.totalCount ?? 0 });
    setExportMessage(null);
    setExportError(null);
    try {
      const rows = await fetchAllSubmissions(client, year, apiFilter, (done, total) => setExporting({ done, total }));
      const fileName = `${t('infoProvince.exportFile', { province: provinceName, year })}-${todayForFileName()}.xlsx`;
      await writeSubmissionsWorkbook(
        rows,
        lang,
        {
          sheet: t('infoProvince.sheet', { year }),
          headers: {
            code: t('registry.col.code'),
            lao: t('infoProvince.col.lao'),
            type: t('infoProvince.col.type'),
            district: t('infoProvince.col.district'),
            province: t('registry.col.province'),
            fiscalYear: t('infoProvince.col.fiscalYear'),
            status: t('infoProvince.col.status'),
            complete: t('infoProvince.col.complete'),
            laoCertifiedAt: t('infoProvince.col.certifiedAt'),
            provinceCertifiedAt: t('infoProvince.col.provinceCertifiedAt'),
          },
          yes: t('infoProvince.completeYes'),
          no: t('infoProvince.completeNo'),
        },
        fileName,
      );
      setExportMessage(t('registry.exportDone', { file: fileName, count: formatNumber(rows.length) }));
    } catch (e) {
      setExportError(apiProblem(e).message ?? t('app.networkError'));
    } finally {
      setExporting(null);
    }
  };

  const ids = { district: useId(), type: useId(), status: useId(), search: useId(), searchHint: useId(), certifyHint: useId() };
  const edges = connection?.edges ?? [];
  const from = edges.length ? cursors.length * PAGE_SIZE + 1 : 0;
  const to = cursors.length * PAGE_SIZE + edges.length;
  const hasFilter = Boolean(filter.district || filter.type || filter.status || filter.q || searchText);
  const listProblem = list.error ? apiProblem(list.error) : null;
  const progressProblem = progress.error ? apiProblem(progress.error) : null;
  const allDone = row !== undefined && row.total > 0 && row.provinceCertified === row.total;
  const yearQuery = year !== years[0] ? `?year=${year}` : '';

  return (
    <section className="info-province">
      {user.level === 'DEPARTMENT' && (
        <nav className="breadcrumb" aria-label="breadcrumb">
          <ol>
            <li>
              <Link to={`/info/national${yearQuery}`}>{t('infoNational.short')}</Link>
            </li>
            <li aria-current="page">{provinceName}</li>
          </ol>
        </nav>
      )}
      <header className="page-header page-header--row">
        <div>
          <p className="page-header__eyebrow">{t('infoCommon.module')}</p>
          <h1>{title}</h1>
          <p className="page-header__sub">{t('infoProvince.sub', { year })}</p>
        </div>
        <FiscalYearSelect year={year} years={years} onChange={setYear} />
      </header>

      <section className="card" aria-labelledby="province-progress-title">
        <h2 id="province-progress-title">{t('infoProvince.progress', { year })}</h2>
        <ErrorAlert>{progressProblem && (progressProblem.message ?? t('app.networkError'))}</ErrorAlert>
        {row ? <ProgressSummary row={row} /> : !progressProblem && <Loading label={t('common.loading')} />}
        {mayCertify && (
          <div className="province-certify">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setCertifiedCount(null);
                setCertifyError(null);
                setConfirming(true);
              }}
              disabled={allDone || !row}
              aria-describedby={ids.certifyHint}
            >
              {t('infoProvince.certifyAll')}
            </button>
            <p className="muted province-certify__hint" id={ids.certifyHint}>
              {allDone ? t('infoProvince.allDone') : t('infoProvince.certifyHint')}
            </p>
          </div>
        )}
        <StatusMessage className="province-certify__status">
          {certifiedCount !== null && t('infoProvince.certified', { count: formatNumber(certifiedCount) })}
        </StatusMessage>
        <ErrorAlert>{certifyError}</ErrorAlert>
      </section>

      <header className="page-header page-header--row section-header">
        <h2>{t('infoProvince.listTitle')}</h2>
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
          <label className="field__label" htmlFor={ids.district}>
            {t('registry.district')}
          </label>
          <select id={ids.district} className="input" value={filter.district} onChange={(e) => setFilter({ district: e.target.value })}>
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
          <select id={ids.type} className="input" value={filter.type} onChange={(e) => setFilter({ type: e.target.value as LaoType | '' })}>
            <option value="">{t('registry.allTypes')}</option>
            {LAO_TYPES.map((type) => (
              <option key={type} value={type}>
                {LAO_TYPE_LABELS[type][lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.status}>
            {t('infoProvince.status')}
          </label>
          <select
            id={ids.status}
            className="input"
            value={filter.status}
            onChange={(e) => setFilter({ status: e.target.value as CertificationStatus | '' })}
          >
            <option value="">{t('infoProvince.allStatuses')}</option>
            {CERTIFICATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {CERTIFICATION_STATUS_LABELS[status][lang]}
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
              setParams((previous) => writeSubmissionFilter(previous, { district: '', type: '', status: '', q: '' }), { replace: true });
            }}
          >
            {t('registry.clear')}
          </button>
        )}
      </form>

      <StatusMessage className="registry__status">
        {exporting ? t('registry.exporting', { done: formatNumber(exporting.done), total: formatNumber(exporting.total) }) : exportMessage}
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
          <caption className="visually-hidden">{t('infoProvince.listCaption', { province: provinceName, year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('infoProvince.col.district')}</th>
              <th scope="col">{t('infoProvince.col.lao')}</th>
              <th scope="col">{t('infoProvince.col.type')}</th>
              <th scope="col">{t('infoProvince.col.fiscalYear')}</th>
              <th scope="col">{t('infoProvince.col.status')}</th>
              <th scope="col">{t('infoProvince.col.certifiedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('infoProvince.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody className={list.loading ? 'is-loading' : undefined}>
            {edges.map(({ node }) => {
              const lao = node.localAuthority;
              const name = lang === 'en' ? lao.nameEn : lao.nameTh;
              return (
                <tr key={node.laoCode}>
                  <td>{lao.district ? (lang === 'en' ? lao.district.nameEn : lao.district.nameTh) : '—'}</td>
                  <td>
                    {name}
                    <span className="cell-sub code">{lao.code}</span>
                  </td>
                  <td>
                    <abbr title={LAO_TYPE_LABELS[lao.type][lang]} className="type-label">
                      {lang === 'en' ? LAO_TYPE_LABELS[lao.type].en : LAO_TYPE_LABELS[lao.type].thShort}
                    </abbr>
                  </td>
                  <td>{node.fiscalYear}</td>
                  <td>
                    <StatusBadge status={node.status} />
                  </td>
                  <td className="nowrap">{node.laoCertifiedAt ? formatDate(node.laoCertifiedAt, lang, true) : '—'}</td>
                  <td>
                    <Link to={`/info/lao/${lao.code}${yearQuery}`} className="nowrap">
                      {t('infoProvince.view')}
                      <span className="visually-hidden"> {name}</span>
                    </Link>
                  </td>
                </tr>
              );
            })}
            {connection && edges.length === 0 && (
              <tr>
                <td colSpan={7} className="table__empty">
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
        <button type="button" className="button button--secondary" onClick={goNext} disabled={!connection?.pageInfo.hasNextPage || list.loading}>
          {t('registry.next')} ›
        </button>
      </nav>

      {confirming && (
        <ConfirmDialog
          title={t('infoProvince.confirmTitle')}
          confirmLabel={t('infoProvince.confirm')}
          closeLabel={t('common.close')}
          busy={certifying}
          onClose={() => setConfirming(false)}
          onConfirm={() => void certifyAll()}
        >
          <p>{t('infoProvince.confirmText', { province: provinceName, year })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
