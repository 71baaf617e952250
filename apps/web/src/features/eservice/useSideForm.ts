import { formatNumber, type EServiceAnswer } from '@lao/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useI18n } from '../../i18n';
import { insertIndexFor, isAnswered, placeServerIssues, ROW_FIELDS, rowFromItem, type EServiceItemData, type RowField, type SideFormValues, type SideSubmission } from './answers';
import { sideBuckets, sideResolver, type AddItemResult, type DeleteItemResult, type EServiceGroupData, type SaveSideResult } from './sideForm';

export interface SideFormOptions {
  side: number;
  groups: readonly EServiceGroupData[];
  items: readonly EServiceItemData[];
  isLast: boolean;
  onSave: (answers: EServiceAnswer[]) => Promise<SaveSideResult>;
  onAddItem: (group: string | null, nameTh: string) => Promise<AddItemResult>;
  onDeleteItem: (id: string) => Promise<DeleteItemResult>;
  onNext: () => void;
  onDirtyChange?: (dirty: boolean) => void;
}

/**
 * One side's answers as a form: validated by the API's own rules row by row, saved (and "save and go to the next
 * side"), the server's issues put back on their rows, and the LAO's own items added and deleted in place. The table
 * component only lays it out.
 */
export function useSideForm({ side, groups, items, isLast, onSave, onAddItem, onDeleteItem, onNext, onDirtyChange }: SideFormOptions) {
  const { t } = useI18n();
  const form = useForm<SideFormValues, unknown, SideSubmission>({
    resolver: sideResolver,
    defaultValues: { rows: items.map(rowFromItem) },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { control, handleSubmit, reset, setError, getValues, formState } = form;
  const { errors, isDirty } = formState;
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
  const answeredCount = (watchedRows ?? []).filter((r) => r && isAnswered(r)).length;
  const rowErrors = (errors.rows ?? []) as unknown as (Partial<Record<RowField, { message?: string }>> | undefined)[];
  const errorRowCount = Array.isArray(rowErrors) ? rowErrors.filter((e) => e && ROW_FIELDS.some((f) => e[f]?.message)).length : 0;
  // Rows keep the form's order (by group, then the side's own); each group is its own <tbody> under its heading.
  const buckets = useMemo(() => sideBuckets(fields, groups), [fields, groups]);

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
    const result = await onAddItem(adding?.group ?? null, nameTh);
    if (!result.ok) return result;
    const row = rowFromItem(result.item);
    const current = getValues('rows');
    const index = insertIndexFor(current, row.group, groupCodes);
    if (isDirty) insert(index, row, { shouldFocus: false });
    else reset({ rows: [...current.slice(0, index), row, ...current.slice(index)] });
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

  return {
    form,
    fields,
    buckets,
    answeredCount,
    rowErrors,
    errorRowCount,
    status,
    problem,
    save,
    adding,
    startAdding: (group: string | null, label: string) => setAdding({ group, label }),
    stopAdding: () => setAdding(null),
    addItem,
    deleting,
    deleteBusy,
    deleteError,
    askDelete: (id: string, name: string) => {
      setDeleteError(null);
      setDeleting({ id, name });
    },
    cancelDelete: () => setDeleting(null),
    deleteItem,
  };
}

export type SideForm = ReturnType<typeof useSideForm>;
