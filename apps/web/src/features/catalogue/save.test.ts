import { issueIndicator, placeIssues } from './save';

const SENT = [
  { indicatorCode: 'WC01', value: 1200 },
  { indicatorCode: 'WC02', value: 1300 },
  { indicatorCode: 'WC05', value: ['BIN'] },
];

describe('the server’s field issues on a section form', () => {
  it('finds the indicator by its place in the list sent, or by its code', () => {
    expect(issueIndicator('values.1.value', SENT)).toBe('WC02');
    expect(issueIndicator('values.2.value.0', SENT)).toBe('WC05'); // an option of a multiple choice
    expect(issueIndicator('values.0.indicatorCode', SENT)).toBe('WC01');
    expect(issueIndicator('WC02', SENT)).toBe('WC02');
    expect(issueIndicator('values.WC01', SENT)).toBe('WC01');
    expect(issueIndicator('values.7.value', SENT)).toBeUndefined();
    expect(issueIndicator('section', SENT)).toBeUndefined();
  });

  it('keeps the messages that name no field, once each, for the alert', () => {
    expect(
      placeIssues(
        [
          { path: 'values.1.value', message: 'เก็บขนได้ต้องไม่เกินที่เกิดขึ้น' },
          { path: 'WC01', message: 'เก็บขนได้ต้องไม่เกินที่เกิดขึ้น' },
          { path: 'section', message: 'ไม่พบส่วนนี้' },
          { path: '', message: 'ไม่พบส่วนนี้' },
        ],
        SENT,
      ),
    ).toEqual({
      placed: [
        { code: 'WC02', message: 'เก็บขนได้ต้องไม่เกินที่เกิดขึ้น' },
        { code: 'WC01', message: 'เก็บขนได้ต้องไม่เกินที่เกิดขึ้น' },
      ],
      unplaced: ['ไม่พบส่วนนี้'],
    });
  });
});
