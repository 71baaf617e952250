import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, PLATFORM_MODULE_LABELS, PLATFORM_MODULES } from '@lao/domain';
import { useForm } from 'react-hook-form';
import { useI18n } from '../../i18n';
import { DateFieldBE } from '../../ui/DateFieldBE';
import { schemaResolver, SelectField, TextField } from '../../ui/forms';
import { auditFormSchema, formValuesOf, urlFilterOf, type AuditUrlFilter } from './filters';

interface AuditFilterFormProps {
  /** The filter in the address; the form starts from it (remount it when the address changes). */
  filter: AuditUrlFilter;
  hasFilter: boolean;
  onApply: (filter: AuditUrlFilter) => void;
  onClear: () => void;
}

/** The trail's filters: module, action, actor, LAO, subject, and a range of days typed in the Buddhist Era. */
export function AuditFilterForm({ filter, hasFilter, onApply, onClear }: AuditFilterFormProps) {
  const { t, msg, lang } = useI18n();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm({ resolver: schemaResolver(auditFormSchema), defaultValues: formValuesOf(filter) });
  const submit = handleSubmit((values) => onApply(urlFilterOf(values)));

  return (
    <form className="filters audit-filters" role="search" aria-label={t('audit.filters')} noValidate onSubmit={(e) => void submit(e)}>
      <SelectField id="audit-module" label={t('audit.module')} registration={register('module')}>
        <option value="">{t('audit.allModules')}</option>
        {PLATFORM_MODULES.map((m) => (
          <option key={m} value={m}>
            {PLATFORM_MODULE_LABELS[m][lang]}
          </option>
        ))}
      </SelectField>
      <SelectField id="audit-action" label={t('audit.action')} registration={register('action')}>
        <option value="">{t('audit.allActions')}</option>
        {AUDIT_ACTIONS.map((a) => (
          <option key={a} value={a}>
            {AUDIT_ACTION_LABELS[a][lang]}
          </option>
        ))}
      </SelectField>
      <TextField
        id="audit-actor"
        label={t('audit.actor')}
        hint={t('audit.actorHint')}
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        error={msg(errors.actor?.message)}
        registration={register('actor')}
      />
      <TextField
        id="audit-lao"
        label={t('audit.laoCode')}
        hint={t('audit.laoCodeHint')}
        inputMode="numeric"
        maxLength={7}
        autoComplete="off"
        error={msg(errors.laoCode?.message)}
        registration={register('laoCode')}
      />
      <TextField
        id="audit-subject"
        label={t('audit.subjectId')}
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        error={msg(errors.subjectId?.message)}
        registration={register('subjectId')}
      />
      <DateFieldBE id="audit-from" label={t('audit.from')} error={msg(errors.from?.message)} registration={register('from')} />
      <DateFieldBE id="audit-to" label={t('audit.to')} error={msg(errors.to?.message)} registration={register('to')} />
      <div className="form__actions filters__actions">
        <button type="submit" className="button button--primary">
          {t('audit.search')}
        </button>
        {hasFilter && (
          <button type="button" className="button button--quiet filters__clear" onClick={onClear}>
            {t('audit.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
