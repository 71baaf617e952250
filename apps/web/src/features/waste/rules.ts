import { wasteRuleProblems, type FieldIssue, type IndicatorValue } from '@lao/domain';
import type { IndicatorValueInput } from '../catalogue/save';

/**
 * Waste's cross-field rules (the shared wasteRuleProblems, the API's own) on the report as it would be after saving
 * this section: the stored values of every section with the ones being sent. Each problem lands on every sent
 * indicator it names (collected and generated both), as a message key with its codes, so the form shows it in the
 * UI language; none when the rules hold.
 */
export function sectionRuleIssues(stored: ReadonlyMap<string, IndicatorValue>, sent: readonly IndicatorValueInput[]): FieldIssue[] {
  const values = new Map(stored);
  for (const v of sent) values.set(v.indicatorCode, v.value);
  const sentCodes = new Set(sent.map((v) => v.indicatorCode));
  const issues: FieldIssue[] = [];
  for (const problem of wasteRuleProblems(values)) {
    const params = new URLSearchParams({ codes: problem.indicatorCodes.join(', ') }).toString();
    for (const code of problem.indicatorCodes) {
      if (sentCodes.has(code)) issues.push({ path: code, message: `${problem.message}?${params}` });
    }
  }
  return issues;
}
