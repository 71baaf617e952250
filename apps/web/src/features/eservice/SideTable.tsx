import { formatNumber, type EServiceAnswer } from '@lao/domain';
import { useId } from 'react';
import { useI18n } from '../../i18n';
import { ConfirmDialog } from '../../ui/dialog';
import { ErrorAlert, StatusMessage } from '../../ui/feedback';
import { AddItemDialog } from './AddItemDialog';
import type { EServiceItemData, RowValues } from './answers';
import { EditableRow } from './EditableRow';
import { ReadOnlyRow } from './ReadOnlyRow';
import { COLUMN_COUNT, type AddItemResult, type DeleteItemResult, type EServiceGroupData, type SaveSideResult } from './sideForm';
import { SideTableHead } from './SideTableHead';
import { useSideForm } from './useSideForm';

export type { AddItemResult, DeleteItemResult, EServiceGroupData, SaveSideResult } from './sideForm';

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

/**
 * One side of the survey as the seed's table: per item มี/ไม่มี, จำเป็น/ไม่จำเป็น (only when ไม่มี), steps 1–6 and
 * channels (only when มี; "อื่นๆ (ระบุ)" with its text), and the number of users. Items the LAO added have a red bin.
 * The form's state and handlers are useSideForm's; this lays them out.
 */
export function SideTable({ side, title, groups, readOnly, saved, ...options }: SideTableProps) {
  const { t, lang } = useI18n();
  const baseId = useId();
  const sideForm = useSideForm({ side, groups, ...options });
  const { form, fields, buckets, rowErrors, save } = sideForm;
  const { control, register, setValue, clearErrors, formState } = form;
  const { isDirty, isSubmitting } = formState;

  const itemName = (row: Pick<RowValues, 'nameTh' | 'nameEn'>) => (lang === 'en' && row.nameEn ? row.nameEn : row.nameTh);
  const groupTitle = (g: EServiceGroupData) => (lang === 'en' ? g.titleEn : g.titleTh);
  const captionId = `${baseId}-caption`;

  return (
    <div className="es-side">
      <form noValidate onSubmit={(e) => void save(false)(e)} aria-labelledby={captionId}>
        <div className="es-side__bar">
          <p className="es-side__count" aria-live="polite">
            {t('es.answeredCount', { answered: formatNumber(sideForm.answeredCount), total: formatNumber(fields.length) })}
          </p>
          {groups.length === 0 && !readOnly && (
            <button type="button" className="button button--secondary es-add" onClick={() => sideForm.startAdding(null, title)}>
              + {t('es.addItem')}
            </button>
          )}
        </div>

        <div className="table-wrap es-table-wrap">
          <table className="table es-table" id={`${baseId}-head`}>
            <caption id={captionId} className="visually-hidden">
              {t('es.sideCaption', { side, title })}
            </caption>
            <SideTableHead />
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
                            onClick={() => sideForm.startAdding(group.code, groupTitle(group))}
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
                      onDelete={() => sideForm.askDelete(field.itemId, name)}
                    />
                  );
                })}
              </tbody>
            ))}
          </table>
        </div>

        {!readOnly && (
          <>
            <ErrorAlert>{sideForm.errorRowCount > 0 ? t('es.fixErrors', { count: formatNumber(sideForm.errorRowCount) }) : null}</ErrorAlert>
            <ErrorAlert>{sideForm.problem}</ErrorAlert>
            <div className="form__actions es-side__actions">
              <button type="submit" className="button button--secondary" disabled={isSubmitting}>
                {t('es.save')}
              </button>
              {!options.isLast && (
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
      <StatusMessage className="es-status">{sideForm.status}</StatusMessage>

      {sideForm.adding && <AddItemDialog side={side} where={sideForm.adding.label} onClose={sideForm.stopAdding} onAdd={sideForm.addItem} />}
      {sideForm.deleting && (
        <ConfirmDialog
          title={t('es.confirmDeleteTitle')}
          confirmLabel={t('es.delete')}
          closeLabel={t('es.cancel')}
          danger
          busy={sideForm.deleteBusy}
          error={sideForm.deleteError}
          onClose={sideForm.cancelDelete}
          onConfirm={() => void sideForm.deleteItem()}
        >
          <p>{t('es.confirmDeleteText', { name: sideForm.deleting.name })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
