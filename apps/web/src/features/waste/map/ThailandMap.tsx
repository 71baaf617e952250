import { useId, useMemo, useState } from 'react';
import { parseViewBox, project, provinceCentroid, type ThaiMapGeometry } from '@lao/thai-map';
import { localName, useI18n } from '../../../i18n';
import { classBreaks, classIndex } from './classBreaks';
import { classColors } from './colors';
import { MapCanvas, MapCredit, MapStatus, MethodLegend, PointInfo, PointMarker, methodsOf, onActivate, type TooltipAnchor } from './MapParts';
import type { ThailandMapProps } from './types';
import { useGeometry } from './useGeometry';
import { isInThailandBounds } from './view';

/** Site markers on the country map, in SVG units (the map is 560 wide). */
const SITE_RADIUS = 3.5;

/** Choropleth of the 77 provinces: five quantile classes of the values, a hatched no-data class, optional sites. */
export function ThailandMap(props: ThailandMapProps) {
  const geometry = useGeometry();
  if (geometry.status !== 'ready') return <MapStatus state={geometry} />;
  return <Choropleth geometry={geometry.geometry} {...props} />;
}

function Choropleth({ geometry, values, title, format, onSelectProvince, points = [], provinceNames }: ThailandMapProps & { geometry: ThaiMapGeometry }) {
  const { t, lang } = useI18n();
  const hatch = `${useId()}-no-data`;
  const [active, setActive] = useState<string | null>(null);
  const box = useMemo(() => parseViewBox(geometry.viewBox), [geometry]);

  const breaks = useMemo(() => {
    const present: number[] = [];
    for (const value of values.values()) if (value != null && Number.isFinite(value)) present.push(value);
    return classBreaks(present, 5);
  }, [values]);
  const colors = classColors(breaks.length - 1);

  const provinces = useMemo(
    () =>
      geometry.provinces.map((province) => {
        const value = values.get(province.code);
        const has = value != null && Number.isFinite(value);
        const name = provinceNames?.get(province.code) ?? localName(province, lang);
        return {
          ...province,
          name,
          value: has ? value : null,
          klass: has ? classIndex(value, breaks) : null,
          label: t('map.provinceValue', { name, value: has ? format(value) : t('map.noData') }),
        };
      }),
    [geometry, values, provinceNames, lang, breaks, format, t],
  );
  const sites = useMemo(() => points.filter((p) => p.kind !== 'LAO' && isInThailandBounds(p)), [points]);

  let tooltip: TooltipAnchor | null = null;
  const activeProvince = active?.startsWith('p:') ? provinces.find((p) => p.code === active.slice(2)) : undefined;
  const activeSite = active?.startsWith('s:') ? sites.find((s) => s.id === active.slice(2)) : undefined;
  if (activeProvince) {
    tooltip = {
      at: provinceCentroid(activeProvince.code, geometry),
      content: (
        <>
          <strong>{activeProvince.name}</strong>
          <span>{activeProvince.value === null ? t('map.noData') : format(activeProvince.value)}</span>
        </>
      ),
    };
  } else if (activeSite) {
    tooltip = {
      at: project(activeSite),
      content: <PointInfo point={activeSite} />,
    };
  }
  const leave = (key: string) => () => setActive((current) => (current === key ? null : current));

  return (
    <figure className="thai-map thai-map--country">
      <div className="thai-map__body">
        <MapCanvas box={box} label={title} size="country" tooltip={tooltip}>
          <defs>
            <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" className="thai-map__hatch-ground" />
              <line x1="0" y1="0" x2="0" y2="6" className="thai-map__hatch-line" />
            </pattern>
          </defs>
          <g className="thai-map__provinces">
            {provinces.map((p) => (
              <path
                key={p.code}
                d={p.path}
                className={`thai-map__province${onSelectProvince ? ' thai-map__province--link' : ''}`}
                fill={p.klass === null ? `url(#${hatch})` : colors[p.klass]}
                data-province={p.code}
                data-class={p.klass === null ? 'none' : String(p.klass)}
                tabIndex={0}
                role={onSelectProvince ? 'button' : 'img'}
                aria-label={p.label}
                onMouseEnter={() => setActive(`p:${p.code}`)}
                onMouseLeave={leave(`p:${p.code}`)}
                onFocus={() => setActive(`p:${p.code}`)}
                onBlur={leave(`p:${p.code}`)}
                onClick={onSelectProvince ? () => onSelectProvince(p.code) : undefined}
                onKeyDown={onSelectProvince ? onActivate(() => onSelectProvince(p.code)) : undefined}
              />
            ))}
          </g>
          {activeProvince ? <path d={activeProvince.path} className="thai-map__highlight" aria-hidden="true" /> : null}
          {sites.length > 0 ? (
            <g className="thai-map__points" aria-hidden="true">
              {sites.map((site) => (
                <g key={site.id} onMouseEnter={() => setActive(`s:${site.id}`)} onMouseLeave={leave(`s:${site.id}`)}>
                  <PointMarker point={site} r={SITE_RADIUS} />
                </g>
              ))}
            </g>
          ) : null}
        </MapCanvas>
        <div className="thai-map__legends">
          <p className="thai-map__legend-title">{title}</p>
          <ul className="thai-map__legend thai-map__legend--classes">
            {colors.map((color, i) => (
              <li key={color}>
                <span className="thai-map__swatch" style={{ background: color }} aria-hidden="true" />
                {t('map.range', { from: format(breaks[i]!), to: format(breaks[i + 1]!) })}
              </li>
            ))}
            <li>
              <span className="thai-map__swatch thai-map__swatch--no-data" aria-hidden="true" />
              {t('map.noData')}
            </li>
          </ul>
          {sites.length > 0 ? (
            <>
              <p className="thai-map__legend-title">
                {t('map.sites')} <span className="muted">({t('map.pointCount', { count: sites.length.toLocaleString('th-TH') })})</span>
              </p>
              <MethodLegend methods={methodsOf(sites)} />
            </>
          ) : null}
        </div>
      </div>
      <MapCredit />
    </figure>
  );
}
