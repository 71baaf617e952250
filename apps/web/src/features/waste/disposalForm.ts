import { disposalProblem, saveWasteDisposalSchema } from '@lao/domain';
import { z } from 'zod';
import { parseNumberInput } from '../catalogue/indicators';

/** The disposal editor's form: a row per site, the t/day as typed. */
export interface DisposalFormValues {
  uses: { siteId: string; tonnesPerDay: string }[];
}

/** At most this many sites (the shared rule's limit). */
export const MAX_DISPOSAL_SITES = 20;

const sharedUses = saveWasteDisposalSchema.shape.uses;
const sharedTonnes = sharedUses.element.shape.tonnesPerDay;

/** The sum of the rows' t/day that parse as numbers (what the editor shows as sent so far). */
export function typedTotal(uses: readonly { tonnesPerDay?: string }[]): number {
  return uses.reduce((sum, u) => {
    const n = parseNumberInput(u.tonnesPerDay ?? '');
    return typeof n === 'number' && Number.isFinite(n) ? sum + n : sum;
  }, 0);
}

/** "total=12.50&collected=10.00": the message parameters of the shared disposal rule. */
export function disposalParams(total: number, collected: number | null): string {
  return new URLSearchParams({ total: total.toFixed(2), collected: (collected ?? 0).toFixed(2) }).toString();
}

/**
 * (Text that is no number stays text: the shared rule refuses it with its own message.)
 *
 * The form's schema: each row's t/day required and checked by the shared tonnage rule (Thai digits and grouping
 * allowed), the rows by the shared uses rule (no site twice, at most 20), and the sum by the shared
 * disposalProblem against the collected t/day as saved: the API refuses the same.
 */
export function disposalFormSchema(collected: number | null) {
  return z
    .object({
      uses: z.array(
        z.object({
          siteId: z.string(),
          tonnesPerDay: z.string().trim().min(1, { error: 'input.required' }).transform((raw) => parseNumberInput(raw) as number).pipe(sharedTonnes),
        }),
      ),
    })
    .pipe(z.object({ uses: sharedUses }))
    .superRefine(({ uses }, ctx) => {
      const tonnes = uses.map((u) => u.tonnesPerDay);
      const problem = disposalProblem(collected, tonnes);
      if (problem) {
        const total = tonnes.reduce((s, t) => s + t, 0);
        ctx.addIssue({ code: 'custom', path: ['uses'], message: `${problem}?${disposalParams(total, collected)}` });
      }
    });
}

export type DisposalUses = z.output<ReturnType<typeof disposalFormSchema>>['uses'];

/** Which row's t/day a server's field issue is about (`uses.2.tonnesPerDay`); null for the list as a whole. */
export function issueRow(path: string): number | null {
  const match = /^uses\.(\d+)\.tonnesPerDay$/.exec(path);
  return match ? Number(match[1]) : null;
}
