import { AUDIT_ACTION_LABELS, PLATFORM_MODULE_LABELS } from '@lao/domain';
import type { I18n, MessageId } from '../../i18n';
import { th } from '../../i18n/th';
import { DATE_TIME_BE_FORMAT } from '../../ui/excel';
import { auditColumns, type AuditRow } from './exportExcel';

const t: I18n['t'] = (id: MessageId, params = {}) => th[id].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));

const READ: AuditRow = {
  id: '1',
  at: '2026-11-24T09:29:30.000Z',
  actor: 'admin',
  actorLevel: 'DEPARTMENT',
  apiKeyName: null,
  action: 'READ_PERSONAL',
  module: 'REGISTRY',
  laoCode: '6120601',
  subjectType: 'LOCAL_AUTHORITY',
  subjectId: '6120601',
  subjectCount: 1,
  purpose: null,
};

const cellsOf = (row: AuditRow) => auditColumns(t, 'th').map((column) => column.cell(row, 0));

describe('the audit trail workbook', () => {
  it('has the table’s columns, in Thai', () => {
    expect(auditColumns(t, 'th').map((c) => (c.header as { value: string }).value)).toEqual([
      'วันเวลา',
      'ผู้ดำเนินการ',
      'ระดับ / กุญแจ API',
      'การดำเนินการ',
      'ระบบ',
      'อปท.',
      'ประเภทเรื่อง',
      'รหัสเรื่อง',
      'จำนวน',
      'เหตุผล / วัตถุประสงค์',
    ]);
  });

  it('writes a row per entry: the time a real date cell at Bangkok’s clock, shown in the Buddhist Era to the second', () => {
    const [at, ...rest] = cellsOf(READ);
    expect(at).toEqual({ value: new Date('2026-11-24T16:29:30.000Z'), type: Date, format: DATE_TIME_BE_FORMAT });
    expect(DATE_TIME_BE_FORMAT).toBe('dd/mm/bbbb hh:mm:ss');
    expect(rest.map((c) => (c as { value: unknown }).value)).toEqual([
      'admin',
      'ระดับกรม',
      AUDIT_ACTION_LABELS.READ_PERSONAL.th,
      PLATFORM_MODULE_LABELS.REGISTRY.th,
      '6120601',
      'ข้อมูล อปท.',
      '6120601',
      1,
      '',
    ]);
  });

  it('names an API key by its name, and leaves out what an entry does not have', () => {
    const row: AuditRow = { ...READ, actor: 'apikey:lk_ab12', actorLevel: null, apiKeyName: 'สำนักงานสถิติ', action: 'KEY_CREATED', module: null, laoCode: null, subjectType: 'OTHER', subjectId: null, purpose: 'ทดสอบ' };
    const values = cellsOf(row).map((c) => (c && typeof c === 'object' && 'value' in c ? c.value : c));
    expect(values.slice(1)).toEqual(['apikey:lk_ab12', 'กุญแจ API: สำนักงานสถิติ', 'สร้างกุญแจ API', '', '', 'OTHER', '', 1, 'ทดสอบ']);
  });
});
