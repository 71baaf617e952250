import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { THAILAND_BOUNDS } from './bounds';
import { MAP_CREDIT } from './credit';
import { isInProvince, parseViewBox, provinceAt, provinceBox, randomPointInProvince } from './geometry';
import { GEOMETRY_FILE, loadGeometry } from './node';
import { project, unproject } from './projection';
import { PROVINCE_SEATS } from './seats';
import type { LatLng } from './types';

const geometry = loadGeometry();

/** A small seeded generator (mulberry32): the same points on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the geometry file', () => {
  it('holds the 77 provinces under distinct codes, the same as the seats, with the credit', () => {
    const codes = geometry.provinces.map((p) => p.code);
    expect(codes).toHaveLength(77);
    expect(new Set(codes).size).toBe(77);
    expect([...codes].sort()).toEqual(Object.keys(PROVINCE_SEATS).sort());
    expect(codes).not.toContain('28');
    expect(codes).not.toContain('29');
    expect(geometry.viewBox).toBe('0 0 560 1025');
    expect(geometry.credit).toBe(MAP_CREDIT);
    expect(geometry.provinces.find((p) => p.code === '90')?.nameEn).toBe('Songkhla');
    expect(geometry.provinces.find((p) => p.code === '38')).toMatchObject({ nameEn: 'Bueng Kan', nameTh: 'บึงกาฬ' });
  });

  it('is loaded once', () => {
    expect(loadGeometry()).toBe(geometry);
    expect(JSON.parse(readFileSync(GEOMETRY_FILE, 'utf8'))).toEqual(geometry);
    expect(GEOMETRY_FILE).toBe(join(__dirname, '..', 'dist', 'thailand-provinces.json'));
  });
});

describe('provinceAt', () => {
  it.each([
    ['Bangkok', 13.7563, 100.5018, '10'],
    ['Chiang Mai', 18.7883, 98.9853, '50'],
    ['Hat Yai', 7.0084, 100.4767, '90'],
    ['Khon Kaen', 16.4322, 102.8236, '40'],
    ['Phuket town (an island)', 7.8804, 98.3923, '83'],
    ['Ko Samui (an island of Surat Thani)', 9.5, 100.0, '84'],
  ])('%s lands in %s', (_name, latitude, longitude, code) => {
    expect(provinceAt({ latitude, longitude }, geometry)).toBe(code);
    expect(isInProvince({ latitude, longitude }, code, geometry)).toBe(true);
  });

  it('finds no province in the sea or abroad', () => {
    expect(provinceAt({ latitude: 12.0, longitude: 100.9 }, geometry)).toBeNull(); // Gulf of Thailand
    expect(provinceAt({ latitude: 8.0, longitude: 97.5 }, geometry)).toBeNull(); // Andaman Sea
    expect(provinceAt({ latitude: 16.8409, longitude: 96.1735 }, geometry)).toBeNull(); // Yangon: off the map
    expect(provinceAt({ latitude: 11.5564, longitude: 104.9282 }, geometry)).toBeNull(); // Phnom Penh
    expect(isInProvince({ latitude: 13.7563, longitude: 100.5018 }, '50', geometry)).toBe(false);
  });

  it('puts every province seat in its own province, but for two seaside towns the simplified coast leaves out', () => {
    const outside = Object.entries(PROVINCE_SEATS)
      .filter(([code, seat]) => !isInProvince(seat, code, geometry))
      .map(([code]) => code);
    // Samut Prakan (Pak Nam, at the Chao Phraya's mouth) and Songkhla (on the spit between the lake and the sea):
    // both land 0.26 SVG units (≈ 0.4 km) out to sea, outside the map's simplified coastline.
    expect(outside).toEqual(['11', '90']);
    for (const code of outside) expect(provinceAt(PROVINCE_SEATS[code]!, geometry)).toBeNull();
  });

  it('rejects an unknown province code', () => {
    expect(() => isInProvince({ latitude: 13, longitude: 100 }, '28', geometry)).toThrow(/Unknown province code 28/);
  });
});

describe('projection', () => {
  it('round-trips positions through the SVG plane', () => {
    for (const seat of Object.values(PROVINCE_SEATS)) {
      const back = unproject(project(seat));
      expect(back.latitude).toBeCloseTo(seat.latitude, 9);
      expect(back.longitude).toBeCloseTo(seat.longitude, 9);
    }
    const point = { x: 123.4, y: 567.8 };
    const again = project(unproject(point));
    expect(again.x).toBeCloseTo(point.x, 9);
    expect(again.y).toBeCloseTo(point.y, 9);
  });

  it('puts the country within the viewBox, north up, and the bounds around every seat', () => {
    const box = parseViewBox(geometry.viewBox);
    const corners: LatLng[] = [
      { latitude: THAILAND_BOUNDS.maxLatitude, longitude: THAILAND_BOUNDS.minLongitude },
      { latitude: THAILAND_BOUNDS.minLatitude, longitude: THAILAND_BOUNDS.maxLongitude },
    ];
    const [northWest, southEast] = corners.map(project);
    expect(northWest!.x).toBeLessThan(box.minX + 5);
    expect(northWest!.y).toBeLessThan(box.minY + 5);
    expect(southEast!.x).toBeGreaterThan(box.maxX - 5);
    expect(southEast!.y).toBeGreaterThan(box.maxY - 5);
    for (const { latitude, longitude } of Object.values(PROVINCE_SEATS)) {
      expect(latitude).toBeGreaterThan(THAILAND_BOUNDS.minLatitude);
      expect(latitude).toBeLessThan(THAILAND_BOUNDS.maxLatitude);
      expect(longitude).toBeGreaterThan(THAILAND_BOUNDS.minLongitude);
      expect(longitude).toBeLessThan(THAILAND_BOUNDS.maxLongitude);
    }
  });
});

describe('randomPointInProvince', () => {
  it.each(['10', '50', '83', '90', '96'])('places points inside province %s, rounded to 5 decimals', (code) => {
    const random = seeded(Number(code));
    const box = provinceBox(code, geometry);
    for (let i = 0; i < 50; i++) {
      const point = randomPointInProvince(code, geometry, random);
      expect(isInProvince(point, code, geometry)).toBe(true);
      expect(Math.round(point.latitude * 1e5) / 1e5).toBe(point.latitude);
      expect(Math.round(point.longitude * 1e5) / 1e5).toBe(point.longitude);
      const { x, y } = project(point);
      expect(x).toBeGreaterThanOrEqual(box.minX);
      expect(y).toBeLessThanOrEqual(box.maxY);
    }
  });

  it('gives the same points for the same seed', () => {
    const draw = (random: () => number) => [1, 2, 3].map(() => randomPointInProvince('57', geometry, random));
    const first = draw(seeded(7));
    expect(draw(seeded(7))).toEqual(first);
    expect(new Set(first.map((p) => `${p.latitude},${p.longitude}`)).size).toBe(3);
  });

  it('gives up with a clear error when the generator never hits the province', () => {
    expect(() => randomPointInProvince('10', geometry, () => 0)).toThrow(/No point found inside province 10/);
  });
});
