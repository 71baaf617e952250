import { DISPOSAL_METHOD_LABELS } from '@lao/domain';
import { useEffect, useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch, type Resolver } from 'react-hook-form';
import { apiProblem } from '../../app/errors';
import { localName, useI18n } from '../../i18n';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { describedBy, schemaResolver } from '../../ui/forms';
import { firstMessage } from '../catalogue/IndicatorField';
import { disposalFormSchema, disposalParams, issueRow, MAX_DISPOSAL_SITES, typedTotal, type DisposalFormValues, type DisposalUses } from './disposalForm';
import { formatTonnes } from './figures';
import { SitePicker, type WasteSite } from './SitePicker';

export interface DisposalUse {
  site: WasteSite;
  tonnesPerDay: number;
}

interface DisposalEditorProps {
  uses: readonly DisposalUse[];
  /** Collected t/day as saved (the uses may not add up to more). */
  collected: number | null;
  /** The LAO's province, where the site list starts. */
  provinceCode: string;
  onSave: (uses: DisposalUses) => Promise<void>;
  onDirtyChange: (dirty: boolean) => void;
}

const toForm = (uses: readonly DisposalUse[]): DisposalFormValues => ({ uses: uses.map((u) => ({ siteId: u.site.id, tonnesPerDay: String(u.tonnesPerDay) })) });

/**
 * Where the LAO's collected waste goes: a row per site with its t/day, sites added from the operating ones and removed,
 * the collected t/day still unassigned, and a refusal (before sending, and from the API) when the rows add up to
 * more than collected.
 */
export function DisposalEditor({ uses, collected, provinceCode, onSave, onDirtyChange }: DisposalEditorProps) {
  const { t, msg, lang } = useI18n();
  const [picking, setPicking] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sites, setSites] = useState(() => new Map(uses.map((u) => [u.site.id, u.site])));
  const schema = useMemo(() => disposalFormSchema(collected), [collected]);
  const form = useForm<DisposalFormValues, unknown, { uses: DisposalUses }>({
    resolver: schemaResolver(schema) as unknown as Resolver<DisposalFormValues, unknown, { uses: DisposalUses }>,
    defaultValues: toForm(uses),
    reValidateMode: 'onChange',
  });
  const { control, register, handleSubmit, reset, setError, setFocus, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'uses' });
  const rows = useWatch({ control, name: 'uses' });
  const total = typedTotal(rows ?? []);
  const remaining = collected === null ? null : collected - total;
  const over = remaining !== null && Math.round(remaining * 100) < 0;
  const listError = formState.errors.uses?.root?.message ?? formState.errors.uses?.message;

  useEffect(() => onDirtyChange(formState.isDirty), [formState.isDirty, onDirtyChange]);

  const pick = (site: WasteSite) => {
    setSites((previous) => new Map(previous).set(site.id, site));
    const left = remaining !== null && remaining > 0 ? formatTonnes(remaining).replace(/,/g, '') : '';
    append({ siteId: site.id, tonnesPerDay: left });
    setPicking(false);
    setSaved(false);
    // The new row's t/day takes the focus once it is drawn.
    setTimeout(() => setFocus(`uses.${fields.length}.tonnesPerDay`), 0);
  };

  const submit = async ({ uses: list }: { uses: DisposalUses }) => {
    setProblem(null);
    setSaved(false);
    try {
      await onSave(list);
      reset({ uses: list.map((u) => ({ siteId: u.siteId, tonnesPerDay: String(u.tonnesPerDay) })) });
      setSaved(true);
    } catch (e) {
      const refusal = apiProblem(e);
      let placed = 0;
      for (const issue of refusal.fields) {
        const row = issueRow(issue.path);
        if (row !== null) {
          setError(`uses.${row}.tonnesPerDay`, { type: 'server', message: issue.message });
          placed += 1;
        }
      }
      if (placed === 0) setProblem(refusal.message ?? t('app.networkError'));
    }
  };

  return (
    <>
      <form className="form waste-disposal" noValidate onSubmit={handleSubmit(submit)}>
        <p className={`waste-disposal__remaining${over ? ' warning' : ''}`} aria-live="polite">
          {collected === null
            ? t('waste.disposal.noCollected')
            : t('waste.disposal.remaining', { remaining: formatTonnes(Math.max(remaining ?? 0, 0)), collected: formatTonnes(collected), total: formatTonnes(total) })}
          {over && ` ${msg(`waste.disposal.aboveCollected?${disposalParams(total, collected)}`)}`}
        </p>
        {fields.length === 0 ? (
          <p className="muted">{t('waste.disposal.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table waste-disposal__table">
              <caption className="visually-hidden">{t('waste.disposal.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('waste.sites.col.name')}</th>
                  <th scope="col">{t('waste.sites.col.method')}</th>
                  <th scope="col">{t('waste.sites.col.operator')}</th>
                  <th scope="col" className="num">
                    {t('waste.disposal.col.tonnes')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('waste.disposal.col.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {fields.map((field, index) => {
                  const site = sites.get(field.siteId);
                  const id = `waste-use-${index}`;
                  const error = firstMessage(formState.errors.uses?.[index]?.tonnesPerDay);
                  const name = site?.nameTh ?? field.siteId;
                  return (
                    <tr key={field.id}>
                      <th scope="row">{name}</th>
                      <td>{site ? DISPOSAL_METHOD_LABELS[site.method][lang] : ''}</td>
                      <td>{site ? localName(site.operator, lang) : ''}</td>
                      <td className="num">
                        <label className="visually-hidden" htmlFor={id}>
                          {t('waste.disposal.tonnesOf', { site: name })}
                        </label>
                        <span className="input-unit">
                          <input
                            id={id}
                            className="input input--number"
                            inputMode="decimal"
                            autoComplete="off"
                            {...register(`uses.${index}.tonnesPerDay`)}
                            aria-invalid={error ? true : undefined}
                            aria-describedby={describedBy(error && `${id}-error`)}
                          />
                          <span className="input-unit__unit">{t('waste.unit.tonnesPerDay')}</span>
                        </span>
                        {error && (
                          <p className="field__error" id={`${id}-error`}>
                            {msg(error)}
                          </p>
                        )}
                      </td>
                      <td>
                        <button type="button" className="button button--small button--secondary button--danger" onClick={() => remove(index)}>
                          {t('waste.disposal.remove')}
                          <span className="visually-hidden"> {name}</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <ErrorAlert>{listError ? msg(listError) : null}</ErrorAlert>
        <ErrorAlert>{problem}</ErrorAlert>
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={() => setPicking(true)} disabled={fields.length >= MAX_DISPOSAL_SITES} aria-haspopup="dialog">
            + {t('waste.disposal.add')}
          </button>
          <button type="submit" className="button button--primary" disabled={formState.isSubmitting} aria-busy={formState.isSubmitting || undefined}>
            {formState.isSubmitting && <span className="spinner" aria-hidden="true" />}
            {t('waste.disposal.save')}
          </button>
          <StatusMessage>{saved ? t('waste.disposal.saved') : null}</StatusMessage>
        </div>
      </form>
      {/* Outside the form: Enter in the picker's search box submits nothing. */}
      {picking && <SitePicker provinceCode={provinceCode} chosen={new Set((rows ?? []).map((r) => r.siteId))} onPick={pick} onClose={() => setPicking(false)} />}
    </>
  );
}

/** Where the waste goes, read-only (a certified report, a closed window, a viewer). */
export function DisposalView({ uses, collected }: { uses: readonly DisposalUse[]; collected: number | null }) {
  const { t, lang } = useI18n();
  if (uses.length === 0) return <p className="muted">{t('waste.disposal.none')}</p>;
  const total = uses.reduce((s, u) => s + u.tonnesPerDay, 0);
  return (
    <div className="table-wrap">
      <table className="table waste-disposal__table">
        <caption className="visually-hidden">{t('waste.disposal.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('waste.sites.col.name')}</th>
            <th scope="col">{t('waste.sites.col.method')}</th>
            <th scope="col">{t('waste.sites.col.operator')}</th>
            <th scope="col" className="num">
              {t('waste.disposal.col.tonnes')}
            </th>
          </tr>
        </thead>
        <tbody>
          {uses.map((u) => (
            <tr key={u.site.id}>
              <th scope="row">{u.site.nameTh}</th>
              <td>{DISPOSAL_METHOD_LABELS[u.site.method][lang]}</td>
              <td>{localName(u.site.operator, lang)}</td>
              <td className="num">{formatTonnes(u.tonnesPerDay)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('waste.disposal.total')}
            </th>
            <td className="num">
              {formatTonnes(total)}
              {collected !== null && ` / ${formatTonnes(collected)}`}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
