import {
  addEServiceItemSchema,
  ESERVICE_CHANNEL_LABELS,
  ESERVICE_CHANNELS,
  ESERVICE_STEP_LABELS,
  ESERVICE_STEPS,
  formatNumber,
  type EServiceAnswer,
  type FieldIssue,
} from '@lao/domain';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  useFieldArray,
  useForm,
  useWatch,
  type Control,
  type FieldErrors,
  type Resolver,
  type UseFormClearErrors,
  type UseFormRegister,
  type UseFormSetValue,
} from 'react-hook-form';
import { z } from 'zod';
import { useI18n } from '../../i18n';
import { ConfirmDialog, Dialog } from '../../ui/dialog';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { describedBy, schemaResolver } from '../../ui/forms';
import {
  insertIndexFor,
  isAnswered,
  placeServerIssues,
  ROW_FIELDS,
  rowFromItem,
  validateRows,
  type EServiceItemData,
  type RowField,
  type RowValues,
  type SideFormValues,
  type SideSubmission,
} from './answers';

export interface EServiceGroupData {
  code: string;
  titleTh: string;
  titleEn: string;
}

export type SaveSideResult =
  | { ok: true; items: EServiceItemData[]; complete: boolean }
  | { ok: false; message: string | null; fields?: FieldIssue[]; itemId?: string | null };

export type AddItemResult = { ok: true; item: EServiceItemData } | { ok: false; message: string | null; fields?: FieldIssue[] };
export type DeleteItemResult = { ok: true } | { ok: false; message: string | null };

export interface SideTableProps {
  side: number;
  title: string;
  groups: readonly EServiceGroupData[];
  items: readonly EServiceItemData[];
  /** Certified, out of scope or outside the window: the answers are shown, nothing can be changed. */
  readOnly: boolean;
  /** The side was saved before: unanswered rows are pointed out. */
  saved: boolean;
  /** Side 6 has no "next side". */
  isLast: boolean;
  onSave: (answers: EServiceAnswer[]) => Promise<SaveSideResult>;
  onAddItem: (group: string | null, nameTh: string) => Promise<AddItemResult>;
  onDeleteItem: (id: string) => Promise<DeleteItemResult>;
  /** After "บันทึกและไปด้านถัดไป" saved. */
  onNext: () => void;
  onDirtyChange?: (dirty: boolean) => void;
}

/** Only answered rows are judged (unanswered rows may wait), each by the API's own eServiceAnswerSchema. */
const sideResolver: Resolver<SideFormValues, unknown, SideSubmission> = (values) => {
  const { submission, issues } = validateRows(values.rows);
  if (issues.length === 0) return { values: submission, errors: {} };
  const rows: Record<string, { type: string; message: string }>[] = [];
  for (const issue of issues) {
    rows[issue.index] ??= {};
    rows[issue.index]![issue.field] = { type: 'validate', message: issue.message };
  }
  return { values: {}, errors: { rows } as unknown as FieldErrors<SideFormValues> };
};

const STEP_VALUES = ESERVICE_STEPS.map(String);
const COLUMN_COUNT = 13;

/**
 * One side of the survey as the seed's table: per item มี/ไม่มี, จำเป็น/ไม่จำเป็น (only when ไม่มี), steps 1–6 and
 * channels (only when มี; "อื่นๆ (ระบุ)" with its text), and the number of users. Items the LAO added have a red bin.
 */
export function SideTable(props: SideTableProps) {
  const { side, title, groups, items, readOnly, saved, isLast, onSave, onAddItem, onDeleteItem, onNext, onDirtyChange } = props;
  const { t, lang } = useI18n();
  const baseId = useId();
  const form = useForm<SideFormValues, unknown, SideSubmission>({
    resolver: sideResolver,
    defaultValues: { rows: items.map(rowFromItem) },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { control, register, handleSubmit, reset, setError, setValue, clearErrors, getValues, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const { fields, insert, remove } = useFieldArray({ control, name: 'rows', keyName: 'key' });
  const watchedRows = useWatch({ control, name: 'rows' });

  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [adding, setAdding] = useState<{ group: string | null; label: string } | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const focusAfter = useRef<string | null>(null);

  useEffect(() => {
    onDirtyChange?.(isDirty);
  }, [isDirty, onDirtyChange]);

  // After adding an item, its "มี" radio takes the focus (once the row exists and the dialog has closed).
  useEffect(() => {
    const itemId = focusAfter.current;
    if (!itemId) return;
    const frame = requestAnimationFrame(() => {
      const target = document.querySelector<HTMLInputElement>(`[data-item="${itemId}"] input[type="radio"]`);
      if (target) {
        target.focus();
        focusAfter.current = null;
      }
    });
    return () => cancelAnimationFrame(frame);
  });

  const groupCodes = useMemo(() => groups.map((g) => g.code), [groups]);
  const rows = watchedRows ?? [];
  const answeredCount = rows.filter((r) => r && isAnswered(r)).length;
  const rowErrors = (errors.rows ?? []) as unknown as (Partial<Record<RowField, { message?: string }>> | undefined)[];
  const errorRowCount = Array.isArray(rowErrors) ? rowErrors.filter((e) => e && ROW_FIELDS.some((f) => e[f]?.message)).length : 0;

  const save = (next: boolean) =>
    handleSubmit(
      async (submission) => {
        setStatus(null);
        setProblem(null);
        const result = await onSave(submission.answers);
        if (result.ok) {
          reset({ rows: result.items.map(rowFromItem) });
          const unanswered = result.items.filter((i) => i.offered === null || i.offered === undefined).length;
          setStatus(unanswered > 0 ? t('es.savedIncomplete', { side, count: formatNumber(unanswered) }) : t('es.saved', { side }));
          if (next && !isLast) onNext();
          return;
        }
        const { placed, unplaced } = placeServerIssues(result.fields ?? [], submission.rowIndexes);
        for (const issue of placed) {
          setError(`rows.${issue.index}.${issue.field}`, { type: 'server', message: issue.message }, { shouldFocus: placed[0] === issue });
        }
        if (placed.length === 0 && result.itemId) {
          const index = getValues('rows').findIndex((r) => r.itemId === result.itemId);
          if (index >= 0) {
            setError(`rows.${index}.offered`, { type: 'server', message: result.message ?? t('app.networkError') }, { shouldFocus: true });
            return;
          }
        }
        if (placed.length > 0 && unplaced.length === 0) return;
        setProblem(unplaced.length ? [...new Set(unplaced)].join(' ') : (result.message ?? t('app.networkError')));
      },
      () => {
        setStatus(null);
        setProblem(null);
      },
    );

  const addItem = async (nameTh: string): Promise<AddItemResult> => {
    const target = adding;
    const result = await onAddItem(target?.group ?? null, nameTh);
    if (!result.ok) return result;
    const row = rowFromItem(result.item);
    const current = getValues('rows');
    const index = insertIndexFor(current, row.group, groupCodes);
    if (isDirty) {
      insert(index, row, { shouldFocus: false });
    } else {
      reset({ rows: [...current.slice(0, index), row, ...current.slice(index)] });
    }
    focusAfter.current = row.itemId;
    setAdding(null);
    setStatus(t('es.added', { name: nameTh }));
    return result;
  };

  const deleteItem = async () => {
    if (!deleting) return;
    setDeleteBusy(true);
    setDeleteError(null);
    try {
      const result = await onDeleteItem(deleting.id);
      if (!result.ok) {
        setDeleteError(result.message ?? t('app.networkError'));
        return;
      }
      const current = getValues('rows');
      const index = current.findIndex((r) => r.itemId === deleting.id);
      if (index >= 0) {
        if (isDirty) remove(index);
        else reset({ rows: current.filter((_, i) => i !== index) });
      }
      setStatus(t('es.deleted', { name: deleting.name }));
      setDeleting(null);
    } finally {
      setDeleteBusy(false);
    }
  };

  const itemName = (row: Pick<RowValues, 'nameTh' | 'nameEn'>) => (lang === 'en' && row.nameEn ? row.nameEn : row.nameTh);
  const groupTitle = (g: EServiceGroupData) => (lang === 'en' ? g.titleEn : g.titleTh);

  // Rows keep the form's order (by group, then the side's own); each group is its own <tbody> under its heading.
  const buckets = useMemo(() => {
    const known = new Set(groupCodes);
    const list: { group: EServiceGroupData | null; indexes: number[] }[] = groups.map((g) => ({ group: g, indexes: [] }));
    const own: number[] = [];
    fields.forEach((field, index) => {
      const at = field.group && known.has(field.group) ? groupCodes.indexOf(field.group) : -1;
      if (at >= 0) list[at]!.indexes.push(index);
      else own.push(index);
    });
    if (own.length > 0 || groups.length === 0) list.push({ group: null, indexes: own });
    return list;
  }, [fields, groups, groupCodes]);

  const topAdd = groups.length === 0 && !readOnly;
  const headId = `${baseId}-head`;
  const captionId = `${baseId}-caption`;

  return (
    <div className="es-side">
      <form noValidate onSubmit={(e) => void save(false)(e)} aria-labelledby={captionId}>
        <div className="es-side__bar">
          <p className="es-side__count" aria-live="polite">
            {t('es.answeredCount', { answered: formatNumber(answeredCount), total: formatNumber(fields.length) })}
          </p>
          {topAdd && (
            <button type="button" className="button button--secondary es-add" onClick={() => setAdding({ group: null, label: title })}>
              + {t('es.addItem')}
            </button>
          )}
        </div>

        <div className="table-wrap es-table-wrap">
          <table className="table es-table" id={headId}>
            <caption id={captionId} className="visually-hidden">
              {t('es.sideCaption', { side, title })}
            </caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2} className="es-col-item">
                  {t('es.col.item')}
                </th>
                <th scope="colgroup" colSpan={2}>
                  {t('es.col.offered')}
                </th>
                <th scope="colgroup" colSpan={2} className="es-col-wrap">
                  {t('es.col.needed')}
                </th>
                <th scope="colgroup" colSpan={6} className="es-col-wrap">
                  {t('es.col.steps')}
                </th>
                <th scope="col" rowSpan={2} className="es-col-wrap es-col-channels">
                  {t('es.col.channels')}
                </th>
                <th scope="col" rowSpan={2} className="es-col-wrap es-col-users">
                  {t('es.col.users')}
                </th>
              </tr>
              <tr>
                <th scope="col" className="es-col-choice">
                  {t('es.yes')}
                </th>
                <th scope="col" className="es-col-choice">
                  {t('es.no')}
                </th>
                <th scope="col" className="es-col-choice">
                  {t('es.needed')}
                </th>
                <th scope="col" className="es-col-choice">
                  {t('es.notNeeded')}
                </th>
                {ESERVICE_STEPS.map((step) => (
                  <th scope="col" key={step} className="es-col-step">
                    <span className="es-step-no">{t('es.stepNo', { n: step })}</span>
                    <span className="es-step-label">{ESERVICE_STEP_LABELS[step]?.[lang]}</span>
                  </th>
                ))}
              </tr>
            </thead>
            {buckets.map(({ group, indexes }) => (
              <tbody key={group?.code ?? '-'}>
                {group && (
                  <tr className="es-group">
                    <th scope="rowgroup" colSpan={COLUMN_COUNT}>
                      <div className="es-group__head">
                        <span className="es-group__title">{groupTitle(group)}</span>
                        {!readOnly && (
                          <button
                            type="button"
                            className="button button--small es-add es-add--group"
                            onClick={() => setAdding({ group: group.code, label: groupTitle(group) })}
                            aria-label={t('es.addToGroup', { group: groupTitle(group) })}
                            title={t('es.addToGroup', { group: groupTitle(group) })}
                          >
                            +
                          </button>
                        )}
                      </div>
                    </th>
                  </tr>
                )}
                {indexes.length === 0 && (
                  <tr className="es-empty">
                    <td colSpan={COLUMN_COUNT} className="muted">
                      {group ? t('es.groupEmpty') : readOnly ? t('es.noItemsReadOnly') : t('es.noItems')}
                    </td>
                  </tr>
                )}
                {indexes.map((index) => {
                  const field = fields[index]!;
                  const rowId = `${baseId}-${field.key}`;
                  const name = itemName(field);
                  return readOnly ? (
                    <ReadOnlyRow key={field.key} rowId={rowId} name={name} row={field} custom={field.custom} />
                  ) : (
                    <EditableRow
                      key={field.key}
                      index={index}
                      rowId={rowId}
                      itemId={field.itemId}
                      name={name}
                      custom={field.custom}
                      control={control}
                      register={register}
                      setValue={setValue}
                      clearErrors={clearErrors}
                      errors={rowErrors[index]}
                      showUnanswered={saved}
                      onDelete={() => {
                        setDeleteError(null);
                        setDeleting({ id: field.itemId, name });
                      }}
                    />
                  );
                })}
              </tbody>
            ))}
          </table>
        </div>

        {!readOnly && (
          <>
            <ErrorAlert>{errorRowCount > 0 ? t('es.fixErrors', { count: formatNumber(errorRowCount) }) : null}</ErrorAlert>
            <ErrorAlert>{problem}</ErrorAlert>
            <div className="form__actions es-side__actions">
              <button type="submit" className="button button--secondary" disabled={isSubmitting}>
                {t('es.save')}
              </button>
              {!isLast && (
                <button type="button" className="button button--primary" disabled={isSubmitting} onClick={(e) => void save(true)(e)}>
                  {t('es.saveNext')}
                </button>
              )}
              {isSubmitting && <span className="muted">{t('es.saving')}</span>}
              {isDirty && !isSubmitting && <span className="es-unsaved">{t('es.unsaved')}</span>}
            </div>
          </>
        )}
      </form>
      <StatusMessage className="es-status">{status}</StatusMessage>

      {adding && <AddItemDialog side={side} where={adding.label} onClose={() => setAdding(null)} onAdd={addItem} />}
      {deleting && (
        <ConfirmDialog
          title={t('es.confirmDeleteTitle')}
          confirmLabel={t('es.delete')}
          closeLabel={t('es.cancel')}
          danger
          busy={deleteBusy}
          error={deleteError}
          onClose={() => setDeleting(null)}
          onConfirm={() => void deleteItem()}
        >
          <p>{t('es.confirmDeleteText', { name: deleting.name })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

interface EditableRowProps {
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
function EditableRow({ index, rowId, itemId, name, custom, control, register, setValue, clearErrors, errors, showUnanswered, onDelete }: EditableRowProps) {
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

/** The same row for reading: ticks where the LAO answered, nothing to change. */
function ReadOnlyRow({ rowId, name, row, custom }: { rowId: string; name: string; row: RowValues; custom: boolean }) {
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

function Tick({ on, label }: { on: boolean; label: string }): ReactNode {
  if (!on) return null;
  return (
    <>
      <span className="es-tick" aria-hidden="true">
        ✓
      </span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}

function BinIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M9 3h6l1 2h4v2H4V5h4l1-2zm-3 6h12l-1 12H7L6 9zm4 2v8h2v-8h-2zm4 0v8h2v-8h-2z"
      />
    </svg>
  );
}

const addSchema = z.object({ nameTh: addEServiceItemSchema.shape.nameTh });

interface AddItemDialogProps {
  side: number;
  where: string;
  onClose: () => void;
  onAdd: (nameTh: string) => Promise<AddItemResult>;
}

/** "+" / "+ เพิ่มข้อมูล": the name of the LAO's own service, added under the group (or at the side's top). */
function AddItemDialog({ side, where, onClose, onAdd }: AddItemDialogProps) {
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
