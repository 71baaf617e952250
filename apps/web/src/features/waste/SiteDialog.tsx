import { DISPOSAL_METHOD_LABELS, DISPOSAL_METHODS, SITE_STATUS_LABELS, SITE_STATUSES } from '@lao/domain';
import { useMemo, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { apiProblem } from '../../app/errors';
import type { SaveDisposalSiteInput } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/feedback';
import { schemaResolver, SelectField, TextField } from '../../ui/forms';
import { parseNumberInput } from '../catalogue/indicators';
import { PinPicker } from './map';
import type { WasteSite } from './SitePicker';
import { isSiteField, siteFormSchema, toSiteForm, toSiteInput, type SiteFormValues } from './siteForm';

type SiteOutput = z.output<ReturnType<typeof siteFormSchema>>;

interface SiteDialogProps {
  /** The site to change; null for a new one. */
  site: WasteSite | null;
  operatorLaoCode: string;
  /** The operator's province: the pin picker opens on it. */
  provinceCode: string;
  onSave: (input: SaveDisposalSiteInput) => Promise<unknown>;
  onClose: () => void;
}

const numberOrNull = (raw: string) => {
  const n = parseNumberInput(raw);
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

/**
 * Adds or changes a site the LAO runs: name, method, status, position (typed, or picked on the province's map; each
 * follows the other), capacity and opening year (Buddhist Era). Validated by the shared rules before it is sent; the
 * API's refusals land on their fields.
 */
export function SiteDialog({ site, operatorLaoCode, provinceCode, onSave, onClose }: SiteDialogProps) {
  const { t, msg, lang } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  const schema = useMemo(() => siteFormSchema(operatorLaoCode, site?.id ?? null), [operatorLaoCode, site]);
  const { register, handleSubmit, setValue, setError, control, formState } = useForm<SiteFormValues, unknown, SiteOutput>({
    resolver: schemaResolver(schema) as unknown as Resolver<SiteFormValues, unknown, SiteOutput>,
    defaultValues: toSiteForm(site),
    reValidateMode: 'onChange',
  });
  const { errors, isSubmitting } = formState;
  const [latitude, longitude] = useWatch({ control, name: ['latitude', 'longitude'] });
  const lat = numberOrNull(latitude);
  const lon = numberOrNull(longitude);
  const pin = lat !== null && lon !== null ? { latitude: lat, longitude: lon } : null;
  const error = (field: keyof SiteFormValues) => (errors[field]?.message ? msg(errors[field]?.message) : undefined);

  const submit = async (values: SiteOutput) => {
    setProblem(null);
    try {
      await onSave(toSiteInput(values));
      onClose();
    } catch (e) {
      const refusal = apiProblem(e);
      const unplaced: string[] = [];
      for (const issue of refusal.fields) {
        if (isSiteField(issue.path)) setError(issue.path, { type: 'server', message: issue.message });
        else unplaced.push(issue.message);
      }
      if (refusal.fields.length === 0 || unplaced.length > 0) setProblem(unplaced.length ? unplaced.join(' ') : (refusal.message ?? t('app.networkError')));
    }
  };

  return (
    <Dialog title={site ? t('waste.site.editTitle', { name: site.nameTh }) : t('waste.site.addTitle')} onClose={onClose} busy={isSubmitting} className="waste-dialog">
      <form className="form waste-site-form" noValidate onSubmit={handleSubmit(submit)}>
        <TextField id="waste-site-name" label={t('waste.site.name')} hint={t('waste.site.nameHint')} required registration={register('nameTh')} error={error('nameTh')} data-autofocus />
        <div className="waste-site-form__row">
          <SelectField id="waste-site-method" label={t('waste.site.method')} required registration={register('method')} error={error('method')}>
            <option value="">{t('waste.site.chooseMethod')}</option>
            {DISPOSAL_METHODS.map((m) => (
              <option key={m} value={m}>
                {DISPOSAL_METHOD_LABELS[m][lang]}
              </option>
            ))}
          </SelectField>
          <SelectField id="waste-site-status" label={t('waste.site.status')} required registration={register('status')} error={error('status')}>
            {SITE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {SITE_STATUS_LABELS[s][lang]}
              </option>
            ))}
          </SelectField>
        </div>
        <fieldset className="waste-site-form__position">
          <legend>{t('waste.site.position')}</legend>
          <p className="field__hint">{t('waste.site.positionHint')}</p>
          <div className="waste-site-form__row">
            <TextField id="waste-site-lat" label={t('waste.site.latitude')} hint={t('waste.site.latitudeHint')} required inputMode="decimal" autoComplete="off" registration={register('latitude')} error={error('latitude')} />
            <TextField id="waste-site-lon" label={t('waste.site.longitude')} hint={t('waste.site.longitudeHint')} required inputMode="decimal" autoComplete="off" registration={register('longitude')} error={error('longitude')} />
          </div>
          <PinPicker
            provinceCode={provinceCode}
            value={pin}
            onChange={(at) => {
              setValue('latitude', String(at.latitude), { shouldDirty: true, shouldValidate: formState.submitCount > 0 });
              setValue('longitude', String(at.longitude), { shouldDirty: true, shouldValidate: formState.submitCount > 0 });
            }}
          />
        </fieldset>
        <div className="waste-site-form__row">
          <TextField id="waste-site-capacity" label={t('waste.site.capacity')} hint={t('waste.site.capacityHint')} inputMode="decimal" autoComplete="off" registration={register('capacityTonnesPerDay')} error={error('capacityTonnesPerDay')} />
          <TextField id="waste-site-opened" label={t('waste.site.openedYear')} hint={t('waste.site.openedYearHint')} inputMode="numeric" autoComplete="off" registration={register('openedYear')} error={error('openedYear')} />
        </div>
        <ErrorAlert>{problem}</ErrorAlert>
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
            {isSubmitting && <span className="spinner" aria-hidden="true" />}
            {t('waste.site.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={isSubmitting}>
            {t('waste.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
