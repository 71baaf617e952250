import {
  CERTIFICATION_ACTION_LABELS,
  CERTIFICATION_STATUS_LABELS,
  formatNumber,
  type CertificationAction,
  type CertificationStatus,
  type FieldIssue,
} from '@lao/domain';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n';
import { formatDateTimeBE } from '../../ui/dates';
import { ConfirmDialog, Dialog } from '../../ui/dialog';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { ReasonDialog } from '../certification/ReasonDialog';
import type { ReviewAction } from '../certification/useReviewActions';
import { SideIcon, type SideState } from './SideNav';

export type ActionResult =
  | { ok: true }
  | { ok: false; message: string | null; fields?: FieldIssue[]; /** INCOMPLETE: the sides the server found incomplete. */ incompleteSides?: number[] | null };

export interface CertifyPanelProps {
  status: CertificationStatus;
  allowedActions: readonly CertificationAction[];
  sides: readonly SideState[];
  /**
   * The caller certifies this survey once it is complete (an LAO, or the department, with the right, on a draft it may
   * edit): "รับรองข้อมูลและส่งจังหวัด" shows while incomplete too, and then says which sides are missing.
   */
  certifyInPrinciple: boolean;
  laoName: string;
  fiscalYear: number;
  /** The side on screen has changes not saved yet. */
  unsavedSide: number | null;
  onCertify: () => Promise<ActionResult>;
  onAction: (action: ReviewAction, reason?: string) => Promise<ActionResult>;
  onGoToSide: (side: number) => void;
  /** The sides found incomplete by a certify attempt (to mark them red). */
  onIncomplete: (sides: number[]) => void;
}

/** "รับรองข้อมูลและส่งจังหวัด", or the popup of what is missing; withdraw, return and reopen as the API allows. */
export function CertifyPanel(props: CertifyPanelProps) {
  const { status, allowedActions, sides, certifyInPrinciple, laoName, fiscalYear, unsavedSide, onCertify, onAction, onGoToSide, onIncomplete } = props;
  const { t, lang } = useI18n();
  const [dialog, setDialog] = useState<'CERTIFY' | ReviewAction | null>(null);
  const [incomplete, setIncomplete] = useState<number[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const popupTextId = useId();

  const allowed = (action: CertificationAction) => allowedActions.includes(action);
  const showCertify = allowed('CERTIFY') || (certifyInPrinciple && status === 'DRAFT');

  const openIncomplete = (list: number[]) => {
    setIncomplete(list);
    onIncomplete(list);
  };

  const onCertifyClick = () => {
    setDone(null);
    setError(null);
    const missing = sides.filter((s) => !s.complete).map((s) => s.side);
    if (missing.length > 0 || !allowed('CERTIFY')) openIncomplete(missing.length > 0 ? missing : sides.map((s) => s.side));
    else setDialog('CERTIFY');
  };

  const run = async (action: 'CERTIFY' | ReviewAction, reason?: string): Promise<ActionResult> => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result = action === 'CERTIFY' ? await onCertify() : await onAction(action, reason);
      if (result.ok) {
        setDialog(null);
        setDone(t(`es.done.${action}`));
      } else if (action === 'CERTIFY' && result.incompleteSides && result.incompleteSides.length > 0) {
        // Someone changed the survey meanwhile: the server's list is the truth.
        setDialog(null);
        openIncomplete(result.incompleteSides);
      } else {
        setError(result.message ?? t('app.networkError'));
      }
      return result;
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setDialog(null);
    setError(null);
  };
  const label = (action: CertificationAction) => CERTIFICATION_ACTION_LABELS[action][lang];
  const incompleteSides = (incomplete ?? []).map((n) => sides.find((s) => s.side === n)).filter((s): s is SideState => Boolean(s));

  return (
    <div className="es-certify">
      <div className="es-certify__actions">
        {showCertify && (
          <button type="button" className="button button--primary" onClick={onCertifyClick} aria-haspopup="dialog">
            {t('es.certify')}
          </button>
        )}
        {allowed('WITHDRAW') && (
          <button type="button" className="button button--secondary button--danger" onClick={() => setDialog('WITHDRAW')}>
            {label('WITHDRAW')}
          </button>
        )}
        {allowed('RETURN') && (
          <button type="button" className="button button--secondary" onClick={() => setDialog('RETURN')}>
            {label('RETURN')}
          </button>
        )}
        {allowed('REOPEN') && (
          <button type="button" className="button button--secondary" onClick={() => setDialog('REOPEN')}>
            {label('REOPEN')}
          </button>
        )}
      </div>
      {showCertify && <p className="muted es-certify__hint">{t('es.certifyHint')}</p>}
      <StatusMessage className="es-status">{done}</StatusMessage>
      {!dialog && <ErrorAlert>{error}</ErrorAlert>}

      {incomplete && (
        <Dialog role="alertdialog" title={t('es.incompleteTitle')} describedBy={popupTextId} onClose={() => setIncomplete(null)} className="dialog--alert">
          <div id={popupTextId} className="dialog__body">
            <p>{t('es.incompleteLead')}</p>
            <ul className="es-incomplete">
              {incompleteSides.map((s) => (
                <li key={s.side} className="es-incomplete__side">
                  <SideIcon complete={false} />
                  <span>
                    <strong>
                      {t('es.sideNo', { side: s.side })} {s.title}
                    </strong>
                    <br />
                    <span className="es-incomplete__why">
                      {!s.savedAt ? t('es.sideNotSaved') : t('es.sideLeft', { count: formatNumber(s.unanswered) })}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => {
                      setIncomplete(null);
                      onGoToSide(s.side);
                    }}
                  >
                    {t('es.goToSide', { side: s.side })}
                  </button>
                </li>
              ))}
            </ul>
            {unsavedSide !== null && <p className="es-warning">{t('es.unsavedSideNote', { side: unsavedSide })}</p>}
          </div>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={() => setIncomplete(null)} data-autofocus>
              {t('es.ok')}
            </button>
          </div>
        </Dialog>
      )}

      {(dialog === 'CERTIFY' || dialog === 'WITHDRAW') && (
        <ConfirmDialog
          title={dialog === 'CERTIFY' ? t('es.certify') : label('WITHDRAW')}
          confirmLabel={dialog === 'CERTIFY' ? t('es.confirmCertify') : label('WITHDRAW')}
          closeLabel={t('es.cancel')}
          busy={busy}
          error={error}
          danger={dialog === 'WITHDRAW'}
          onClose={close}
          onConfirm={() => void run(dialog)}
        >
          <p>{t(dialog === 'CERTIFY' ? 'es.confirmCertifyText' : 'es.confirmWithdrawText', { lao: laoName, year: fiscalYear })}</p>
          {dialog === 'CERTIFY' && unsavedSide !== null && <p className="es-warning">{t('es.unsavedSideNote', { side: unsavedSide })}</p>}
        </ConfirmDialog>
      )}
      {(dialog === 'RETURN' || dialog === 'REOPEN') && (
        <ReasonDialog
          action={dialog}
          text={t(dialog === 'RETURN' ? 'es.returnText' : 'es.reopenText', { lao: laoName })}
          labels={{ reason: t('es.reason'), hint: t('es.reasonHint'), submit: label(dialog), close: t('es.cancel') }}
          busy={busy}
          error={error}
          onClose={close}
          onSubmit={(reason) => run(dialog, reason)}
        />
      )}
    </div>
  );
}

interface SurveyStatusProps {
  status: CertificationStatus;
  laoCertifiedAt: string | null;
  provinceCertifiedAt: string | null;
}

/** "สถานะการรับรองข้อมูลของ อปท. : อปท.รับรองข้อมูลแล้ว เมื่อ 07/11/2565 16:29:30", as the manual shows it. */
export function SurveyStatus({ status, laoCertifiedAt, provinceCertifiedAt }: SurveyStatusProps) {
  const { t, lang } = useI18n();
  return (
    <dl className="es-status-lines">
      <div>
        <dt>{t('es.laoStatus')} :</dt>{' '}
        <dd>
          {status !== 'DRAFT' && laoCertifiedAt ? (
            <span className="badge badge--ok">{t('es.laoCertifiedAt', { at: formatDateTimeBE(laoCertifiedAt) })}</span>
          ) : (
            <span className="badge badge--draft">{CERTIFICATION_STATUS_LABELS.DRAFT[lang]}</span>
          )}
        </dd>
      </div>
      {status === 'PROVINCE_CERTIFIED' && (
        <div>
          <dt>{t('es.provinceStatus')} :</dt>{' '}
          <dd>
            <span className="badge badge--ok">
              {provinceCertifiedAt
                ? t('es.provinceCertifiedAt', { at: formatDateTimeBE(provinceCertifiedAt) })
                : CERTIFICATION_STATUS_LABELS.PROVINCE_CERTIFIED[lang]}
            </span>
          </dd>
        </div>
      )}
    </dl>
  );
}

export interface HistoryEvent {
  action: CertificationAction;
  actor: string;
  at: string;
  comment: string | null;
}

/** Every certification step, newest first. */
export function CertificationHistory({ events }: { events: readonly HistoryEvent[] }) {
  const { t, lang } = useI18n();
  if (events.length === 0) return <p className="muted">{t('es.noHistory')}</p>;
  return (
    <div className="table-wrap">
      <table className="table es-history">
        <caption className="visually-hidden">{t('es.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('es.historyAt')}</th>
            <th scope="col">{t('es.historyAction')}</th>
            <th scope="col">{t('es.historyActor')}</th>
            <th scope="col">{t('es.historyComment')}</th>
          </tr>
        </thead>
        <tbody>
          {[...events].reverse().map((e, i) => (
            <tr key={`${e.at}-${i}`}>
              <td className="nowrap">{formatDateTimeBE(e.at)}</td>
              <td>{CERTIFICATION_ACTION_LABELS[e.action][lang]}</td>
              <td className="code">{e.actor}</td>
              <td>{e.comment ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
