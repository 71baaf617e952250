import { createHash, randomBytes } from 'node:crypto';

/** A new partner key: `lao_` + 32 random bytes. Only its hash and first characters are stored. */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const key = `lao_${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, 12), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
