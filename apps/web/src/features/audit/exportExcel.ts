import type { ApolloClient } from '@apollo/client';
import { AUDIT_ACTION_LABELS, auditSubjectTypeLabel, PLATFORM_MODULE_LABELS, type Lang } from '@lao/domain';
import type { AuditEntryRowFragment, AuditFilter, AuditTrailQuery } from '../../generated/graphql';
import type { I18n } from '../../i18n';
import { bold, dateTime, EXPORT_PAGE_SIZE, fetchAllPages, number, pageOf, text, writeWorkbook, type ExcelColumn } from '../../ui/excel';
import { auditTrailQuery } from './operations';

export type AuditRow = AuditEntryRowFragment;

/** Every entry of the filter, page after page through the query the table uses (not cached). */
export function fetchAllAuditEntries(
  client: ApolloClient,
  filter: AuditFilter,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<AuditRow[]> {
  return fetchAllPages(
    async (after) => {
      const result: { data?: AuditTrailQuery } = await client.query({
        query: auditTrailQuery,
        variables: { filter, first: EXPORT_PAGE_SIZE, after },
        fetchPolicy: 'no-cache',
      });
      return pageOf(result.data?.auditTrail);
    },
    onProgress,
    signal,
  );
}

/** Who acted, as the table shows it under "level / API key": the user's level, or the key's name. */
export function actorKind(row: Pick<AuditRow, 'actorLevel' | 'apiKeyName'>, t: I18n['t']): string {
  if (row.apiKeyName) return t('audit.apiKey', { name: row.apiKeyName });
  return row.actorLevel ? t(`level.${row.actorLevel}`) : '';
}

/** The sheet's columns, the table's in the same order: the time a real date cell (Bangkok, Buddhist Era, seconds). */
export function auditColumns(t: I18n['t'], lang: Lang): ExcelColumn<AuditRow>[] {
  return [
    { header: bold(t('audit.col.at')), cell: (r) => dateTime(r.at), width: 20 },
    { header: bold(t('audit.col.actor')), cell: (r) => text(r.actor), width: 22 },
    { header: bold(t('audit.col.level')), cell: (r) => text(actorKind(r, t)), width: 24 },
    { header: bold(t('audit.col.action')), cell: (r) => text(AUDIT_ACTION_LABELS[r.action][lang]), width: 28 },
    { header: bold(t('audit.col.module')), cell: (r) => text(r.module ? PLATFORM_MODULE_LABELS[r.module][lang] : ''), width: 30 },
    { header: bold(t('audit.col.lao')), cell: (r) => text(r.laoCode ?? ''), width: 11 },
    { header: bold(t('audit.col.subjectType')), cell: (r) => text(auditSubjectTypeLabel(r.subjectType, lang)), width: 24 },
    { header: bold(t('audit.col.subjectId')), cell: (r) => text(r.subjectId ?? ''), width: 38 },
    { header: bold(t('audit.col.count')), cell: (r) => number(r.subjectCount, '#,##0'), width: 9 },
    { header: bold(t('audit.col.purpose')), cell: (r) => text(r.purpose ?? ''), width: 40 },
  ];
}

/** The filtered entries as .xlsx, handed to the browser. */
export function writeAuditWorkbook(rows: AuditRow[], t: I18n['t'], lang: Lang, fileName: string) {
  return writeWorkbook(rows, t('audit.sheet'), auditColumns(t, lang), fileName);
}
