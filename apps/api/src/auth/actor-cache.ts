import type { DataSource, EntitySubscriberInterface, InsertEvent, RemoveEvent, TransactionCommitEvent, TransactionRollbackEvent, UpdateEvent } from 'typeorm';
import type { Actor } from './actor';
import { ApiKeyEntity } from './api-key.entity';
import { UserEntity } from './user.entity';

/**
 * How long a resolved caller (an API key by its hash, a user by id and token version) is reused without reading the
 * database again. It is the REVOCATION DELAY across replicas: a key revoked, a password changed, an account
 * suspended or its rights changed through ANOTHER API process is refused here at most this long after. On this
 * process the change evicts the entry at once (the subscriber below), so the next request reads the new row.
 */
export const ACTOR_CACHE_MS = 5_000;
/** Bounded, so a flood of distinct (valid) tokens cannot grow the process: the oldest entries go first. */
const MAX_ENTRIES = 10_000;

interface Entry {
  actor: Actor;
  /** Whose row it came from: the user's or the key's id, for eviction. */
  id: string;
  /** Monotonic ms when the entry stops being trusted. */
  until: number;
  /** An API key's own expiry (ms since epoch): refused from then on even while cached. */
  expiresAt: number | null;
}

/**
 * The per-process cache of resolved callers. A read that started before an eviction of the same id is not stored
 * (`fill`'s ticket), so a lookup racing a revocation's commit never puts the old row back for ACTOR_CACHE_MS.
 */
export class ActorCache {
  private readonly entries = new Map<string, Entry>();
  /** Per id, the eviction count at its last eviction; and the global count, bumped on every eviction. */
  private readonly evictedAt = new Map<string, number>();
  private evictions = 0;

  /** `monotonic` times the entries, `wall` a key's expiry (both injectable for the unit test). */
  constructor(
    private readonly monotonic: () => number = () => performance.now(),
    private readonly wall: () => number = () => Date.now(),
  ) {}

  /** The cached caller under this key, unless stale; `expired` when a cached API key's own expiry has passed. */
  get(key: string): { actor: Actor; expired: boolean } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= this.monotonic()) {
      this.entries.delete(key);
      return undefined;
    }
    return { actor: entry.actor, expired: entry.expiresAt !== null && entry.expiresAt <= this.wall() };
  }

  /** Taken before the database read whose result `fill` stores. */
  ticket(): number {
    return this.evictions;
  }

  fill(ticket: number, key: string, id: string, actor: Actor, expiresAt: Date | null = null): void {
    // Evicted (this id, or everything) since the read began: its row may predate the change.
    if ((this.evictedAt.get(id) ?? -1) >= ticket || (this.evictedAt.get('*') ?? -1) >= ticket) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { actor, id, until: this.monotonic() + ACTOR_CACHE_MS, expiresAt: expiresAt ? expiresAt.getTime() : null });
  }

  /** Forgets every entry of this user or key (null: of everyone). */
  evict(id: string | null): void {
    const mark = this.evictions++;
    this.evictedAt.set(id ?? '*', mark);
    // The marks matter only to reads in flight: when there are too many, one mark for everyone does their work.
    if (this.evictedAt.size > MAX_ENTRIES) {
      this.evictedAt.clear();
      this.evictedAt.set('*', mark);
    }
    if (id === null) return this.entries.clear();
    for (const [key, entry] of this.entries) if (entry.id === id) this.entries.delete(key);
  }
}

const PENDING = Symbol('actor-cache-pending');
type WithPending = { [PENDING]?: Set<string | null> };

/**
 * Evicts a user's or a key's cached caller whenever TypeORM writes its row (accounts: password change or reset,
 * token version, suspension, rights; key revocation), at the write and again when its transaction commits: a
 * lookup between the two would otherwise read, and cache, the row as it was before the commit.
 */
export function evictOnAccountWrites(db: DataSource, cache: ActorCache): void {
  const idOf = (entity: unknown): string | null => {
    const id = (entity as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? id : null;
  };
  const note = (event: { queryRunner: unknown; entity?: unknown; databaseEntity?: unknown }) => {
    const id = idOf(event.entity) ?? idOf(event.databaseEntity);
    cache.evict(id);
    const runner = event.queryRunner as WithPending;
    (runner[PENDING] ??= new Set()).add(id);
  };
  const subscriber: EntitySubscriberInterface = {
    afterInsert: (event: InsertEvent<unknown>) => (isAccount(event.metadata.target) ? note(event) : undefined),
    afterUpdate: (event: UpdateEvent<unknown>) => (isAccount(event.metadata.target) ? note(event) : undefined),
    afterRemove: (event: RemoveEvent<unknown>) => (isAccount(event.metadata.target) ? note({ ...event, entity: event.entity ?? { id: event.entityId } }) : undefined),
    afterTransactionCommit: (event: TransactionCommitEvent) => {
      const runner = event.queryRunner as WithPending;
      const pending = runner[PENDING];
      if (!pending) return;
      delete runner[PENDING];
      for (const id of pending) cache.evict(id);
    },
    afterTransactionRollback: (event: TransactionRollbackEvent) => {
      delete (event.queryRunner as WithPending)[PENDING];
    },
  };
  db.subscribers.push(subscriber);
}

function isAccount(target: unknown): boolean {
  return target === UserEntity || target === ApiKeyEntity;
}
