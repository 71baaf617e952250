import { formatNumber } from '@lao/domain';
import { useI18n } from '../../i18n';
import { baht } from './format';
import type { WelfareYearData } from './useWelfareYear';

/**
 * The year's figures as the API answers them: recipients by type, the elderly by tier, the month's total and the
 * year's budget; once certified they are the frozen snapshot (said with a badge).
 */
export function YearFigures({ year }: { year: WelfareYearData }) {
  const { t } = useI18n();
  const f = year.figures;
  return (
    <div className="welfare-figures">
      <h3 className="welfare-figures__title">
        {t('welfare.year.figures', { year: year.fiscalYear })}{' '}
        {year.frozen ? <span className="badge badge--lao">{t('welfare.year.frozen')}</span> : <span className="badge badge--off">{t('welfare.year.live')}</span>}
      </h3>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('welfare.figure.elderly')}</dt>
          <dd>{t('welfare.people', { count: formatNumber(f.elderly) })}</dd>
        </div>
        <div>
          <dt>{t('welfare.figure.disabled')}</dt>
          <dd>{t('welfare.people', { count: formatNumber(f.disabled) })}</dd>
        </div>
        <div>
          <dt>{t('welfare.figure.aids')}</dt>
          <dd>{t('welfare.people', { count: formatNumber(f.aids) })}</dd>
        </div>
        <div>
          <dt>{t('welfare.figure.monthlyTotal')}</dt>
          <dd>{t('welfare.bahtAmount', { amount: baht(f.monthlyTotal) })}</dd>
        </div>
        <div>
          <dt>{t('welfare.figure.yearlyBudget')}</dt>
          <dd>{t('welfare.bahtAmount', { amount: baht(f.yearlyBudget) })}</dd>
        </div>
      </dl>
      <h4 className="welfare-figures__sub">{t('welfare.figure.tiers')}</h4>
      <dl className="facts facts--compact">
        {f.elderlyByTier.map((tier) => (
          <div key={tier.monthlyAmount}>
            <dt>{t('welfare.tier', { amount: baht(tier.monthlyAmount) })}</dt>
            <dd>{t('welfare.people', { count: formatNumber(tier.count) })}</dd>
          </div>
        ))}
      </dl>
      {year.frozen && <p className="muted">{t('welfare.year.frozenNote')}</p>}
    </div>
  );
}
