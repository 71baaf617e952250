import type { CertificationStatus } from '@lao/domain';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { DeadlineFact } from './DeadlineFact';
import { lastActor, type HistoryEvent } from './history';
import type { FormatTime, PanelWords } from './panelWords';
import { StatusBadge } from './StatusBadge';
import { windowLine, type EntryWindowFields, type WindowLine } from './window';

export interface StatusFactsProps {
  status: CertificationStatus;
  laoCertifiedAt?: string | null;
  provinceCertifiedAt?: string | null;
  history: readonly HistoryEvent[];
  window: EntryWindowFields;
  fiscalYear: number;
  words: Pick<PanelWords, 'status' | 'laoCertifiedAt' | 'provinceCertifiedAt' | 'window'>;
  formatTime: FormatTime;
  /** The module's own facts after the shared ones (INFO: the LPA score). */
  extra?: ReactNode;
}

const WINDOW_CLASS: Record<WindowLine['kind'], string> = {
  openUntil: 'window-line window-line--open',
  open: 'window-line window-line--open',
  opensOn: 'window-line window-line--later',
  closedSince: 'window-line window-line--closed',
  notOpen: 'window-line window-line--closed',
};

/** Status, who certified and when, the deadline and the entry window (the reason for a return is ReturnedBanner's). */
export function StatusFacts({ status, laoCertifiedAt, provinceCertifiedAt, history, window, fiscalYear, words, formatTime, extra }: StatusFactsProps) {
  const { t, lang } = useI18n();
  const line = windowLine(window);
  const when = (at: string | null | undefined, action: 'CERTIFY' | 'CERTIFY_PROVINCE') => {
    if (!at) return '—';
    const actor = lastActor(history, action);
    return (
      <>
        {formatTime(at, lang)}
        {actor && <span className="cell-sub">{t('cert.by', { actor })}</span>}
      </>
    );
  };
  return (
    <>
      <dl className="facts cert-facts">
        <div>
          <dt>{t(words.status, { year: fiscalYear })}</dt>
          <dd>
            <StatusBadge status={status} />
          </dd>
        </div>
        <div>
          <dt>{t(words.laoCertifiedAt)}</dt>
          <dd>{status === 'DRAFT' ? '—' : when(laoCertifiedAt, 'CERTIFY')}</dd>
        </div>
        <div>
          <dt>{t(words.provinceCertifiedAt)}</dt>
          <dd>{status === 'PROVINCE_CERTIFIED' ? when(provinceCertifiedAt, 'CERTIFY_PROVINCE') : '—'}</dd>
        </div>
        <DeadlineFact window={window} formatTime={formatTime} />
        {line && (
          <div>
            <dt>{t(words.window)}</dt>
            <dd className={WINDOW_CLASS[line.kind]}>{t(`cert.window.${line.kind}`, 'at' in line ? { date: formatTime(line.at, lang) } : {})}</dd>
          </div>
        )}
        {extra}
      </dl>
    </>
  );
}
