import { ESERVICE_CHANNEL_LABELS, ESERVICE_STEP_LABELS, formatNumber } from '@lao/domain';
import { useI18n } from '../../i18n';
import { isAnswered, type RowValues } from './answers';
import { Tick } from './icons';
import { STEP_VALUES } from './sideForm';

/** The same row for reading: ticks where the LAO answered, nothing to change. */
export function ReadOnlyRow({ rowId, name, row, custom }: { rowId: string; name: string; row: RowValues; custom: boolean }) {
  const { t, lang } = useI18n();
  const nameId = `${rowId}-name`;
  const offered = row.offered === 'yes';
  const steps = new Set(row.steps);
  const channels = row.channels.map((c) => (c === 'OTHER' ? `${ESERVICE_CHANNEL_LABELS.OTHER[lang]}: ${row.otherChannels}` : ESERVICE_CHANNEL_LABELS[c][lang]));
  return (
    <tr className="es-row es-row--read" aria-labelledby={nameId} data-item={row.itemId}>
      <th scope="row" className="es-item">
        <span id={nameId} className="es-item__name">
          {name}
        </span>
        {custom && <span className="es-tag">{t('es.custom')}</span>}
        {!isAnswered(row) && <span className="es-tag es-tag--warn">{t('es.unanswered')}</span>}
      </th>
      <td className="es-choice">
        <Tick on={offered} label={t('es.yes')} />
      </td>
      <td className="es-choice">
        <Tick on={row.offered === 'no'} label={t('es.no')} />
      </td>
      <td className="es-choice">
        <Tick on={row.offered === 'no' && row.needed === 'yes'} label={t('es.needed')} />
      </td>
      <td className="es-choice">
        <Tick on={row.offered === 'no' && row.needed === 'no'} label={t('es.notNeeded')} />
      </td>
      {STEP_VALUES.map((step) => (
        <td key={step} className="es-choice">
          <Tick on={offered && steps.has(step)} label={`${t('es.stepNo', { n: step })} ${ESERVICE_STEP_LABELS[Number(step)]?.[lang] ?? ''}`} />
        </td>
      ))}
      <td className="es-channels">{offered && channels.length > 0 ? channels.join(', ') : null}</td>
      <td className="es-users es-num">{offered && row.users !== '' ? formatNumber(Number(row.users)) : null}</td>
    </tr>
  );
}

