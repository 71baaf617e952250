import { certificationReasonSchema } from './certification';
import { infoAdminSchema } from './contacts';
import { isSafeText, safeText } from './safe-text';

const messagesOf = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('the shared text rule', () => {
  it.each([
    ['NUL', '\u0000'],
    ['a bell', '\u0007'],
    ['escape', '\u001B'],
    ['DEL', '\u007F'],
    ['a C1 control (NEL)', '\u0085'],
    ['a C1 control (CSI)', '\u009B'],
    ['the Arabic letter mark', '\u061C'],
    ['a left-to-right mark', '\u200E'],
    ['a right-to-left mark', '\u200F'],
    ['a line separator', '\u2028'],
    ['a left-to-right embedding', '\u202A'],
    ['a right-to-left override', '\u202E'],
    ['a left-to-right isolate', '\u2066'],
    ['a pop directional isolate', '\u2069'],
  ])('refuses %s, in free text and on one line', (_name, character) => {
    expect(isSafeText(`ชื่อ${character}ท้าย`)).toBe(false);
    expect(isSafeText(`ชื่อ${character}ท้าย`, { line: true })).toBe(false);
    expect(messagesOf(safeText(100).safeParse(`ชื่อ${character}ท้าย`))).toEqual(['input.controlCharacters']);
  });

  it('keeps tabs and line breaks in free text, not on one line', () => {
    for (const white of ['\t', '\n', '\r\n']) {
      expect(isSafeText(`บรรทัด 1${white}บรรทัด 2`)).toBe(true);
      expect(isSafeText(`บรรทัด 1${white}บรรทัด 2`, { line: true })).toBe(false);
    }
  });

  it('accepts Thai with its combining marks, emoji, and the characters just outside the refused ranges', () => {
    for (const text of ['องค์การบริหารส่วนตำบลบางพลี', 'ผู้ใหญ่บ้าน 👍', '\u00A0ราคา', '\u2029'.slice(1), '\u202F', '\u2065', '\u206A']) {
      expect(isSafeText(text, { line: true })).toBe(true);
    }
  });
});

describe('names and reasons use it', () => {
  it('refuses a bidirectional override in a return reason, and still trims and bounds it', () => {
    expect(messagesOf(certificationReasonSchema.safeParse('ข้อมูลไม่ครบ\u202E'))).toEqual(['input.controlCharacters']);
    expect(messagesOf(certificationReasonSchema.safeParse('ข้อมูล\u0000'))).toEqual(['input.controlCharacters']);
    expect(certificationReasonSchema.parse('  ข้อมูลไม่ครบ\nกรุณาแก้ไข ')).toBe('ข้อมูลไม่ครบ\nกรุณาแก้ไข');
    expect(messagesOf(certificationReasonSchema.safeParse(' '))).toEqual(['certification.reasonRequired']);
  });

  it('refuses an isolate in an INFO administrator\u2019s name', () => {
    const admin = { name: '\u2067สมชาย ใจดี', position: 'นักวิชาการ', phone: '021234567' };
    expect(messagesOf(infoAdminSchema.safeParse(admin))).toEqual(['input.controlCharacters']);
  });
});
