import { eServiceSubmissionColumns } from '../features/eservice/exportExcel';
import { infoSubmissionColumns } from '../features/info/exportExcel';
import type { SubmissionRow } from '../features/certification/exportSubmissions';
import { day, DAY_BE_FORMAT, moment, MOMENT_BE_FORMAT } from './excel';

const t = ((id: string) => id) as never;

describe('dates in workbooks', () => {
  it('writes real date cells in one BE format (Thai Buddhist calendar), Bangkok time, never text', () => {
    // 16:59:59 UTC is 23:59:59 in Bangkok: the cell holds Bangkok's clock.
    expect(moment('2027-06-30T16:59:59Z')).toEqual({ value: new Date('2027-06-30T23:59:59.000Z'), type: Date, format: MOMENT_BE_FORMAT });
    expect(MOMENT_BE_FORMAT).toBe('[$-107041E]d mmm yyyy hh:mm');
    expect(day('2027-06-30')).toEqual({ value: new Date('2027-06-30T00:00:00Z'), type: Date, format: DAY_BE_FORMAT });
    expect(moment(null)).toBeNull();
    expect(day('30/06/2570')).toBeNull();
  });

  it('gives INFO and e-Service the same date cells for the certification times', () => {
    const row = { status: 'PROVINCE_CERTIFIED', laoCertifiedAt: '2027-05-01T03:00:00Z', provinceCertifiedAt: '2027-05-20T03:00:00Z' } as unknown as SubmissionRow;
    // Only the date columns matter here; the others read more of the row (the LAO's names).
    const dateCells = (columns: ReturnType<typeof infoSubmissionColumns>) =>
      columns.flatMap((c) => {
        try {
          const cell = c.cell(row, 0) as { type?: unknown; format?: string } | null;
          return cell?.type === Date ? [cell] : [];
        } catch {
          return [];
        }
      });
    for (const columns of [infoSubmissionColumns(t, 'th'), eServiceSubmissionColumns(t, 'th')]) {
      const dates = dateCells(columns);
      expect(dates.map((d) => d.format)).toEqual([MOMENT_BE_FORMAT, MOMENT_BE_FORMAT]);
    }
  });
});
