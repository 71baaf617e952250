import { addEServiceItemSchema } from '@lao/domain';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useI18n } from '../../i18n';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/feedback';
import { describedBy, schemaResolver } from '../../ui/forms';
import type { AddItemResult } from './sideForm';

const addSchema = z.object({ nameTh: addEServiceItemSchema.shape.nameTh });

export interface AddItemDialogProps {
  side: number;
  where: string;
  onClose: () => void;
  onAdd: (nameTh: string) => Promise<AddItemResult>;
}

/** "+" / "+ เพิ่มข้อมูล": the name of the LAO's own service, added under the group (or at the side's top). */
export function AddItemDialog({ side, where, onClose, onAdd }: AddItemDialogProps) {
  const { t, msg } = useI18n();
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: schemaResolver(addSchema), defaultValues: { nameTh: '' } });
  const nameError = msg(errors.nameTh?.message);

  const submit = handleSubmit(async ({ nameTh }) => {
    setProblem(null);
    const result = await onAdd(nameTh);
    if (result.ok) return;
    const issue = result.fields?.find((f) => f.path === 'nameTh');
    if (issue) setError('nameTh', { type: 'server', message: issue.message }, { shouldFocus: true });
    else setProblem(result.message ?? t('app.networkError'));
  });

  return (
    <Dialog title={t('es.addTitle')} onClose={onClose} busy={isSubmitting}>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <p className="dialog__body">{t('es.addWhere', { side, where })}</p>
        <div className={['field', nameError ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
          <label className="field__label" htmlFor={`${id}-name`}>
            {t('es.col.item')}
          </label>
          <p className="field__hint" id={`${id}-hint`}>
            {t('es.addHint')}
          </p>
          <input
            id={`${id}-name`}
            className="input"
            type="text"
            maxLength={300}
            autoComplete="off"
            data-autofocus
            {...register('nameTh')}
            aria-required
            aria-invalid={nameError ? true : undefined}
            aria-describedby={describedBy(`${id}-hint`, nameError && `${id}-error`)}
          />
          {nameError && (
            <p className="field__error" id={`${id}-error`}>
              {nameError}
            </p>
          )}
        </div>
        <ErrorAlert>{problem}</ErrorAlert>
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
            {isSubmitting && <span className="spinner" aria-hidden="true" />}
            {t('es.addSubmit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={isSubmitting}>
            {t('es.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

