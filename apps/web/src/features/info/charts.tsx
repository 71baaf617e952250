import { formatNumber } from '@lao/domain';
import { useId } from 'react';

export interface ScoreBar {
  score: number;
  count: number;
  label: string;
}

/** LPA indicator 7: how many LAOs score 5, 3, 1 and 0, as vertical bars with their counts. */
export function ScoreChart({ bars, title, summary }: { bars: readonly ScoreBar[]; title: string; summary: string }) {
  const titleId = useId();
  const descId = useId();
  const width = 440;
  const height = 230;
  const chartTop = 28;
  const chartBottom = height - 34;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const slot = width / Math.max(1, bars.length);
  const barWidth = Math.min(70, slot * 0.6);
  return (
    <svg className="score-chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{summary}</desc>
      <line className="score-chart__axis" x1={0} x2={width} y1={chartBottom} y2={chartBottom} />
      {bars.map((bar, index) => {
        const h = ((chartBottom - chartTop) * bar.count) / max;
        const cx = slot * index + slot / 2;
        return (
          <g key={bar.score}>
            <rect className={`score-chart__bar score-chart__bar--${bar.score}`} x={cx - barWidth / 2} y={chartBottom - h} width={barWidth} height={h} rx={3} />
            <text className="score-chart__count" x={cx} y={chartBottom - h - 6} textAnchor="middle">
              {formatNumber(bar.count)}
            </text>
            <text className="score-chart__label" x={cx} y={chartBottom + 22} textAnchor="middle">
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
