import type { Actor } from './actor';
import { ACTOR_CACHE_MS, ActorCache } from './actor-cache';

const key = (id: string): Actor => ({ kind: 'apiKey', id, name: id, keyPrefix: 'lao_x', rights: {}, provinceCode: null });

/** The cache's own rules, on a clock the test moves (no waiting). */
describe('ActorCache', () => {
  let clock = 0;
  let wall = 1_000_000;
  const make = () => new ActorCache(() => clock, () => wall);
  beforeEach(() => {
    clock = 0;
    wall = 1_000_000;
  });

  it('answers a caller for ACTOR_CACHE_MS and then reads again', () => {
    const cache = make();
    cache.fill(cache.ticket(), 'k:a', 'a', key('a'));
    clock = ACTOR_CACHE_MS - 1;
    expect(cache.get('k:a')?.actor).toEqual(key('a'));
    clock = ACTOR_CACHE_MS;
    expect(cache.get('k:a')).toBeUndefined();
  });

  it('forgets every entry of an evicted id at once, and only those', () => {
    const cache = make();
    cache.fill(cache.ticket(), 'u:a:1', 'a', key('a'));
    cache.fill(cache.ticket(), 'u:a:2', 'a', key('a'));
    cache.fill(cache.ticket(), 'u:b:1', 'b', key('b'));
    cache.evict('a');
    expect(cache.get('u:a:1')).toBeUndefined();
    expect(cache.get('u:a:2')).toBeUndefined();
    expect(cache.get('u:b:1')).toBeDefined();
    cache.evict(null);
    expect(cache.get('u:b:1')).toBeUndefined();
  });

  it('does not store a row read before an eviction of the same id (a lookup racing a revocation)', () => {
    const cache = make();
    const before = cache.ticket();
    cache.evict('a');
    cache.fill(before, 'k:a', 'a', key('a'));
    expect(cache.get('k:a')).toBeUndefined();
    // Another id's read is not held back; nor a read begun after the eviction.
    cache.fill(before, 'k:b', 'b', key('b'));
    expect(cache.get('k:b')).toBeDefined();
    cache.fill(cache.ticket(), 'k:a', 'a', key('a'));
    expect(cache.get('k:a')).toBeDefined();
  });

  it('does not store any row read before an eviction of everyone', () => {
    const cache = make();
    const before = cache.ticket();
    cache.evict(null);
    cache.fill(before, 'k:a', 'a', key('a'));
    expect(cache.get('k:a')).toBeUndefined();
  });

  it("reports a cached key as expired from its own expiry on, while cached", () => {
    const cache = make();
    cache.fill(cache.ticket(), 'k:a', 'a', key('a'), new Date(wall + 10));
    expect(cache.get('k:a')?.expired).toBe(false);
    wall += 10;
    expect(cache.get('k:a')?.expired).toBe(true);
  });
});
