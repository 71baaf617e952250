import { useId, useState } from 'react';
import { useI18n } from '../../i18n';
import { AdoptionChart } from './AdoptionChart';
import type { AdoptionRow } from './exportExcel';
import { chartSections, type ChartOrder } from './reportRules';

interface AdoptionChartCardProps {
  items: readonly AdoptionRow[];
  sideHeading: (side: number) => string;
  itemName: (row: AdoptionRow) => string;
  description: string;
}

/** The share of LAOs offering each service online, in survey order or by share, as a chart. */
export function AdoptionChartCard({ items, sideHeading, itemName, description }: AdoptionChartCardProps) {
  const { t } = useI18n();
  const ids = { chart: useId(), order: useId() };
  const [order, setOrder] = useState<ChartOrder>('survey');
  const sections = chartSections(items, order, { sideHeading, itemName, sideShort: (side, name) => `${t('es.report.sideShort', { side })} · ${name}` });
  return (
    <section className="card es-report__chart" aria-labelledby={ids.chart}>
      <div className="es-report__chart-head">
        <h2 id={ids.chart}>{t('es.report.chartTitle')}</h2>
        <div className="field es-order">
          <label className="field__label" htmlFor={ids.order}>
            {t('es.report.order')}
          </label>
          <select id={ids.order} className="input" value={order} onChange={(e) => setOrder(e.target.value as ChartOrder)}>
            <option value="survey">{t('es.report.orderSurvey')}</option>
            <option value="high">{t('es.report.orderHigh')}</option>
            <option value="low">{t('es.report.orderLow')}</option>
          </select>
        </div>
      </div>
      <p className="muted">{t('es.report.chartHint')}</p>
      <AdoptionChart sections={sections} title={t('es.report.chartTitle')} description={description} />
    </section>
  );
}
