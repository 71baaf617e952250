import type { Request } from 'express';
import { AppError } from '../common/app-error';

/**
 * How many payment lists (and exports) one process builds at once. Each is thousands of rows held three times over
 * (pg's parsed rows, the answer's objects, the serialized JSON). Measured on the demo data (6,780 rows, 32 callers,
 * --max-semi-space-size=8): peak RSS 432 MiB and a statement cut off without it, 369 MiB and no error with 4; one at
 * a time still reached 324 MiB (what remains is V8's heap headroom, not rows held). Four keep both cores busy.
 */
export const PAYMENT_LISTS_AT_ONCE = 4;
/**
 * How long a list waits for its turn before "server busy". Generous: the lists ahead of it would have taken as long
 * running all at once (the cores are the limit either way), so waiting costs no time, only memory not spent. A
 * caller that hangs up leaves the queue at once.
 */
export const PAYMENT_WAIT_MS = 120_000;

type Release = () => void;

/**
 * A counting semaphore whose permit a request holds until its answer has left (not merely until the resolver
 * returns: the answer's objects and its JSON are the larger part of the memory). One permit per request however
 * many lists it asks for (aliases, or an export reading its list), so a request never waits on itself.
 */
export class PaymentBulkhead {
  private free: number;
  private readonly queue: { grant: (release: Release) => void }[] = [];
  private readonly held = new WeakMap<object, Promise<void>>();

  constructor(
    readonly size = PAYMENT_LISTS_AT_ONCE,
    private readonly waitMs = PAYMENT_WAIT_MS,
  ) {
    this.free = size;
  }

  /** Lists being built now (for tests and diagnostics). */
  get inUse(): number {
    return this.size - this.free;
  }

  /**
   * Waits for a permit for `req` and holds it until its response finishes or closes; without a response to watch
   * (a call outside HTTP), runs `work` under a permit released when it settles.
   */
  async run<T>(req: Request | undefined, work: () => Promise<T>): Promise<T> {
    const res = req?.res;
    if (!req || !res) {
      const release = await this.acquire();
      try {
        return await work();
      } finally {
        release();
      }
    }
    let turn = this.held.get(req);
    if (!turn) {
      turn = this.acquire(res).then((release) => {
        if (res.writableFinished || res.destroyed) return release();
        res.once('finish', release);
        res.once('close', release);
      });
      // A refused wait is not held: a later list of the same request tries again.
      turn.catch(() => this.held.delete(req));
      this.held.set(req, turn);
    }
    await turn;
    return work();
  }

  /** A once-only release that hands the permit straight to the next waiter, or frees it. */
  private releaser(): Release {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.queue.shift();
      if (next) next.grant(this.releaser());
      else this.free += 1;
    };
  }

  private acquire(res?: Request['res']): Promise<Release> {
    if (this.free > 0) {
      this.free -= 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise<Release>((resolve, reject) => {
      const waiter = {
        grant: (r: Release) => {
          clearTimeout(timer);
          res?.off('close', leave);
          resolve(r);
        },
      };
      const leave = () => {
        clearTimeout(timer);
        res?.off('close', leave);
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
        reject(new AppError('SERVICE_UNAVAILABLE', 'server.busy'));
      };
      const timer = setTimeout(leave, this.waitMs);
      res?.once('close', leave);
      this.queue.push(waiter);
    });
  }
}

/** The process's one bulkhead for payment lists and exports. */
export const paymentBulkhead = new PaymentBulkhead();
