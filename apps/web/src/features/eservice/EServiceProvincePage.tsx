import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { CERTIFICATION_STATUS_LABELS, CERTIFICATION_STATUSES, formatNumber, hasRight, type CertificationStatus } from '@lao/domain';
import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { todayForFileName } from '../registry/exportExcel';
import { provincesQuery } from '../registry/operations';
import { EsConfirm } from './EsDialog';
import { fetchAllSubmissions, writeSubmissionsWorkbook } from './exportExcel';
import { formatDateTimeBE } from './format';
import { certifyEServiceProvinceMutation, eServiceProgressQuery, eServiceSubmissionsQuery } from './operations';
import { readProvinceListFilter, toSubmissionFilter, useYearParam, writeProvinceListFilter, type ProvinceListFilter } from './params';
import { StatusBadge } from './StatusBadge';
import { YearSelect } from './YearSelect';
import './eservice.css';

export const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 300;

interface PagingState {
  cursors?: string[];
}

/**
 * The provincial office's e-Service screen (/eservice/province/:provinceCode?year=&district=&status=&q=): the filters
 * of the manual, every LAO with its certification, "ดูข้อมูล", certify-all and the Excel export.
 */
export default function EServiceProvincePage() {
  const { provinceCode = '' } = useParams();
  const user = useUser();
  const { t } = useI18n();
  if (user.level === 'LAO' || (user.level === 'PROVINCE' && user.scopeCode !== provinceCode) || !/^\d{2}$/.test(provinceCode)) {
    return (
      <section>
        <h1>{t('app.forbidden')}</h1>
        <p>
          <Link to="/">{t('app.backHome')}</Link>
        </p>
      </section>
    );
  }
  return <ProvinceList key={provinceCode} provinceCode={provinceCode} />;
}

function ProvinceList({ provinceCode }: { provinceCode: string }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { year, years, current, setYear } = useYearParam();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readProvinceListFilter(params, provinceCode), [params, provinceCode]);
  const apiFilter = useMemo(() => toSubmissionFilter(provinceCode, filter), [provinceCode, filter]);
  const cursors = useMemo(() => (location.state as PagingState | null)?.cursors ?? [], [location.state]);
  const after = cursors.at(-1) ?? null;

  const provinces = useQuery(provincesQuery, { fetchPolicy: 'cache-first' });
  const progress = useQuery(eServiceProgressQuery, { variables: { fiscalYear: year, provinceCode }, fetchPolicy: 'network-only' });
  const list = useQuery(eServiceSubmissionsQuery, {
    variables: { fiscalYear: year, filter: apiFilter, first: PAGE_SIZE, after },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const connection = (list.data ?? list.previousData)?.submissions;
  const [certifyProvince] = useMutation(certifyEServiceProvinceMutation);

  const province = provinces.data?.provinces.find((p) => p.code === provinceCode);
  const provinceName = province ? (lang === 'en' ? province.nameEn : province.nameTh) : provinceCode;
  const title = t('es.provinceTitle', { province: provinceName });
  useDocumentTitle(title);

  const districts = useMemo(() => {
    const all = [...(province?.districts ?? [])];
    all.sort((a, b) => (lang === 'en' ? a.nameEn.localeCompare(b.nameEn, 'en') : a.nameTh.localeCompare(b.nameTh, 'th')));
    return all;
  }, [province, lang]);
  const sortedProvinces = useMemo(() => {
    const all = [...(provinces.data?.provinces ?? [])];
    if (lang === 'en') all.sort((a, b) => a.nameEn.localeCompare(b.nameEn, 'en'));
    return all;
  }, [provinces.data, lang]);

  // The LAO search answers ~300 ms after the last key, without a history entry per key.
  const [searchText, setSearchText] = useState(filter.q);
  const [syncedQ, setSyncedQ] = useState(filter.q);
  if (filter.q !== syncedQ) {
    setSyncedQ(filter.q);
    if (filter.q !== searchText.trim()) setSearchText(filter.q);
  }
  useEffect(() => {
    const q = searchText.trim();
    if (q === filter.q) return;
    const timer = setTimeout(() => setParams((previous) => writeProvinceListFilter(previous, { ...filter, q }), { replace: true }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText, filter, setParams]);
  const setFilter = (next: Partial<ProvinceListFilter>) =>
    setParams((previous) => writeProvinceListFilter(previous, { ...filter, q: searchText.trim(), ...next }), { replace: true });

  const goNext = () => {
    const end = connection?.pageInfo.endCursor;
    if (end) navigate({ search: location.search }, { state: { cursors: [...cursors, end] } satisfies PagingState });
  };
  const goPrevious = () => navigate({ search: location.search }, { state: { cursors: cursors.slice(0, -1) } satisfies PagingState });

  // Certify all: all-or-nothing on the server; the message says what happened.
  const canCertifyAll = (user.level === 'PROVINCE' || user.level === 'DEPARTMENT') && hasRight(user.rights, 'ESERVICE', 'CERTIFY');
  const [confirming, setConfirming] = useState(false);
  const [certifying, setCertifying] = useState(false);
  const [certifyDone, setCertifyDone] = useState<string | null>(null);
  const [certifyError, setCertifyError] = useState<string | null>(null);
  const certifyAll = async () => {
    setCertifying(true);
    setCertifyDone(null);
    setCertifyError(null);
    try {
      const result = await certifyProvince({ variables: { provinceCode, fiscalYear: year } });
      const count = result.data?.certifyProvince.certifiedCount ?? 0;
      setCertifyDone(count > 0 ? `${t('es.provinceCertified')} ${t('es.provinceCertifiedCount', { count: formatNumber(count) })}` : t('es.provinceCertified'));
      void progress.refetch().catch(() => undefined);
      void list.refetch().catch(() => undefined);
    } catch (e) {
      setCertifyError(apiProblem(e).message ?? t('app.networkError'));
    } finally {
      setCertifying(false);
      setConfirming(false);
    }
  };

  // Export: every LAO of the filter, not just this page.
  const [exporting, setExporting] = useState<{ done: number; total: number } | null>(null);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const exportAll = async () => {
    setExporting({ done: 0, total: connection?.totalCount ?? 0 });
    setExportMessage(null);
    setExportError(null);
    try {
      const rows = await fetchAllSubmissions(client, year, apiFilter, (done, total) => setExporting({ done, total }));
      const fileName = `${t('es.provinceExportFile', { province: provinceName, year })}-${todayForFileName()}.xlsx`;
      await writeSubmissionsWorkbook(rows, lang, {
        sheet: t('es.provinceSheet'),
        headers: {
          no: t('es.col.no'),
          province: t('es.col.province'),
          district: t('es.col.district'),
          lao: t('es.col.lao'),
          code: t('es.laoCode'),
          year: t('es.fiscalYear'),
          status: t('es.col.status'),
          certifiedAt: t('es.col.certifiedAt'),
          provinceCertifiedAt: t('es.col.provinceCertifiedAt'),
        },
      }, fileName);
      setExportMessage(t('es.exportDone', { file: fileName, count: formatNumber(rows.length) }));
    } catch (e) {
      setExportError(apiProblem(e).message ?? t('app.networkError'));
    } finally {
      setExporting(null);
    }
  };

  const ids = { province: useId(), district: useId(), lao: useId(), status: useId(), hint: useId() };
  const edges = connection?.edges ?? [];
  const offset = cursors.length * PAGE_SIZE;
  const counts = progress.data?.certificationProgress.find((p) => p.provinceCode === provinceCode);
  const allCertified = Boolean(counts && counts.total > 0 && counts.draft === 0 && counts.laoCertified === 0);
  const listProblem = list.error ? apiProblem(list.error) : null;
  const hasFilter = Boolean(filter.district || filter.status || filter.q || searchText);
  const yearSuffix = year !== current ? `?year=${year}` : '';

  return (
    <section className="es-page es-province">
      <header className="page-header page-header--row">
        <div>
          <p className="es-eyebrow">{t('es.title')}</p>
          <h1>{title}</h1>
        </div>
        <div className="page-header__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void exportAll()}
            disabled={exporting !== null || !connection || connection.totalCount === 0}
            aria-busy={exporting !== null}
          >
            {exporting ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">⬇ </span>}
            {t('es.export')}
          </button>
        </div>
      </header>

      {counts && (
        <dl className="es-progress" aria-label={t('es.progress')}>
          <div>
            <dt>{t('es.progressTotal')}</dt>
            <dd>{formatNumber(counts.total)}</dd>
          </div>
          <div className="es-progress--draft">
            <dt>{CERTIFICATION_STATUS_LABELS.DRAFT[lang]}</dt>
            <dd>{formatNumber(counts.draft)}</dd>
          </div>
          <div className="es-progress--lao">
            <dt>{CERTIFICATION_STATUS_LABELS.LAO_CERTIFIED[lang]}</dt>
            <dd>{formatNumber(counts.laoCertified)}</dd>
          </div>
          <div className="es-progress--ok">
            <dt>{CERTIFICATION_STATUS_LABELS.PROVINCE_CERTIFIED[lang]}</dt>
            <dd>{formatNumber(counts.provinceCertified)}</dd>
          </div>
        </dl>
      )}

      <form className="filters" role="search" aria-label={t('es.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label className="field__label" htmlFor={ids.province}>
            {t('es.col.province')}
          </label>
          <select
            id={ids.province}
            className="input"
            value={provinceCode}
            disabled={user.level !== 'DEPARTMENT'}
            onChange={(e) => navigate(`/eservice/province/${e.target.value}${yearSuffix}`)}
          >
            {!province && <option value={provinceCode}>{provinceCode}</option>}
            {sortedProvinces.map((p) => (
              <option key={p.code} value={p.code}>
                {lang === 'en' ? p.nameEn : p.nameTh}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.district}>
            {t('es.col.district')}
          </label>
          <select id={ids.district} className="input" value={filter.district} onChange={(e) => setFilter({ district: e.target.value })}>
            <option value="">{t('es.allDistricts')}</option>
            {districts.map((d) => (
              <option key={d.code} value={d.code}>
                {lang === 'en' ? d.nameEn : d.nameTh}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--grow">
          <label className="field__label" htmlFor={ids.lao}>
            {t('es.col.lao')}
          </label>
          <input
            id={ids.lao}
            className="input"
            type="search"
            value={searchText}
            maxLength={100}
            autoComplete="off"
            placeholder={t('es.searchHint')}
            aria-describedby={ids.hint}
            onChange={(e) => setSearchText(e.target.value)}
          />
          <span id={ids.hint} className="visually-hidden">
            {t('es.searchHint')}
          </span>
        </div>
        <YearSelect year={year} years={years} onChange={setYear} />
        <div className="field">
          <label className="field__label" htmlFor={ids.status}>
            {t('es.col.status')}
          </label>
          <select
            id={ids.status}
            className="input"
            value={filter.status}
            onChange={(e) => setFilter({ status: e.target.value as CertificationStatus | '' })}
          >
            <option value="">{t('es.allStatuses')}</option>
            {CERTIFICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CERTIFICATION_STATUS_LABELS[s][lang]}
              </option>
            ))}
          </select>
        </div>
        {hasFilter && (
          <button
            type="button"
            className="button button--quiet filters__clear"
            onClick={() => {
              setSearchText('');
              setParams((previous) => writeProvinceListFilter(previous, { district: '', status: '', q: '' }), { replace: true });
            }}
          >
            {t('es.clearFilters')}
          </button>
        )}
      </form>

      {canCertifyAll && (
        <div className="card es-certify-all">
          <div>
            <h2 className="es-certify-all__title">{t('es.certifyAll')}</h2>
            <p className="muted">{allCertified ? t('es.certifyAllDone', { year }) : t('es.certifyAllHint', { year })}</p>
          </div>
          <button type="button" className="button button--primary" onClick={() => setConfirming(true)} disabled={certifying || allCertified}>
            {t('es.certifyAll')}
          </button>
        </div>
      )}
      <StatusMessage className="es-status">{certifyDone}</StatusMessage>
      <ErrorAlert>{certifyError}</ErrorAlert>
      <StatusMessage className="es-status">
        {exporting ? t('es.exporting', { done: formatNumber(exporting.done), total: formatNumber(exporting.total) }) : exportMessage}
      </StatusMessage>
      <ErrorAlert>{exportError}</ErrorAlert>
      <ErrorAlert>{listProblem && (listProblem.message ?? t('app.networkError'))}</ErrorAlert>

      <div className="table-summary">
        <p className="total" aria-live="polite">
          {connection ? t('es.total', { count: formatNumber(connection.totalCount) }) : t('common.loading')}
        </p>
        {connection && connection.totalCount > 0 && (
          <p className="muted">
            {t('es.pageRange', { from: formatNumber(offset + 1), to: formatNumber(offset + edges.length), total: formatNumber(connection.totalCount) })}
          </p>
        )}
      </div>

      <div className="table-wrap" aria-busy={list.loading}>
        <table className="table es-list">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="es-num">
                {t('es.col.no')}
              </th>
              <th scope="col">{t('es.col.district')}</th>
              <th scope="col">{t('es.col.lao')}</th>
              <th scope="col">{t('es.fiscalYear')}</th>
              <th scope="col">{t('es.col.status')}</th>
              <th scope="col">{t('es.col.certifiedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('es.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody className={list.loading ? 'is-loading' : undefined}>
            {edges.map(({ node }, i) => {
              const name = lang === 'en' ? node.localAuthority.nameEn : node.localAuthority.nameTh;
              const district = node.localAuthority.district;
              return (
                <tr key={node.laoCode}>
                  <td className="es-num">{formatNumber(offset + i + 1)}</td>
                  <td>{district ? (lang === 'en' ? district.nameEn : district.nameTh) : '—'}</td>
                  <th scope="row" className="es-list__lao">
                    {name}
                    <span className="muted code es-list__code">{node.laoCode}</span>
                  </th>
                  <td>{node.fiscalYear}</td>
                  <td>
                    <StatusBadge status={node.status} />
                    {node.status === 'DRAFT' && !node.updatedAt && <span className="muted es-list__note">{t('es.notStarted')}</span>}
                  </td>
                  <td className="es-nowrap">
                    {node.status !== 'DRAFT' && node.laoCertifiedAt ? formatDateTimeBE(node.laoCertifiedAt) : '—'}
                  </td>
                  <td>
                    <Link
                      className="button button--small es-view"
                      to={`/eservice/lao/${node.laoCode}${node.fiscalYear !== current ? `?year=${node.fiscalYear}` : ''}`}
                      aria-label={t('es.viewLao', { lao: name })}
                    >
                      {t('es.view')}
                    </Link>
                  </td>
                </tr>
              );
            })}
            {connection && edges.length === 0 && (
              <tr>
                <td colSpan={7} className="table__empty">
                  {t('es.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      <nav className="pager" aria-label={t('es.pagination')}>
        <button type="button" className="button button--secondary" onClick={goPrevious} disabled={cursors.length === 0}>
          ‹ {t('es.previous')}
        </button>
        <button type="button" className="button button--secondary" onClick={goNext} disabled={!connection?.pageInfo.hasNextPage || list.loading}>
          {t('es.next')} ›
        </button>
      </nav>

      {confirming && (
        <EsConfirm
          title={t('es.certifyAll')}
          confirmLabel={t('es.certifyAllConfirm')}
          cancelLabel={t('es.cancel')}
          busy={certifying}
          onClose={() => setConfirming(false)}
          onConfirm={() => void certifyAll()}
        >
          <p>{t('es.certifyAllText', { province: provinceName, year })}</p>
        </EsConfirm>
      )}
    </section>
  );
}
