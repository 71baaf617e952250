import { CERTIFICATION_ACTION_LABELS, CERTIFICATION_STATUS_LABELS, type CertificationStatus } from '@lao/domain';
import { useI18n } from '../../i18n';
import type { HistoryEvent } from './history';
import type { FormatTime } from './panelWords';

export interface HistoryRow extends HistoryEvent {
  fromStatus: CertificationStatus;
  toStatus: CertificationStatus;
}

/** Every certification step of the submission, newest first: when, what, from which status to which, who, why. */
export function HistoryTable({ events, formatTime }: { events: readonly HistoryRow[]; formatTime: FormatTime }) {
  const { t, lang } = useI18n();
  if (events.length === 0) return <p className="muted">{t('cert.noHistory')}</p>;
  return (
    <div className="table-wrap">
      <table className="table cert-history">
        <caption className="visually-hidden">{t('cert.historyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cert.col.at')}</th>
            <th scope="col">{t('cert.col.action')}</th>
            <th scope="col">{t('cert.col.status')}</th>
            <th scope="col">{t('cert.col.actor')}</th>
            <th scope="col">{t('cert.col.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {[...events].reverse().map((event, index) => (
            <tr key={`${event.at}-${index}`}>
              <td className="nowrap">{formatTime(event.at, lang)}</td>
              <td>{CERTIFICATION_ACTION_LABELS[event.action][lang]}</td>
              <td>
                {CERTIFICATION_STATUS_LABELS[event.fromStatus][lang]} <span aria-hidden="true">→</span>
                <span className="visually-hidden">{t('cert.to')}</span> {CERTIFICATION_STATUS_LABELS[event.toStatus][lang]}
              </td>
              <td className="code">{event.actor}</td>
              <td>{event.comment ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
