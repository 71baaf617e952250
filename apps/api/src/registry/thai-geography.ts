import { getDistricts, getProvinces, getSubDistricts } from 'thai-address-universal';

export interface GeoSubdistrict {
  code: string;
  nameTh: string;
  nameEn: string;
}
export interface GeoDistrict {
  code: string;
  nameTh: string;
  nameEn: string;
  subdistricts: GeoSubdistrict[];
}
export interface GeoProvince {
  code: string;
  nameTh: string;
  nameEn: string;
  districts: GeoDistrict[];
}

/**
 * Where `thai-address-universal` 2.2.0 departs from the interior ministry's codes, we correct it here (and only
 * here): Bueng Kan, the newest province, comes with code 97 and no district or subdistrict codes; two districts
 * repeat a neighbour's code.
 */
const PROVINCE_CODE_FIX: Record<string, string> = { บึงกาฬ: '38' };
const DISTRICT_CODE_FIX: Record<string, Record<string, string>> = {
  '38': {
    เมืองบึงกาฬ: '3801',
    เซกา: '3802',
    โซ่พิสัย: '3803',
    พรเจริญ: '3804',
    ศรีวิไล: '3805',
    บึงโขงหลง: '3806',
    ปากคาด: '3807',
    บุ่งคล้า: '3808',
  },
  '50': { กัลยาณิวัฒนา: '5025' },
  '53': { น้ำปาด: '5304' },
};

/** The country's provinces → districts → subdistricts, with codes checked unique. */
export async function thaiGeography(): Promise<GeoProvince[]> {
  const raw = [];
  for (const p of await getProvinces()) raw.push({ province: p, districts: await getDistricts(p.code) });
  const codeUses = new Map<string, number>();
  for (const { districts } of raw) for (const d of districts) codeUses.set(d.code, (codeUses.get(d.code) ?? 0) + 1);

  const provinces: GeoProvince[] = [];
  for (const { province: p, districts: rawDistricts } of raw) {
    const provinceCode = PROVINCE_CODE_FIX[p.nameTh] ?? p.code;
    const districts: GeoDistrict[] = [];
    for (const d of rawDistricts) {
      const districtCode = DISTRICT_CODE_FIX[provinceCode]?.[d.nameTh] ?? d.code;
      // A missing or shared code cannot find the district's subdistricts; its name can.
      const lookup = d.code !== '' && codeUses.get(d.code) === 1 ? d.code : d.nameTh;
      // A subdistrict served by two post offices is listed twice: keep one.
      const unique = [...new Map((await getSubDistricts(lookup)).map((s) => [`${s.code}|${s.nameTh}`, s])).values()];
      const sorted = unique.sort((a, b) => a.code.localeCompare(b.code) || a.nameTh.localeCompare(b.nameTh, 'th'));
      // Subdistricts without a code (Bueng Kan), with another district's code or with a sibling's code get the next
      // free one here.
      const used = new Set(sorted.filter((s) => s.code.startsWith(districtCode)).map((s) => s.code));
      let next = 1;
      const freeCode = () => {
        while (used.has(`${districtCode}${String(next).padStart(2, '0')}`)) next++;
        const code = `${districtCode}${String(next).padStart(2, '0')}`;
        used.add(code);
        return code;
      };
      const taken = new Set<string>();
      const subdistricts = sorted.map((s) => {
        const own = s.code.startsWith(districtCode) && s.code.length === 6 && !taken.has(s.code);
        const code = own ? s.code : freeCode();
        taken.add(code);
        return { code, nameTh: s.nameTh, nameEn: s.nameEn };
      });
      districts.push({ code: districtCode, nameTh: d.nameTh, nameEn: d.nameEn, subdistricts });
    }
    provinces.push({ code: provinceCode, nameTh: p.nameTh, nameEn: p.nameEn, districts });
  }
  assertUnique(provinces.map((p) => p.code), 'province');
  assertUnique(provinces.flatMap((p) => p.districts.map((d) => d.code)), 'district');
  assertUnique(provinces.flatMap((p) => p.districts.flatMap((d) => d.subdistricts.map((s) => s.code))), 'subdistrict');
  for (const p of provinces) {
    for (const d of p.districts) {
      if (!/^\d{4}$/.test(d.code) || !d.code.startsWith(p.code)) throw new Error(`District ${d.nameTh} has code ${d.code}`);
    }
  }
  return provinces.sort((a, b) => a.code.localeCompare(b.code));
}

function assertUnique(codes: string[], what: string): void {
  const seen = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) throw new Error(`Duplicate ${what} code ${code} in the geography data`);
    seen.add(code);
  }
}
