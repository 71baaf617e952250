import { langFromAcceptLanguage, translate } from './errors';

describe('messages', () => {
  it('prefers Thai unless English ranks higher', () => {
    expect(langFromAcceptLanguage(undefined)).toBe('th');
    expect(langFromAcceptLanguage('en')).toBe('en');
    expect(langFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(langFromAcceptLanguage('th-TH,th;q=0.9,en;q=0.8')).toBe('th');
    expect(langFromAcceptLanguage('fr, en;q=0.5, th;q=0.7')).toBe('th');
  });

  it('fills parameters', () => {
    expect(translate('input.pageTooLarge', 'en', { maximum: 500 })).toBe('At most 500 items can be requested at once');
  });
});

describe('reading Accept-Language', () => {
  it.each([
    ['en-GB', 'en'],
    ['EN-us', 'en'],
    ['th-TH', 'th'],
    ['', 'th'],
    [null, 'th'],
    ['fr-FR, de', 'th'],
    ['de, en;q=0.8', 'en'],
    ['de-TH, en;q=0.5', 'en'],
    ['th;q=0.5, en', 'en'],
    ['th;q=0.5,  en;q=0.6', 'en'],
    ['th; q=0.3, en; q=0.4', 'en'],
    ['en;level=1;q=0.4, th;q=0.3', 'en'],
    ['en;q=abc, th;q=0.1', 'th'],
  ])('%j → %s', (header, lang) => {
    expect(langFromAcceptLanguage(header)).toBe(lang);
  });
});

describe('filling placeholders', () => {
  it('fills every placeholder, per language where the value reads differently', () => {
    const deadline = { th: '30 ก.ย. 2569', en: '30 Sep 2569' };
    expect(translate('window.closed', 'th', { fiscalYear: 2569, deadline })).toBe(
      'พ้นกำหนดการบันทึกและรับรองข้อมูลปีงบประมาณ 2569 แล้ว (ภายในวันที่ 30 ก.ย. 2569)',
    );
    expect(translate('window.closed', 'en', { fiscalYear: 2569, deadline })).toBe('Recording and certifying for fiscal year 2569 closed on 30 Sep 2569');
  });

  it('never shows a placeholder without a value, nor "undefined" (message-format.test.ts has the rule)', () => {
    expect(translate('input.tooLong', 'en')).toBe('The text is too long');
    expect(translate('query.tooCostly', 'en', { cost: 1200 })).toBe('The query is too large; ask for fewer items at once');
  });

  it('fills a zero', () => {
    expect(translate('auth.rateLimited', 'en', { seconds: 0 })).toBe('Too many login attempts, please wait 0 seconds and try again');
  });
});
