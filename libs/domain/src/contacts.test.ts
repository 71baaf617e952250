import { contactsFormSchema, infoAdminSchema, updateLocalAuthorityContactsSchema } from './contacts';
import { fieldIssues } from './validation';

const admin = { name: 'นายสมชาย ใจดี', position: 'นักวิชาการคอมพิวเตอร์', phone: '081 234 5678' };

describe('LAO contacts schema', () => {
  it.each([
    ['a plain https website', { website: 'https://www.bangkhen.go.th' }],
    ['an http website with a path', { website: 'http://example.go.th/info' }],
    ['clearing the website', { website: null }],
    ['an empty website', { website: '' }],
    ['two administrators', { infoAdmins: [admin, { ...admin, phone: '02-123-4567 ต่อ 12' }] }],
    ['no administrators', { infoAdmins: [] }],
  ])('accepts %s', (_, input) => {
    expect(updateLocalAuthorityContactsSchema.safeParse({ laoCode: '5100101', ...input }).success).toBe(true);
  });

  it.each([
    ['a website without a scheme', { website: 'www.example.go.th' }, 'website', 'ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย'],
    ['a javascript: website', { website: 'javascript:alert(1)' }, 'website', 'ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย'],
    ['a host without a dot', { website: 'https://localhost' }, 'website', 'ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย'],
    ['three administrators', { infoAdmins: [admin, admin, admin] }, 'infoAdmins', 'ไม่เกิน 2 คน'],
    ['an administrator without a name', { infoAdmins: [{ ...admin, name: '  ' }] }, 'infoAdmins.0.name', 'ชื่อ'],
    ['a short phone', { infoAdmins: [{ ...admin, phone: '1234' }] }, 'infoAdmins.0.phone', 'เบอร์โทรศัพท์'],
    ['a bad LAO code', { laoCode: '12' }, 'laoCode', 'รหัส อปท.'],
  ])('refuses %s with a Thai message on the field', (_, input, path, text) => {
    const result = updateLocalAuthorityContactsSchema.safeParse({ laoCode: '5100101', ...input });
    expect(result.success).toBe(false);
    const issues = fieldIssues(result.error!, 'th');
    expect(issues).toContainEqual({ path, message: expect.stringContaining(text) });
  });

  it('speaks English when asked', () => {
    const result = updateLocalAuthorityContactsSchema.safeParse({ laoCode: '5100101', website: 'ftp://x.y' });
    expect(fieldIssues(result.error!, 'en')[0]?.message).toMatch(/must start with http/);
  });
});

import { laoSearchTerms } from './registry';

describe('registry search terms', () => {
  it('expands the abbreviations officials type', () => {
    expect(laoSearchTerms('อบต.บางพลี')).toEqual(['องค์การบริหารส่วนตำบลบางพลี']);
    expect(laoSearchTerms(' ทต. บางพลี ')).toEqual(['เทศบาลตำบล', 'บางพลี']);
    expect(laoSearchTerms('Bang Phli')).toEqual(['Bang', 'Phli']);
  });
});

describe('websites', () => {
  const website = (value: string) => updateLocalAuthorityContactsSchema.safeParse({ laoCode: '5100101', website: value });

  it('keeps the address trimmed', () => {
    expect(website('  https://www.bangphli.go.th  ').data?.website).toBe('https://www.bangphli.go.th');
    expect(website('HTTPS://WWW.BANGPHLI.GO.TH').success).toBe(true);
  });

  it.each([
    ['another scheme with an http address in its path', 'ftp://files.example.go.th/https://x'],
    ['a host starting with a dot', 'https://.example.go.th'],
    ['a host ending with a dot', 'https://example.go.th.'],
    ['a scheme and nothing else', 'http://'],
  ])('refuses %s', (_, value) => {
    expect(website(value).error?.issues.map((i) => i.message)).toEqual(['contacts.websiteInvalid']);
  });

  it('takes at most 255 characters', () => {
    const address = (length: number) => `https://example.go.th/${'a'.repeat(length - 'https://example.go.th/'.length)}`;
    expect(website(address(255)).success).toBe(true);
    expect(website(address(256)).error?.issues.map((i) => i.code)).toEqual(['too_big']);
  });
});

describe('INFO administrators\' phones', () => {
  const phone = (value: string) => infoAdminSchema.safeParse({ ...admin, phone: value });

  it('keeps the number as typed, trimmed', () => {
    expect(phone('  02-123-4567 ต่อ 12  ').data?.phone).toBe('02-123-4567 ต่อ 12');
  });

  it.each(['021234567', '0812345678', '02 123 4567', '02-123-4567', '021234567ต่อ12', '02 123 4567 ext 12', '02 123 4567 ext. 12', '081 234 5678 ต่อ12', '02 123 4567 x12', '02 123 4567 X 12345'])(
    'accepts %s',
    (value) => {
      expect(phone(value).success).toBe(true);
    },
  );

  it.each(['10812345678', '08123456789', '02123456', '1234', '02 123 4567 ต่อ ab', '02 123 4567 ต่อ 123456', '02 123 4567 ต่อ a12', '02 123 4567 ต่อ', 'โทร 02 123 4567', `02 123 4567 ต่อ 1${' '.repeat(30)}2`])(
    'refuses %s',
    (value) => {
      expect(phone(value).error?.issues.map((i) => i.message)).toContain('contacts.phoneInvalid');
    },
  );

  it('needs a name and a position', () => {
    expect(infoAdminSchema.safeParse({ ...admin, position: ' ' }).error?.issues.map((i) => i.message)).toEqual(['contacts.positionRequired']);
    expect(infoAdminSchema.safeParse({ ...admin, name: '' }).error?.issues.map((i) => i.message)).toEqual(['contacts.nameRequired']);
  });
});

describe('the contacts form', () => {
  it('takes every field, with at most two administrators', () => {
    expect(contactsFormSchema.parse({ website: '', infoAdmins: [admin] })).toEqual({ website: '', infoAdmins: [admin] });
    expect(contactsFormSchema.safeParse({ website: 'https://a.go.th', infoAdmins: [admin, admin] }).success).toBe(true);
    expect(contactsFormSchema.safeParse({ website: 'https://a.go.th', infoAdmins: [admin, admin, admin] }).error?.issues.map((i) => i.message)).toEqual([
      'contacts.tooManyAdmins',
    ]);
    expect(contactsFormSchema.safeParse({ infoAdmins: [] }).success).toBe(false);
  });
});
