import { WASTE_SECTION_LABELS, WASTE_SECTIONS } from '@lao/domain';
import type { FormDefinition } from '../catalogue/sections.service';
import type { DisposalSite } from './waste.models';
import type { SiteRow } from './waste.repository';

/** Waste's form for the shared section engine: its three sections in the PCD forms' order. */
export const WASTE_FORM: FormDefinition = {
  module: 'WASTE',
  sections: WASTE_SECTIONS.map((code) => ({ code, labelTh: WASTE_SECTION_LABELS[code].th, labelEn: WASTE_SECTION_LABELS[code].en })),
};

export function toSite(row: SiteRow): DisposalSite {
  return {
    id: row.id,
    nameTh: row.name_th,
    method: row.method,
    status: row.status,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
    capacityTonnesPerDay: row.capacity_tonnes_per_day === null ? null : Number(row.capacity_tonnes_per_day),
    openedYear: row.opened_year,
    operatorLaoCode: row.operator_lao_code,
    provinceCode: row.province_code,
  };
}
