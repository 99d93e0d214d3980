import type { AddressInfo } from 'node:net';
import express from 'express';
import { inFlightLimit } from '../../src/limits/inFlight';
import { createLogger } from '../../src/logger';

// A server whose one route holds each request until the test lets it go.
async function serve(limits: { concurrent: number; queued: number; waitMs: number }) {
  const held: (() => void)[] = [];
  let started = 0;
  const app = express();
  app.use(inFlightLimit(limits, createLogger('silent')));
  app.get('/', (_req, res) => {
    started++;
    held.push(() => res.json({ ok: true }));
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const until = async (check: () => boolean) => {
    while (!check()) await new Promise((r) => setTimeout(r, 5));
  };
  return { url, held, started: () => started, until, close: () => new Promise((r) => server.close(r)) };
}

describe('the in-flight request limit', () => {
  it('works on `concurrent` requests at once, starts a waiting one when one ends, and refuses beyond the queue', async () => {
    const s = await serve({ concurrent: 2, queued: 1, waitMs: 5_000 });
    const answers = [fetch(s.url), fetch(s.url), fetch(s.url)];
    await s.until(() => s.started() === 2);
    const refused = await fetch(s.url); // two at work, one waiting: the fourth is refused at once
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect((await refused.json()).errors[0].extensions.code).toBe('SERVICE_OVERLOADED');
    expect(s.started()).toBe(2);
    s.held.shift()!();
    await s.until(() => s.started() === 3); // the waiting one took the freed turn
    s.held.splice(0).forEach((go) => go());
    expect((await Promise.all(answers)).map((r) => r.status)).toEqual([200, 200, 200]);
    await s.close();
  });

  it('answers SERVICE_OVERLOADED to a request that waited longer than waitMs', async () => {
    const s = await serve({ concurrent: 1, queued: 5, waitMs: 100 });
    const first = fetch(s.url);
    await s.until(() => s.started() === 1);
    const waited = await fetch(s.url);
    expect(waited.status).toBe(503);
    s.held.shift()!();
    expect((await first).status).toBe(200);
    const after = fetch(s.url); // the turn given back is free again
    await s.until(() => s.started() === 2);
    s.held.shift()!();
    expect((await after).status).toBe(200);
    await s.close();
  });
});
