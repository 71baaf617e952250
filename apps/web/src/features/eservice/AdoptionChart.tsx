import { formatNumber } from '@lao/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n';
import { formatShare } from './format';

export interface ChartBar {
  key: string;
  label: string;
  share: number;
  offered: number;
  answered: number;
}

export interface ChartSection {
  key: string;
  title: string | null;
  bars: ChartBar[];
}

const ROW = 26;
const HEADING = 32;
const TOP = 28;
const BOTTOM = 8;
const VALUE_WIDTH = 128;

/** Thai vowels and tone marks above or below a letter take no width of their own. */
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

/** Cuts a label to about `chars` visible characters (Thai marks not counted), with an ellipsis. */
export function fitLabel(label: string, chars: number): string {
  const visible = label.replace(COMBINING, '').length;
  if (visible <= chars) return label;
  let count = 0;
  let out = '';
  for (const ch of label) {
    const mark = COMBINING.test(ch);
    COMBINING.lastIndex = 0;
    if (!mark) {
      if (count >= chars - 1) break;
      count++;
    }
    out += ch;
  }
  return `${out}…`;
}

/** The width the chart has on screen (ResizeObserver; a fixed width where there is none, as in tests). */
function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? fallback);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return { ref, width };
}

/**
 * Horizontal bars: the share of answering LAOs that offer each service online, 0–100 %. Drawn in SVG without a chart
 * library; the same numbers are in the table below it, which is what screen readers are pointed to.
 */
export function AdoptionChart({ sections, title, description }: { sections: readonly ChartSection[]; title: string; description: string }) {
  const { t } = useI18n();
  const titleId = useId();
  const descId = useId();
  const { ref, width } = useWidth<HTMLDivElement>(880);

  const labelWidth = Math.min(Math.max(width * 0.42, 160), 420);
  const barLeft = labelWidth + 10;
  const barWidth = Math.max(width - barLeft - VALUE_WIDTH, 60);
  const chars = Math.floor(labelWidth / 7.4);

  let y = TOP;
  const layout: ({ type: 'heading'; y: number; title: string; key: string } | { type: 'bar'; y: number; bar: ChartBar; key: string })[] = [];
  for (const section of sections) {
    if (section.title) {
      layout.push({ type: 'heading', y, title: section.title, key: `h-${section.key}` });
      y += HEADING;
    }
    for (const bar of section.bars) {
      layout.push({ type: 'bar', y, bar, key: bar.key });
      y += ROW;
    }
  }
  const height = y + BOTTOM;
  const ticks = [0, 0.25, 0.5, 0.75, 1];

  return (
    <div className="es-chart" ref={ref}>
      <svg role="img" aria-labelledby={titleId} aria-describedby={descId} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {ticks.map((tick) => {
          const x = barLeft + tick * barWidth;
          return (
            <g key={tick} className="es-chart__tick">
              <line x1={x} x2={x} y1={TOP - 6} y2={height - BOTTOM} />
              <text x={x} y={TOP - 10} textAnchor={tick === 0 ? 'start' : tick === 1 ? 'end' : 'middle'}>
                {Math.round(tick * 100)}%
              </text>
            </g>
          );
        })}
        {layout.map((row) =>
          row.type === 'heading' ? (
            <text key={row.key} className="es-chart__heading" x={0} y={row.y + 21}>
              {fitLabel(row.title, Math.floor(width / 8))}
            </text>
          ) : (
            <g key={row.key} className="es-chart__row">
              <title>{`${row.bar.label}: ${formatShare(row.bar.share)} (${formatNumber(row.bar.offered)}/${formatNumber(row.bar.answered)})`}</title>
              <text className="es-chart__label" x={labelWidth} y={row.y + 17} textAnchor="end">
                {fitLabel(row.bar.label, chars)}
              </text>
              <rect className="es-chart__track" x={barLeft} y={row.y + 5} width={barWidth} height={ROW - 10} rx={2} />
              <rect
                className={`es-chart__bar ${row.bar.answered === 0 ? 'es-chart__bar--none' : ''}`}
                x={barLeft}
                y={row.y + 5}
                width={Math.max(row.bar.share * barWidth, row.bar.share > 0 ? 2 : 0)}
                height={ROW - 10}
                rx={2}
              />
              <text className="es-chart__value" x={barLeft + barWidth + 8} y={row.y + 17}>
                {row.bar.answered === 0 ? t('es.report.noAnswers') : `${formatShare(row.bar.share)} (${formatNumber(row.bar.offered)})`}
              </text>
            </g>
          ),
        )}
      </svg>
    </div>
  );
}
