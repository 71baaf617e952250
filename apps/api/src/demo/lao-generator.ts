import { LAO_CODE_KIND_DIGIT, type LaoType } from '@lao/domain';
import type { GeoDistrict, GeoProvince, GeoSubdistrict as Subdistrict } from '../registry/thai-geography';

export interface GeneratedLao {
  code: string;
  nameTh: string;
  nameEn: string;
  type: LaoType;
  provinceCode: string;
  districtCode: string;
}

/** The registry's real proportions (domain.md §1). */
export const LAO_TARGETS = { city: 30, town: 195, subdistrictMunicipality: 2250, sao: 5300 } as const;

const BANGKOK = '10';
/** A stable pseudo-random order from a code, so the same registry comes out on every machine. */
function stableHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * Builds a demonstration registry of ~7,850 LAOs over the real provinces, districts and subdistricts: one PAO per
 * province, Bangkok and Pattaya, city municipalities in the 30 largest provinces' capital districts, town
 * municipalities in the other capitals and the largest districts, a subdistrict municipality at every other
 * district seat and in a spread of subdistricts, and an SAO for every subdistrict not wholly municipal (some
 * subdistricts are shared between a municipality and an SAO, as in life). Codes are 7 digits: kind, province,
 * district, sequence — stable for the same geography.
 */
export function generateLaos(provinces: GeoProvince[]): GeneratedLao[] {
  const laos: GeneratedLao[] = [];
  const sequence = new Map<string, number>();
  const add = (type: LaoType, district: GeoDistrict, provinceCode: string, nameTh: string, nameEn: string) => {
    const prefix = `${LAO_CODE_KIND_DIGIT[type]}${provinceCode}${district.code.slice(2, 4)}`;
    const next = (sequence.get(prefix) ?? 0) + 1;
    sequence.set(prefix, next);
    laos.push({ code: `${prefix}${String(next).padStart(2, '0')}`, nameTh, nameEn, type, provinceCode, districtCode: district.code });
  };

  const sorted = [...provinces].sort((a, b) => a.code.localeCompare(b.code));
  const capital = (p: GeoProvince) => p.districts.find((d) => d.code.endsWith('01')) ?? p.districts[0]!;
  const subdistrictCount = (p: GeoProvince) => p.districts.reduce((n, d) => n + d.subdistricts.length, 0);
  const regional = sorted.filter((p) => p.code !== BANGKOK && p.districts.length > 0);

  const bangkok = sorted.find((p) => p.code === BANGKOK);
  if (bangkok) {
    const seat = bangkok.districts.find((d) => d.code === '1001') ?? bangkok.districts[0]!;
    add('BANGKOK', seat, BANGKOK, 'กรุงเทพมหานคร', 'Bangkok Metropolitan Administration');
  }

  /** Subdistricts wholly taken by a municipality (no SAO there). */
  const municipal = new Set<string>();
  const seatOf = (d: GeoDistrict) => [...d.subdistricts].sort((a, b) => a.code.localeCompare(b.code))[0];

  for (const p of regional) {
    add('PAO', capital(p), p.code, `องค์การบริหารส่วนจังหวัด${p.nameTh}`, `${p.nameEn} Provincial Administrative Organization`);
  }

  const chonburi = regional.find((p) => p.code === '20');
  const banglamung = chonburi?.districts.find((d) => d.code === '2004');
  if (chonburi && banglamung) {
    add('PATTAYA', banglamung, chonburi.code, 'เมืองพัทยา', 'Pattaya City');
    const naKluea = banglamung.subdistricts.find((s) => s.nameTh === 'นาเกลือ');
    if (naKluea) municipal.add(naKluea.code);
  }

  const largest = [...regional].sort((a, b) => subdistrictCount(b) - subdistrictCount(a) || a.code.localeCompare(b.code));
  const cityProvinces = new Set(largest.slice(0, LAO_TARGETS.city).map((p) => p.code));
  const withTownOrCity = new Set<string>();
  for (const p of regional) {
    const seat = capital(p);
    const type: LaoType = cityProvinces.has(p.code) ? 'CITY_MUNICIPALITY' : 'TOWN_MUNICIPALITY';
    const [th, en] = type === 'CITY_MUNICIPALITY' ? ['เทศบาลนคร', 'City Municipality'] : ['เทศบาลเมือง', 'Town Municipality'];
    add(type, seat, p.code, `${th}${p.nameTh}`, `${p.nameEn} ${en}`);
    withTownOrCity.add(seat.code);
    const tambon = seatOf(seat);
    if (tambon) municipal.add(tambon.code);
  }

  const towns = laos.filter((l) => l.type === 'TOWN_MUNICIPALITY').length;
  const otherDistricts = regional
    .flatMap((p) => p.districts.filter((d) => !withTownOrCity.has(d.code)).map((d) => ({ p, d })))
    .sort((a, b) => b.d.subdistricts.length - a.d.subdistricts.length || a.d.code.localeCompare(b.d.code));
  for (const { p, d } of otherDistricts.slice(0, Math.max(0, LAO_TARGETS.town - towns))) {
    add('TOWN_MUNICIPALITY', d, p.code, `เทศบาลเมือง${d.nameTh}`, `${d.nameEn} Town Municipality`);
    withTownOrCity.add(d.code);
    const tambon = seatOf(d);
    if (tambon) municipal.add(tambon.code);
  }

  const subdistrictMunicipality = (p: GeoProvince, d: GeoDistrict, s: Subdistrict) =>
    add('SUBDISTRICT_MUNICIPALITY', d, p.code, `เทศบาลตำบล${s.nameTh}`, `${s.nameEn} Subdistrict Municipality`);
  const sharedTambons: { p: GeoProvince; d: GeoDistrict; s: Subdistrict }[] = [];
  for (const p of regional) {
    for (const d of p.districts) {
      if (withTownOrCity.has(d.code)) continue;
      const tambon = seatOf(d);
      if (!tambon) continue;
      subdistrictMunicipality(p, d, tambon);
      municipal.add(tambon.code);
      sharedTambons.push({ p, d, s: tambon });
    }
  }
  const candidates = regional
    .flatMap((p) => p.districts.flatMap((d) => d.subdistricts.map((s) => ({ p, d, s }))))
    .filter(({ s }) => !municipal.has(s.code))
    .sort((a, b) => stableHash(a.s.code) - stableHash(b.s.code) || a.s.code.localeCompare(b.s.code));
  const existing = laos.filter((l) => l.type === 'SUBDISTRICT_MUNICIPALITY').length;
  for (const c of candidates.slice(0, Math.max(0, LAO_TARGETS.subdistrictMunicipality - existing))) {
    subdistrictMunicipality(c.p, c.d, c.s);
    municipal.add(c.s.code);
    sharedTambons.push(c);
  }

  // Every other subdistrict has an SAO; where that falls short of the real count, some municipal subdistricts
  // are shared with an SAO of the same name, as many are.
  const saoTambons = regional.flatMap((p) =>
    p.districts.flatMap((d) => d.subdistricts.filter((s) => !municipal.has(s.code)).map((s) => ({ p, d, s }))),
  );
  const shortfall = LAO_TARGETS.sao - saoTambons.length;
  if (shortfall > 0) {
    saoTambons.push(
      ...sharedTambons.sort((a, b) => stableHash(b.s.code) - stableHash(a.s.code)).slice(0, shortfall),
    );
  }
  saoTambons.sort((a, b) => a.s.code.localeCompare(b.s.code));
  for (const { p, d, s } of saoTambons) {
    add('SAO', d, p.code, `องค์การบริหารส่วนตำบล${s.nameTh}`, `${s.nameEn} Subdistrict Administrative Organization`);
  }
  return laos.sort((a, b) => a.code.localeCompare(b.code));
}
