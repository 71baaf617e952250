import { z } from 'zod';
import { fieldIssues, issueMessage, plainText } from './validation';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a refusal');
  return result.error;
};

describe('plain text', () => {
  it('is trimmed and bounded', () => {
    expect(plainText(6).parse('  สวัสดี  ')).toBe('สวัสดี');
    expect(plainText(6).safeParse('abcdefg').success).toBe(false);
  });

  it.each(['\u0000', '\u0007', '\u001B', '\u007F', 'a\u000Bb'])('refuses the control character in %j', (text) => {
    expect(issuesOf(plainText(100), `ชื่อ${text}`).issues.map((i) => i.message)).toEqual(['input.controlCharacters']);
  });

  it('allows the white space a person types inside a text: tabs and line breaks', () => {
    expect(plainText(100).parse('บรรทัด 1\nบรรทัด 2\tต่อ\r\n')).toBe('บรรทัด 1\nบรรทัด 2\tต่อ');
  });
});

describe('messages for zod issues', () => {
  it('translates our own message keys', () => {
    const error = issuesOf(plainText(100), 'x\u0000');
    expect(fieldIssues(error, 'th')).toEqual([{ path: '', message: 'มีอักขระควบคุมที่ใช้ไม่ได้' }]);
    expect(fieldIssues(error, 'en')).toEqual([{ path: '', message: 'Contains control characters that are not allowed' }]);
  });

  it('says how long a text may be when zod finds it too long', () => {
    const error = issuesOf(z.object({ name: plainText(3) }), { name: 'abcd' });
    expect(fieldIssues(error, 'en')).toEqual([{ path: 'name', message: 'Longer than 3 characters' }]);
    expect(fieldIssues(error, 'th')).toEqual([{ path: 'name', message: 'ยาวเกิน 3 ตัวอักษร' }]);
  });

  it('asks for a value when zod finds a text too short', () => {
    const error = issuesOf(z.string().min(1), '');
    expect(issueMessage(error.issues[0]!, 'en')).toBe('This field is required');
  });

  it('calls a text in the wrong format invalid, not missing', () => {
    expect(issueMessage(issuesOf(z.string().regex(/^\d+$/), 'abc').issues[0]!, 'en')).toBe('Invalid input');
    expect(issueMessage(issuesOf(z.string().uuid(), 'abc').issues[0]!, 'en')).toBe('Invalid input');
  });

  it('falls back to a general message for anything else, numbers and arrays too', () => {
    expect(issueMessage(issuesOf(z.number(), 'x').issues[0]!, 'en')).toBe('Invalid input');
    expect(issueMessage(issuesOf(z.number().max(3), 4).issues[0]!, 'en')).toBe('Invalid input');
    expect(issueMessage(issuesOf(z.array(z.number()).min(1), []).issues[0]!, 'th')).toBe('ข้อมูลไม่ถูกต้อง');
    expect(issueMessage(issuesOf(z.array(z.number()).max(1), [1, 2]).issues[0]!, 'en')).toBe('Invalid input');
  });

  it('joins nested paths with dots', () => {
    const error = issuesOf(z.object({ admins: z.array(z.object({ phone: z.string() })) }), { admins: [{ phone: '1' }, { phone: 2 }] });
    expect(fieldIssues(error, 'en')).toEqual([{ path: 'admins.1.phone', message: 'Invalid input' }]);
  });
});
