import type { Lang } from '@lao/domain';

/**
 * Titles of the survey's sides and side 1's sub-groups (catalogue v1, seed 002) for the national report, whose API
 * rows carry only the side number and the group code (there is no catalogue query). An unknown code shows as itself.
 */
const SIDE_TITLES: Record<number, { th: string; en: string }> = {
  1: { th: 'งานบริการที่เกี่ยวข้องกับคุณภาพชีวิตประชาชน', en: "Services for citizens' quality of life" },
  2: { th: 'งานบริการที่เกี่ยวข้องกับเศรษฐกิจ', en: 'Services related to the economy' },
  3: { th: 'สาธารณสุขและสิ่งแวดล้อม', en: 'Public health and environment' },
  4: { th: 'งานบริการที่เกี่ยวข้องกับโครงสร้างพื้นฐาน', en: 'Services related to infrastructure' },
  5: { th: 'ด้านการร้องเรียนเกี่ยวกับหน่วยงาน อปท.', en: 'Complaints about the LAO itself' },
  6: { th: 'งานบริการอื่น ๆ เพิ่มเติม นอกเหนือจากด้านที่ 1 – 5', en: 'Other services beyond sides 1–5' },
};

const GROUP_TITLES: Record<string, { th: string; en: string }> = {
  S1_CHILD: { th: 'การบริการที่เกี่ยวข้องกับเด็กแรกเกิด เด็กเล็ก และวัยรุ่น', en: 'Services for newborns, young children and youth' },
  S1_ELDERLY_DISABLED: { th: 'การบริการที่เกี่ยวข้องกับการขึ้นทะเบียนผู้สูงอายุและคนพิการ', en: 'Registration of the elderly and people with disabilities' },
  S1_HEALTH: { th: 'การบริการอื่นที่เกี่ยวข้องกับสุขภาพ/อนามัย', en: 'Other health and hygiene services' },
  S1_COMPLAINT: { th: 'การร้องทุกข์ออนไลน์', en: 'Online complaints' },
};

export function sideTitle(side: number, lang: Lang): string {
  return SIDE_TITLES[side]?.[lang] ?? '';
}

export function groupTitle(code: string, lang: Lang): string {
  return GROUP_TITLES[code]?.[lang] ?? code;
}
