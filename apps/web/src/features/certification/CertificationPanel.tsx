import { CERTIFICATION_ACTION_LABELS, type CertificationAction, type CertificationStatus } from '@lao/domain';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import type { HistoryEvent } from './history';
import { itemCount, type MissingSection } from './missing';
import { PanelDialogs } from './PanelDialogs';
import { DEFAULT_PANEL_WORDS, type ActionResult, type FormatTime, type LaoAction, type PanelWords } from './panelWords';
import { ReturnedBanner } from './ReturnedBanner';
import { StatusFacts } from './StatusFacts';
import { usePanelState } from './usePanelState';
import type { EntryWindowFields } from './window';

/** The fields every module's submission answers (Submission, InfoSubmission, EServiceSurvey, …). */
export interface PanelSubmission extends EntryWindowFields {
  status: CertificationStatus;
  complete: boolean;
  editable: boolean;
  allowedActions: readonly CertificationAction[];
  laoCertifiedAt?: string | null;
  provinceCertifiedAt?: string | null;
  history: readonly HistoryEvent[];
}

export interface CertificationPanelProps {
  submission: PanelSubmission;
  laoName: string;
  fiscalYear: number;
  /** The sections the submission's data says are incomplete, in order (the module turns its API answer into these). */
  missing: readonly MissingSection[];
  onAction: (action: LaoAction, reason?: string) => Promise<ActionResult>;
  onGoToSection: (section: string) => void;
  /** The sections a certify attempt found incomplete (e.g. to mark them red). */
  onMissing?: (sections: string[]) => void;
  /** The province's page, where CERTIFY_PROVINCE is done for every LAO at once. */
  provinceHref?: string | null;
  words?: Partial<PanelWords>;
  formatTime: FormatTime;
  /** The section on screen has unsaved changes: said before certifying. */
  unsavedNote?: string | null;
  /** The module's own facts (INFO: the LPA score). */
  extraFacts?: ReactNode;
}

const REVIEW: readonly LaoAction[] = ['WITHDRAW', 'RETURN', 'REOPEN'];

/**
 * One LAO's certification, the same for every module: status, who certified and when, the entry window, the
 * reason when the data came back, and exactly the actions the API allows (allowedActions) — certify, withdraw,
 * return and reopen with a reason. Certifying an incomplete draft lists what is missing instead.
 */
export function CertificationPanel(props: CertificationPanelProps) {
  const { submission, laoName, fiscalYear, missing, onAction, onGoToSection, onMissing, provinceHref, formatTime, unsavedNote, extraFacts } = props;
  const words = { ...DEFAULT_PANEL_WORDS, ...props.words };
  const { t, lang } = useI18n();
  const summaryId = useId();
  const state = usePanelState({ allowedActions: submission.allowedActions, editable: submission.editable, complete: submission.complete, missing, onAction, onMissing });
  const { allowed, offerCertify, done, error, dialog } = state;

  const count = itemCount(missing);
  const summary = offerCertify && !submission.complete && missing.length > 0
    ? count > 0
      ? t('cert.missingSummary', { count, domains: missing.length })
      : t('cert.missingSections', { sections: missing.length })
    : null;

  return (
    <div className="cert-panel">
      <ReturnedBanner history={submission.history} formatTime={formatTime} />
      <StatusFacts
        status={submission.status}
        laoCertifiedAt={submission.laoCertifiedAt}
        provinceCertifiedAt={submission.provinceCertifiedAt}
        history={submission.history}
        window={submission}
        fiscalYear={fiscalYear}
        words={words}
        formatTime={formatTime}
        extra={extraFacts}
      />
      <div className="certification-panel">
        <div className="certification-panel__actions">
          {offerCertify && (
            <button type="button" className="button button--primary" onClick={state.onCertifyClick} aria-haspopup="dialog" aria-describedby={summary ? summaryId : undefined}>
              {t(words.certify)}
            </button>
          )}
          {REVIEW.filter(allowed).map((action) => (
            <button
              key={action}
              type="button"
              className={`button button--secondary${action === 'WITHDRAW' ? ' button--danger' : ''}`}
              onClick={() => state.open(action)}
            >
              {CERTIFICATION_ACTION_LABELS[action][lang]}
            </button>
          ))}
          {summary && (
            <span className="certification-panel__summary warning" id={summaryId}>
              {summary}
            </span>
          )}
        </div>
        {offerCertify && words.certifyHint && <p className="muted certification-panel__hint">{t(words.certifyHint)}</p>}
        {allowed('CERTIFY_PROVINCE') && provinceHref && (
          <p className="note">
            {t('cert.provinceNote')} <Link to={provinceHref}>{t('cert.provinceLink')}</Link>
          </p>
        )}
        <StatusMessage className="certification-panel__status">{done ? t(words.done[done]) : null}</StatusMessage>
        {!dialog && <ErrorAlert>{error}</ErrorAlert>}
        <PanelDialogs state={state} words={words} laoName={laoName} fiscalYear={fiscalYear} onGoToSection={onGoToSection} unsavedNote={unsavedNote} />
      </div>
    </div>
  );
}
