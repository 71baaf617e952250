import { addEServiceItemSchema, eServiceAnswerSchema, MAX_ESERVICE_USERS, saveEServiceSideSchema } from './eservice';

const id = '7a0c4a0e-2f59-4e5b-9b3c-2b8f3d7f1a11';
const offered = { itemId: id, offered: true, steps: [1, 2], channels: ['LINE'], users: 120 };
const notOffered = { itemId: id, offered: false, needed: true };
/** `count` answers to as many different items. */
const answersFor = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ ...offered, itemId: `7a0c4a0e-2f59-4e5b-9b3c-${String(i).padStart(12, '0')}` }));

/** The contract's consistency rules, one row each: what is refused, on which field, with which message. */
describe('eServiceAnswerSchema', () => {
  it.each([
    ['offered with steps, channels and users', offered],
    ['offered with zero users', { ...offered, users: 0 }],
    ['offered through other channels, named', { ...offered, channels: ['OTHER', 'WEBSITE'], otherChannels: 'Traffy Fondue, QR Code' }],
    ['not offered, needed', notOffered],
    ['not offered, not needed', { ...notOffered, needed: false }],
  ])('accepts %s', (_case, answer) => {
    expect(eServiceAnswerSchema.safeParse(answer).success).toBe(true);
  });

  it.each([
    ['offered without steps', { ...offered, steps: [] }, 'steps', 'eservice.stepsRequired'],
    ['offered without channels', { ...offered, channels: null }, 'channels', 'eservice.channelsRequired'],
    ['offered without users', { ...offered, users: null }, 'users', 'eservice.usersRequired'],
    ['offered and "needed"', { ...offered, needed: true }, 'needed', 'eservice.neededOnlyWhenNotOffered'],
    ['negative users', { ...offered, users: -3 }, 'users', 'eservice.badUsers'],
    ['fractional users', { ...offered, users: 2.5 }, 'users', 'eservice.badUsers'],
    ['step 7', { ...offered, steps: [7] }, 'steps.0', 'eservice.badSteps'],
    ['a step twice', { ...offered, steps: [1, 1] }, 'steps', 'eservice.badSteps'],
    ['a channel twice', { ...offered, channels: ['LINE', 'LINE'] }, 'channels', 'eservice.badChannels'],
    ['an unknown channel', { ...offered, channels: ['TIKTOK'] }, 'channels.0', 'eservice.badChannels'],
    ['OTHER without naming it', { ...offered, channels: ['OTHER'] }, 'otherChannels', 'eservice.otherChannelsRequired'],
    ['other channels without OTHER', { ...offered, otherChannels: 'Traffy' }, 'otherChannels', 'eservice.otherChannelsOnlyWithOther'],
    ['not offered without "needed"', { itemId: id, offered: false }, 'needed', 'eservice.neededRequired'],
    ['not offered with steps', { ...notOffered, steps: [1] }, 'steps', 'eservice.onlyWhenOffered'],
    ['not offered with channels', { ...notOffered, channels: ['LINE'] }, 'channels', 'eservice.onlyWhenOffered'],
    ['not offered with users', { ...notOffered, users: 4 }, 'users', 'eservice.onlyWhenOffered'],
    ['no "offered" at all', { itemId: id, needed: true }, 'offered', 'eservice.offeredRequired'],
  ])('refuses %s', (_case, answer, path, message) => {
    const result = eServiceAnswerSchema.safeParse(answer);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === path);
    expect(issue?.message).toBe(message);
  });

  it('normalises what it keeps: sorted steps, channels in catalogue order, tidy other channels', () => {
    const parsed = eServiceAnswerSchema.parse({ ...offered, steps: [3, 1], channels: ['OTHER', 'LINE', 'WEBSITE'], otherChannels: ' Traffy Fondue ,, QR ' });
    expect(parsed).toEqual({ itemId: id, offered: true, needed: null, steps: [1, 3], channels: ['WEBSITE', 'LINE', 'OTHER'], otherChannels: 'Traffy Fondue, QR', users: 120 });
  });
});

describe('eServiceAnswerSchema: the message of each malformed field', () => {
  const messages = (answer: object, path: string) =>
    (eServiceAnswerSchema.safeParse(answer).error?.issues ?? []).filter((i) => i.path.join('.') === path).map((i) => i.message);

  it.each([
    ['an item id that is not a UUID', { ...offered, itemId: 'item-1' }, 'itemId', 'eservice.unknownItem'],
    ['steps that are not a list', { ...offered, steps: '1,2' }, 'steps', 'eservice.badSteps'],
    ['channels that are not a list', { ...offered, channels: 'LINE' }, 'channels', 'eservice.badChannels'],
    ['users that are not a number', { ...offered, users: '120' }, 'users', 'eservice.badUsers'],
    ['fractional users', { ...offered, users: 2.5 }, 'users', 'eservice.badUsers'],
    ['negative users', { ...offered, users: -1 }, 'users', 'eservice.badUsers'],
    ['more users than the survey allows', { ...offered, users: MAX_ESERVICE_USERS + 1 }, 'users', 'eservice.badUsers'],
  ])('%s', (_case, answer, path, message) => {
    expect(messages(answer, path)).toEqual([message]);
  });

  it('takes the largest number of users', () => {
    expect(eServiceAnswerSchema.safeParse({ ...offered, users: MAX_ESERVICE_USERS }).success).toBe(true);
  });

  it('raises the consistency rules as custom issues on their field', () => {
    expect(eServiceAnswerSchema.safeParse({ ...offered, steps: [] }).error?.issues).toEqual([
      expect.objectContaining({ code: 'custom', path: ['steps'], message: 'eservice.stepsRequired' }),
    ]);
  });
});

describe('eServiceAnswerSchema: absent and null are the same', () => {
  it.each([
    ['offered, "needed" null', { ...offered, needed: null }, true],
    ['offered, users absent', { itemId: id, offered: true, steps: [1], channels: ['LINE'] }, false],
    ['not offered, "needed" null', { ...notOffered, needed: null }, false],
    ['not offered, steps, channels and users null', { ...notOffered, steps: null, channels: null, users: null, otherChannels: null }, true],
    ['not offered, other channels blank', { ...notOffered, otherChannels: '  ' }, true],
  ])('%s', (_case, answer, ok) => {
    expect(eServiceAnswerSchema.safeParse(answer).success).toBe(ok);
  });
});

describe('eServiceAnswerSchema: what it keeps', () => {
  it('keeps "needed" and nothing else for a service not offered', () => {
    expect(eServiceAnswerSchema.parse(notOffered)).toEqual({ itemId: id, offered: false, needed: true, steps: null, channels: null, otherChannels: null, users: null });
    expect(eServiceAnswerSchema.parse({ ...notOffered, needed: false }).needed).toBe(false);
  });

  it('keeps no other channels unless OTHER is chosen', () => {
    expect(eServiceAnswerSchema.parse(offered)).toEqual({ itemId: id, offered: true, needed: null, steps: [1, 2], channels: ['LINE'], otherChannels: null, users: 120 });
  });

  it('sorts steps as numbers', () => {
    expect(eServiceAnswerSchema.parse({ ...offered, steps: [6, 2, 4] }).steps).toEqual([2, 4, 6]);
  });
});

describe('saving a side and adding an item', () => {
  const side = { laoCode: '5100101', fiscalYear: 2569, side: 1, answers: [offered] };
  const item = { laoCode: '5100101', fiscalYear: 2569, side: 6, nameTh: 'ขออนุญาตก่อสร้างอาคาร' };
  const messages = (schema: typeof saveEServiceSideSchema | typeof addEServiceItemSchema, input: object) =>
    schema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('saves the answers of one side of one fiscal year', () => {
    expect(saveEServiceSideSchema.parse(side)).toEqual({ ...side, answers: [eServiceAnswerSchema.parse(offered)] });
    expect(messages(saveEServiceSideSchema, { ...side, answers: [] })).toEqual([]);
    expect(messages(saveEServiceSideSchema, { ...side, answers: answersFor(500) })).toEqual([]);
    expect(saveEServiceSideSchema.safeParse({ ...side, answers: answersFor(501) }).success).toBe(false);
  });

  it('refuses two answers to one item in one save, naming the repeated one', () => {
    const [first, second] = answersFor(2);
    expect(messages(saveEServiceSideSchema, { ...side, answers: [first, second, { ...notOffered, itemId: first!.itemId }] })).toEqual([
      'answers.2.itemId: eservice.duplicateItem',
    ]);
  });

  it.each([
    [{ side: 0 }, 'side: eservice.badSide'],
    [{ side: 7 }, 'side: eservice.badSide'],
    [{ fiscalYear: 2539 }, 'fiscalYear: input.fiscalYear'],
    [{ fiscalYear: 2701 }, 'fiscalYear: input.fiscalYear'],
    [{ laoCode: '510' }, 'laoCode: input.laoCode'],
  ])('refuses a side with %j', (change, refusal) => {
    expect(messages(saveEServiceSideSchema, { ...side, ...change })).toEqual([refusal]);
  });

  it('takes sides 1 to 6 and fiscal years 2540 to 2700', () => {
    for (const change of [{ side: 1 }, { side: 6 }, { fiscalYear: 2540 }, { fiscalYear: 2700 }]) {
      expect(messages(saveEServiceSideSchema, { ...side, ...change })).toEqual([]);
      expect(messages(addEServiceItemSchema, { ...item, ...change })).toEqual([]);
    }
  });

  it('adds a named item, in a group of at most 40 characters', () => {
    expect(addEServiceItemSchema.parse({ ...item, nameTh: '  ขออนุญาตก่อสร้างอาคาร ', group: 'ก'.repeat(40) })).toEqual({ ...item, group: 'ก'.repeat(40) });
    expect(messages(addEServiceItemSchema, { ...item, group: null })).toEqual([]);
    expect(addEServiceItemSchema.safeParse({ ...item, group: 'ก'.repeat(41) }).success).toBe(false);
    expect(addEServiceItemSchema.safeParse({ ...item, nameTh: 'ก'.repeat(301) }).success).toBe(false);
  });

  it.each([
    [{ nameTh: '  ' }, 'nameTh: eservice.nameRequired'],
    [{ side: 0 }, 'side: eservice.badSide'],
    [{ side: 7 }, 'side: eservice.badSide'],
    [{ fiscalYear: 2539 }, 'fiscalYear: input.fiscalYear'],
    [{ laoCode: '510' }, 'laoCode: input.laoCode'],
  ])('refuses an item with %j', (change, refusal) => {
    expect(messages(addEServiceItemSchema, { ...item, ...change })).toEqual([refusal]);
  });
});
