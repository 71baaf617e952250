import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { isInProvince, parseViewBox, provinceBox, unproject, type ThaiMapGeometry } from '@lao/thai-map';
import { renderMap } from './testing/render';
import { ProvinceMap } from './ProvinceMap';
import type { MapPoint } from './types';
import { loadGeometry } from './useGeometry';

const points: MapPoint[] = [
  { id: 'site-1', latitude: 18.79, longitude: 98.98, kind: 'SANITARY_LANDFILL', label: 'ศูนย์กำจัดขยะ', detail: '120 ตัน/วัน' },
  { id: 'site-2', latitude: 19.3, longitude: 98.9, kind: 'OPEN_DUMP', label: 'บ่อขยะบ้านป่า' },
  { id: 'lao-1', latitude: 18.8, longitude: 99.0, kind: 'LAO', label: 'เทศบาลนครเชียงใหม่' },
];

let geometry: ThaiMapGeometry;
beforeAll(async () => {
  geometry = await loadGeometry();
});

describe('ProvinceMap', () => {
  it('zooms to the province, drawing it over its faint neighbours', async () => {
    const { container } = renderMap(<ProvinceMap provinceCode="50" points={points} />);
    const svg = await screen.findByRole('group', { name: 'แผนที่จังหวัดเชียงใหม่' });
    const view = parseViewBox(svg.getAttribute('viewBox')!);
    const box = provinceBox('50', geometry);
    expect(view.minX).toBeLessThan(box.minX);
    expect(view.maxX).toBeGreaterThan(box.maxX);
    expect(view.maxX - view.minX).toBeLessThan((box.maxX - box.minX) * 1.3);
    expect(container.querySelector('.thai-map__focus')).toHaveAttribute('data-province', '50');
    expect(container.querySelectorAll('.thai-map__context')).toHaveLength(76);
    expect(screen.getByText('แผนที่: @svg-maps/thailand (CC BY 4.0)')).toBeInTheDocument();
  });

  it('marks sites by method and LAOs with a marker of their own, where they are', async () => {
    const { container } = renderMap(<ProvinceMap provinceCode="50" points={points} title="สถานที่กำจัดขยะ จ.เชียงใหม่" />);
    await screen.findByRole('group', { name: 'สถานที่กำจัดขยะ จ.เชียงใหม่' });
    const site = container.querySelector('[data-point="site-1"] circle')!;
    expect(site).toHaveAttribute('fill', '#009e73');
    expect(isInProvince(unproject({ x: Number(site.getAttribute('cx')), y: Number(site.getAttribute('cy')) }), '50', geometry)).toBe(true);
    const lao = container.querySelector('[data-point="lao-1"] .thai-map__marker')!;
    expect(lao.tagName.toLowerCase()).toBe('path');
    expect(lao).toHaveAttribute('data-kind', 'LAO');
    // The legend lists the methods present and the LAO marker.
    const legend = container.querySelector('.thai-map__legend--methods') as HTMLElement;
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['ฝังกลบถูกหลักสุขาภิบาล', 'เทกองกลางแจ้ง', 'ที่ตั้ง อปท.']);
  });

  it('shows a point on hover and focus, and selects it on click or Enter', async () => {
    const user = userEvent.setup();
    const onSelectPoint = jest.fn();
    renderMap(<ProvinceMap provinceCode="50" points={points} onSelectPoint={onSelectPoint} />);
    const site = await screen.findByRole('button', { name: 'ศูนย์กำจัดขยะ · ฝังกลบถูกหลักสุขาภิบาล · 120 ตัน/วัน' });
    await user.hover(site);
    const tooltip = screen.getByRole('tooltip');
    expect(within(tooltip).getByText('ศูนย์กำจัดขยะ')).toBeInTheDocument();
    expect(within(tooltip).getByText('120 ตัน/วัน')).toBeInTheDocument();
    await user.click(site);
    expect(onSelectPoint).toHaveBeenLastCalledWith('site-1');
    await user.unhover(site);

    // Keyboard: LAO offices come first (drawn under the sites), then the sites.
    act(() => site.blur());
    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent('เทศบาลนครเชียงใหม่');
    await user.tab();
    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent('บ่อขยะบ้านป่า');
    await user.keyboard('{Enter}');
    expect(onSelectPoint).toHaveBeenLastCalledWith('site-2');
  });
});
