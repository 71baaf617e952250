import {
  ESERVICE_CHANNELS,
  eServiceAnswerSchema,
  type EServiceAnswer,
  type EServiceAnswerInput,
  type EServiceChannel,
  type FieldIssue,
} from '@lao/domain';
import type { EServiceItemFieldsFragment } from '../../generated/graphql';

export type EServiceItemData = EServiceItemFieldsFragment;

/** The answer fields of a row, as the form holds them (radio and checkbox values are strings). */
export const ROW_FIELDS = ['offered', 'needed', 'steps', 'channels', 'otherChannels', 'users'] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/** One row of the side table: the item it answers (shown, never edited) and the answer. */
export interface RowValues {
  itemId: string;
  nameTh: string;
  nameEn: string | null;
  group: string | null;
  custom: boolean;
  /** การดำเนินงานในรูปแบบ e-Service: '' until มี or ไม่มี is chosen (the row is unanswered). */
  offered: '' | 'yes' | 'no';
  /** หากไม่มีจำเป็นต้องดำเนินการหรือไม่: only when ไม่มี. */
  needed: '' | 'yes' | 'no';
  /** Checked steps, '1'–'6'. */
  steps: string[];
  channels: EServiceChannel[];
  otherChannels: string;
  users: string;
}

export interface SideFormValues {
  rows: RowValues[];
}

/** What a valid side submits: the answered rows in the API's shape, and which form row each one came from. */
export interface SideSubmission {
  answers: EServiceAnswer[];
  rowIndexes: number[];
}

export interface RowIssue {
  index: number;
  field: RowField;
  message: string;
}

const yesNo = (value: boolean | null | undefined): '' | 'yes' | 'no' => (value === true ? 'yes' : value === false ? 'no' : '');

export function rowFromItem(item: EServiceItemData): RowValues {
  return {
    itemId: item.id,
    nameTh: item.nameTh,
    nameEn: item.nameEn ?? null,
    group: item.group ?? null,
    custom: item.custom,
    offered: yesNo(item.offered),
    needed: item.offered === false ? yesNo(item.needed) : '',
    steps: item.offered ? (item.steps ?? []).map(String) : [],
    channels: item.offered ? [...(item.channels ?? [])] : [],
    otherChannels: item.offered ? (item.otherChannels ?? '') : '',
    users: item.offered && item.users !== null && item.users !== undefined ? String(item.users) : '',
  };
}

export function isAnswered(row: Pick<RowValues, 'offered'>): boolean {
  return row.offered === 'yes' || row.offered === 'no';
}

/** Checkbox groups come back from the DOM as an array, a single value or false; always an array here. */
function list<T extends string>(value: unknown): T[] {
  if (Array.isArray(value)) return value.filter((v): v is T => typeof v === 'string');
  if (typeof value === 'string' && value !== '') return [value as T];
  return [];
}

/**
 * The API's answer for an answered row. What the UI has disabled is left out (steps, channels and users when ไม่มี;
 * needed when มี; the other-channels text unless อื่นๆ is ticked), so only the person's visible choices are judged.
 */
export function toAnswerInput(row: RowValues): EServiceAnswerInput {
  const offered = row.offered === 'yes';
  const channels = list<EServiceChannel>(row.channels);
  const users = String(row.users ?? '').trim();
  return {
    itemId: row.itemId,
    offered,
    needed: offered || row.needed === '' ? null : row.needed === 'yes',
    steps: offered ? list<string>(row.steps).map(Number).sort((a, b) => a - b) : null,
    channels: offered ? ESERVICE_CHANNELS.filter((c) => channels.includes(c)) : null,
    otherChannels: offered && channels.includes('OTHER') ? row.otherChannels : null,
    users: offered && users !== '' ? Number(users) : null,
  };
}

function isRowField(value: unknown): value is RowField {
  return (ROW_FIELDS as readonly unknown[]).includes(value);
}

/**
 * Judges every answered row with the API's own schema (eServiceAnswerSchema); unanswered rows are allowed and not
 * sent. Issue messages are the schema's message keys, translated when shown.
 */
export function validateRows(rows: readonly RowValues[]): { submission: SideSubmission; issues: RowIssue[] } {
  const answers: EServiceAnswer[] = [];
  const rowIndexes: number[] = [];
  const issues: RowIssue[] = [];
  rows.forEach((row, index) => {
    if (!isAnswered(row)) return;
    const input = toAnswerInput(row);
    const parsed = eServiceAnswerSchema.safeParse(input);
    if (parsed.success) {
      answers.push(parsed.data);
      rowIndexes.push(index);
      return;
    }
    const found: { path: PropertyKey[]; message: string; code: string }[] = [...parsed.error.issues];
    // A bad number stops zod before the cross-field rules run; check those too (with a stand-in number) so the row
    // shows all of its problems at once, not one round after another.
    if (found.every((issue) => issue.code !== 'custom') && found.some((issue) => issue.path[0] === 'users')) {
      const again = eServiceAnswerSchema.safeParse({ ...input, users: input.offered ? 0 : null });
      if (!again.success) found.push(...again.error.issues);
    }
    const seen = new Set<RowField>();
    for (const issue of found) {
      const head = issue.path[0];
      // users: 'abc' arrives as NaN, a "number" issue under users; an unknown item id is the row's own problem.
      const field: RowField = isRowField(head) ? head : 'offered';
      if (seen.has(field)) continue;
      seen.add(field);
      issues.push({ index, field, message: issue.message });
    }
  });
  return { submission: { answers, rowIndexes }, issues };
}

/**
 * The server's field issues (`answers.3.channels`) placed on the form's rows: `3` is the position in what was sent.
 * Issues it cannot place (no index, or an index it did not send) come back as `unplaced`.
 */
export function placeServerIssues(
  fields: readonly FieldIssue[],
  rowIndexes: readonly number[],
): { placed: RowIssue[]; unplaced: string[] } {
  const placed: RowIssue[] = [];
  const unplaced: string[] = [];
  for (const issue of fields) {
    const match = /^answers\.(\d+)(?:\.(\w+))?/.exec(issue.path);
    const index = match ? rowIndexes[Number(match[1])] : undefined;
    if (match && index !== undefined) {
      const field = match[2];
      placed.push({ index, field: isRowField(field) ? field : 'offered', message: issue.message });
    } else {
      unplaced.push(issue.message);
    }
  }
  return { placed, unplaced };
}

/** Where a new item of a group goes: after the group's last row; a side's own items go last. */
export function insertIndexFor(rows: readonly Pick<RowValues, 'group'>[], group: string | null, groupOrder: readonly string[]): number {
  const rank = (g: string | null) => (g === null ? groupOrder.length : Math.max(0, groupOrder.indexOf(g)));
  const target = rank(group);
  let index = 0;
  rows.forEach((row, i) => {
    if (rank(row.group) <= target) index = i + 1;
  });
  return index;
}
