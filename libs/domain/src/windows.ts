import { z } from 'zod';
import { CERTIFICATION_MODULES } from './access';
import { fiscalYearRange } from './fiscal-year';

/**
 * Entry windows (domain.md §2, api-contract.md "Entry windows"): the department's cycle of a module for a fiscal
 * year holds one or more windows in which LAOs record and certify (LEC has two a year), and extensions of the last
 * one for a province or an LAO. The rule lives here once; the API answers its result on every submission
 * (`windowOpen`, `opensAt`, `closesAt`) so no client re-derives it.
 */
export interface EntryWindow {
  opensAt: Date;
  closesAt: Date;
}

export interface CycleExtension {
  /** A province (2 digits) or an LAO (7 digits). */
  scopeCode: string;
  until: Date;
}

export interface CycleWindows {
  windows: readonly EntryWindow[];
  extensions: readonly CycleExtension[];
}

export interface WindowState {
  /** The LAO may record and certify now. */
  open: boolean;
  /** The window now open, else the next one, else the last one (null: no cycle). */
  opensAt: Date | null;
  /** That window's close for this LAO, extensions included. */
  closesAt: Date | null;
}

export const MAX_WINDOWS_PER_CYCLE = 12;

/** The last window's close: the cycle's deadline. */
export function cycleDeadline(windows: readonly EntryWindow[]): Date | null {
  const last = sortWindows(windows).at(-1);
  return last ? last.closesAt : null;
}

/** The latest of the deadline and the extensions that cover this LAO (its own, its province's). */
export function effectiveDeadline(cycle: CycleWindows, lao: { code: string; provinceCode: string }): Date | null {
  const deadline = cycleDeadline(cycle.windows);
  if (!deadline) return null;
  let until = deadline.getTime();
  for (const e of cycle.extensions) {
    if (e.scopeCode === lao.code || e.scopeCode === lao.provinceCode) until = Math.max(until, e.until.getTime());
  }
  return new Date(until);
}

/** Where this LAO stands in the cycle at `now`: extensions lengthen only the last window. */
export function windowState(cycle: CycleWindows | null, lao: { code: string; provinceCode: string }, now: Date): WindowState {
  const windows = cycle ? sortWindows(cycle.windows) : [];
  if (!cycle || windows.length === 0) return { open: false, opensAt: null, closesAt: null };
  const lastClose = effectiveDeadline(cycle, lao)!;
  const t = now.getTime();
  const effective = windows.map((w, i) => ({ opensAt: w.opensAt, closesAt: i === windows.length - 1 ? lastClose : w.closesAt }));
  const current = effective.find((w) => w.opensAt.getTime() <= t && t <= w.closesAt.getTime());
  if (current) return { open: true, ...current };
  const next = effective.find((w) => t < w.opensAt.getTime());
  return { open: false, ...(next ?? effective.at(-1)!) };
}

function sortWindows(windows: readonly EntryWindow[]): EntryWindow[] {
  return [...windows].sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
}

const YEAR_MS = 366 * 24 * 3600 * 1000;

/**
 * Problems of a cycle's windows, as message keys: a window closing before it opens, windows overlapping, a window
 * outside the fiscal year ±1 year, too many windows. Empty when the windows are fine.
 */
export function windowProblems(fiscalYear: number, windows: readonly EntryWindow[]): { index: number; message: WindowMessage }[] {
  const problems: { index: number; message: WindowMessage }[] = [];
  if (windows.length === 0) problems.push({ index: 0, message: 'window.none' });
  if (windows.length > MAX_WINDOWS_PER_CYCLE) problems.push({ index: MAX_WINDOWS_PER_CYCLE, message: 'window.tooMany' });
  const { start, end } = fiscalYearRange(fiscalYear);
  const earliest = start.getTime() - YEAR_MS;
  const latest = end.getTime() + YEAR_MS;
  windows.forEach((w, index) => {
    if (w.closesAt.getTime() <= w.opensAt.getTime()) problems.push({ index, message: 'window.closesBeforeOpens' });
    if (w.opensAt.getTime() < earliest || w.closesAt.getTime() > latest) problems.push({ index, message: 'window.outsideFiscalYear' });
  });
  const order = windows.map((w, index) => ({ w, index })).sort((a, b) => a.w.opensAt.getTime() - b.w.opensAt.getTime());
  for (let i = 1; i < order.length; i++) {
    if (order[i]!.w.opensAt.getTime() < order[i - 1]!.w.closesAt.getTime()) problems.push({ index: order[i]!.index, message: 'window.overlap' });
  }
  return problems;
}

/** An extension is later than the deadline it extends, and at most a year after it. */
export function extensionProblem(deadline: Date, until: Date): WindowMessage | null {
  if (until.getTime() <= deadline.getTime()) return 'window.extensionBeforeDeadline';
  if (until.getTime() > deadline.getTime() + YEAR_MS) return 'window.extensionTooLate';
  return null;
}

export type WindowMessage =
  | 'window.none'
  | 'window.tooMany'
  | 'window.closesBeforeOpens'
  | 'window.outsideFiscalYear'
  | 'window.overlap'
  | 'window.extensionBeforeDeadline'
  | 'window.extensionTooLate'
  | 'window.deadlineMismatch';

export const fiscalYearSchema = z
  .number({ error: 'input.fiscalYear' })
  .int({ error: 'input.fiscalYear' })
  .min(2540, { error: 'input.fiscalYear' })
  .max(2700, { error: 'input.fiscalYear' });

const dateSchema = z.coerce.date({ error: 'input.date' }).refine((d) => !Number.isNaN(d.getTime()), { error: 'input.date' });

export const entryWindowSchema = z.object({ opensAt: dateSchema, closesAt: dateSchema });

/**
 * The department opens a module's yearly cycle, or changes it. `windows` left out: one window from now until
 * `deadline` for a new cycle, or the existing windows with the last one closing at `deadline`. Given, the deadline
 * must be the last window's close.
 */
export const openCertificationCycleSchema = z
  .object({
    module: z.enum(CERTIFICATION_MODULES),
    fiscalYear: fiscalYearSchema,
    deadline: dateSchema,
    windows: z.array(entryWindowSchema).max(MAX_WINDOWS_PER_CYCLE, { error: 'window.tooMany' }).nullish(),
  })
  .superRefine((input, ctx) => {
    if (!input.windows) return;
    for (const p of windowProblems(input.fiscalYear, input.windows)) ctx.addIssue({ code: 'custom', path: ['windows', p.index], message: p.message });
    const deadline = cycleDeadline(input.windows);
    if (deadline && deadline.getTime() !== input.deadline.getTime()) ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'window.deadlineMismatch' });
  });
export type OpenCertificationCycleInput = z.input<typeof openCertificationCycleSchema>;

/** A later deadline for one province (2 digits) or one LAO (7 digits). */
export const extendCertificationCycleSchema = z.object({
  module: z.enum(CERTIFICATION_MODULES),
  fiscalYear: fiscalYearSchema,
  scopeCode: z.string().regex(/^(\d{2}|\d{7})$/, { error: 'certification.extensionScope' }),
  until: dateSchema,
});
export type ExtendCertificationCycleInput = z.input<typeof extendCertificationCycleSchema>;
