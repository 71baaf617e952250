import { formatNumber } from '@lao/domain';
import { useI18n } from '../../i18n';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ExportButton } from '../../ui/useExport';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';
import { useAuditFilter, useAuditTrail } from './useAuditTrail';

/** The audit trail within the caller's scope (the department all, a province its own, an LAO itself): filters, "more", Excel. */
export default function AuditTrailPage() {
  const { t } = useI18n();
  useDocumentTitle(t('audit.title'));
  const { filter, apply, clear, hasFilter, key } = useAuditFilter();
  const trail = useAuditTrail(filter);
  const { entries, totalCount } = trail;

  return (
    <section className="audit">
      <header className="page-header page-header--row">
        <div>
          <h1>{t('audit.title')}</h1>
          <p className="page-header__sub">{t('audit.intro')}</p>
        </div>
        <div className="page-header__actions">
          <ExportButton label={t('audit.export')} running={trail.exporter.running} disabled={!totalCount} onClick={() => void trail.exportAll()} />
        </div>
      </header>
      <StatusMessage>{trail.exporter.status}</StatusMessage>
      <ErrorAlert>{trail.exporter.error}</ErrorAlert>

      <AuditFilterForm key={key} filter={filter} hasFilter={hasFilter} onApply={apply} onClear={clear} />

      <ErrorAlert>{trail.problem}</ErrorAlert>
      {trail.loading ? (
        <Loading label={t('common.loading')} />
      ) : totalCount === null ? null : (
        <>
          <div className="table-summary">
            <p className="total" aria-live="polite">
              {t('audit.total', { count: formatNumber(totalCount) })}
            </p>
            {totalCount > 0 && (
              <p className="muted">{t('audit.shown', { shown: formatNumber(entries.length), total: formatNumber(totalCount) })}</p>
            )}
          </div>
          <AuditTable entries={entries} busy={trail.loadingMore} />
          {trail.hasMore && (
            <p className="pager">
              <button type="button" className="button button--secondary" disabled={trail.loadingMore} aria-busy={trail.loadingMore} onClick={() => void trail.more()}>
                {t('audit.more')}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
