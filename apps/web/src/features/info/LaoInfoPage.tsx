import { INFO_DOMAIN_LABELS, INFO_DOMAINS, LAO_TYPE_LABELS, type InfoDomain } from '@lao/domain';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { localName, useI18n } from '../../i18n';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { CertificationPanel } from '../certification/CertificationPanel';
import { FiscalYearSelect, useFiscalYearParam } from '../certification/fiscalYear';
import { HistoryTable } from '../certification/HistoryTable';
import { laoPath, nationalPath, provincePath } from '../certification/moduleKit';
import { ReadOnlyNote } from '../certification/ReadOnlyNote';
import { useLaoActions } from '../certification/useLaoActions';
import { useSectionNav } from '../certification/useSectionNav';
import { UnsavedChangesDialog, useUnsavedGuard } from '../certification/useUnsavedGuard';
import { DOMAIN_PANEL_ID, DomainPanel } from './DomainPanel';
import { DomainTabs } from './DomainTabs';
import { domainIndicators } from './infoCatalogue';
import { formatInfoTime, infoMissing, isDomain } from './infoCertification';
import { infoModule } from './module';
import { useInfoSubmission } from './useInfoSubmission';
import './infoData.css';

/**
 * An LAO's INFO for one fiscal year (/info/lao/:laoCode?year=2570&domain=…): its certification (status, window,
 * actions), the eight domains as tabs with a form generated from the catalogue, and the history. The same page
 * serves the province and the department: what each may do comes from the API (editable, allowedActions).
 */
export default function LaoInfoPage() {
  const { laoCode = '' } = useParams();
  const { t, lang } = useI18n();
  const user = useUser();
  const { year, years, setYear, withYear } = useFiscalYearParam();
  const { active, next: nextDomain, goTo, headingRef } = useSectionNav<InfoDomain>('domain', INFO_DOMAINS);
  const guard = useUnsavedGuard();
  const info = useInfoSubmission(laoCode, year);
  const [movedOn, setMovedOn] = useState<{ from: InfoDomain; to: InfoDomain } | null>(null);
  const onAction = useLaoActions({
    module: infoModule.module,
    laoCode,
    fiscalYear: year,
    certify: info.certify,
    refetch: info.refetch,
  });

  const data = info.data;
  const lao = data?.localAuthority;
  const laoName = lao ? localName(lao, lang) : laoCode;
  useDocumentTitle(lao ? `${laoName} · INFO ${year}` : null);
  const indicators = useMemo(() => domainIndicators(info.catalogue, active), [info.catalogue, active]);

  if (info.loading) return <Loading label={t('common.loading')} />;
  if (!data || !lao) {
    return (
      <section>
        <h1>{t('infoLao.title', { code: laoCode })}</h1>
        <ErrorAlert>{info.loadProblem?.message ?? t('app.networkError')}</ErrorAlert>
        <button type="button" className="button button--secondary" onClick={info.retry}>
          {t('app.retry')}
        </button>
      </section>
    );
  }

  const province = localName(lao.province, lang);
  const district = lao.district ? localName(lao.district, lang) : null;
  const provinceHref = user.level === 'LAO' ? null : withYear(provincePath(infoModule, lao.province.code));
  const section = data.sections.find((s) => s.domain === active);
  const select = (domain: InfoDomain, focus = false) => {
    if (domain === active) return;
    setMovedOn(null);
    goTo(domain, { focus });
  };

  return (
    <article className="info-lao">
      {provinceHref && (
        <nav className="breadcrumb" aria-label="breadcrumb">
          <ol>
            {user.level === 'DEPARTMENT' && (
              <li>
                <Link to={withYear(nationalPath(infoModule))}>{t('national.short')}</Link>
              </li>
            )}
            <li>
              <Link to={provinceHref}>{province}</Link>
            </li>
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
        <div className="info-lao__tools">
          <FiscalYearSelect label={t('infoCommon.fiscalYear')} year={year} years={years} onChange={setYear} />
          {/* All eight domains on paper (the tabs print only the open one). */}
          <Link className="button button--secondary" to={withYear(`${laoPath(infoModule, laoCode)}/print`)}>
            {t('infoPrint.open')}
          </Link>
        </div>
      </header>

      <section className="card info-summary" aria-labelledby="info-summary-title">
        <h2 id="info-summary-title" className="visually-hidden">
          {t('infoLao.summary', { year })}
        </h2>
        <CertificationPanel
          submission={data}
          laoName={laoName}
          fiscalYear={year}
          missing={infoMissing(data.sections, info.catalogue, lang)}
          onAction={onAction}
          onGoToSection={(s) => isDomain(s) && select(s, true)}
          provinceHref={provinceHref}
          formatTime={formatInfoTime}
          extraFacts={
            <div>
              <dt>{t('infoLao.lpa')}</dt>
              <dd>
                <span className={`lpa-score lpa-score--${data.lpaScore}`}>{t('infoLao.lpaScore', { score: data.lpaScore })}</span>
              </dd>
            </div>
          }
        />
      </section>

      <ReadOnlyNote submission={data} fiscalYear={year} formatTime={formatInfoTime} />

      <StatusMessage className="info-lao__status">
        {movedOn && t('infoLao.savedAndNext', { domain: INFO_DOMAIN_LABELS[movedOn.from][lang], next: INFO_DOMAIN_LABELS[movedOn.to][lang] })}
      </StatusMessage>

      <DomainTabs
        tabs={INFO_DOMAINS.map((domain) => ({ domain, complete: data.sections.find((s) => s.domain === domain)?.complete ?? false }))}
        selected={active}
        onSelect={(domain) => select(domain)}
        panelId={DOMAIN_PANEL_ID}
      />
      <DomainPanel
        domain={active}
        state={section}
        indicators={indicators}
        editable={data.editable}
        formKey={`${year}:${active}`}
        hasNext={nextDomain !== null}
        headingRef={headingRef}
        onSave={(values) => {
          setMovedOn(null);
          return info.save(active, values);
        }}
        onDirtyChange={guard.setDirty}
        onSaved={(moveOn) => {
          if (!moveOn || !nextDomain) return;
          guard.setDirty(false);
          setMovedOn({ from: active, to: nextDomain });
          goTo(nextDomain, { focus: true });
        }}
      />

      <section className="card" aria-labelledby="info-history-title">
        <h2 id="info-history-title">{t('cert.history')}</h2>
        <HistoryTable events={data.history} formatTime={formatInfoTime} />
      </section>

      <UnsavedChangesDialog guard={guard} section={INFO_DOMAIN_LABELS[active][lang]} />
    </article>
  );
}
