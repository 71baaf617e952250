import { useMutation, useQuery } from '@apollo/client/react';
import {
  CERTIFICATION_ACTION_LABELS,
  CERTIFICATION_STATUS_LABELS,
  formatDate,
  hasRight,
  INFO_DOMAIN_LABELS,
  INFO_DOMAINS,
  LAO_TYPE_LABELS,
  type InfoDomain,
} from '@lao/domain';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { ConfirmDialog } from '../../ui/dialog';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { FiscalYearSelect, useFiscalYearParam } from '../certification/fiscalYear';
import { StatusBadge } from '../certification/StatusBadge';
import { useReviewActions } from '../certification/useReviewActions';
import { CertificationPanel, type ActionResult, type LaoAction } from './CertificationPanel';
import { DomainForm, DomainView, type DomainSaveResult, type IndicatorValueInput } from './DomainForm';
import { DomainTabs, tabId } from './DomainTabs';
import { domainIndicators, effectiveDeadline, valuesByCode } from './indicators';
import { certificationCycleQuery, certifyInfoMutation, infoIndicatorsQuery, infoSubmissionQuery, saveInfoSectionMutation } from './operations';

const PANEL_ID = 'info-domain-panel';

function isDomain(value: string | null): value is InfoDomain {
  return value !== null && (INFO_DOMAINS as readonly string[]).includes(value);
}

/** extensions.missing of an INCOMPLETE refusal, checked for shape. */
function missingFrom(extensions: Record<string, unknown>): { domain: InfoDomain; indicatorCodes: string[] }[] | undefined {
  const raw = extensions.missing;
  if (!Array.isArray(raw)) return undefined;
  return raw.flatMap((entry: unknown) => {
    const { domain, indicatorCodes } = (entry ?? {}) as { domain?: unknown; indicatorCodes?: unknown };
    if (typeof domain !== 'string' || !isDomain(domain) || !Array.isArray(indicatorCodes)) return [];
    return [{ domain, indicatorCodes: indicatorCodes.filter((c): c is string => typeof c === 'string') }];
  });
}

/**
 * An LAO's INFO for one fiscal year (/info/lao/:laoCode?year=2570&domain=…): status and deadline, the eight
 * domains as tabs with a form generated from the catalogue, certification, and the history. The same page serves
 * the province and the department: what they may do comes from the API (editable, allowedActions).
 */
export default function LaoInfoPage() {
  const { laoCode = '' } = useParams();
  const { t, lang } = useI18n();
  const user = useUser();
  const { year, years, setYear, withYear } = useFiscalYearParam();
  const [params, setParams] = useSearchParams();
  const domainParam = params.get('domain');
  const active: InfoDomain = isDomain(domainParam) ? domainParam : INFO_DOMAINS[0];

  const catalogue = useQuery(infoIndicatorsQuery, { variables: { fiscalYear: year }, fetchPolicy: 'cache-first' });
  const submission = useQuery(infoSubmissionQuery, {
    variables: { laoCode, fiscalYear: year },
    // The form starts from what is stored now, not from an older copy.
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const cycle = useQuery(certificationCycleQuery, { variables: { fiscalYear: year }, fetchPolicy: 'cache-first' });
  const [saveSection] = useMutation(saveInfoSectionMutation);
  const [certify] = useMutation(certifyInfoMutation);
  const review = useReviewActions('INFO');

  const [dirty, setDirty] = useState(false);
  const [leaveTo, setLeaveTo] = useState<InfoDomain | null>(null);
  const [movedOn, setMovedOn] = useState<{ from: InfoDomain; to: InfoDomain } | null>(null);
  const [focusPanel, setFocusPanel] = useState(0);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  // "Passed" is judged against the time the page opened (the server decides for real on every change).
  const [openedAt] = useState(() => Date.now());

  const data = submission.data?.infoSubmission;
  const lao = data?.localAuthority;
  const laoName = lao ? (lang === 'en' ? lao.nameEn : lao.nameTh) : laoCode;
  useDocumentTitle(lao ? `${laoName} · INFO ${year}` : null);

  useEffect(() => {
    if (focusPanel > 0) panelHeading.current?.focus();
  }, [focusPanel]);

  const goTo = useCallback(
    (domain: InfoDomain) => {
      setDirty(false);
      setParams(
        (previous) => {
          const copy = new URLSearchParams(previous);
          if (domain === INFO_DOMAINS[0]) copy.delete('domain');
          else copy.set('domain', domain);
          return copy;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const select = (domain: InfoDomain) => {
    if (domain === active) return;
    setMovedOn(null);
    if (dirty) setLeaveTo(domain);
    else goTo(domain);
  };

  const refetch = async () => {
    try {
      await submission.refetch();
    } catch {
      // The query shows its own error.
    }
  };

  const save = async (values: IndicatorValueInput[]): Promise<DomainSaveResult> => {
    setMovedOn(null);
    try {
      const result = await saveSection({ variables: { input: { laoCode, fiscalYear: year, domain: active, values } } });
      await refetch();
      const saved = result.data?.saveInfoSection;
      return { ok: true, values: saved ? valuesByCode(saved.values) : undefined };
    } catch (e) {
      const problem = apiProblem(e);
      // Certified or closed meanwhile: show the page as it is now.
      if (problem.code === 'CONFLICT' || problem.code === 'WINDOW_CLOSED') await refetch();
      return { ok: false, message: problem.message, fields: problem.fields };
    }
  };

  const act = async (action: LaoAction, reason?: string): Promise<ActionResult> => {
    try {
      if (action === 'CERTIFY') await certify({ variables: { laoCode, fiscalYear: year } });
      else await review(action, laoCode, year, reason);
      await refetch();
      return { ok: true };
    } catch (e) {
      const problem = apiProblem(e);
      if (problem.code === 'CONFLICT' || problem.code === 'INCOMPLETE' || problem.code === 'WINDOW_CLOSED') await refetch();
      return { ok: false, code: problem.code, message: problem.message, fields: problem.fields, missing: missingFrom(problem.extensions) };
    }
  };

  const indicators = useMemo(() => domainIndicators(catalogue.data?.infoIndicators ?? [], active), [catalogue.data, active]);
  const section = data?.sections.find((s) => s.domain === active);
  const values = useMemo(() => valuesByCode(section?.values ?? []), [section]);

  if ((submission.loading && !data) || (catalogue.loading && !catalogue.data)) return <Loading label={t('common.loading')} />;
  const loadError = (!data && submission.error) || (!catalogue.data && catalogue.error);
  if (loadError || !data || !lao) {
    const problem = loadError ? apiProblem(loadError) : null;
    return (
      <section>
        <h1>{t('infoLao.title', { code: laoCode })}</h1>
        <ErrorAlert>{problem?.message ?? t('app.networkError')}</ErrorAlert>
        <button type="button" className="button button--secondary" onClick={() => void submission.refetch().catch(() => undefined)}>
          {t('app.retry')}
        </button>
      </section>
    );
  }

  const catalogueList = catalogue.data?.infoIndicators ?? [];
  const province = lang === 'en' ? lao.province.nameEn : lao.province.nameTh;
  const district = lao.district ? (lang === 'en' ? lao.district.nameEn : lao.district.nameTh) : null;
  const deadline = effectiveDeadline(cycle.data?.certificationCycle, lao.code, lao.province.code);
  const closesAt = deadline ? (deadline.extendedUntil ?? deadline.deadline) : null;
  const closed = closesAt !== null && new Date(closesAt).getTime() < openedAt;
  const ownLao = user.level === 'LAO' && user.scopeCode === lao.code;
  const certifyInPrinciple = ownLao && hasRight(user.rights, 'INFO', 'CERTIFY') && data.editable;
  const activeIndex = INFO_DOMAINS.indexOf(active);
  const nextDomain = INFO_DOMAINS[activeIndex + 1];
  const missingHere = section?.missing.length ?? 0;
  const provinceHref = user.level === 'LAO' ? null : withYear(`/info/province/${lao.province.code}`);

  let readOnlyNote: string | null = null;
  if (!data.editable) {
    if (data.status !== 'DRAFT') readOnlyNote = t('infoLao.readOnlyCertified', { status: CERTIFICATION_STATUS_LABELS[data.status][lang] });
    else if (ownLao && !cycle.data?.certificationCycle) readOnlyNote = t('infoLao.notOpen', { year });
    else if (ownLao && closed && closesAt) readOnlyNote = t('infoLao.windowClosed', { date: formatDate(closesAt, lang, true) });
    else readOnlyNote = t('infoLao.viewOnly');
  }

  return (
    <article className="info-lao">
      {user.level !== 'LAO' && (
        <nav className="breadcrumb" aria-label="breadcrumb">
          <ol>
            {user.level === 'DEPARTMENT' && (
              <li>
                <Link to={withYear('/info/national')}>{t('infoNational.short')}</Link>
              </li>
            )}
            <li>{provinceHref ? <Link to={provinceHref}>{province}</Link> : province}</li>
            <li aria-current="page">{laoName}</li>
          </ol>
        </nav>
      )}
      <header className="page-header page-header--row">
        <div>
          <p className="page-header__eyebrow">{t('infoCommon.module')}</p>
          <h1>{laoName}</h1>
          <p className="page-header__sub">
            {LAO_TYPE_LABELS[lao.type][lang]}
            {district && ` · ${t('infoLao.district', { name: district })}`} · {t('infoLao.province', { name: province })} ·{' '}
            {t('lao.code')} <span className="code">{lao.code}</span>
          </p>
        </div>
        <FiscalYearSelect label={t('infoCommon.fiscalYear')} year={year} years={years} onChange={setYear} />
      </header>

      <section className="card info-summary" aria-labelledby="info-summary-title">
        <h2 id="info-summary-title" className="visually-hidden">
          {t('infoLao.summary', { year })}
        </h2>
        <dl className="facts info-summary__facts">
          <div>
            <dt>{t('infoLao.status', { year })}</dt>
            <dd>
              <StatusBadge status={data.status} />
            </dd>
          </div>
          <div>
            <dt>{t('infoLao.laoCertifiedAt')}</dt>
            <dd>{data.laoCertifiedAt ? formatDate(data.laoCertifiedAt, lang, true) : '—'}</dd>
          </div>
          <div>
            <dt>{t('infoLao.provinceCertifiedAt')}</dt>
            <dd>{data.provinceCertifiedAt ? formatDate(data.provinceCertifiedAt, lang, true) : '—'}</dd>
          </div>
          <div>
            <dt>{t('infoLao.deadline')}</dt>
            <dd>
              {deadline ? (
                <>
                  {formatDate(deadline.deadline, lang)}
                  {deadline.extendedUntil && (
                    <span className="info-summary__extended"> {t('infoLao.extendedUntil', { date: formatDate(deadline.extendedUntil, lang) })}</span>
                  )}
                  {closed && <span className="warning"> {t('infoLao.deadlinePassed')}</span>}
                </>
              ) : (
                <span className="muted">{t('infoLao.noCycle')}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('infoLao.lpa')}</dt>
            <dd>
              <span className={`lpa-score lpa-score--${data.lpaScore}`}>{t('infoLao.lpaScore', { score: data.lpaScore })}</span>
            </dd>
          </div>
        </dl>
        <CertificationPanel
          status={data.status}
          complete={data.complete}
          allowedActions={data.allowedActions}
          sections={data.sections}
          catalogue={catalogueList}
          certifyInPrinciple={certifyInPrinciple}
          laoName={laoName}
          fiscalYear={year}
          onAction={act}
          onGoToDomain={(domain) => {
            select(domain);
            setFocusPanel((n) => n + 1);
          }}
          provinceHref={provinceHref}
        />
      </section>

      {readOnlyNote && (
        <p className="note" role="note">
          {readOnlyNote}
        </p>
      )}

      <StatusMessage className="info-lao__status">
        {movedOn && t('infoLao.savedAndNext', { domain: INFO_DOMAIN_LABELS[movedOn.from][lang], next: INFO_DOMAIN_LABELS[movedOn.to][lang] })}
      </StatusMessage>

      <DomainTabs
        tabs={INFO_DOMAINS.map((domain) => ({ domain, complete: data.sections.find((s) => s.domain === domain)?.complete ?? false }))}
        selected={active}
        onSelect={select}
        panelId={PANEL_ID}
      />
      <div className="card domain-panel" role="tabpanel" id={PANEL_ID} aria-labelledby={tabId('info', active)}>
        <div className="domain-panel__head">
          <h2 ref={panelHeading} tabIndex={-1}>
            {INFO_DOMAIN_LABELS[active][lang]}
          </h2>
          <p className="muted domain-panel__meta">
            {section?.complete ? t('infoLao.domainComplete') : t('infoLao.domainMissing', { count: missingHere })}
            {section?.savedAt && ` · ${t('infoLao.savedAt', { date: formatDate(section.savedAt, lang, true) })}`}
          </p>
        </div>
        {indicators.length === 0 ? (
          <p className="muted">{t('infoLao.noIndicators')}</p>
        ) : data.editable ? (
          <DomainForm
            key={`${year}:${active}`}
            indicators={indicators}
            values={values}
            onSave={save}
            hasNext={nextDomain !== undefined}
            onDirtyChange={setDirty}
            onSaved={(next) => {
              if (next && nextDomain) {
                setMovedOn({ from: active, to: nextDomain });
                goTo(nextDomain);
                setFocusPanel((n) => n + 1);
              }
            }}
          />
        ) : (
          <DomainView indicators={indicators} values={values} />
        )}
      </div>

      <section className="card" aria-labelledby="info-history-title">
        <h2 id="info-history-title">{t('infoLao.history')}</h2>
        {data.history.length === 0 ? (
          <p className="muted">{t('infoLao.noHistory')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('infoLao.historyCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('infoLao.col.at')}</th>
                  <th scope="col">{t('infoLao.col.action')}</th>
                  <th scope="col">{t('infoLao.col.status')}</th>
                  <th scope="col">{t('infoLao.col.actor')}</th>
                  <th scope="col">{t('infoLao.col.comment')}</th>
                </tr>
              </thead>
              <tbody>
                {[...data.history].reverse().map((event, index) => (
                  <tr key={`${event.at}-${index}`}>
                    <td className="nowrap">{formatDate(event.at, lang, true)}</td>
                    <td>{CERTIFICATION_ACTION_LABELS[event.action][lang]}</td>
                    <td>
                      {CERTIFICATION_STATUS_LABELS[event.fromStatus][lang]} <span aria-hidden="true">→</span>
                      <span className="visually-hidden">{t('infoLao.to')}</span> {CERTIFICATION_STATUS_LABELS[event.toStatus][lang]}
                    </td>
                    <td className="code">{event.actor}</td>
                    <td>{event.comment ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {leaveTo && (
        <ConfirmDialog
          title={t('infoLao.leaveTitle')}
          confirmLabel={t('infoLao.leaveConfirm')}
          closeLabel={t('infoLao.leaveStay')}
          onClose={() => setLeaveTo(null)}
          onConfirm={() => {
            const target = leaveTo;
            setLeaveTo(null);
            goTo(target);
          }}
        >
          <p>{t('infoLao.leaveText', { domain: INFO_DOMAIN_LABELS[active][lang] })}</p>
        </ConfirmDialog>
      )}
    </article>
  );
}
