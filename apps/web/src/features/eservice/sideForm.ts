import { ESERVICE_STEPS, type FieldIssue } from '@lao/domain';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { validateRows, type EServiceItemData, type SideFormValues, type SideSubmission } from './answers';

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

export const STEP_VALUES = ESERVICE_STEPS.map(String);
/** Item, มี/ไม่มี, จำเป็น/ไม่จำเป็น, six steps, channels, users. */
export const COLUMN_COUNT = 13;

/** Only answered rows are judged (unanswered rows may wait), each by the API's own eServiceAnswerSchema. */
export const sideResolver: Resolver<SideFormValues, unknown, SideSubmission> = (values) => {
  const { submission, issues } = validateRows(values.rows);
  if (issues.length === 0) return { values: submission, errors: {} };
  const rows: Record<string, { type: string; message: string }>[] = [];
  for (const issue of issues) {
    rows[issue.index] ??= {};
    rows[issue.index]![issue.field] = { type: 'validate', message: issue.message };
  }
  return { values: {}, errors: { rows } as unknown as FieldErrors<SideFormValues> };
};

/**
 * The rows per sub-group, in the form's order: each group's rows under its heading (in the side's order of groups),
 * then the side's own rows (or every row, on a side without groups).
 */
export function sideBuckets(rows: readonly { group: string | null }[], groups: readonly EServiceGroupData[]): { group: EServiceGroupData | null; indexes: number[] }[] {
  const codes = groups.map((g) => g.code);
  const list: { group: EServiceGroupData | null; indexes: number[] }[] = groups.map((g) => ({ group: g, indexes: [] }));
  const own: number[] = [];
  rows.forEach((row, index) => {
    const at = row.group ? codes.indexOf(row.group) : -1;
    if (at >= 0) list[at]!.indexes.push(index);
    else own.push(index);
  });
  if (own.length > 0 || groups.length === 0) list.push({ group: null, indexes: own });
  return list;
}
