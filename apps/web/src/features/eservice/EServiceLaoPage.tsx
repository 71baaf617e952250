import { useId, useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { localName, useI18n } from '../../i18n';
import { ErrorAlert, Loading } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { CertificationPanel } from '../certification/CertificationPanel';
import { FiscalYearSelect, useFiscalYearParam } from '../certification/fiscalYear';
import { HistoryTable } from '../certification/HistoryTable';
import { provincePath } from '../certification/moduleKit';
import { ReadOnlyNote } from '../certification/ReadOnlyNote';
import { useLaoActions } from '../certification/useLaoActions';
import { useSectionNav } from '../certification/useSectionNav';
import { UnsavedChangesDialog, useUnsavedGuard } from '../certification/useUnsavedGuard';
import { Instructions } from './Instructions';
import { eServiceModule } from './module';
import { SideNav } from './SideNav';
import { SideTable } from './SideTable';
import { ESERVICE_PANEL_WORDS, formatSurveyTime, SIDES, sideStates, surveyMissing } from './surveyCertification';
import { useEServiceSurvey } from './useEServiceSurvey';
import './eservice.css';

/**
 * An LAO's e-Service survey (/eservice/lao/:laoCode?year=&side=): its certification (status, window, actions), the
 * instructions, sides 1–6 with their state, the current side's table, and the history. Read-only whenever the API
 * says the caller may not edit.
 */
export default function EServiceLaoPage() {
  const { laoCode = '' } = useParams();
  const { t, lang } = useI18n();
  const user = useUser();
  const { year, years, setYear, withYear } = useFiscalYearParam();
  const { active, goTo, headingRef } = useSectionNav('side', SIDES);
  const guard = useUnsavedGuard();
  const survey = useEServiceSurvey(laoCode, year);
  const onAction = useLaoActions({
    module: eServiceModule.module,
    laoCode,
    fiscalYear: year,
    certify: survey.certify,
    refetch: survey.refetch,
    onDone: (action) => action === 'CERTIFY' && survey.clearFlags(),
  });
  const ids = { side: useId(), certification: useId() };

  const data = survey.data;
  const laoName = data ? localName(data.localAuthority, lang) : laoCode;
  useDocumentTitle(`${t('es.title')} · ${laoName}`);
  const sides = useMemo(() => sideStates(data?.sides ?? [], lang), [data, lang]);

  if (!data) {
    return (
      <section className="es-page">
        <h1>{t('es.title')}</h1>
        {survey.problem ? <ErrorAlert>{survey.problem.message ?? t('app.networkError')}</ErrorAlert> : <Loading label={t('common.loading')} />}
      </section>
    );
  }

  const current = data.sides.find((s) => s.side === active) ?? data.sides[0]!;
  const currentTitle = lang === 'en' ? current.titleEn : current.titleTh;
  const readOnly = !data.editable;
  const { province, district } = data.localAuthority;
  const provinceListHref = user.level !== 'LAO' ? withYear(provincePath(eServiceModule, province.code)) : null;
  const goToSide = (side: number) => side !== current.side && goTo(side, { focus: true });

  return (
    <section className="es-page es-lao">
      {provinceListHref && (
        <nav className="breadcrumb" aria-label={t('es.breadcrumb')}>
          <ol>
            <li>
              <Link to={provinceListHref}>{t('es.provinceTitle', { province: localName(province, lang) })}</Link>
            </li>
            <li aria-current="page">{laoName}</li>
          </ol>
        </nav>
      )}
      <header className="page-header page-header--row">
        <div>
          <p className="es-eyebrow">{t('es.title')}</p>
          <h1>{laoName}</h1>
          <p className="page-header__sub">
            {[district ? localName(district, lang) : null, localName(province, lang), `${t('es.laoCode')} ${data.laoCode}`].filter(Boolean).join(' · ')}
          </p>
        </div>
        <FiscalYearSelect label={t('es.fiscalYear')} year={year} years={years} onChange={setYear} />
      </header>

      <section className="card es-certification" aria-labelledby={ids.certification}>
        <h2 id={ids.certification}>{t('es.certification')}</h2>
        <CertificationPanel
          submission={data}
          laoName={laoName}
          fiscalYear={year}
          missing={surveyMissing(sides, t)}
          onAction={onAction}
          onGoToSection={(section) => goToSide(Number(section))}
          onMissing={survey.flag}
          words={ESERVICE_PANEL_WORDS}
          formatTime={formatSurveyTime}
          unsavedNote={guard.dirty ? t('es.unsavedSideNote', { side: current.side }) : null}
        />
        <ReadOnlyNote submission={data} fiscalYear={year} formatTime={formatSurveyTime} className="note es-readonly-note" />
      </section>

      <Instructions initiallyOpen={!data.sides.some((s) => s.savedAt)} />

      <SideNav sides={sides} current={current.side} flagged={survey.flagged} onSelect={goToSide} />

      <section className="es-current" aria-labelledby={ids.side}>
        <div className="es-current__head">
          <h2 id={ids.side} ref={headingRef} tabIndex={-1}>
            {t('es.sideNo', { side: current.side })} {currentTitle}
          </h2>
          <p className="muted es-current__saved">
            {current.savedAt ? t('es.lastSaved', { at: formatSurveyTime(current.savedAt, lang) }) : t('es.sideNotSaved')}
          </p>
        </div>
        <SideTable
          key={`${year}-${current.side}-${readOnly ? 'r' : 'w'}`}
          side={current.side}
          title={currentTitle}
          groups={current.groups}
          items={current.items}
          readOnly={readOnly}
          saved={Boolean(current.savedAt)}
          isLast={current.side === data.sides.length}
          onSave={(answers) => survey.save(current.side, answers)}
          onAddItem={(group, nameTh) => survey.add(current.side, group, nameTh)}
          onDeleteItem={survey.remove}
          onNext={() => {
            guard.setDirty(false);
            goTo(current.side + 1, { focus: true });
          }}
          onDirtyChange={guard.setDirty}
        />
      </section>

      <details className="card es-history-box">
        <summary>{t('cert.history')}</summary>
        <HistoryTable events={data.history} formatTime={formatSurveyTime} />
      </details>

      <UnsavedChangesDialog guard={guard} section={t('es.sideNo', { side: current.side })} />
    </section>
  );
}
