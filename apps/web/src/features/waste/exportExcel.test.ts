import type { SubmissionRow } from '../certification/exportSubmissions';
import { MOMENT_BE_FORMAT } from '../../ui/excel';
import { wasteSubmissionColumns } from './exportExcel';

const t = ((id: string) => id) as never;

describe('the Waste province sheet', () => {
  it('writes both certification times as real date cells (Bangkok time, BE format), like INFO and e-Service', () => {
    const row = {
      laoCode: '5120101',
      fiscalYear: 2570,
      status: 'PROVINCE_CERTIFIED',
      complete: true,
      laoCertifiedAt: '2027-05-01T03:00:00Z',
      provinceCertifiedAt: null,
      localAuthority: { nameTh: 'อบต.ทดสอบ', nameEn: 'Test', type: 'SAO', district: null, province: { nameTh: 'นนทบุรี', nameEn: 'Nonthaburi' } },
    } as unknown as SubmissionRow;
    const columns = wasteSubmissionColumns(t, 'th');
    const [certified, provinceCertified] = columns.slice(-2).map((c) => c.cell(row, 0));
    expect(certified).toEqual({ value: new Date('2027-05-01T10:00:00Z'), type: Date, format: MOMENT_BE_FORMAT });
    // No time yet is an empty cell, not an empty text.
    expect(provinceCertified).toBeNull();
  });
});
