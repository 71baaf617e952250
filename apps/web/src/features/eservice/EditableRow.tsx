import { ESERVICE_CHANNEL_LABELS, ESERVICE_CHANNELS, ESERVICE_STEP_LABELS } from '@lao/domain';
import { useWatch, type Control, type UseFormClearErrors, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { useI18n } from '../../i18n';
import { describedBy } from '../../ui/forms';
import { ROW_FIELDS, type RowField, type SideFormValues, type SideSubmission } from './answers';
import { BinIcon } from './icons';
import { STEP_VALUES } from './sideForm';

export interface EditableRowProps {
  index: number;
  rowId: string;
  itemId: string;
  name: string;
  custom: boolean;
  control: Control<SideFormValues, unknown, SideSubmission>;
  register: UseFormRegister<SideFormValues>;
  setValue: UseFormSetValue<SideFormValues>;
  clearErrors: UseFormClearErrors<SideFormValues>;
  errors: Partial<Record<RowField, { message?: string }>> | undefined;
  showUnanswered: boolean;
  onDelete: () => void;
}

/** One item's answer. Its own watch keeps typing in one row from re-rendering the table. */
export function EditableRow({ index, rowId, itemId, name, custom, control, register, setValue, clearErrors, errors, showUnanswered, onDelete }: EditableRowProps) {
  const { t, msg, lang } = useI18n();
  const [offered, channels] = useWatch({ control, name: [`rows.${index}.offered`, `rows.${index}.channels`] });
  const isOffered = offered === 'yes';
  const notOffered = offered === 'no';
  const channelList: string[] = Array.isArray(channels) ? channels : [];
  const otherOn = isOffered && channelList.includes('OTHER');

  const nameId = `${rowId}-name`;
  const errorId = (field: RowField) => `${rowId}-${field}-error`;
  const error = (field: RowField) => msg(errors?.[field]?.message);
  const invalid = (field: RowField) => (error(field) ? true : undefined);
  const describe = (field: RowField) => describedBy(error(field) && errorId(field));
  const cellClass = (field: RowField, extra = '') => [extra, error(field) ? 'es-cell--invalid' : ''].filter(Boolean).join(' ') || undefined;
  const path = (field: RowField) => `rows.${index}.${field}` as const;

  const offeredField = register(path('offered'), {
    onChange: (event: { target: { value: string } }) => {
      if (event.target.value === 'yes') {
        setValue(path('needed'), '');
      } else {
        setValue(path('steps'), []);
        setValue(path('channels'), []);
        setValue(path('otherChannels'), '');
        setValue(path('users'), '');
      }
      clearErrors(`rows.${index}`);
    },
  });
  const neededField = register(path('needed'));
  const stepsField = register(path('steps'));
  const channelsField = register(path('channels'), {
    onChange: (event: { target: { value: string; checked: boolean } }) => {
      if (event.target.value === 'OTHER' && !event.target.checked) {
        setValue(path('otherChannels'), '');
        clearErrors(path('otherChannels'));
      }
    },
  });
  const messages = ROW_FIELDS.filter((f) => error(f));
  const unanswered = showUnanswered && !offered;

  return (
    <tr className={['es-row', messages.length ? 'es-row--invalid' : '', unanswered ? 'es-row--unanswered' : ''].filter(Boolean).join(' ')} aria-labelledby={nameId} data-item={itemId}>
      <th scope="row" className="es-item">
        <div className="es-item__head">
          <span id={nameId} className="es-item__name">
            {name}
          </span>
          {custom && (
            <button type="button" className="es-bin" onClick={onDelete} aria-label={t('es.deleteItem', { name })} title={t('es.delete')}>
              <BinIcon />
            </button>
          )}
        </div>
        {custom && <span className="es-tag">{t('es.custom')}</span>}
        {unanswered && <span className="es-tag es-tag--warn">{t('es.unanswered')}</span>}
        {messages.map((f) => (
          <p key={f} className="field__error es-item__error" id={errorId(f)}>
            {error(f)}
          </p>
        ))}
      </th>
      <td className={cellClass('offered', 'es-choice')}>
        <input type="radio" value="yes" {...offeredField} aria-label={t('es.yes')} aria-invalid={invalid('offered')} aria-describedby={describe('offered')} />
      </td>
      <td className={cellClass('offered', 'es-choice')}>
        <input type="radio" value="no" {...offeredField} aria-label={t('es.no')} aria-invalid={invalid('offered')} aria-describedby={describe('offered')} />
      </td>
      <td className={cellClass('needed', 'es-choice')}>
        <input type="radio" value="yes" {...neededField} disabled={!notOffered} aria-label={t('es.needed')} aria-invalid={invalid('needed')} aria-describedby={describe('needed')} />
      </td>
      <td className={cellClass('needed', 'es-choice')}>
        <input type="radio" value="no" {...neededField} disabled={!notOffered} aria-label={t('es.notNeeded')} aria-invalid={invalid('needed')} aria-describedby={describe('needed')} />
      </td>
      {STEP_VALUES.map((step) => (
        <td key={step} className={cellClass('steps', 'es-choice')}>
          <input
            type="checkbox"
            value={step}
            {...stepsField}
            disabled={!isOffered}
            aria-label={`${t('es.stepNo', { n: step })} ${ESERVICE_STEP_LABELS[Number(step)]?.[lang] ?? ''}`}
            aria-invalid={invalid('steps')}
            aria-describedby={describe('steps')}
          />
        </td>
      ))}
      <td className={cellClass(error('otherChannels') ? 'otherChannels' : 'channels', 'es-channels')}>
        <div className="es-channels__list" role="group" aria-label={t('es.col.channels')}>
          {ESERVICE_CHANNELS.map((channel) => (
            <label key={channel} className="es-check">
              <input
                type="checkbox"
                value={channel}
                {...channelsField}
                disabled={!isOffered}
                aria-invalid={invalid('channels')}
                aria-describedby={describe('channels')}
              />
              <span>{ESERVICE_CHANNEL_LABELS[channel][lang]}</span>
            </label>
          ))}
        </div>
        <input
          type="text"
          className="input es-other"
          {...register(path('otherChannels'))}
          disabled={!otherOn}
          maxLength={300}
          placeholder={t('es.otherPlaceholder')}
          aria-label={t('es.otherChannels')}
          aria-invalid={invalid('otherChannels')}
          aria-describedby={describe('otherChannels')}
        />
      </td>
      <td className={cellClass('users', 'es-users')}>
        <input
          type="number"
          className="input es-users__input"
          inputMode="numeric"
          min={0}
          step={1}
          {...register(path('users'))}
          disabled={!isOffered}
          aria-label={t('es.col.users')}
          aria-invalid={invalid('users')}
          aria-describedby={describe('users')}
        />
      </td>
    </tr>
  );
}

