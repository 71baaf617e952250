import { useMemo, useState } from 'react';
import { project, type ThaiMapGeometry } from '@lao/thai-map';
import { localName, useI18n } from '../../../i18n';
import { MapCanvas, MapCredit, MapStatus, MethodLegend, PointInfo, PointMarker, methodsOf, onActivate, useKindName, type TooltipAnchor } from './MapParts';
import type { ProvinceMapProps } from './types';
import { useGeometry } from './useGeometry';
import { boxHeight, boxWidth, isInThailandBounds, provinceView } from './view';

/** One province's outline (its neighbours faint), zoomed to it, with its sites and LAOs. */
export function ProvinceMap(props: ProvinceMapProps) {
  const geometry = useGeometry();
  if (geometry.status !== 'ready') return <MapStatus state={geometry} />;
  return <ProvinceView geometry={geometry.geometry} {...props} />;
}

function ProvinceView({ geometry, provinceCode, points, title, onSelectPoint }: ProvinceMapProps & { geometry: ThaiMapGeometry }) {
  const { t, lang } = useI18n();
  const kindName = useKindName();
  const [active, setActive] = useState<string | null>(null);
  const province = geometry.provinces.find((p) => p.code === provinceCode);
  const shown = useMemo(() => points.filter(isInThailandBounds), [points]);
  const box = useMemo(() => (province ? provinceView(province.code, geometry, shown) : null), [province, geometry, shown]);
  if (!province || !box) return null;

  const name = localName(province, lang);
  const label = title ?? t('map.provinceMap', { name });
  // Markers about 1/90 of the view's larger side: the same size on screen whatever the province's size.
  const r = Math.max(boxWidth(box), boxHeight(box)) / 90;
  const activePoint = shown.find((p) => p.id === active);
  const tooltip: TooltipAnchor | null = activePoint
    ? {
        at: project(activePoint),
        content: <PointInfo point={activePoint} />,
      }
    : null;
  const leave = (id: string) => () => setActive((current) => (current === id ? null : current));
  // LAOs below the sites: offices are many, sites few and what the map is about.
  const ordered = [...shown].sort((a, b) => Number(b.kind === 'LAO') - Number(a.kind === 'LAO'));
  const sites = shown.filter((p) => p.kind !== 'LAO');

  return (
    <figure className="thai-map thai-map--province">
      {title ? <figcaption className="thai-map__legend-title">{title}</figcaption> : null}
      <MapCanvas box={box} label={label} size="province" tooltip={tooltip}>
        <g aria-hidden="true">
          {geometry.provinces
            .filter((p) => p.code !== province.code)
            .map((p) => (
              <path key={p.code} d={p.path} className="thai-map__context" data-province={p.code} />
            ))}
          <path d={province.path} className="thai-map__focus" data-province={province.code} />
        </g>
        <g className="thai-map__points">
          {ordered.map((point) => (
            <g
              key={point.id}
              className={`thai-map__point${onSelectPoint ? ' thai-map__point--link' : ''}`}
              data-point={point.id}
              tabIndex={0}
              role={onSelectPoint ? 'button' : 'img'}
              aria-label={[point.label, kindName(point.kind), point.detail].filter(Boolean).join(' · ')}
              onMouseEnter={() => setActive(point.id)}
              onMouseLeave={leave(point.id)}
              onFocus={() => setActive(point.id)}
              onBlur={leave(point.id)}
              onClick={onSelectPoint ? () => onSelectPoint(point.id) : undefined}
              onKeyDown={onSelectPoint ? onActivate(() => onSelectPoint(point.id)) : undefined}
            >
              <PointMarker point={point} r={r} />
            </g>
          ))}
        </g>
      </MapCanvas>
      {shown.length > 0 ? <MethodLegend methods={methodsOf(sites)} showLao={shown.length > sites.length} /> : null}
      <MapCredit />
    </figure>
  );
}
