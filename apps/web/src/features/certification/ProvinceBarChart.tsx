import { formatNumber } from '@lao/domain';
import { useId } from 'react';

export interface ProvinceBar {
  code: string;
  name: string;
  /** Share of LAOs certified by the province, and by the LAO only (0–100 each). */
  provincePercent: number;
  laoPercent: number;
}

const ROW = 22;
const LABEL_WIDTH = 170;
const BAR_WIDTH = 600;
const VALUE_WIDTH = 70;
const TOP = 24;

/**
 * % certified per province as horizontal bars (plain SVG): the province-certified part dark, the LAO-certified part
 * light. The image has a title and a summary; the table beside it carries every figure for screen readers.
 */
export function ProvinceBarChart({ bars, title, summary }: { bars: readonly ProvinceBar[]; title: string; summary: string }) {
  const titleId = useId();
  const descId = useId();
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = TOP + bars.length * ROW + 6;
  const x = (percent: number) => (Math.max(0, Math.min(100, percent)) / 100) * BAR_WIDTH;
  return (
    <svg className="bar-chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{summary}</desc>
      {[0, 25, 50, 75, 100].map((tick) => (
        <g key={tick}>
          <line className="bar-chart__grid" x1={LABEL_WIDTH + x(tick)} x2={LABEL_WIDTH + x(tick)} y1={TOP - 6} y2={height - 4} />
          <text className="bar-chart__tick" x={LABEL_WIDTH + x(tick)} y={TOP - 10} textAnchor="middle">
            {tick}%
          </text>
        </g>
      ))}
      {bars.map((bar, index) => {
        const y = TOP + index * ROW;
        const total = bar.provincePercent + bar.laoPercent;
        return (
          <g key={bar.code}>
            <text className="bar-chart__label" x={LABEL_WIDTH - 8} y={y + ROW / 2 + 5} textAnchor="end">
              {bar.name}
            </text>
            <rect className="bar-chart__track" x={LABEL_WIDTH} y={y + 4} width={BAR_WIDTH} height={ROW - 8} rx={2} />
            <rect className="bar-chart__bar bar-chart__bar--province" x={LABEL_WIDTH} y={y + 4} width={x(bar.provincePercent)} height={ROW - 8} rx={2} />
            <rect
              className="bar-chart__bar bar-chart__bar--lao"
              x={LABEL_WIDTH + x(bar.provincePercent)}
              y={y + 4}
              width={x(bar.laoPercent)}
              height={ROW - 8}
            />
            <text className="bar-chart__value" x={LABEL_WIDTH + BAR_WIDTH + 8} y={y + ROW / 2 + 5}>
              {formatNumber(total, 1)}%
            </text>
          </g>
        );
      })}
    </svg>
  );
}
