import { useMutation, useQuery } from '@apollo/client/react';
import { hasRight, type EServiceAnswer } from '@lao/domain';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { formatDateTimeBE } from '../../ui/dates';
import { ConfirmDialog } from '../../ui/dialog';
import { ErrorAlert, Loading } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { FiscalYearSelect, useFiscalYearParam } from '../certification/fiscalYear';
import { useReviewActions, type ReviewAction } from '../certification/useReviewActions';
import { CertificationHistory, CertifyPanel, SurveyStatus, type ActionResult } from './CertifyPanel';
import { addEServiceItemMutation, certifyEServiceSurveyMutation, deleteEServiceItemMutation, eServiceSurveyQuery, saveEServiceSideMutation } from './operations';
import { incompleteSidesOf, readSide } from './params';
import { SideNav, type SideState } from './SideNav';
import { SideTable, type AddItemResult, type DeleteItemResult, type SaveSideResult } from './SideTable';
import './eservice.css';

/**
 * An LAO's e-Service survey (/eservice/lao/:laoCode?year=&side=): the instructions, sides 1–6 with their state, the
 * current side's table, and certification. Read-only whenever the API says the caller may not edit.
 */
export default function EServiceLaoPage() {
  const { laoCode = '' } = useParams();
  const { t, lang } = useI18n();
  const user = useUser();
  const { year, years, setYear, withYear } = useFiscalYearParam();
  const [params, setParams] = useSearchParams();
  const side = readSide(params);

  const survey = useQuery(eServiceSurveyQuery, {
    variables: { laoCode, fiscalYear: year },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const data = survey.data?.eServiceSurvey;
  const [saveSide] = useMutation(saveEServiceSideMutation);
  const [addItem] = useMutation(addEServiceItemMutation);
  const [deleteItem] = useMutation(deleteEServiceItemMutation);
  const [certify] = useMutation(certifyEServiceSurveyMutation);
  const review = useReviewActions('ESERVICE');

  const laoName = data ? (lang === 'en' ? data.localAuthority.nameEn : data.localAuthority.nameTh) : laoCode;
  useDocumentTitle(`${t('es.title')} · ${laoName}`);

  // Unsaved answers: leaving the side, the year or the page asks first.
  const [dirty, setDirty] = useState(false);
  const [pending, setPending] = useState<(() => void) | null>(null);
  const guard = (go: () => void) => {
    if (dirty) setPending(() => go);
    else go();
  };
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const [flagged, setFlagged] = useState<Set<number>>(() => new Set());
  const sideHeading = useRef<HTMLHeadingElement>(null);
  const goToSide = useCallback(
    (next: number) => {
      setDirty(false);
      setParams(
        (previous) => {
          const copy = new URLSearchParams(previous);
          if (next === 1) copy.delete('side');
          else copy.set('side', String(next));
          return copy;
        },
        { replace: true },
      );
      requestAnimationFrame(() => {
        sideHeading.current?.focus({ preventScroll: true });
        sideHeading.current?.scrollIntoView({ block: 'start' });
      });
    },
    [setParams],
  );

  const sides: SideState[] = useMemo(
    () =>
      (data?.sides ?? []).map((s) => ({
        side: s.side,
        title: lang === 'en' ? s.titleEn : s.titleTh,
        complete: s.complete,
        savedAt: s.savedAt ?? null,
        unanswered: s.items.filter((i) => i.offered === null || i.offered === undefined).length,
        total: s.items.length,
      })),
    [data, lang],
  );

  const refetch = () => void survey.refetch().catch(() => undefined);

  const onSave = async (answers: EServiceAnswer[]): Promise<SaveSideResult> => {
    try {
      const result = await saveSide({ variables: { input: { laoCode, fiscalYear: year, side, answers } } });
      const saved = result.data?.saveEServiceSide;
      refetch();
      if (!saved) return { ok: false, message: null };
      setFlagged((previous) => {
        if (!saved.complete || !previous.has(side)) return previous;
        const copy = new Set(previous);
        copy.delete(side);
        return copy;
      });
      return { ok: true, items: saved.items, complete: saved.complete };
    } catch (e) {
      const problem = apiProblem(e);
      const itemId = problem.extensions.itemId;
      return { ok: false, message: problem.message, fields: problem.fields, itemId: typeof itemId === 'string' ? itemId : null };
    }
  };

  const onAddItem = async (group: string | null, nameTh: string): Promise<AddItemResult> => {
    try {
      const result = await addItem({ variables: { input: { laoCode, fiscalYear: year, side, group, nameTh } } });
      refetch();
      const item = result.data?.addEServiceItem;
      return item ? { ok: true, item } : { ok: false, message: null };
    } catch (e) {
      const problem = apiProblem(e);
      return { ok: false, message: problem.message, fields: problem.fields };
    }
  };

  const onDeleteItem = async (id: string): Promise<DeleteItemResult> => {
    try {
      await deleteItem({ variables: { id } });
      refetch();
      return { ok: true };
    } catch (e) {
      return { ok: false, message: apiProblem(e).message };
    }
  };

  const onCertify = async (): Promise<ActionResult> => {
    try {
      await certify({ variables: { laoCode, fiscalYear: year } });
      setFlagged(new Set());
      await survey.refetch();
      return { ok: true };
    } catch (e) {
      const problem = apiProblem(e);
      const incompleteSides = incompleteSidesOf(e);
      if (incompleteSides) refetch();
      return { ok: false, message: problem.message, incompleteSides };
    }
  };

  const onAction = async (action: ReviewAction, reason?: string): Promise<ActionResult> => {
    try {
      await review(action, laoCode, year, reason);
      await survey.refetch();
      return { ok: true };
    } catch (e) {
      const problem = apiProblem(e);
      return { ok: false, message: problem.message, fields: problem.fields };
    }
  };

  const ids = { side: useId(), certification: useId() };
  const problem = survey.error ? apiProblem(survey.error) : null;

  if (!data) {
    return (
      <section className="es-page">
        <h1>{t('es.title')}</h1>
        {problem ? <ErrorAlert>{problem.message ?? t('app.networkError')}</ErrorAlert> : <Loading label={t('common.loading')} />}
      </section>
    );
  }

  const current = data.sides.find((s) => s.side === side) ?? data.sides[0]!;
  const currentTitle = lang === 'en' ? current.titleEn : current.titleTh;
  const readOnly = !data.editable;
  const started = data.sides.some((s) => s.savedAt);
  const province = data.localAuthority.province;
  const district = data.localAuthority.district;
  const certifyInPrinciple =
    data.editable && (user.level === 'LAO' || user.level === 'DEPARTMENT') && hasRight(user.rights, 'ESERVICE', 'CERTIFY');
  const lastReturn = data.status === 'DRAFT' ? [...data.history].reverse().find((e) => e.action === 'RETURN' || e.action === 'REOPEN') : undefined;
  const provinceListHref = user.level !== 'LAO' ? withYear(`/eservice/province/${province.code}`) : null;

  return (
    <section className="es-page es-lao">
      {provinceListHref && (
        <nav className="breadcrumb" aria-label={t('es.breadcrumb')}>
          <ol>
            <li>
              <Link to={provinceListHref}>{t('es.provinceTitle', { province: lang === 'en' ? province.nameEn : province.nameTh })}</Link>
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
            {[district ? (lang === 'en' ? district.nameEn : district.nameTh) : null, lang === 'en' ? province.nameEn : province.nameTh, `${t('es.laoCode')} ${data.laoCode}`]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <FiscalYearSelect label={t('es.fiscalYear')} year={year} years={years} onChange={(next) => guard(() => setYear(next))} />
      </header>

      <div className="card es-summary">
        <SurveyStatus status={data.status} laoCertifiedAt={data.laoCertifiedAt ?? null} provinceCertifiedAt={data.provinceCertifiedAt ?? null} />
        {readOnly && <p className="note es-readonly-note">{t(data.status === 'DRAFT' ? 'es.readOnly' : 'es.readOnlyCertified')}</p>}
        {lastReturn && (
          <p className="es-returned" role="note">
            <strong>{t(lastReturn.action === 'RETURN' ? 'es.returnedBy' : 'es.reopenedBy')}</strong>{' '}
            {lastReturn.comment}
          </p>
        )}
      </div>

      <Instructions initiallyOpen={!started} />

      <SideNav sides={sides} current={current.side} flagged={flagged} onSelect={(n) => n !== current.side && guard(() => goToSide(n))} />

      <section className="es-current" aria-labelledby={ids.side}>
        <div className="es-current__head">
          <h2 id={ids.side} ref={sideHeading} tabIndex={-1}>
            {t('es.sideNo', { side: current.side })} {currentTitle}
          </h2>
          <p className="muted es-current__saved">
            {current.savedAt ? t('es.lastSaved', { at: formatDateTimeBE(current.savedAt) }) : t('es.sideNotSaved')}
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
          onSave={onSave}
          onAddItem={onAddItem}
          onDeleteItem={onDeleteItem}
          onNext={() => goToSide(current.side + 1)}
          onDirtyChange={setDirty}
        />
      </section>

      <section className="card es-certification" aria-labelledby={ids.certification}>
        <h2 id={ids.certification}>{t('es.certification')}</h2>
        <CertifyPanel
          status={data.status}
          allowedActions={data.allowedActions}
          sides={sides}
          certifyInPrinciple={certifyInPrinciple}
          laoName={laoName}
          fiscalYear={year}
          unsavedSide={dirty ? current.side : null}
          onCertify={onCertify}
          onAction={onAction}
          onGoToSide={(n) => guard(() => goToSide(n))}
          onIncomplete={(list) => setFlagged(new Set(list))}
        />
        <details className="es-history-box">
          <summary>{t('es.history')}</summary>
          <CertificationHistory events={data.history} />
        </details>
      </section>

      {pending && (
        <ConfirmDialog
          title={t('es.leaveTitle')}
          confirmLabel={t('es.leave')}
          closeLabel={t('es.stay')}
          danger
          onClose={() => setPending(null)}
          onConfirm={() => {
            const go = pending;
            setPending(null);
            setDirty(false);
            go();
          }}
        >
          <p>{t('es.leaveText', { side: current.side })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** คำชี้แจง: the manual's objective and definition; open until the LAO has saved a side, then out of the way. */
function Instructions({ initiallyOpen }: { initiallyOpen: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className="card es-instructions" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('es.instructions')}</summary>
      <ol className="es-instructions__list">
        <li>
          <strong>{t('es.objectiveLabel')}</strong> {t('es.objective')}
        </li>
        <li>
          <strong>{t('es.definitionLabel')}</strong> {t('es.definition')}
        </li>
      </ol>
      <p className="muted">{t('es.howTo')}</p>
    </details>
  );
}
