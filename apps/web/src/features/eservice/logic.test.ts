import { fitLabel } from './AdoptionChart';
import { insertIndexFor, placeServerIssues, rowFromItem, toAnswerInput, validateRows, type RowValues } from './answers';
import { formatShare } from './format';
import { readReportFilter, writeReportFilter } from './params';

const id = '11111111-1111-4111-8111-111111111111';
const base: RowValues = {
  itemId: id,
  nameTh: 'x',
  nameEn: null,
  group: null,
  custom: false,
  offered: '',
  needed: '',
  steps: [],
  channels: [],
  otherChannels: '',
  users: '',
};

describe('answers', () => {
  it('reads an item’s saved answer into the form and back into the API shape', () => {
    const row = rowFromItem({
      id,
      code: 'S1_01',
      side: 1,
      group: 'S1_CHILD',
      nameTh: 'x',
      nameEn: 'x',
      custom: false,
      offered: true,
      needed: null,
      steps: [4, 1],
      channels: ['LINE', 'OTHER'],
      otherChannels: 'TikTok',
      users: 0,
    });
    expect(row).toMatchObject({ offered: 'yes', needed: '', steps: ['4', '1'], channels: ['LINE', 'OTHER'], otherChannels: 'TikTok', users: '0' });
    expect(toAnswerInput(row)).toEqual({ itemId: id, offered: true, needed: null, steps: [1, 4], channels: ['LINE', 'OTHER'], otherChannels: 'TikTok', users: 0 });
  });

  it('leaves out what the UI disables: users, steps and channels when ไม่มี; the other text without อื่นๆ', () => {
    expect(toAnswerInput({ ...base, offered: 'no', needed: 'no', steps: ['1'], users: '5' })).toEqual({
      itemId: id,
      offered: false,
      needed: false,
      steps: null,
      channels: null,
      otherChannels: null,
      users: null,
    });
    expect(toAnswerInput({ ...base, offered: 'yes', needed: 'yes', channels: ['EMAIL'], otherChannels: 'left over' })).toMatchObject({
      needed: null,
      otherChannels: null,
    });
  });

  it('judges answered rows only, with the domain’s messages per field', () => {
    const rows: RowValues[] = [
      { ...base },
      { ...base, offered: 'yes', steps: ['2'], channels: ['OTHER'], users: '1.5' },
      { ...base, offered: 'no' },
      { ...base, offered: 'no', needed: 'yes' },
    ];
    const { submission, issues } = validateRows(rows);
    expect(issues).toEqual([
      { index: 1, field: 'users', message: 'eservice.badUsers' },
      { index: 1, field: 'otherChannels', message: 'eservice.otherChannelsRequired' },
      { index: 2, field: 'needed', message: 'eservice.neededRequired' },
    ]);
    expect(submission.rowIndexes).toEqual([3]);
    expect(submission.answers).toEqual([{ itemId: id, offered: false, needed: true, steps: null, channels: null, otherChannels: null, users: null }]);
  });

  it('places the server’s answers.N issues on the N-th row sent', () => {
    const { placed, unplaced } = placeServerIssues(
      [
        { path: 'answers.1.channels', message: 'a' },
        { path: 'answers.0.itemId', message: 'b' },
        { path: 'side', message: 'c' },
        { path: 'answers.7.users', message: 'd' },
      ],
      [2, 5],
    );
    expect(placed).toEqual([
      { index: 5, field: 'channels', message: 'a' },
      { index: 2, field: 'offered', message: 'b' },
    ]);
    expect(unplaced).toEqual(['c', 'd']);
  });

  it('puts a new item at the end of its group, and the side’s own items last', () => {
    const rows = [{ group: 'A' }, { group: 'A' }, { group: 'B' }, { group: null }];
    expect(insertIndexFor(rows, 'A', ['A', 'B', 'C'])).toBe(2);
    expect(insertIndexFor(rows, 'B', ['A', 'B', 'C'])).toBe(3);
    expect(insertIndexFor(rows, 'C', ['A', 'B', 'C'])).toBe(3);
    expect(insertIndexFor(rows, null, ['A', 'B', 'C'])).toBe(4);
    expect(insertIndexFor([], null, [])).toBe(0);
  });
});

describe('address bar', () => {
  it('keeps the report’s province and certified-only choice', () => {
    const params = writeReportFilter(new URLSearchParams(), { province: '12', certifiedOnly: true });
    expect(params.toString()).toBe('province=12&certified=1');
    expect(readReportFilter(params)).toEqual({ province: '12', certifiedOnly: true });
    expect(readReportFilter(new URLSearchParams('province=abc'))).toEqual({ province: '', certifiedOnly: false });
  });
});

describe('formats', () => {
  it('writes shares with one decimal', () => {
    expect(formatShare(0.4567)).toBe('45.7%');
    expect(formatShare(1)).toBe('100.0%');
    expect(formatShare(Number.NaN)).toBe('0.0%');
  });

  it('shortens chart labels without counting Thai marks', () => {
    expect(fitLabel('สั้น', 10)).toBe('สั้น');
    const cut = fitLabel('ลงทะเบียนรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด', 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length).toBeLessThanOrEqual(12);
  });
});
