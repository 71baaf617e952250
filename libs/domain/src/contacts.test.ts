import { updateLocalAuthorityContactsSchema } from './contacts';
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
