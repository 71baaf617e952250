import { AUDIT_ACTION_LABELS, auditSubjectTypeLabel, formatNumber, PLATFORM_MODULE_LABELS } from '@lao/domain';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';
import { formatDateTimeBE } from '../../ui/dates';
import { actorKind, type AuditRow } from './exportExcel';

/** The entries as a table: the time in Bangkok (BE, to the second), who, what, on which module, LAO and subject. */
export function AuditTable({ entries, busy }: { entries: readonly AuditRow[]; busy?: boolean }) {
  const { t, lang } = useI18n();
  const columns = [
    t('audit.col.at'),
    t('audit.col.actor'),
    t('audit.col.level'),
    t('audit.col.action'),
    t('audit.col.module'),
    t('audit.col.lao'),
    t('audit.col.subjectType'),
    t('audit.col.subjectId'),
    t('audit.col.count'),
    t('audit.col.purpose'),
  ];
  return (
    <div className="table-wrap">
      <table className="table audit-table">
        <caption className="visually-hidden">{t('audit.title')}</caption>
        <thead>
          <tr>
            {columns.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={busy ? 'is-loading' : undefined} aria-busy={busy || undefined}>
          {entries.map((entry) => (
            <tr key={entry.id} data-action={entry.action}>
              <td className="nowrap">{formatDateTimeBE(entry.at)}</td>
              <td className="code">{entry.actor}</td>
              <td>{actorKind(entry, t)}</td>
              <td>{AUDIT_ACTION_LABELS[entry.action][lang]}</td>
              <td>{entry.module ? PLATFORM_MODULE_LABELS[entry.module][lang] : ''}</td>
              <td>{entry.laoCode && <Link to={`/lao/${entry.laoCode}`}>{entry.laoCode}</Link>}</td>
              <td>{auditSubjectTypeLabel(entry.subjectType, lang)}</td>
              <td className="code">{entry.subjectId}</td>
              <td className="num">{formatNumber(entry.subjectCount)}</td>
              <td>{entry.purpose}</td>
            </tr>
          ))}
          {entries.length === 0 && !busy && (
            <tr>
              <td colSpan={columns.length} className="table__empty">
                {t('audit.empty')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
