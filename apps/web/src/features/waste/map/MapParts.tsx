import type { CSSProperties, ReactNode, SVGProps } from 'react';
import { project, type SvgBox, type SvgPoint } from '@lao/thai-map';
import { useI18n } from '../../../i18n';
import { LAO_COLOR, METHOD_COLORS } from './colors';
import { DISPOSAL_METHODS, type DisposalMethod, type MapPoint } from './types';
import type { GeometryState } from './useGeometry';
import { boxHeight, boxWidth, percentIn, viewBoxOf } from './view';
import './map.css';

/** While the geometry loads, or when it could not. */
export function MapStatus({ state }: { state: Exclude<GeometryState, { status: 'ready' }> }) {
  const { t } = useI18n();
  if (state.status === 'loading') {
    return (
      <p className="thai-map__status" role="status">
        {t('map.loading')}
      </p>
    );
  }
  return (
    <div className="thai-map__status" role="alert">
      <p>{t('map.loadError')}</p>
      <button type="button" className="button button--secondary button--small" onClick={state.retry}>
        {t('map.retry')}
      </button>
    </div>
  );
}

export interface TooltipAnchor {
  at: SvgPoint;
  content: ReactNode;
}

/** HTML over the map at an SVG point, above it (below near the top edge), kept inside the map's sides. */
function MapTooltip({ box, at, content }: TooltipAnchor & { box: SvgBox }) {
  const { left, top } = percentIn(box, at);
  const vertical = top < 20 ? 'below' : 'above';
  const horizontal = left < 25 ? 'start' : left > 75 ? 'end' : 'center';
  return (
    <div
      className={`thai-map__tooltip thai-map__tooltip--${vertical} thai-map__tooltip--${horizontal}`}
      style={{ left: `${left}%`, top: `${top}%` }}
      role="tooltip"
    >
      {content}
    </div>
  );
}

export type MapSize = 'country' | 'province' | 'picker';

/**
 * The SVG at the width of its container, at the view's aspect ratio and no taller than the size's maximum (the
 * width shrinks instead), so SVG and HTML overlay share one box and tooltips sit where their points are.
 */
export function MapCanvas({
  box,
  label,
  size,
  tooltip,
  children,
  ...svgProps
}: {
  box: SvgBox;
  label: string;
  size: MapSize;
  tooltip?: TooltipAnchor | null;
  children: ReactNode;
} & Omit<SVGProps<SVGSVGElement>, 'ref' | 'viewBox' | 'children'>) {
  const style = { aspectRatio: `${boxWidth(box)} / ${boxHeight(box)}`, '--map-aspect': boxWidth(box) / boxHeight(box) } as CSSProperties;
  return (
    <div className={`thai-map__canvas thai-map__canvas--${size}`} style={style}>
      <svg viewBox={viewBoxOf(box)} role="group" aria-label={label} {...svgProps}>
        {children}
      </svg>
      {tooltip ? <MapTooltip box={box} {...tooltip} /> : null}
    </div>
  );
}

/** The attribution the map's licence asks for, under every map. */
export function MapCredit() {
  const { t } = useI18n();
  return <p className="thai-map__credit">{t('map.credit')}</p>;
}

/** A point's marker: a circle in its method's colour for a site, a navy diamond for an LAO. `r` in SVG units. */
export function PointMarker({ point, r }: { point: MapPoint; r: number }) {
  const { x, y } = project(point);
  if (point.kind === 'LAO') {
    const s = r * 1.25;
    return (
      <path
        className="thai-map__marker thai-map__marker--lao"
        d={`M${x},${y - s}L${x + s},${y}L${x},${y + s}L${x - s},${y}Z`}
        fill={LAO_COLOR}
        data-kind="LAO"
      />
    );
  }
  return <circle className="thai-map__marker thai-map__marker--site" cx={x} cy={y} r={r} fill={METHOD_COLORS[point.kind]} data-kind={point.kind} />;
}

/** The kind of a point in words. */
export function useKindName(): (kind: MapPoint['kind']) => string {
  const { t } = useI18n();
  return (kind) => (kind === 'LAO' ? t('map.lao') : t(`map.method.${kind}`));
}

/** What a tooltip says about a point: its label, its kind, its detail. */
export function PointInfo({ point }: { point: MapPoint }) {
  const kindName = useKindName();
  return (
    <>
      <strong>{point.label}</strong>
      <span>{kindName(point.kind)}</span>
      {point.detail ? <span>{point.detail}</span> : null}
    </>
  );
}

/** The marker colours of the disposal methods (all, or the given ones), and the LAO marker when asked. */
export function MethodLegend({ methods = DISPOSAL_METHODS, showLao = false }: { methods?: readonly DisposalMethod[]; showLao?: boolean }) {
  const kindName = useKindName();
  const shown = DISPOSAL_METHODS.filter((m) => methods.includes(m));
  return (
    <ul className="thai-map__legend thai-map__legend--methods">
      {shown.map((method) => (
        <li key={method}>
          <span className="thai-map__swatch thai-map__swatch--site" style={{ background: METHOD_COLORS[method] }} aria-hidden="true" />
          {kindName(method)}
        </li>
      ))}
      {showLao ? (
        <li>
          <span className="thai-map__swatch thai-map__swatch--lao" style={{ background: LAO_COLOR }} aria-hidden="true" />
          {kindName('LAO')}
        </li>
      ) : null}
    </ul>
  );
}

/** The methods that occur among the points, in legend order. */
export function methodsOf(points: readonly MapPoint[]): DisposalMethod[] {
  const present = new Set(points.map((p) => p.kind));
  return DISPOSAL_METHODS.filter((m) => present.has(m));
}

/** Enter or Space on a focusable map element acts like a click. */
export function onActivate(action: () => void) {
  return (event: { key: string; preventDefault: () => void }) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  };
}
