import { eServiceAnswerSchema } from './eservice';

const id = '7a0c4a0e-2f59-4e5b-9b3c-2b8f3d7f1a11';
const offered = { itemId: id, offered: true, steps: [1, 2], channels: ['LINE'], users: 120 };
const notOffered = { itemId: id, offered: false, needed: true };

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
    ['step 7', { ...offered, steps: [7] }, 'steps.0', undefined],
    ['a step twice', { ...offered, steps: [1, 1] }, 'steps', 'eservice.badSteps'],
    ['a channel twice', { ...offered, channels: ['LINE', 'LINE'] }, 'channels', 'eservice.badChannels'],
    ['an unknown channel', { ...offered, channels: ['TIKTOK'] }, 'channels.0', undefined],
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
    expect(issue).toBeDefined();
    if (message) expect(issue!.message).toBe(message);
  });

  it('normalises what it keeps: sorted steps, channels in catalogue order, tidy other channels', () => {
    const parsed = eServiceAnswerSchema.parse({ ...offered, steps: [3, 1], channels: ['OTHER', 'LINE', 'WEBSITE'], otherChannels: ' Traffy Fondue ,, QR ' });
    expect(parsed).toEqual({ itemId: id, offered: true, needed: null, steps: [1, 3], channels: ['WEBSITE', 'LINE', 'OTHER'], otherChannels: 'Traffy Fondue, QR', users: 120 });
  });
});
