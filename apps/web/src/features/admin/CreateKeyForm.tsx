import { API_KEY_DEFAULT_MODULES, PLATFORM_MODULE_LABELS, PLATFORM_MODULES } from '@lao/domain';
import { useI18n } from '../../i18n';
import { DateFieldBE } from '../../ui/DateFieldBE';
import { ErrorAlert } from '../../ui/feedback';
import { describedBy, SelectField, TextField } from '../../ui/forms';
import { UnsavedChangesDialog, useUnsavedGuard } from '../../ui/unsavedChanges';
import { useCreateApiKey } from './useApiKeys';

interface CreateKeyFormProps {
  /** The 77 provinces, in Thai order (the registry's provinces query). */
  provinceOptions: readonly { value: string; label: string }[];
  onCreated: (name: string, key: string) => void;
}

/** A new partner key: who uses it, the modules it may view (none ticked: the API's default set), a province, an expiry. */
export function CreateKeyForm({ provinceOptions, onCreated }: CreateKeyFormProps) {
  const { t, msg, lang } = useI18n();
  const { form, submit, problem } = useCreateApiKey(onCreated);
  const {
    register,
    formState: { errors, isSubmitting, isDirty },
  } = form;
  const guard = useUnsavedGuard(isDirty);
  const defaults = API_KEY_DEFAULT_MODULES.map((m) => PLATFORM_MODULE_LABELS[m][lang]).join(', ');
  const modulesError = msg(errors.modules?.message ?? errors.modules?.root?.message);

  return (
    <section className="card" aria-labelledby="create-key-title">
      <UnsavedChangesDialog guard={guard} section={t('keys.create')} />
      <h2 id="create-key-title">{t('keys.create')}</h2>
      <p className="muted">{t('keys.noPersonalData')}</p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id="new-key-name"
          label={t('keys.name')}
          required
          maxLength={200}
          autoComplete="organization"
          error={msg(errors.name?.message)}
          registration={register('name')}
          fieldClassName="field--wide"
        />
        <fieldset
          className={['field', 'choice-group', modulesError ? 'field--invalid' : ''].filter(Boolean).join(' ')}
          aria-describedby={describedBy('new-key-modules-hint', modulesError && 'new-key-modules-error')}
        >
          <legend className="field__label">{t('keys.modules')}</legend>
          <p className="field__hint" id="new-key-modules-hint">
            {t('keys.modulesHint', { modules: defaults })}
          </p>
          <div className="choice-group__options choice-group__options--columns">
            {PLATFORM_MODULES.map((module) => (
              <label key={module} className="choice" htmlFor={`new-key-module-${module}`}>
                <input id={`new-key-module-${module}`} type="checkbox" value={module} {...register('modules')} />
                <span>{PLATFORM_MODULE_LABELS[module][lang]}</span>
              </label>
            ))}
          </div>
          {modulesError && (
            <p className="field__error" id="new-key-modules-error">
              {modulesError}
            </p>
          )}
        </fieldset>
        <div className="form form--inline">
          <SelectField
            id="new-key-province"
            label={t('keys.province')}
            hint={t('keys.provinceHint')}
            error={msg(errors.provinceCode?.message)}
            registration={register('provinceCode')}
          >
            <option value="">{t('keys.nationwide')}</option>
            {provinceOptions.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </SelectField>
          <DateFieldBE
            id="new-key-expires"
            label={t('keys.expiresAt')}
            hint={t('keys.expiresHint')}
            error={msg(errors.expiresAt?.message)}
            registration={register('expiresAt')}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('keys.submit')}
          </button>
        </div>
      </form>
      <ErrorAlert>{problem}</ErrorAlert>
    </section>
  );
}
