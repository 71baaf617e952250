import { MESSAGES, type MessageKey, translate } from './errors';
import { BARE_MESSAGES } from './input-messages';
import { fillMessage } from './message-format';
import { issueMessage } from './validation';
import { z } from 'zod';

const KEYS = Object.keys(MESSAGES) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
const WITH_PLACEHOLDERS = KEYS.filter((key) => placeholders(MESSAGES[key].th).length > 0 || placeholders(MESSAGES[key].en).length > 0);

describe('filling message placeholders', () => {
  it('fills every placeholder given, and returns a complete message exactly as written', () => {
    expect(fillMessage('มี {count} อปท.  ({code})', 'th', { count: 3, code: '12' })).toBe('มี 3 อปท.  (12)');
    expect(fillMessage('ปิดวันที่ {deadline}', 'en', { deadline: { th: '30 ก.ย. 2569', en: '30 Sep 2569' } })).toBe('ปิดวันที่ 30 Sep 2569');
  });

  it('uses the bare wording when a parameter is missing', () => {
    expect(fillMessage('ยาวเกิน {maximum} ตัวอักษร', 'th', {}, 'ข้อความยาวเกินกำหนด')).toBe('ข้อความยาวเกินกำหนด');
  });

  it('leaves out a bracketed or quoted group whose placeholder is missing, keeping the groups that are filled', () => {
    expect(fillMessage('ขยะที่เก็บขนได้ ({codes}) ต้องไม่มาก', 'th', {})).toBe('ขยะที่เก็บขนได้ ต้องไม่มาก');
    expect(fillMessage('The site "{name}" is closed', 'en', {})).toBe('The site is closed');
    expect(fillMessage('Too large (cost {cost}) (limit {maximum}); ask less', 'en', { cost: 5 })).toBe('Too large (cost 5); ask less');
  });

  it('drops an unframed placeholder without a bare wording rather than showing it', () => {
    expect(fillMessage('No LAO with code {code}', 'en', {})).toBe('No LAO with code');
  });
});

describe('no message ever shows a raw placeholder', () => {
  it.each(WITH_PLACEHOLDERS.flatMap((key) => (['th', 'en'] as const).map((lang) => [key, lang] as const)))(
    '%s (%s) without its parameters',
    (key, lang) => {
      const text = translate(key, lang);
      expect(text).not.toMatch(/[{}]/);
      expect(text).not.toMatch(/undefined|\s{2}|\(\s*\)/);
      expect(text.length).toBeGreaterThan(5);
    },
  );

  it('every message with placeholders reads whole without them: a bare wording, or only framed placeholders', () => {
    const framedOnly = (text: string) => placeholders(text.replace(/\([^()]*\)|"[^"]*"/g, '')).length === 0;
    const unreadable = WITH_PLACEHOLDERS.filter((key) => !BARE_MESSAGES[key] && !(framedOnly(MESSAGES[key].th) && framedOnly(MESSAGES[key].en)));
    expect(unreadable).toEqual([]);
  });

  it('a bare wording has no placeholders of its own and belongs to a message that has some', () => {
    for (const [key, bare] of Object.entries(BARE_MESSAGES)) {
      expect(WITH_PLACEHOLDERS).toContain(key);
      expect(placeholders(bare.th + bare.en)).toEqual([]);
    }
  });

  it('fills the limit of a zod size check that names our message, so "{maximum}" is never dropped nor shown', () => {
    const tooLong = z.string().max(3, { error: 'input.tooLong' }).safeParse('abcd');
    expect(issueMessage(tooLong.error!.issues[0]!, 'en')).toBe('Longer than 3 characters');
    const outOfRange = z.number().max(9, { error: 'input.outOfRange' }).safeParse(10);
    // A size check gives only its own bound: the message falls back to its bare wording, never "{minimum}".
    expect(issueMessage(outOfRange.error!.issues[0]!, 'th')).toBe('ตัวเลขอยู่นอกช่วงที่รับได้');
  });
});
