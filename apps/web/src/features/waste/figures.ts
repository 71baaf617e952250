import { formatNumber, PLAUSIBLE_KG_PER_CAPITA, WASTE_SHARE_FIGURES, type WasteFigure, type WasteWarningCode } from '@lao/domain';
import type { I18n, MessageId } from '../../i18n';

/** A figure's name and unit, as message keys (waste.figure.<field>, waste.unit.<field>). */
export const figureLabelKey = (figure: WasteFigure) => `waste.figure.${figure}` as MessageId;
export const figureUnitKey = (figure: WasteFigure) => `waste.unit.${figure}` as MessageId;

export function isShareFigure(figure: WasteFigure): boolean {
  return WASTE_SHARE_FIGURES.includes(figure);
}

/** What stands for "no value" wherever a figure is shown. */
export const NO_VALUE = '—';

/** The digits a figure is shown with: people whole, kg per person two places, tonnages two places, shares one. */
function digitsOf(figure: WasteFigure): number {
  if (figure === 'populationServed') return 0;
  if (isShareFigure(figure)) return 1;
  return 2;
}

/** A figure's number with Thai grouping (a share as per cent: 0.853 → "85.3"), without its unit. */
export function formatFigureNumber(figure: WasteFigure, value: number): string {
  return formatNumber(isShareFigure(figure) ? value * 100 : value, digitsOf(figure));
}

/** A figure as people read it: "85.3%", "1,234.50 ตัน/วัน", "0.85 กก./คน/วัน"; "—" when it cannot be computed. */
export function formatFigure(figure: WasteFigure, value: number | null | undefined, t: I18n['t'], withUnit = true): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  const number = formatFigureNumber(figure, value);
  if (isShareFigure(figure)) return `${number}%`;
  return withUnit ? `${number} ${t(figureUnitKey(figure))}` : number;
}

/** Tonnes per day with two places ("1,234.50"). */
export const formatTonnes = (value: number) => formatNumber(value, 2);

export interface WarningLike {
  code: WasteWarningCode;
  indicatorCodes: readonly string[];
  value: number;
  previous?: number | null;
}

/** What a warning's indicator is called in its sentence, and its unit (from the catalogue). */
export type IndicatorNaming = (code: string) => { name: string; unit: string | null };

/**
 * A plausibility warning in words: "ปริมาณขยะต่อคนต่อวัน 0.15 กก. ต่ำกว่าปกติ (0.2–3 กก.)", "ปริมาณขยะที่เกิดขึ้น
 * เพิ่มขึ้น 62% จากปีก่อน (100 → 162 ตัน/วัน)".
 */
export function warningText(warning: WarningLike, t: I18n['t'], naming: IndicatorNaming): string {
  const range = { min: formatNumber(PLAUSIBLE_KG_PER_CAPITA.min, 1), max: formatNumber(PLAUSIBLE_KG_PER_CAPITA.max) };
  if (warning.code === 'KG_PER_CAPITA_LOW') return t('waste.warning.kgLow', { value: formatNumber(warning.value, 2), ...range });
  if (warning.code === 'KG_PER_CAPITA_HIGH') return t('waste.warning.kgHigh', { value: formatNumber(warning.value, 2), ...range });
  const code = warning.indicatorCodes[0] ?? '';
  const { name, unit } = naming(code);
  const previous = warning.previous ?? 0;
  const change = previous ? ((warning.value - previous) / previous) * 100 : 0;
  const digits = Number.isInteger(warning.value) && Number.isInteger(previous) ? 0 : 2;
  return t(change >= 0 ? 'waste.warning.up' : 'waste.warning.down', {
    name,
    percent: formatNumber(Math.abs(change)),
    previous: formatNumber(previous, digits),
    value: formatNumber(warning.value, digits),
    unit: unit ? ` ${unit}` : '',
  });
}
