/**
 * Thai UI text of the one date field (ui/DateField), the returned-data banner and the deadline of every module's
 * certification panel, and the cycles page's date hints; merged into th.ts.
 */
export const datesTh = {
  'date.timePlaceholder': 'วว/ดด/ปปปป ชช:นน',
  'date.timeHint': 'วัน/เดือน/ปี พ.ศ. และเวลา (24 ชั่วโมง) เช่น 15/06/2570 23:59',
  'date.openCalendar': 'เลือก{label}จากปฏิทิน',
  'date.calendar': 'ปฏิทิน',
  'date.month': 'เดือน',
  'date.year': 'ปี พ.ศ.',
  'date.previousMonth': 'เดือนก่อนหน้า',
  'date.nextMonth': 'เดือนถัดไป',
  'date.today': 'วันนี้',
  'date.clear': 'ล้าง{label}',
  'date.closeCalendar': 'ปิดปฏิทิน',
  'date.notSelectable': 'เลือกไม่ได้',
  'cert.returnedTitle': 'ข้อมูลถูกส่งคืนให้แก้ไข',
  'cert.reopenedTitle': 'ข้อมูลถูกเปิดให้แก้ไขอีกครั้ง',
  'cert.returnedWho': 'ส่งคืนโดย',
  'cert.reopenedWho': 'เปิดให้แก้ไขโดย',
  'cert.returnedWhen': 'เมื่อ',
  'cert.reopenedUntil': 'แก้ไขและรับรองได้ถึง',
  'cert.returnedWhy': 'เหตุผล',
  'cert.returnedNext': 'แก้ไขข้อมูลตามเหตุผลข้างต้น แล้วรับรองข้อมูลอีกครั้ง',
  'cert.deadline': 'กำหนดส่งข้อมูล',
  'cert.deadlineDaysLeft': 'เหลืออีก {days} วัน',
  'cert.deadlineLastDay': 'วันนี้เป็นวันสุดท้าย',
  'cert.deadlinePassed': 'พ้นกำหนดแล้ว',
  'cycles.untilHint': 'วัน/เดือน/ปี พ.ศ. หลังกำหนดส่ง ({deadline}) และไม่ก่อนวันนี้',
} as const;

export type DatesMessageId = keyof typeof datesTh;
