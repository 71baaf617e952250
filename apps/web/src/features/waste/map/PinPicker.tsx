import { useId, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { isInProvince, parseViewBox, project, provinceAt, unproject, type SvgBox, type ThaiMapGeometry } from '@lao/thai-map';
import { useI18n } from '../../../i18n';
import { MapCanvas, MapCredit, MapStatus } from './MapParts';
import type { PinPickerProps } from './types';
import { useGeometry } from './useGeometry';
import { boxHeight, boxWidth, clientToSvg, isInThailandBounds, provinceView, round5 } from './view';

/** Pin picker for a site's coordinates: click the map, or move the pin with the arrow keys (Shift: ten times farther). */
export function PinPicker(props: PinPickerProps) {
  const geometry = useGeometry();
  if (geometry.status !== 'ready') return <MapStatus state={geometry} />;
  return <Picker geometry={geometry.geometry} {...props} />;
}

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

function Picker({ geometry, provinceCode, value, onChange }: PinPickerProps & { geometry: ThaiMapGeometry }) {
  const { t } = useI18n();
  const hintId = useId();
  const province = provinceCode ? geometry.provinces.find((p) => p.code === provinceCode) : undefined;
  const box: SvgBox = useMemo(() => (province ? provinceView(province.code, geometry) : parseViewBox(geometry.viewBox)), [province, geometry]);
  const size = Math.max(boxWidth(box), boxHeight(box));
  const pin = value && isInThailandBounds(value) ? project(value) : null;

  const place = (x: number, y: number) => {
    const { latitude, longitude } = unproject({ x, y });
    onChange({ latitude: round5(latitude), longitude: round5(longitude) });
  };
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const at = clientToSvg(event.currentTarget, box, event.clientX, event.clientY);
    if (at) place(at.x, at.y);
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      const step = (size / 200) * (event.shiftKey ? 10 : 1);
      const from = pin ?? { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 };
      place(from.x + arrow[0] * step, from.y + arrow[1] * step);
    } else if ((event.key === 'Enter' || event.key === ' ') && !pin) {
      event.preventDefault();
      place((box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2);
    }
  };

  let warning: string | null = null;
  if (value) {
    if (!isInThailandBounds(value) || provinceAt(value, geometry) === null) warning = t('map.pin.outsideCountry');
    else if (province && !isInProvince(value, province.code, geometry)) warning = t('map.pin.outsideProvince');
  }
  // The pin: a drop whose tip is at the position, about 1/25 of the view tall.
  const s = size / 25;

  return (
    <figure className="thai-map thai-map--picker">
      <MapCanvas
        box={box}
        label={t('map.pin.label')}
        size="picker"
        role="application"
        tabIndex={0}
        aria-describedby={hintId}
        className="thai-map__picker"
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <g aria-hidden="true">
          {geometry.provinces.map((p) => (
            <path
              key={p.code}
              d={p.path}
              className={!province ? 'thai-map__land' : p.code === province.code ? 'thai-map__focus' : 'thai-map__context'}
              data-province={p.code}
            />
          ))}
        </g>
        {pin ? (
          <path
            className="thai-map__pin"
            data-testid="map-pin"
            aria-hidden="true"
            d={`M${pin.x},${pin.y}l${-s * 0.35},${-s * 0.6}a${s * 0.4},${s * 0.4} 0 1 1 ${s * 0.7},0z`}
          />
        ) : null}
      </MapCanvas>
      <p id={hintId} className="thai-map__hint muted">
        {t('map.pin.hint')}
      </p>
      <p className="thai-map__value" aria-live="polite">
        {value
          ? t('map.pin.value', { latitude: value.latitude.toFixed(5), longitude: value.longitude.toFixed(5) })
          : t('map.pin.none')}
        {warning ? <span className="thai-map__warning"> — {warning}</span> : null}
      </p>
      <MapCredit />
    </figure>
  );
}
