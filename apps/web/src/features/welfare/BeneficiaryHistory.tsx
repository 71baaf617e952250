import { END_REASON_LABELS, type EndReason } from '@lao/domain';
import { useI18n, type MessageId } from '../../i18n';
import { formatDateTimeBE } from '../../ui/dates';
import { formatDay } from './format';
import type { PersonData } from './usePerson';

const KINDS = ['REGISTERED', 'UPDATED', 'SUSPENDED', 'RESUMED', 'ENDED'] as const;
const CHANGED = ['address', 'phone', 'paymentMethod', 'bankAccount'] as const;

/** Every change of the enrolment, newest first: what (the fields changed, never their values), from when, who, why. */
export function BeneficiaryHistory({ events }: { events: PersonData['history'] }) {
  const { t, lang } = useI18n();
  if (events.length === 0) return <p className="muted">{t('welfare.history.none')}</p>;
  const kind = (k: string) => ((KINDS as readonly string[]).includes(k) ? t(`welfare.event.${k}` as MessageId) : k);
  const change = (kindOf: string, c: string) => {
    if (kindOf === 'ENDED' && c in END_REASON_LABELS) return END_REASON_LABELS[c as EndReason][lang];
    return (CHANGED as readonly string[]).includes(c) ? t(`welfare.change.${c}` as MessageId) : c;
  };
  return (
    <div className="table-wrap">
      <table className="table welfare-history">
        <caption className="visually-hidden">{t('welfare.history.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('welfare.history.kind')}</th>
            <th scope="col">{t('welfare.history.effectiveOn')}</th>
            <th scope="col">{t('welfare.history.changes')}</th>
            <th scope="col">{t('welfare.field.note')}</th>
            <th scope="col">{t('welfare.history.by')}</th>
            <th scope="col">{t('welfare.history.at')}</th>
          </tr>
        </thead>
        <tbody>
          {[...events].reverse().map((event) => (
            <tr key={event.id}>
              <td>{kind(event.kind)}</td>
              <td className="nowrap">{formatDay(event.effectiveOn, lang)}</td>
              <td>{event.changes.map((c) => change(event.kind, c)).join(', ') || '—'}</td>
              <td>{event.note ?? '—'}</td>
              <td className="code">{event.actor}</td>
              <td className="nowrap">{formatDateTimeBE(event.at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
