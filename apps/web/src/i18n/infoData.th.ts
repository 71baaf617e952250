/**
 * Thai UI text of the data officials take away: INFO's indicator-values export, the printable 8-domain profile and
 * the shared progress bar of long exports; merged into th.ts.
 */
export const infoDataTh = {
  'progress.count': '{done} / {total}',
  'progress.cancel': 'ยกเลิก',
  'progress.cancelled': 'ยกเลิกการส่งออกแล้ว',

  'infoExport.title': 'ส่งออกค่าตัวชี้วัด (Excel)',
  'infoExport.intro': 'เลือกตัวชี้วัดตามด้าน (ไม่เกิน {max} รายการ) แล้วส่งออกค่าของทุก อปท. ในขอบเขตที่แสดง หนึ่งแถวต่อหนึ่ง อปท.',
  'infoExport.chosenInDomain': '(เลือก {count} จาก {total})',
  'infoExport.wholeDomain': 'เลือกทั้งด้าน',
  'infoExport.run': 'ส่งออกค่า {count} ตัวชี้วัด',
  'infoExport.clear': 'ล้างที่เลือก',
  'infoExport.fetching': 'กำลังดึงข้อมูล อปท.',
  'infoExport.file': 'ค่าตัวชี้วัด-INFO-{scope}-{year}',
  'infoExport.sheet': 'ค่าตัวชี้วัด {year}',
  'infoExport.nation': 'ทั้งประเทศ',

  'infoPrint.open': 'พิมพ์',
  'infoPrint.print': 'พิมพ์',
  'infoPrint.back': 'กลับไปหน้าข้อมูล',
  'infoPrint.title': 'ข้อมูลพื้นฐาน อปท. (INFO) ปีงบประมาณ {year}',
  'infoPrint.printedAt': 'พิมพ์เมื่อ {time}',
  'infoPrint.status': 'สถานะ',
  'infoPrint.certification': 'การรับรองข้อมูล',
  'infoPrint.laoCertified': 'อปท. รับรองข้อมูลเมื่อ',
  'infoPrint.provinceCertified': 'จังหวัดรับรองข้อมูลเมื่อ',
  'infoPrint.certifiedBy': 'โดย',
  'infoPrint.notYet': 'ยังไม่รับรอง',
  'infoPrint.signLao': 'ผู้บริหารท้องถิ่น',
  'infoPrint.signProvince': 'ผู้ว่าราชการจังหวัด / ผู้ได้รับมอบหมาย',
  'infoPrint.signature': 'ลงชื่อ',
  'infoPrint.signDate': 'วันที่',
} as const;
