import { z } from 'zod';

/**
 * What a module reports missing before it can be certified, the same shape for every module: the sections still
 * incomplete, each with the parts (indicators, items, records) that lack an answer, labelled for people. INCOMPLETE
 * errors carry it as `extensions.missing`, so the SPA reads it in one place for every module.
 */
export interface MissingItem {
  code: string;
  labelTh: string;
  labelEn: string;
}

export interface MissingSection {
  section: string;
  labelTh: string;
  labelEn: string;
  items: MissingItem[];
}

const missingSectionSchema = z.object({
  section: z.string(),
  labelTh: z.string(),
  labelEn: z.string(),
  items: z.array(z.object({ code: z.string(), labelTh: z.string(), labelEn: z.string() })),
});

/** The missing sections of an INCOMPLETE error's extensions, or null when it carries none (or not this shape). */
export function missingSectionsOf(extensions: Record<string, unknown> | null | undefined): MissingSection[] | null {
  const parsed = z.array(missingSectionSchema).safeParse(extensions?.missing);
  return parsed.success ? parsed.data.map((s) => ({ section: s.section, labelTh: s.labelTh, labelEn: s.labelEn, items: s.items })) : null;
}

/** How many parts are missing in all. */
export function missingCount(missing: readonly MissingSection[]): number {
  return missing.reduce((n, s) => n + Math.max(1, s.items.length), 0);
}
