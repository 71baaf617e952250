import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { isInProvince, parseViewBox, project, provinceAt, THAILAND_BOUNDS, type LatLng, type ThaiMapGeometry } from '@lao/thai-map';
import { PinPicker } from './PinPicker';
import { layOut, renderMap } from './testing/render';
import { loadGeometry } from './useGeometry';

let geometry: ThaiMapGeometry;
beforeAll(async () => {
  geometry = await loadGeometry();
});

function Controlled({ provinceCode, onChange }: { provinceCode?: string; onChange: (value: LatLng) => void }) {
  const [value, setValue] = useState<LatLng | null>(null);
  return (
    <PinPicker
      provinceCode={provinceCode}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('PinPicker', () => {
  it('places the pin where the map is clicked, as coordinates inside Thailand', async () => {
    const onChange = jest.fn();
    renderMap(<Controlled onChange={onChange} />);
    const map = await screen.findByRole('application', { name: 'เลือกพิกัดบนแผนที่' });
    expect(screen.getByText('ยังไม่ได้ปักหมุด')).toBeInTheDocument();
    // Drawn 280 × 512.5 px (half the viewBox) at (100, 50) on the page; click where Bangkok is.
    layOut(map, 280, 512.5, 100, 50);
    const bangkok = project({ latitude: 13.7563, longitude: 100.5018 });
    fireEvent.click(map, { clientX: 100 + bangkok.x / 2, clientY: 50 + bangkok.y / 2 });

    expect(onChange).toHaveBeenCalledTimes(1);
    const value = onChange.mock.calls[0][0] as LatLng;
    expect(value.latitude).toBeGreaterThan(THAILAND_BOUNDS.minLatitude);
    expect(value.latitude).toBeLessThan(THAILAND_BOUNDS.maxLatitude);
    expect(value.longitude).toBeGreaterThan(THAILAND_BOUNDS.minLongitude);
    expect(value.longitude).toBeLessThan(THAILAND_BOUNDS.maxLongitude);
    expect(value.latitude).toBeCloseTo(13.7563, 2);
    expect(value.longitude).toBeCloseTo(100.5018, 2);
    expect(provinceAt(value, geometry)).toBe('10');
    expect(Math.round(value.latitude * 1e5) / 1e5).toBe(value.latitude);
    // The pin and the value are shown.
    expect(screen.getByTestId('map-pin')).toBeInTheDocument();
    expect(screen.getByText(`ละติจูด ${value.latitude.toFixed(5)} ลองจิจูด ${value.longitude.toFixed(5)}`)).toBeInTheDocument();
  });

  it('shows a province when given, and warns when the pin is outside it', async () => {
    const onChange = jest.fn();
    renderMap(<Controlled provinceCode="50" onChange={onChange} />);
    const map = await screen.findByRole('application');
    const view = parseViewBox(map.getAttribute('viewBox')!);
    layOut(map, view.maxX - view.minX, view.maxY - view.minY);
    const seat = project({ latitude: 18.7883, longitude: 98.9853 });
    fireEvent.click(map, { clientX: seat.x - view.minX, clientY: seat.y - view.minY });
    expect(isInProvince(onChange.mock.calls[0][0], '50', geometry)).toBe(true);
    expect(screen.queryByText(/หมุดอยู่นอก/)).not.toBeInTheDocument();
    // The view's top-left corner lies outside Chiang Mai.
    fireEvent.click(map, { clientX: 1, clientY: 1 });
    expect(screen.getByText(/หมุดอยู่นอก/)).toBeInTheDocument();
  });

  it('moves the pin with the arrow keys and places it with Enter', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    renderMap(<Controlled onChange={onChange} />);
    await screen.findByRole('application');
    await user.tab();
    await user.keyboard('{Enter}');
    const placed = onChange.mock.calls[0][0] as LatLng;
    await user.keyboard('{ArrowRight}');
    const moved = onChange.mock.calls[1][0] as LatLng;
    expect(moved.longitude).toBeGreaterThan(placed.longitude);
    expect(moved.latitude).toBeCloseTo(placed.latitude, 4);
    await user.keyboard('{Shift>}{ArrowUp}{/Shift}');
    expect((onChange.mock.calls[2][0] as LatLng).latitude).toBeGreaterThan(moved.latitude + 0.1);
  });
});
