import { useQuery } from '@apollo/client/react';
import { AUDIT_ACTION_LABELS, formatNumber } from '@lao/domain';
import { Link } from 'react-router-dom';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { formatDateTimeBE } from '../../ui/dates';
import { ErrorAlert, Loading } from '../../ui/feedback';
import { actorKind } from '../audit/exportExcel';
import { auditTrailQuery } from '../audit/operations';

/** The latest entries shown here; the audit page holds the rest (and the export). */
const SHOWN = 20;

/**
 * "ผู้ที่เปิดดูข้อมูลรายนี้": every read, reveal, export and change of this person's record on the audit trail
 * (auditTrail by subjectId; reading it is itself recorded), newest first, with a link to the full trail.
 */
export function AccessLog({ subjectId }: { subjectId: string }) {
  const { t, lang } = useI18n();
  const trail = useQuery(auditTrailQuery, { variables: { filter: { subjectId, module: 'WELFARE' }, first: SHOWN }, fetchPolicy: 'network-only' });
  const connection = trail.data?.auditTrail;
  const entries = connection?.edges.map((e) => e.node) ?? [];
  const allHref = `/audit?${new URLSearchParams({ module: 'WELFARE', subject: subjectId }).toString()}`;

  return (
    <section className="card" aria-labelledby="welfare-access-title">
      <div className="card__head">
        <h2 id="welfare-access-title">{t('welfare.access.title')}</h2>
        <Link to={allHref}>{t('welfare.access.all')}</Link>
      </div>
      <p className="muted">{t('welfare.access.intro')}</p>
      <ErrorAlert>{trail.error && (apiProblem(trail.error).message ?? t('app.networkError'))}</ErrorAlert>
      {trail.loading && !connection ? (
        <Loading label={t('common.loading')} />
      ) : (
        <div className="table-wrap">
          <table className="table welfare-access">
            <caption className="visually-hidden">{t('welfare.access.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.col.at')}</th>
                <th scope="col">{t('audit.col.actor')}</th>
                <th scope="col">{t('audit.col.level')}</th>
                <th scope="col">{t('audit.col.action')}</th>
                <th scope="col">{t('audit.col.purpose')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} data-action={entry.action}>
                  <td className="nowrap">{formatDateTimeBE(entry.at)}</td>
                  <td className="code">{entry.actor}</td>
                  <td>{actorKind(entry, t)}</td>
                  <td>
                    {AUDIT_ACTION_LABELS[entry.action][lang]}
                    {entry.subjectCount > 1 && <span className="cell-sub">{t('welfare.access.withOthers', { count: formatNumber(entry.subjectCount - 1) })}</span>}
                  </td>
                  <td>{entry.purpose ?? '—'}</td>
                </tr>
              ))}
              {connection && entries.length === 0 && (
                <tr>
                  <td colSpan={5} className="table__empty">
                    {t('welfare.access.empty')}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
      {connection && connection.totalCount > entries.length && <p className="muted">{t('welfare.access.more', { shown: formatNumber(entries.length), total: formatNumber(connection.totalCount) })}</p>}
    </section>
  );
}
