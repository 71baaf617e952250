import { formatNumber, WASTE_FIGURES, type WasteFigure } from '@lao/domain';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';
import { SortHeader, type SortDirection } from '../../ui/sorting';
import { StatusBadge } from '../certification/StatusBadge';
import { figureLabelKey, figureUnitKey, formatFigure, isShareFigure } from './figures';
import type { SummaryRow, SummarySortKey } from './summary';

/** "ตัวชี้วัด [kg/คน/วัน ▾]": the WasteFigures fields by their Thai names. */
export function FigureSelect({ value, onChange }: { value: WasteFigure; onChange: (figure: WasteFigure) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field waste-figure-select">
      <label className="field__label" htmlFor={id}>
        {t('waste.figureSelect')}
      </label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value as WasteFigure)}>
        {WASTE_FIGURES.map((figure) => (
          <option key={figure} value={figure}>
            {t(figureLabelKey(figure))}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Under a map: how many sites are drawn ("854 แห่ง"; "500 จาก 854 แห่ง" while, or when, not all could load). */
export function SitesCount({ loading, shown, total }: { loading: boolean; shown: number; total: number | null }) {
  const { t } = useI18n();
  let text = t('waste.map.sitesCount', { count: formatNumber(shown) });
  if (loading) text = t('waste.map.sitesLoading');
  else if (total !== null && total > shown) text = t('waste.map.sitesPartial', { count: formatNumber(shown), total: formatNumber(total) });
  return <p className="muted">{text}</p>;
}

interface SummaryTableProps {
  rows: readonly SummaryRow[];
  /** Provinces (national) or LAOs (a province). */
  level: 'nation' | 'province';
  /** The figure chosen above the table (its column is marked). */
  figure: WasteFigure;
  sort: { key: SummarySortKey; direction: SortDirection };
  onSort: (key: SummarySortKey) => void;
  caption: string;
  /** Where a row's name leads (a province's page, an LAO's report). */
  hrefOf: (row: SummaryRow) => string;
}

/**
 * The figures per province or per LAO, ranked by any column (rows without a value last): how many report, the
 * status, the warnings (marked when any) and every figure, the chosen one marked.
 */
export function SummaryTable({ rows, level, figure, sort, onSort, caption, hrefOf }: SummaryTableProps) {
  const { t } = useI18n();
  // The chosen figure's column comes first, in view beside the names; the others follow in their usual order.
  const figures = [figure, ...WASTE_FIGURES.filter((f) => f !== figure)];
  const heading = (f: WasteFigure) => (isShareFigure(f) ? t(figureLabelKey(f)) : `${t(figureLabelKey(f))} (${t(figureUnitKey(f))})`);
  return (
    <div className="table-wrap waste-summary" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table--numbers waste-summary__table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('waste.col.rank')}
            </th>
            <SortHeader column="name" label={t(level === 'nation' ? 'waste.col.province' : 'waste.col.lao')} sort={sort} onSort={onSort} className="waste-summary__name" />
            {level === 'nation' ? (
              <SortHeader column="reporting" label={t('waste.col.reportingOfTotal')} sort={sort} onSort={onSort} />
            ) : (
              <th scope="col">{t('waste.col.status')}</th>
            )}
            <SortHeader column="warnings" label={t('waste.col.warnings')} sort={sort} onSort={onSort} />
            {figures.map((f) => (
              <SortHeader key={f} column={f} label={heading(f)} sort={sort} onSort={onSort} className={f === figure ? 'waste-summary__chosen' : undefined} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={4 + WASTE_FIGURES.length} className="table__empty">
                {t('waste.summary.empty')}
              </td>
            </tr>
          )}
          {rows.map((row, index) => (
            <tr key={row.code}>
              <td className="num">{formatNumber(index + 1)}</td>
              <th scope="row" className="waste-summary__name">
                <Link to={hrefOf(row)}>{row.nameTh}</Link>
              </th>
              <td className={level === 'nation' ? 'num' : undefined}>
                {level === 'nation' ? `${formatNumber(row.reporting)}/${formatNumber(row.total)}` : row.status ? <StatusBadge status={row.status} /> : t('waste.summary.notStarted')}
              </td>
              <td className="num">
                {row.warnings > 0 ? <span className="waste-warning-count">⚠ {formatNumber(row.warnings)}</span> : formatNumber(0)}
              </td>
              {figures.map((f) => (
                <td key={f} className={`num${f === figure ? ' waste-summary__chosen' : ''}`}>
                  {formatFigure(f, row[f], t, false)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
