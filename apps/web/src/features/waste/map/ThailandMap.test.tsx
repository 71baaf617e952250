import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { isInProvince, provinceBox, unproject, type ThaiMapGeometry } from '@lao/thai-map';
import { renderMap } from './testing/render';
import { ThailandMap } from './ThailandMap';
import type { MapPoint } from './types';
import { loadGeometry } from './useGeometry';

const format = (value: number) => `${value.toLocaleString('en-US')} ตัน/วัน`;

/** Every province a value (its code as a number) but Phuket (83), which has none. */
function values(): Map<string, number | null> {
  return new Map(
    ['10', '11', '12', '13', '50', '57', '83', '90', '96', '30', '40', '34', '20', '21', '84', '80'].map((code) => [code, code === '83' ? null : Number(code) * 10]),
  );
}

let geometry: ThaiMapGeometry;
beforeAll(async () => {
  geometry = await loadGeometry();
});

async function provincePaths(container: HTMLElement) {
  await screen.findByRole('group', { name: 'ปริมาณขยะ' });
  return container.querySelectorAll<SVGPathElement>('path[data-province]');
}

describe('ThailandMap', () => {
  it('draws the 77 provinces in five classes, with the no-data class for provinces without a value', async () => {
    const { container } = renderMap(<ThailandMap values={values()} title="ปริมาณขยะ" format={format} />);
    const paths = await provincePaths(container);
    expect(paths).toHaveLength(77);
    const byCode = new Map([...paths].map((p) => [p.dataset.province!, p]));
    expect(byCode.get('83')).toHaveAttribute('data-class', 'none');
    expect(byCode.get('83')!.getAttribute('fill')).toMatch(/^url\(#.+-no-data\)$/);
    expect(byCode.get('58')).toHaveAttribute('data-class', 'none'); // not in the values at all
    expect(byCode.get('10')).toHaveAttribute('data-class', '0');
    expect(byCode.get('96')).toHaveAttribute('data-class', '4');
    expect(new Set([...paths].map((p) => p.dataset.class))).toEqual(new Set(['none', '0', '1', '2', '3', '4']));
    // The legend: the title, five ranges formatted by the caller, the no-data class; the credit under the map.
    expect(screen.getByText('ปริมาณขยะ', { selector: '.thai-map__legend-title' })).toBeInTheDocument();
    const ranges = screen.getAllByText(/ตัน\/วัน – /).map((li) => li.textContent);
    expect(ranges).toHaveLength(5);
    expect(ranges[0]).toMatch(/^100 ตัน\/วัน – /);
    expect(ranges[4]).toMatch(/ – 960 ตัน\/วัน$/);
    expect(screen.getByText('ไม่มีข้อมูล')).toBeInTheDocument();
    expect(screen.getByText('แผนที่: @svg-maps/thailand (CC BY 4.0)')).toBeInTheDocument();
  });

  it('labels each province with its Thai name and value, and shows them on hover and on focus', async () => {
    const user = userEvent.setup();
    const { container } = renderMap(<ThailandMap values={values()} title="ปริมาณขยะ" format={format} />);
    await provincePaths(container);
    const chiangMai = screen.getByRole('img', { name: 'เชียงใหม่: 500 ตัน/วัน' });
    expect(chiangMai).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('img', { name: 'ภูเก็ต: ไม่มีข้อมูล' })).toBeInTheDocument();

    await user.hover(chiangMai);
    const tooltip = screen.getByRole('tooltip');
    expect(within(tooltip).getByText('เชียงใหม่')).toBeInTheDocument();
    expect(within(tooltip).getByText('500 ตัน/วัน')).toBeInTheDocument();
    await user.unhover(chiangMai);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    fireEvent.focus(screen.getByRole('img', { name: 'ภูเก็ต: ไม่มีข้อมูล' }));
    expect(within(screen.getByRole('tooltip')).getByText('ไม่มีข้อมูล')).toBeInTheDocument();
  });

  it('uses the names it is given', async () => {
    const { container } = renderMap(<ThailandMap values={values()} title="ปริมาณขยะ" format={format} provinceNames={new Map([['10', 'กทม.']])} />);
    await provincePaths(container);
    expect(screen.getByRole('img', { name: 'กทม.: 100 ตัน/วัน' })).toBeInTheDocument();
  });

  it('drills into a province on click and on Enter', async () => {
    const user = userEvent.setup();
    const onSelectProvince = jest.fn();
    const { container } = renderMap(<ThailandMap values={values()} title="ปริมาณขยะ" format={format} onSelectProvince={onSelectProvince} />);
    await provincePaths(container);
    await user.click(screen.getByRole('button', { name: 'เชียงใหม่: 500 ตัน/วัน' }));
    expect(onSelectProvince).toHaveBeenLastCalledWith('50');
    act(() => screen.getByRole('button', { name: 'สงขลา: 900 ตัน/วัน' }).focus());
    await user.keyboard('{Enter}');
    expect(onSelectProvince).toHaveBeenLastCalledWith('90');
    expect(onSelectProvince).toHaveBeenCalledTimes(2);
  });

  it('places a site at its position, coloured by method, with the methods legend', async () => {
    const points: MapPoint[] = [
      { id: 'bkk', latitude: 13.7563, longitude: 100.5018, kind: 'INCINERATION', label: 'เตาเผาอ่อนนุช' },
      { id: 'cm', latitude: 18.7883, longitude: 98.9853, kind: 'SANITARY_LANDFILL', label: 'หลุมฝังกลบ' },
      { id: 'lao', latitude: 14, longitude: 100.5, kind: 'LAO', label: 'ไม่แสดงบนแผนที่ประเทศ' },
    ];
    const { container } = renderMap(<ThailandMap values={values()} title="ปริมาณขยะ" format={format} points={points} />);
    await provincePaths(container);
    const circles = container.querySelectorAll('circle.thai-map__marker');
    expect(circles).toHaveLength(2);
    const bangkok = [...circles].find((c) => c.getAttribute('data-kind') === 'INCINERATION')!;
    expect(bangkok).toHaveAttribute('fill', '#cc79a7');
    const at = { x: Number(bangkok.getAttribute('cx')), y: Number(bangkok.getAttribute('cy')) };
    const box = provinceBox('10', geometry);
    expect(at.x).toBeGreaterThan(box.minX);
    expect(at.x).toBeLessThan(box.maxX);
    expect(at.y).toBeGreaterThan(box.minY);
    expect(at.y).toBeLessThan(box.maxY);
    expect(isInProvince(unproject(at), '10', geometry)).toBe(true);
    expect(screen.getByText('เตาเผา')).toBeInTheDocument();
    expect(screen.getByText('ฝังกลบถูกหลักสุขาภิบาล')).toBeInTheDocument();
    expect(screen.queryByText('เทกองกลางแจ้ง')).not.toBeInTheDocument();

    fireEvent.mouseEnter(bangkok.parentElement!);
    expect(within(screen.getByRole('tooltip')).getByText('เตาเผาอ่อนนุช')).toBeInTheDocument();
  });

  it('fetches the geometry once for all maps of the page', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    const { container } = renderMap(
      <>
        <ThailandMap values={values()} title="ปริมาณขยะ" format={format} />
        <ThailandMap values={new Map()} title="อื่น" format={format} />
      </>,
    );
    await provincePaths(container);
    expect(container.querySelectorAll('path[data-province]')).toHaveLength(154);
    // Downloaded before this test (beforeAll), and not again.
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
});
