import { ESERVICE_CHANNEL_LABELS, ESERVICE_CHANNELS, ESERVICE_SIDES, ESERVICE_STEP_LABELS, ESERVICE_STEPS, formatNumber } from '@lao/domain';
import { useId } from 'react';
import { useI18n } from '../../i18n';
import type { AdoptionRow } from './exportExcel';
import { formatShare } from './format';

interface AdoptionItemsTableProps {
  items: readonly AdoptionRow[];
  sideHeading: (side: number) => string;
  itemName: (row: AdoptionRow) => string;
}

/** Per preset item, by side and sub-group: how many LAOs answered, offer it online (count, share), need it, and which steps and channels. */
export function AdoptionItemsTable({ items, sideHeading, itemName }: AdoptionItemsTableProps) {
  const { t, lang } = useI18n();
  const id = useId();
  return (
    <section className="es-report__section" aria-labelledby={id}>
      <h2 id={id}>{t('es.report.itemsTitle')}</h2>
      <p className="muted">{t('es.report.itemsHint')}</p>
      <p className="es-legend">
        {t('es.report.stepsLegend')}{' '}
        {ESERVICE_STEPS.map((s) => `${s} ${ESERVICE_STEP_LABELS[s]?.[lang] ?? ''}`).join(' · ')}
      </p>
      <div className="table-wrap es-table-wrap">
        <table className="table es-adoption">
          <caption className="visually-hidden">{t('es.report.itemsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="es-col-item">
                {t('es.col.item')}
              </th>
              <th scope="col" rowSpan={2} className="es-num es-col-wrap">
                {t('es.report.answered')}
              </th>
              <th scope="colgroup" colSpan={2} className="es-col-wrap">
                {t('es.report.offered')}
              </th>
              <th scope="colgroup" colSpan={2} className="es-col-wrap">
                {t('es.report.notOffered')}
              </th>
              <th scope="colgroup" colSpan={6} className="es-col-wrap">
                {t('es.report.steps')}
              </th>
              <th scope="colgroup" colSpan={ESERVICE_CHANNELS.length} className="es-col-wrap">
                {t('es.report.channels')}
              </th>
              <th scope="col" rowSpan={2} className="es-num es-col-wrap">
                {t('es.report.totalUsers')}
              </th>
            </tr>
            <tr>
              <th scope="col" className="es-num">
                {t('es.report.count')}
              </th>
              <th scope="col" className="es-num">
                {t('es.report.percent')}
              </th>
              <th scope="col" className="es-num">
                {t('es.needed')}
              </th>
              <th scope="col" className="es-num">
                {t('es.notNeeded')}
              </th>
              {ESERVICE_STEPS.map((s) => (
                <th scope="col" key={s} className="es-num">
                  <abbr title={`${t('es.stepNo', { n: s })} ${ESERVICE_STEP_LABELS[s]?.[lang] ?? ''}`}>{s}</abbr>
                </th>
              ))}
              {ESERVICE_CHANNELS.map((c) => (
                <th scope="col" key={c} className="es-num es-col-channel">
                  {ESERVICE_CHANNEL_LABELS[c][lang]}
                </th>
              ))}
            </tr>
          </thead>
          {ESERVICE_SIDES.map((side) => {
            const rows = items.filter((r) => r.side === side);
            if (rows.length === 0) return null;
            let lastGroup: string | null = null;
            return (
              <tbody key={side}>
                <tr className="es-group">
                  <th scope="rowgroup" colSpan={20}>
                    {sideHeading(side)}
                  </th>
                </tr>
                {rows.flatMap((r) => {
                  const out = [];
                  if (r.group && r.group !== lastGroup) {
                    out.push(
                      <tr key={`g-${r.group}`} className="es-subgroup">
                        <th scope="rowgroup" colSpan={20}>
                          {(lang === 'en' ? r.groupTitleEn : r.groupTitleTh) ?? r.group}
                        </th>
                      </tr>,
                    );
                  }
                  lastGroup = r.group ?? null;
                  const stepCount = (s: number) => r.steps.find((x) => x.step === s)?.count ?? 0;
                  const channelCount = (c: string) => r.channels.find((x) => x.channel === c)?.count ?? 0;
                  out.push(
                    <tr key={r.itemCode}>
                      <th scope="row" className="es-item">
                        {itemName(r)}
                      </th>
                      <td className="es-num">{formatNumber(r.answered)}</td>
                      <td className="es-num">{formatNumber(r.offered)}</td>
                      <td className="es-num es-share">
                        <span className="es-share__bar" aria-hidden="true">
                          <span style={{ width: `${Math.round(r.offeredShare * 100)}%` }} />
                        </span>
                        {r.answered ? formatShare(r.offeredShare) : '—'}
                      </td>
                      <td className="es-num">{formatNumber(r.needed)}</td>
                      <td className="es-num">{formatNumber(r.notNeeded)}</td>
                      {ESERVICE_STEPS.map((s) => (
                        <td key={s} className="es-num">
                          {formatNumber(stepCount(s))}
                        </td>
                      ))}
                      {ESERVICE_CHANNELS.map((c) => (
                        <td key={c} className="es-num">
                          {formatNumber(channelCount(c))}
                        </td>
                      ))}
                      <td className="es-num">{formatNumber(r.totalUsers)}</td>
                    </tr>,
                  );
                  return out;
                })}
              </tbody>
            );
          })}
          {items.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={20} className="table__empty">
                  {t('es.report.empty')}
                </td>
              </tr>
            </tbody>
          )}
        </table>
      </div>
    </section>
  );
}
