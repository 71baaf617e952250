import { missingSectionsOf, type Lang } from '@lao/domain';
import type { ApiProblem } from '../../app/errors';

/** One thing still missing before certifying, as the panel lists it. */
export interface MissingItem {
  code: string;
  label: string;
}

/** A section (an INFO domain, an e-Service side, a Waste section…) that is not complete yet, in the UI language. */
export interface MissingSection {
  /** The module's key of the section (what its "go to" understands): 'DISASTER', '2', … */
  section: string;
  label: string;
  /** A shorter name for "go to …" (defaults to the label). */
  short?: string;
  /** What is missing in it (INFO's required indicators, the survey's unanswered items…). */
  items: MissingItem[];
  /** Why it is incomplete, when the items are not listed ("not saved yet", "3 items unanswered"). */
  note?: string;
}

/**
 * What an INCOMPLETE refusal says is missing, for every module, read in this one place: the API's
 * `extensions.missing` `[{ section, labelTh, labelEn, items: [{ code, labelTh, labelEn }] }]` (parsed by the shared
 * rules' missingSectionsOf), in the UI language. null for any other refusal.
 */
export function missingFromProblem(problem: Pick<ApiProblem, 'code' | 'extensions'>, lang: Lang): MissingSection[] | null {
  if (problem.code !== 'INCOMPLETE') return null;
  const sections = missingSectionsOf(problem.extensions);
  if (!sections || sections.length === 0) return null;
  const label = (named: { labelTh: string; labelEn: string }) => (lang === 'en' ? named.labelEn : named.labelTh);
  return sections.map((s) => ({ section: s.section, label: label(s), items: s.items.map((i) => ({ code: i.code, label: label(i) })) }));
}

/** How many values the sections list (sections that list none count for nothing). */
export function itemCount(sections: readonly MissingSection[]): number {
  return sections.reduce((n, s) => n + s.items.length, 0);
}
