import { CERTIFICATION_ACTION_LABELS, INFO_DOMAIN_LABELS, type CertificationAction, type CertificationStatus, type FieldIssue, type InfoDomain } from '@lao/domain';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';
import { ConfirmDialog } from '../../ui/dialog';
import { StatusMessage } from '../../ui/feedback';
import { ReasonDialog } from '../certification/ReasonDialog';
import { missingByDomain, type Indicator, type MissingDomain } from './indicators';

/** The per-LAO actions this page offers (CERTIFY_PROVINCE is the province page's certify-all, never per LAO). */
export type LaoAction = Exclude<CertificationAction, 'CERTIFY_PROVINCE'>;

export type ActionResult =
  | { ok: true }
  | { ok: false; code?: string; message: string | null; fields?: FieldIssue[]; missing?: ReadonlyArray<{ domain: InfoDomain; indicatorCodes: readonly string[] }> };

export interface CertificationPanelProps {
  status: CertificationStatus;
  complete: boolean;
  /** From the API: the only actions offered. */
  allowedActions: readonly CertificationAction[];
  /** Required indicators still without a value, per domain in order (InfoSection.missing). */
  sections: ReadonlyArray<{ domain: InfoDomain; missing: readonly string[] }>;
  catalogue: readonly Indicator[];
  /**
   * The caller is the LAO that certifies once the data is complete: "รับรองข้อมูล" is shown while incomplete too,
   * and explains what is missing instead of certifying.
   */
  certifyInPrinciple: boolean;
  laoName: string;
  fiscalYear: number;
  onAction: (action: LaoAction, reason?: string) => Promise<ActionResult>;
  onGoToDomain: (domain: InfoDomain) => void;
  /** The province page, where CERTIFY_PROVINCE is done for every LAO at once. */
  provinceHref?: string | null;
}

const REASON_ACTIONS = ['RETURN', 'REOPEN'] as const;

/** The certification block of an LAO's INFO page: certify (or what is missing), withdraw, return, reopen. */
export function CertificationPanel({
  status,
  complete,
  allowedActions,
  sections,
  catalogue,
  certifyInPrinciple,
  laoName,
  fiscalYear,
  onAction,
  onGoToDomain,
  provinceHref,
}: CertificationPanelProps) {
  const { t, lang } = useI18n();
  const [dialog, setDialog] = useState<LaoAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [done, setDone] = useState<LaoAction | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const [serverMissing, setServerMissing] = useState<MissingDomain[] | null>(null);
  const missingRef = useRef<HTMLElement>(null);
  const ids = { summary: useId(), missing: useId(), missingTitle: useId() };

  const allowed = (action: CertificationAction) => allowedActions.includes(action);
  const missing = serverMissing ?? missingByDomain(sections.map((s) => ({ domain: s.domain, indicatorCodes: s.missing })), catalogue, lang);
  const missingCount = missing.reduce((n, d) => n + d.indicators.length, 0);
  const showCertify = allowed('CERTIFY') || (certifyInPrinciple && status === 'DRAFT');
  const missingOpen = showMissing && missing.length > 0;

  const openMissing = () => {
    setShowMissing(true);
    // After React shows the panel: move there so keyboard and screen-reader users land on the explanation.
    requestAnimationFrame(() => missingRef.current?.focus());
  };

  const run = async (action: LaoAction, reason?: string): Promise<ActionResult> => {
    setBusy(true);
    setDialogError(null);
    setDone(null);
    try {
      const result = await onAction(action, reason);
      if (result.ok) {
        setDialog(null);
        setShowMissing(false);
        setServerMissing(null);
        setDone(action);
      } else if (result.missing && result.missing.length > 0) {
        // Someone emptied a value meanwhile: the server's list is the truth.
        setDialog(null);
        setServerMissing(missingByDomain(result.missing, catalogue, lang));
        openMissing();
      } else {
        setDialogError(result.message ?? t('app.networkError'));
      }
      return result;
    } finally {
      setBusy(false);
    }
  };

  const onCertifyClick = () => {
    setDone(null);
    if (allowed('CERTIFY')) {
      setDialogError(null);
      setDialog('CERTIFY');
    } else if (missingOpen) {
      setShowMissing(false);
    } else {
      setServerMissing(null);
      openMissing();
    }
  };

  const actionLabel = (action: CertificationAction) => CERTIFICATION_ACTION_LABELS[action][lang];
  const close = () => {
    setDialog(null);
    setDialogError(null);
  };

  return (
    <div className="certification-panel">
      <div className="certification-panel__actions">
        {showCertify && (
          <button
            type="button"
            className="button button--primary"
            onClick={onCertifyClick}
            aria-expanded={allowed('CERTIFY') ? undefined : missingOpen}
            aria-controls={allowed('CERTIFY') ? undefined : ids.missing}
            aria-describedby={!complete && missingCount > 0 ? ids.summary : undefined}
          >
            {actionLabel('CERTIFY')}
          </button>
        )}
        {allowed('WITHDRAW') && (
          <button type="button" className="button button--secondary button--danger" onClick={() => setDialog('WITHDRAW')}>
            {actionLabel('WITHDRAW')}
          </button>
        )}
        {REASON_ACTIONS.filter(allowed).map((action) => (
          <button key={action} type="button" className="button button--secondary" onClick={() => setDialog(action)}>
            {actionLabel(action)}
          </button>
        ))}
        {showCertify && !complete && missingCount > 0 && (
          <span className="certification-panel__summary warning" id={ids.summary}>
            {t('cert.missingSummary', { count: missingCount, domains: missing.length })}
          </span>
        )}
      </div>

      {allowed('CERTIFY_PROVINCE') && provinceHref && (
        <p className="note">
          {t('cert.provinceNote')} <Link to={provinceHref}>{t('cert.provinceLink')}</Link>
        </p>
      )}

      <StatusMessage className="certification-panel__status">{done ? t(`cert.done.${done}`) : null}</StatusMessage>

      <section
        id={ids.missing}
        ref={missingRef}
        className="missing-panel"
        aria-labelledby={ids.missingTitle}
        tabIndex={-1}
        hidden={!missingOpen}
      >
        {missingOpen && (
          <>
            <div className="missing-panel__head">
              <h3 id={ids.missingTitle} className="missing-panel__title">
                {t('cert.missingTitle')}
              </h3>
              <button type="button" className="button button--quiet" onClick={() => setShowMissing(false)}>
                {t('cert.hideMissing')}
              </button>
            </div>
            <p className="missing-panel__lead">{t('cert.completeFirst')}</p>
            <ul className="missing-panel__domains">
              {missing.map((domain) => (
                <li key={domain.domain}>
                  <span className="missing-panel__domain">
                    {INFO_DOMAIN_LABELS[domain.domain][lang]}{' '}
                    <span className="muted">({t('cert.items', { count: domain.indicators.length })})</span>
                  </span>
                  <ul className="missing-panel__indicators">
                    {domain.indicators.map((indicator) => (
                      <li key={indicator.code}>{indicator.label}</li>
                    ))}
                  </ul>
                  <button type="button" className="button button--quiet" onClick={() => onGoToDomain(domain.domain)}>
                    {t('cert.goToDomain', { domain: INFO_DOMAIN_LABELS[domain.domain][lang] })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {(dialog === 'CERTIFY' || dialog === 'WITHDRAW') && (
        <ConfirmDialog
          title={t(dialog === 'CERTIFY' ? 'cert.confirmCertifyTitle' : 'cert.confirmWithdrawTitle')}
          confirmLabel={t(dialog === 'CERTIFY' ? 'cert.confirmCertify' : 'cert.confirmWithdraw')}
          closeLabel={t('common.close')}
          busy={busy}
          error={dialogError}
          danger={dialog === 'WITHDRAW'}
          onClose={close}
          onConfirm={() => void run(dialog)}
        >
          <p>{t(dialog === 'CERTIFY' ? 'cert.confirmCertifyText' : 'cert.confirmWithdrawText', { lao: laoName, year: fiscalYear })}</p>
        </ConfirmDialog>
      )}
      {(dialog === 'RETURN' || dialog === 'REOPEN') && (
        <ReasonDialog
          action={dialog}
          text={t(dialog === 'RETURN' ? 'cert.returnText' : 'cert.reopenText', { lao: laoName })}
          labels={{
            reason: t('cert.reason'),
            hint: t('cert.reasonHint'),
            submit: t(dialog === 'RETURN' ? 'cert.confirmReturn' : 'cert.confirmReopen'),
            close: t('common.close'),
          }}
          busy={busy}
          error={dialogError}
          onClose={close}
          onSubmit={(reason) => run(dialog, reason)}
        />
      )}
    </div>
  );
}
