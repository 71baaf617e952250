/**
 * Thai UI text of the catalogue-driven form engine (features/catalogue), merged into th.ts: the generated fields, the
 * section form and its read-only view, the section tabs and panel. Every module's catalogue form speaks these words;
 * a module passes its own message keys where its manual words differ (INFO's "ด้าน"), see CatalogueWords.
 */
export const catalogueTh = {
  // The section form
  'catalogue.requiredLegend': 'ช่องที่มีเครื่องหมาย * ต้องกรอกให้ครบก่อนรับรองข้อมูล บันทึกทีละส่วนได้',
  'catalogue.save': 'บันทึก',
  'catalogue.saveAndNext': 'บันทึกและไปส่วนถัดไป',
  'catalogue.saved': 'บันทึกเรียบร้อยแล้ว',
  'catalogue.fixErrors': 'กรุณาแก้ไขข้อมูลที่ไม่ถูกต้อง {count} รายการ',
  // The fields
  'catalogue.yes': 'มี',
  'catalogue.no': 'ไม่มี',
  'catalogue.choose': '— เลือก —',
  'catalogue.clearChoice': 'ล้างคำตอบ',
  'catalogue.requiredChoice': 'ต้องเลือกอย่างน้อย 1 ข้อก่อนรับรองข้อมูล',
  'catalogue.linked': 'ข้อมูลจากระบบ {system} (แก้ไขไม่ได้)',
  'catalogue.noLinkedValue': 'ยังไม่มีข้อมูลจากระบบต้นทาง',
  'catalogue.notRecorded': 'ยังไม่ได้บันทึก',
  'catalogue.maxIs': '(ไม่เกิน {max})',
  'catalogue.minIs': '(ไม่น้อยกว่า {min})',
  'catalogue.decimalsAre': '(ทศนิยมไม่เกิน {decimals} ตำแหน่ง)',
  // The tabs and the open section's panel
  'catalogue.complete': 'ครบถ้วน',
  'catalogue.incomplete': 'ยังไม่ครบ',
  'catalogue.sectionComplete': 'ข้อมูลที่ต้องกรอกครบถ้วนแล้ว',
  'catalogue.sectionMissing': 'ยังขาดข้อมูลที่ต้องกรอก {count} รายการ',
  'catalogue.savedAt': 'บันทึกล่าสุด {date}',
  'catalogue.noIndicators': 'ไม่มีตัวชี้วัดในส่วนนี้สำหรับปีงบประมาณนี้',
} as const;

export type CatalogueMessageId = keyof typeof catalogueTh;
