import { formatDate, formatNumber } from '@lao/domain';
import type { ApiKeyRowFragment } from '../../generated/graphql';
import { useI18n } from '../../i18n';

type UsageDay = ApiKeyRowFragment['usage'][number];

/** Requests and refusals over the days listed (the API lists days with use only). */
export function usageTotals(days: readonly UsageDay[]): { requests: number; refusals: number } {
  return days.reduce((sum, d) => ({ requests: sum.requests + d.requests, refusals: sum.refusals + d.refusals }), { requests: 0, refusals: 0 });
}

/** A Bangkok day ("2026-11-24", as the API names it) in the Buddhist Era: "24 พ.ย. 2569". */
const dayLabel = (day: string, lang: 'th' | 'en') => formatDate(`${day}T12:00:00+07:00`, lang);

/** A key's use: the totals, and per day (newest first) on demand. */
export function KeyUsage({ name, usage }: { name: string; usage: readonly UsageDay[] }) {
  const { t, lang } = useI18n();
  if (usage.length === 0) return <span className="muted">{t('keys.usageNone')}</span>;
  const total = usageTotals(usage);
  return (
    <div className="key-usage">
      <p className="nowrap">{t('keys.usageTotal', { requests: formatNumber(total.requests), refusals: formatNumber(total.refusals) })}</p>
      <details>
        <summary>{t('keys.usageByDay')}</summary>
        <table className="table table--numbers">
          <caption className="visually-hidden">{t('keys.usageCaption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('keys.usage.day')}</th>
              <th scope="col">{t('keys.usage.requests')}</th>
              <th scope="col">{t('keys.usage.refusals')}</th>
            </tr>
          </thead>
          <tbody>
            {usage.map((d) => (
              <tr key={d.day}>
                <th scope="row" className="nowrap">
                  {dayLabel(d.day, lang)}
                </th>
                <td className="num">{formatNumber(d.requests)}</td>
                <td className="num">{formatNumber(d.refusals)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('keys.usage.total')}</th>
              <td className="num">{formatNumber(total.requests)}</td>
              <td className="num">{formatNumber(total.refusals)}</td>
            </tr>
          </tfoot>
        </table>
      </details>
    </div>
  );
}
