import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { District, Province } from './registry.models';

/**
 * Provinces and districts change only with a migration, so they are read once at start-up and kept in memory:
 * `provinces` and every LAO's province/district cost no query at all.
 */
@Injectable()
export class GeographyService implements OnModuleInit {
  private provinces: Province[] = [];
  private provinceByCode = new Map<string, Province>();
  private districtByCode = new Map<string, District>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
  }

  async reload(): Promise<void> {
    const provinceRows: { code: string; name_th: string; name_en: string }[] = await this.db.query(
      `SELECT code, name_th, name_en FROM province`,
    );
    const districtRows: { code: string; province_code: string; name_th: string; name_en: string }[] = await this.db.query(
      `SELECT code, province_code, name_th, name_en FROM district ORDER BY code`,
    );
    // Thai dictionary order (leading vowels ignored), whatever collations the database server has.
    const thai = new Intl.Collator('th');
    provinceRows.sort((a, b) => thai.compare(a.name_th, b.name_th));
    const provinces = provinceRows.map((r) => ({ code: r.code, nameTh: r.name_th, nameEn: r.name_en, districts: [] as District[] }));
    this.provinceByCode = new Map(provinces.map((p) => [p.code, p]));
    this.districtByCode = new Map();
    for (const r of districtRows) {
      const district: District = { code: r.code, provinceCode: r.province_code, nameTh: r.name_th, nameEn: r.name_en };
      this.districtByCode.set(district.code, district);
      this.provinceByCode.get(r.province_code)?.districts.push(district);
    }
    for (const p of provinces) p.districts.sort((a, b) => thai.compare(a.nameTh, b.nameTh));
    this.provinces = provinces;
  }

  allProvinces(): Province[] {
    return this.provinces;
  }

  /**
   * Rows keyed by province code, in the Thai alphabetical order of provinces used everywhere in the UI; provinces
   * without a row are left out.
   */
  inProvinceOrder<R>(rows: readonly R[], codeOf: (row: R) => string): { province: Province; row: R }[] {
    const byCode = new Map(rows.map((r) => [codeOf(r), r]));
    return this.provinces.filter((p) => byCode.has(p.code)).map((province) => ({ province, row: byCode.get(province.code)! }));
  }

  province(code: string): Province | undefined {
    return this.provinceByCode.get(code);
  }

  district(code: string | null): District | null {
    return code ? (this.districtByCode.get(code) ?? null) : null;
  }
}
