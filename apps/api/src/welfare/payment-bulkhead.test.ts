import { EventEmitter } from 'node:events';
import type { Request } from 'express';
import { PaymentBulkhead } from './payment-bulkhead';

/** A request whose response can be finished by hand (what express gives a resolver as ctx.req, reduced). */
function request(): { req: Request; finish: () => void; hangUp: () => void } {
  const res = Object.assign(new EventEmitter(), { writableFinished: false, destroyed: false });
  return { req: { res } as unknown as Request, finish: () => res.emit('finish'), hangUp: () => res.emit('close') };
}

/** Lets every pending promise callback run (no timers: the order is the promises', not the clock's). */
const settle = () => new Promise<void>((done) => setImmediate(done));

describe('the payment lists bulkhead', () => {
  it('builds at most its size of lists at once, holding a permit until the answer has left, the next in turn after', async () => {
    const bulkhead = new PaymentBulkhead(2, 60_000);
    const started: number[] = [];
    const requests = [0, 1, 2, 3].map(() => request());
    const runs = requests.map(({ req }, i) => bulkhead.run(req, async () => started.push(i)));
    await settle();
    expect([started, bulkhead.inUse]).toEqual([[0, 1], 2]);
    await Promise.all(runs.slice(0, 2));
    await settle();
    // Their lists are built, but their answers have not left yet: nobody else starts.
    expect(started).toEqual([0, 1]);
    requests[1]!.finish();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    requests[0]!.finish();
    requests[0]!.finish(); // a second event releases nothing more
    await Promise.all(runs);
    expect([started, bulkhead.inUse]).toEqual([[0, 1, 2, 3], 2]);
    requests[2]!.finish();
    requests[3]!.finish();
    expect(bulkhead.inUse).toBe(0);
  });

  it('gives one request one permit however many lists it reads (it never waits on itself)', async () => {
    const bulkhead = new PaymentBulkhead(1, 60_000);
    const { req, finish } = request();
    expect(await bulkhead.run(req, async () => 'a')).toBe('a');
    expect(await bulkhead.run(req, async () => 'b')).toBe('b');
    expect(bulkhead.inUse).toBe(1);
    finish();
    expect(bulkhead.inUse).toBe(0);
  });

  it('answers SERVICE_UNAVAILABLE to a list that waited past its budget, and frees its place in the queue', async () => {
    const bulkhead = new PaymentBulkhead(1, 1);
    const holder = request();
    await bulkhead.run(holder.req, async () => null);
    await expect(bulkhead.run(request().req, async () => null)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    holder.finish();
    expect(bulkhead.inUse).toBe(0);
    expect(await bulkhead.run(undefined, async () => 'after')).toBe('after');
    expect(bulkhead.inUse).toBe(0);
  });

  it('lets a caller who hung up while waiting leave the queue, the next waiter taking the turn', async () => {
    const bulkhead = new PaymentBulkhead(1, 60_000);
    const holder = request();
    await bulkhead.run(holder.req, async () => null);
    const gone = request();
    const left = bulkhead.run(gone.req, async () => 'never');
    const next = bulkhead.run(request().req, async () => 'next');
    gone.hangUp();
    await expect(left).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    holder.finish();
    expect(await next).toBe('next');
  });
});
