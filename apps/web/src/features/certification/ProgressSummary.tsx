import { formatNumber } from '@lao/domain';
import { useI18n } from '../../i18n';
import { certifiedPercent, type ProgressCounts } from './progress';

function share(part: number, total: number): number {
  return total === 0 ? 0 : (part / total) * 100;
}

/** Total, not certified, certified by the LAO, certified by the province: four figures and one stacked bar. */
export function ProgressSummary({ row }: { row: ProgressCounts }) {
  const { t } = useI18n();
  const parts = [
    { key: 'provinceCertified', value: row.provinceCertified, label: t('progress.provinceCertified') },
    { key: 'laoCertified', value: row.laoCertified, label: t('progress.laoCertified') },
    { key: 'draft', value: row.draft, label: t('progress.draft') },
  ] as const;
  return (
    <div className="progress-summary">
      <dl className="stat-tiles">
        <div className="stat-tile">
          <dt>{t('progress.total')}</dt>
          <dd>{formatNumber(row.total)}</dd>
        </div>
        {[...parts].reverse().map((part) => (
          <div key={part.key} className={`stat-tile stat-tile--${part.key}`}>
            <dt>{part.label}</dt>
            <dd>
              {formatNumber(part.value)} <span className="stat-tile__share">({formatNumber(share(part.value, row.total), 1)}%)</span>
            </dd>
          </div>
        ))}
      </dl>
      <div className="stacked-bar" aria-hidden="true">
        {parts.map((part) =>
          part.value > 0 ? <span key={part.key} className={`stacked-bar__part stacked-bar__part--${part.key}`} style={{ width: `${share(part.value, row.total)}%` }} /> : null,
        )}
      </div>
      <p className="muted progress-summary__caption">
        {t('progress.certifiedShare', { percent: formatNumber(certifiedPercent(row), 1) })}
      </p>
    </div>
  );
}
