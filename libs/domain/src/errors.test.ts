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
