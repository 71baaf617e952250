import type { FieldIssue, IndicatorValue } from '@lao/domain';
import { apiProblem, type ApiProblem } from '../../app/errors';
import { valuesByCode } from './indicators';

/** One value as every module's save mutation takes it (`IndicatorValueInput { indicatorCode value }`). */
export interface IndicatorValueInput {
  indicatorCode: string;
  value: IndicatorValue;
}

/** What saving returned: the values as stored, or the server's refusal (field issues index the values sent). */
export type SectionSaveResult =
  | { ok: true; values?: ReadonlyMap<string, IndicatorValue> }
  | { ok: false; message?: string | null; fields?: FieldIssue[] };

/** The section as a save mutation answers it: its stored values. */
type StoredValues = ReadonlyArray<{ indicatorCode: string; value: unknown }>;

/**
 * Runs a module's save mutation for a section form: its stored values on success; on a refusal the server's message
 * and field issues (BAD_USER_INPUT's `extensions.fields`, cross-field rules included), after `onRefused` (e.g. to
 * reload a submission certified meanwhile).
 */
export async function runSectionSave(
  mutate: () => Promise<StoredValues | null | undefined>,
  onRefused?: (problem: ApiProblem) => Promise<unknown> | void,
): Promise<SectionSaveResult> {
  try {
    const stored = await mutate();
    return { ok: true, values: stored ? valuesByCode(stored) : undefined };
  } catch (e) {
    const problem = apiProblem(e);
    await onRefused?.(problem);
    return { ok: false, message: problem.message, fields: problem.fields };
  }
}

/**
 * The server names a value by its place in the list sent (`values.2.value`, `values.2.value.1` for an option of a
 * multiple choice, `values.2.indicatorCode`) or, for a rule across fields, by the indicator's code (`WC02`,
 * `values.WC02`).
 */
const BY_INDEX = /^values\.(\d+)(\.|$)/;

/** Which sent indicator a server's field issue is about; undefined when it names none of them. */
export function issueIndicator(path: string, sent: readonly IndicatorValueInput[]): string | undefined {
  const index = BY_INDEX.exec(path)?.[1];
  if (index !== undefined) return sent[Number(index)]?.indicatorCode;
  const last = path.split('.').pop();
  return sent.find((v) => v.indicatorCode === last)?.indicatorCode;
}

/** The server's field issues on their fields, and the messages that belong to none (shown above the buttons). */
export function placeIssues(fields: readonly FieldIssue[], sent: readonly IndicatorValueInput[]) {
  const placed: { code: string; message: string }[] = [];
  const unplaced: string[] = [];
  for (const issue of fields) {
    const code = issueIndicator(issue.path, sent);
    if (code) placed.push({ code, message: issue.message });
    else unplaced.push(issue.message);
  }
  return { placed, unplaced: [...new Set(unplaced)] };
}
