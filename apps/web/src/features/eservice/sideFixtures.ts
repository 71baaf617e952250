import type { EServiceItemData } from './answers';

/** One side of the survey for the table's tests: two sub-groups, preset items and one the LAO added. */
export const ID = {
  grant: '11111111-1111-4111-8111-111111111111',
  school: '22222222-2222-4222-8222-222222222222',
  complaints: '33333333-3333-4333-8333-333333333333',
  custom: '44444444-4444-4444-8444-444444444444',
  added: '55555555-5555-4555-8555-555555555555',
};

export function item(id: string, nameTh: string, group: string | null, extra: Partial<EServiceItemData> = {}): EServiceItemData {
  return {
    id,
    code: null,
    side: 1,
    group,
    nameTh,
    nameEn: null,
    custom: false,
    offered: null,
    needed: null,
    steps: null,
    channels: null,
    otherChannels: null,
    users: null,
    ...extra,
  };
}

export const groups = [
  { code: 'S1_CHILD', titleTh: 'การบริการที่เกี่ยวข้องกับเด็กแรกเกิด เด็กเล็ก และวัยรุ่น', titleEn: 'Children' },
  { code: 'S1_COMPLAINT', titleTh: 'การร้องทุกข์ออนไลน์', titleEn: 'Online complaints' },
];

export const items = [
  item(ID.grant, 'ลงทะเบียนรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด', 'S1_CHILD', { code: 'S1_01' }),
  item(ID.school, 'สมัครเข้าเรียนศูนย์พัฒนาเด็กเล็ก', 'S1_CHILD', { code: 'S1_05' }),
  item(ID.complaints, 'เปิดบริการรับเรื่องร้องทุกข์ออนไลน์ (ไม่จำกัดประเภทเรื่อง)', 'S1_COMPLAINT', { code: 'S1_16' }),
  item(ID.custom, 'ขอใช้สนามกีฬา', 'S1_COMPLAINT', { custom: true }),
];
