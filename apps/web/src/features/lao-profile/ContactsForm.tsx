import { contactsFormSchema, MAX_INFO_ADMINS, type ContactsForm as ContactsValues, type FieldIssue } from '@lao/domain';
import { useState } from 'react';
import { useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import { useI18n } from '../../i18n';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { schemaResolver, TextField } from '../../ui/forms';
import { UnsavedChangesDialog, useUnsavedGuard } from '../../ui/unsavedChanges';
import { AdminList, type InfoAdminView } from './AdminList';

export type { ContactsValues };

/** What saving returned: success (with the values as stored), or the server's refusal. */
export type ContactsSaveResult =
  | { ok: true; values?: ContactsValues }
  | { ok: false; message?: string | null; fields?: FieldIssue[] };

interface CommonProps {
  /** Prefix for element ids, in case two forms share a page. */
  idPrefix?: string;
}

/** The whole form: the website and the administrators (the caller sees every phone number). */
interface FullProps extends CommonProps {
  initial: ContactsValues;
  /** Called with the cleaned values (trimmed, validated by contactsFormSchema). */
  onSubmit: (values: ContactsValues) => Promise<ContactsSaveResult>;
  lockedAdmins?: undefined;
}

/**
 * A caller who may not see the administrators' phones (personal data) cannot send the list back (`infoAdmins`
 * replaces it): the administrators are shown read-only with a note, and only the website is submitted.
 */
interface WebsiteOnlyProps extends CommonProps {
  initial: { website: string };
  lockedAdmins: readonly InfoAdminView[];
  onSubmit: (values: { website: string }) => Promise<ContactsSaveResult>;
}

export type ContactsFormProps = FullProps | WebsiteOnlyProps;

const ADMIN_FIELDS = ['name', 'position', 'phone'] as const;
const emptyAdmin = { name: '', position: '', phone: '' };

function isFormPath(path: string): path is FieldPath<ContactsValues> {
  return path === 'website' || /^infoAdmins\.[01]\.(name|position|phone)$/.test(path);
}

/**
 * Seed 001's two menus in one form: the LAO's website and at most two INFO administrators. The same schema as
 * the API validates it, so what the form accepts the server accepts; server refusals are shown on their fields.
 */
export function ContactsForm(props: ContactsFormProps) {
  const { initial, idPrefix = 'contacts' } = props;
  const { t, msg } = useI18n();
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm({
    resolver: schemaResolver(contactsFormSchema),
    defaultValues: { website: initial.website, infoAdmins: props.lockedAdmins ? [] : props.initial.infoAdmins },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'infoAdmins' });
  // Leaving with a changed website or administrator asks first; a save resets the form, which makes it clean.
  const guard = useUnsavedGuard(isDirty);

  const submit = handleSubmit(
    async (values) => {
      setSaved(false);
      setProblem(null);
      // Without the phones, the administrators are never part of what is sent.
      const result = props.lockedAdmins ? await props.onSubmit({ website: values.website }) : await props.onSubmit(values);
      if (result.ok) {
        reset({ website: result.values?.website ?? values.website, infoAdmins: props.lockedAdmins ? [] : (result.values?.infoAdmins ?? values.infoAdmins) });
        setSaved(true);
        return;
      }
      const issues = result.fields ?? [];
      const unplaced: string[] = [];
      for (const issue of issues) {
        if (isFormPath(issue.path)) setError(issue.path, { type: 'server', message: issue.message }, { shouldFocus: true });
        else unplaced.push(issue.message);
      }
      if (issues.length > 0 && unplaced.length === 0) return; // every problem is shown on its field
      setProblem(unplaced.length ? [...new Set(unplaced)].join(' ') : (result.message ?? t('app.networkError')));
    },
    () => {
      setSaved(false);
      setProblem(null);
    },
  );

  const websiteId = `${idPrefix}-website`;
  const adminsError = errors.infoAdmins?.root?.message ?? errors.infoAdmins?.message;
  const full = fields.length >= MAX_INFO_ADMINS;
  const maxNoteId = `${idPrefix}-admins-max`;

  return (
    <form className="form contacts-form" noValidate onSubmit={submit} onChange={() => setSaved(false)}>
      <TextField
        id={websiteId}
        label={t('contacts.website')}
        hint={t('contacts.websiteHint')}
        type="url"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        maxLength={255}
        placeholder="https://www.example.go.th"
        error={msg(errors.website?.message)}
        registration={register('website')}
        fieldClassName="field--wide"
      />

      {props.lockedAdmins ? (
        <section className="admins" aria-labelledby={`${idPrefix}-admins-title`}>
          <h3 id={`${idPrefix}-admins-title`}>{t('contacts.admins')}</h3>
          <p className="note" role="note">
            {t('lao.adminsLocked')}
          </p>
          <AdminList admins={props.lockedAdmins} />
        </section>
      ) : (
        <fieldset className="admins">
          <legend>{t('contacts.admins')}</legend>
          {adminsError && (
            <p className="field__error" id={`${idPrefix}-admins-error`} role="alert">
                {msg(adminsError)}
            </p>
          )}
          {fields.length === 0 && <p className="muted">{t('lao.noAdmins')}</p>}
          {fields.map((field, index) => (
            <fieldset key={field.id} className="admin">
              <legend>{t('lao.admin', { n: index + 1 })}</legend>
              <div className="admin__grid">
                {ADMIN_FIELDS.map((name) => {
                  const id = `${idPrefix}-admin-${index}-${name}`;
                  return (
                    <TextField
                      key={name}
                      id={id}
                      label={t(`contacts.${name}`)}
                      hint={t(`contacts.${name}Hint`)}
                      type={name === 'phone' ? 'tel' : 'text'}
                      autoComplete={name === 'phone' ? 'tel' : name === 'name' ? 'name' : 'organization-title'}
                      maxLength={name === 'phone' ? 40 : 200}
                      required
                      error={msg(errors.infoAdmins?.[index]?.[name]?.message)}
                      registration={register(`infoAdmins.${index}.${name}`)}
                    />
                  );
                })}
              </div>
              <button type="button" className="button button--quiet button--danger" onClick={() => remove(index)}>
                {t('contacts.removeAdmin', { n: index + 1 })}
              </button>
            </fieldset>
          ))}
          <div className="admins__add">
            <button
              type="button"
              className="button button--secondary"
              disabled={full}
              aria-describedby={maxNoteId}
              onClick={() => append({ ...emptyAdmin })}
            >
              + {t('contacts.addAdmin')}
            </button>
            <span className="muted" id={maxNoteId}>
              {t('contacts.maxAdmins', { max: MAX_INFO_ADMINS })}
            </span>
          </div>
        </fieldset>
      )}

      <ErrorAlert>{problem}</ErrorAlert>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('contacts.saving') : t('contacts.save')}
        </button>
        <StatusMessage>{saved ? t('contacts.saved') : null}</StatusMessage>
      </div>
      <UnsavedChangesDialog guard={guard} section={t('lao.contacts')} />
    </form>
  );
}
