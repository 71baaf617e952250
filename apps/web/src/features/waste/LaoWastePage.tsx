import { hasRight, LAO_TYPE_LABELS, WASTE_SECTIONS, type WasteSection } from '@lao/domain';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { localName, useI18n } from '../../i18n';
import { ErrorAlert, Loading } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { CertificationPanel } from '../certification/CertificationPanel';
import { FiscalYearSelect, useFiscalYearParam } from '../certification/fiscalYear';
import { HistoryTable } from '../certification/HistoryTable';
import { nationalPath, provincePath, type ModuleUser } from '../certification/moduleKit';
import { ReadOnlyNote } from '../certification/ReadOnlyNote';
import { useLaoActions } from '../certification/useLaoActions';
import { useSectionNav } from '../certification/useSectionNav';
import { UnsavedChangesDialog, useUnsavedGuard } from '../certification/useUnsavedGuard';
import { DisposalPart } from './DisposalPart';
import { FiguresCard } from './FiguresCard';
import { wasteModule } from './module';
import { OperatedSites } from './OperatedSites';
import { ReportSections } from './ReportSections';
import { storedCollected, useWasteReport } from './useWasteReport';
import { DISPOSAL_HEADING_ID, DISPOSAL_PART, formatWasteTime, isWasteSection, sectionLabel, wasteMissing } from './wasteCatalogue';
import './waste.css';

/** Whether the user records Waste for this LAO (its own, its province's, or the department). */
function recordsFor(user: ModuleUser, lao: { code: string; province: { code: string } }): boolean {
  if (!hasRight(user.rights, 'WASTE', 'RECORD')) return false;
  if (user.level === 'DEPARTMENT') return true;
  return user.level === 'LAO' ? user.scopeCode === lao.code : user.scopeCode === lao.province.code;
}

/**
 * An LAO's Waste report for one fiscal year (/waste/lao/:laoCode?year=2570&section=…): certification, the three
 * sections from the catalogue, where the collected waste goes, the figures and warnings, the sites the LAO runs and
 * the history. The same page serves the province and the department; what each may do comes from the API.
 */
export default function LaoWastePage() {
  const { laoCode = '' } = useParams();
  const { t, lang } = useI18n();
  const user = useUser();
  const { year, years, setYear, withYear } = useFiscalYearParam();
  const nav = useSectionNav<WasteSection>('section', WASTE_SECTIONS);
  const guard = useUnsavedGuard();
  const report = useWasteReport(laoCode, year);
  const onAction = useLaoActions({ module: wasteModule.module, laoCode, fiscalYear: year, certify: report.certify, refetch: report.refetch });

  // The section form and the disposal editor each say whether they hold unsaved changes; the guard holds either.
  const dirtyParts = useRef({ form: false, disposal: false });
  const [onlyDisposalDirty, setOnlyDisposalDirty] = useState(false);
  const { setDirty } = guard;
  const markDirty = useCallback(
    (part: 'form' | 'disposal', dirty: boolean) => {
      const parts = dirtyParts.current;
      parts[part] = dirty;
      setDirty(parts.form || parts.disposal);
      setOnlyDisposalDirty(parts.disposal && !parts.form);
    },
    [setDirty],
  );
  const onFormDirty = useCallback((dirty: boolean) => markDirty('form', dirty), [markDirty]);
  const onDisposalDirty = useCallback((dirty: boolean) => markDirty('disposal', dirty), [markDirty]);

  const data = report.data;
  const lao = data?.localAuthority;
  const laoName = lao ? localName(lao, lang) : laoCode;
  useDocumentTitle(lao ? `${laoName} · ${t('waste.module')} ${year}` : null);
  const collected = storedCollected(report.values);
  const missing = useMemo(
    () => (data ? wasteMissing({ sections: data.sections, collected, disposalCount: data.disposal.length }, report.catalogue, lang, t('waste.disposal.title')) : []),
    [data, collected, report.catalogue, lang, t],
  );

  if (report.loading) return <Loading label={t('common.loading')} />;
  if (!data || !lao) {
    return (
      <section>
        <h1>{t('waste.lao.title', { code: laoCode })}</h1>
        <ErrorAlert>{report.loadProblem?.message ?? t('app.networkError')}</ErrorAlert>
        <button type="button" className="button button--secondary" onClick={report.retry}>
          {t('app.retry')}
        </button>
      </section>
    );
  }

  const province = localName(lao.province, lang);
  const district = lao.district ? localName(lao.district, lang) : null;
  const provinceHref = user.level === 'LAO' ? null : withYear(provincePath(wasteModule, lao.province.code));
  const goTo = (section: string) => {
    if (isWasteSection(section)) {
      if (section !== nav.active) nav.goTo(section, { focus: true });
      else nav.headingRef.current?.focus();
    } else if (section === DISPOSAL_PART) {
      const heading = document.getElementById(DISPOSAL_HEADING_ID);
      heading?.scrollIntoView?.({ block: 'start' });
      heading?.focus();
    }
  };
  const dirtyName = onlyDisposalDirty ? t('waste.disposal.title') : sectionLabel(nav.active, lang);

  return (
    <article className="info-lao waste-lao">
      {provinceHref && (
        <nav className="breadcrumb" aria-label="breadcrumb">
          <ol>
            {user.level === 'DEPARTMENT' && (
              <li>
                <Link to={withYear(nationalPath(wasteModule))}>{t('waste.national.short')}</Link>
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
          <p className="page-header__eyebrow">{t('waste.module')}</p>
          <h1>{laoName}</h1>
          <p className="page-header__sub">
            {LAO_TYPE_LABELS[lao.type][lang]}
            {district && ` · ${t('infoLao.district', { name: district })}`} · {t('infoLao.province', { name: province })} · {t('lao.code')}{' '}
            <span className="code">{lao.code}</span>
          </p>
        </div>
        <FiscalYearSelect label={t('infoCommon.fiscalYear')} year={year} years={years} onChange={setYear} />
      </header>

      <section className="card info-summary" aria-labelledby="waste-summary-title">
        <h2 id="waste-summary-title" className="visually-hidden">
          {t('waste.lao.summary', { year })}
        </h2>
        <CertificationPanel
          submission={data}
          laoName={laoName}
          fiscalYear={year}
          missing={missing}
          onAction={onAction}
          onGoToSection={goTo}
          provinceHref={provinceHref}
          formatTime={formatWasteTime}
          unsavedNote={guard.dirty ? t('waste.lao.unsavedNote', { section: dirtyName }) : null}
          extraFacts={
            <div>
              <dt>{t('waste.warnings.title')}</dt>
              <dd>
                {data.warnings.length === 0 ? (
                  t('waste.warnings.noneShort')
                ) : (
                  <a href="#waste-figures-title" className="warning">
                    {t('waste.warnings.count', { count: data.warnings.length })}
                  </a>
                )}
              </dd>
            </div>
          }
        />
      </section>

      <ReadOnlyNote submission={data} fiscalYear={year} formatTime={formatWasteTime} />

      <ReportSections
        report={data}
        catalogue={report.catalogue}
        nav={nav}
        year={year}
        onSave={report.save}
        onDirtyChange={onFormDirty}
        onMovedOn={() => onFormDirty(false)}
      />

      <DisposalPart report={data} collected={collected} year={year} onSave={report.saveDisposal} onDirtyChange={onDisposalDirty} />

      <FiguresCard figures={data.figures} warnings={data.warnings} catalogue={report.catalogue} />

      <OperatedSites laoCode={lao.code} provinceCode={lao.province.code} fiscalYear={year} mayAdd={recordsFor(user, lao)} />

      <section className="card" aria-labelledby="waste-history-title">
        <h2 id="waste-history-title">{t('cert.history')}</h2>
        <HistoryTable events={data.history} formatTime={formatWasteTime} />
      </section>

      <UnsavedChangesDialog guard={guard} section={dirtyName} />
    </article>
  );
}
