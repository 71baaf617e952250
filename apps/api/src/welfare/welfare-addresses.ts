import type { BeneficiaryAddress } from '@lao/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError } from '../common/app-error';
import { thaiGeography } from '../registry/thai-geography';

interface Subdistrict {
  nameTh: string;
  nameEn: string;
  districtCode: string;
  districtTh: string;
  provinceTh: string;
}

/** A subdistrict an LAO's beneficiaries may live in (the registration form's choices). */
export interface AreaSubdistrict {
  code: string;
  nameTh: string;
  nameEn: string;
  districtCode: string;
  districtNameTh: string;
}

type LaoArea = { districtCode: string | null; provinceCode: string; type: string };

/** A PAO, Bangkok and an LAO without a district cover their province; any other LAO its district. */
function covers(lao: LaoArea, subdistrict: Subdistrict): boolean {
  return lao.type === 'PAO' || lao.type === 'BANGKOK' || !lao.districtCode ? subdistrict.districtCode.slice(0, 2) === lao.provinceCode : subdistrict.districtCode === lao.districtCode;
}

/**
 * Addresses of beneficiaries: a subdistrict of the LAO's district (a PAO covers its province, Bangkok and Pattaya
 * their own), formatted in Thai for people. Subdistricts come from the same geography the registry uses.
 */
@Injectable()
export class WelfareAddresses implements OnModuleInit {
  private subdistricts = new Map<string, Subdistrict>();
  private laos = new Map<string, LaoArea>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onModuleInit(): Promise<void> {
    for (const p of await thaiGeography()) {
      for (const d of p.districts) for (const s of d.subdistricts) this.subdistricts.set(s.code, { nameTh: s.nameTh, nameEn: s.nameEn, districtCode: d.code, districtTh: d.nameTh, provinceTh: p.nameTh });
    }
  }

  /** Refuses a subdistrict outside the LAO's area, naming the field (BAD_USER_INPUT). */
  async assertInLao(address: BeneficiaryAddress, laoCode: string): Promise<void> {
    const lao = await this.lao(laoCode);
    const subdistrict = this.subdistricts.get(address.subdistrictCode);
    const inArea = subdistrict && lao && covers(lao, subdistrict);
    if (!inArea) {
      throw new AppError(
        'BAD_USER_INPUT',
        'welfare.subdistrict',
        { code: lao?.districtCode ?? lao?.provinceCode ?? laoCode },
        {},
        new z.ZodError([{ code: 'custom', path: ['address', 'subdistrictCode'], message: 'welfare.subdistrict', input: undefined }]),
      );
    }
  }

  /** The subdistricts of the LAO's area, by code (empty for an unknown LAO). */
  async subdistrictsOf(laoCode: string): Promise<AreaSubdistrict[]> {
    const lao = await this.lao(laoCode);
    if (!lao) return [];
    return [...this.subdistricts]
      .filter(([, s]) => covers(lao, s))
      .map(([code, s]) => ({ code, nameTh: s.nameTh, nameEn: s.nameEn, districtCode: s.districtCode, districtNameTh: s.districtTh }))
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  /** "12 หมู่ 3 ถนน… ตำบล… อำเภอ… จังหวัด…" */
  format(address: BeneficiaryAddress, _laoCode: string): string {
    const s = this.subdistricts.get(address.subdistrictCode);
    return [
      address.houseNo,
      address.villageNo ? `หมู่ ${address.villageNo}` : null,
      address.street ? `ถนน${address.street}` : null,
      // Bangkok writes แขวง and เขต for subdistrict and district.
      s ? (s.districtCode.startsWith('10') ? `แขวง${s.nameTh} เขต${s.districtTh} ${s.provinceTh}` : `ตำบล${s.nameTh} อำเภอ${s.districtTh} จังหวัด${s.provinceTh}`) : null,
    ]
      .filter(Boolean)
      .join(' ');
  }

  private async lao(code: string) {
    let lao = this.laos.get(code);
    if (!lao) {
      const [row] = (await this.db.query(`SELECT district_code, province_code, type FROM local_authority WHERE code = $1`, [code])) as { district_code: string | null; province_code: string; type: string }[];
      if (!row) return null;
      lao = { districtCode: row.district_code, provinceCode: row.province_code, type: row.type };
      this.laos.set(code, lao);
    }
    return lao;
  }
}
