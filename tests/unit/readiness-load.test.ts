import type { AddressInfo } from 'node:net';
import express from 'express';
import { busyReason } from '../../src/health/load';
import { inFlightLimit } from '../../src/limits/inFlight';
import { createLogger } from '../../src/logger';

const idleBodies = { reading: 0, maxReading: 64, heldBytes: 0, memoryBytes: 128 * 1048576 };

describe('readiness from the service’s own bounds', () => {
  it('is not ready while every slot is busy and the oldest waiter is past half its wait; ready again once it drains', async () => {
    const slots = inFlightLimit({ concurrent: 2, queued: 10, waitMs: 400 }, createLogger('silent'));
    const held: (() => void)[] = [];
    const app = express();
    app.use(slots);
    app.get('/', (_req, res) => void held.push(() => res.json({ ok: true })));
    const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const answers = [fetch(url), fetch(url), fetch(url)];
      while (held.length < 2 || slots.load().waiting < 1) await new Promise((r) => setTimeout(r, 5));
      expect(busyReason(slots.load(), idleBodies)).toBeNull(); // busy, but the waiter has just arrived
      await new Promise((r) => setTimeout(r, 250));
      expect(busyReason(slots.load(), idleBodies)).toMatch(/every request slot is busy \(2\/2\); 1 waiting/);
      held.shift()!();
      while (held.length < 2) await new Promise((r) => setTimeout(r, 5));
      expect(busyReason(slots.load(), idleBodies)).toBeNull();
      held.splice(0).forEach((release) => release());
      await Promise.all(answers);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('is not ready when the body bounds are spent', () => {
    const idleSlots = { active: 0, concurrent: 8, waiting: 0, oldestWaitMs: 0, waitMs: 10_000 };
    expect(busyReason(idleSlots, { ...idleBodies, reading: 64 })).toMatch(/64 request bodies are being read/);
    expect(busyReason(idleSlots, { ...idleBodies, heldBytes: 120 * 1048576 })).toMatch(/request bodies hold 120 MB/);
    expect(busyReason(idleSlots, idleBodies)).toBeNull();
  });
});
