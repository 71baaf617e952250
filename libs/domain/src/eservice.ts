import { z } from 'zod';
import { laoCodeSchema } from './registry';
import { plainText } from './validation';
import { fiscalYearSchema } from './windows';

/** The e-Service survey (seed 002): six sides, answers per service item. */
export const ESERVICE_SIDES = [1, 2, 3, 4, 5, 6] as const;
export const ESERVICE_CHANNELS = ['WEBSITE', 'FACEBOOK', 'LINE', 'MOBILE_APP', 'EMAIL', 'OTHER'] as const;
export type EServiceChannel = (typeof ESERVICE_CHANNELS)[number];

export const ESERVICE_CHANNEL_LABELS: Record<EServiceChannel, { th: string; en: string }> = {
  WEBSITE: { th: 'เว็บไซต์', en: 'Website' },
  FACEBOOK: { th: 'Facebook', en: 'Facebook' },
  LINE: { th: 'LINE', en: 'LINE' },
  MOBILE_APP: { th: 'แอปพลิเคชันบนมือถือ', en: 'Mobile app' },
  EMAIL: { th: 'อีเมล', en: 'E-mail' },
  OTHER: { th: 'อื่นๆ (ระบุ)', en: 'Other (specify)' },
};

/** The online steps of a service, 1–6, worded as the survey form words them (seed 002). */
export const ESERVICE_STEPS = [1, 2, 3, 4, 5, 6] as const;
export const ESERVICE_STEP_LABELS: Record<number, { th: string; en: string }> = {
  1: { th: 'ยื่นคำขอ', en: 'Submit the request' },
  2: { th: 'ตรวจสอบและพิจารณา', en: 'Check and consider' },
  3: { th: 'อนุมัติ', en: 'Approve' },
  4: { th: 'ชำระเงิน', en: 'Pay' },
  5: { th: 'ออกใบอนุญาต/เอกสารอื่น ๆ', en: 'Issue the licence or other document' },
  6: { th: 'จัดส่งใบอนุญาต/เอกสารอื่น ๆ', en: 'Deliver the licence or other document' },
};

export const MAX_ESERVICE_USERS = 100_000_000;

/**
 * One item's answer, with the consistency rules of the contract: offered ⇒ at least one step and one channel,
 * users ≥ 0 and no "needed"; not offered ⇒ "needed" answered and no steps, channels or users. "Other" channels are
 * named in otherChannels (comma-separated), and only then.
 */
export const eServiceAnswerSchema = z
  .object({
    itemId: z.string().uuid({ error: 'eservice.unknownItem' }),
    offered: z.boolean({ error: 'eservice.offeredRequired' }),
    needed: z.boolean().nullish(),
    steps: z.array(z.number({ error: 'eservice.badSteps' }).int({ error: 'eservice.badSteps' }).min(1, { error: 'eservice.badSteps' }).max(6, { error: 'eservice.badSteps' }), { error: 'eservice.badSteps' }).nullish(),
    channels: z.array(z.enum(ESERVICE_CHANNELS, { error: 'eservice.badChannels' }), { error: 'eservice.badChannels' }).nullish(),
    otherChannels: plainText(300).nullish(),
    users: z.number({ error: 'eservice.badUsers' }).int({ error: 'eservice.badUsers' }).min(0, { error: 'eservice.badUsers' }).max(MAX_ESERVICE_USERS, { error: 'eservice.badUsers' }).nullish(),
  })
  .superRefine((a, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const steps = a.steps ?? [];
    const channels = a.channels ?? [];
    if (new Set(steps).size !== steps.length) issue('steps', 'eservice.badSteps');
    if (new Set(channels).size !== channels.length) issue('channels', 'eservice.badChannels');
    if (a.offered) {
      if (steps.length === 0) issue('steps', 'eservice.stepsRequired');
      if (channels.length === 0) issue('channels', 'eservice.channelsRequired');
      if (a.users === null || a.users === undefined) issue('users', 'eservice.usersRequired');
      if (a.needed !== null && a.needed !== undefined) issue('needed', 'eservice.neededOnlyWhenNotOffered');
    } else {
      if (a.needed === null || a.needed === undefined) issue('needed', 'eservice.neededRequired');
      if (steps.length > 0) issue('steps', 'eservice.onlyWhenOffered');
      if (channels.length > 0) issue('channels', 'eservice.onlyWhenOffered');
      if (a.users !== null && a.users !== undefined) issue('users', 'eservice.onlyWhenOffered');
    }
    const other = (a.otherChannels ?? '').trim();
    if (channels.includes('OTHER') && other === '') issue('otherChannels', 'eservice.otherChannelsRequired');
    if (!channels.includes('OTHER') && other !== '') issue('otherChannels', 'eservice.otherChannelsOnlyWithOther');
  })
  .transform((a) => ({
    itemId: a.itemId,
    offered: a.offered,
    needed: a.offered ? null : (a.needed ?? null),
    steps: a.offered ? [...(a.steps ?? [])].sort((x, y) => x - y) : null,
    channels: a.offered ? ESERVICE_CHANNELS.filter((c) => a.channels?.includes(c)) : null,
    otherChannels: a.offered && a.channels?.includes('OTHER') ? (a.otherChannels ?? '').split(',').map((s) => s.trim()).filter(Boolean).join(', ') : null,
    users: a.offered ? (a.users ?? null) : null,
  }));
export type EServiceAnswerInput = z.input<typeof eServiceAnswerSchema>;
export type EServiceAnswer = z.output<typeof eServiceAnswerSchema>;

const fiscalYear = fiscalYearSchema;

export const saveEServiceSideSchema = z.object({
  laoCode: laoCodeSchema,
  fiscalYear,
  side: z.number().int().min(1, { error: 'eservice.badSide' }).max(6, { error: 'eservice.badSide' }),
  answers: z
    .array(eServiceAnswerSchema)
    .max(500)
    .superRefine((answers, ctx) => {
      // One answer per item and save: two answers to one item would leave which one is kept to the database.
      const seen = new Set<string>();
      answers.forEach((answer, index) => {
        if (seen.has(answer.itemId)) ctx.addIssue({ code: 'custom', path: [index, 'itemId'], message: 'eservice.duplicateItem' });
        seen.add(answer.itemId);
      });
    }),
});

export const addEServiceItemSchema = z.object({
  laoCode: laoCodeSchema,
  fiscalYear,
  side: z.number().int().min(1, { error: 'eservice.badSide' }).max(6, { error: 'eservice.badSide' }),
  group: z.string().max(40).nullish(),
  nameTh: plainText(300).min(1, { error: 'eservice.nameRequired' }),
});
