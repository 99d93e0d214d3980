import type { Driver } from 'neo4j-driver';
import { DatabaseHealth } from '../../src/db/health';
import { createLogger } from '../../src/logger';

/** A stand-in for the probe driver: answers RETURN 1 at once, or never (a frozen server holds TCP open). */
function probeDriver() {
  const state = { answering: true, probes: 0 };
  const driver = {
    executeQuery: () => {
      state.probes++;
      return state.answering ? Promise.resolve({ records: [] }) : new Promise(() => undefined);
    },
    close: async () => undefined,
  } as unknown as Driver;
  return { driver, state };
}

describe('DatabaseHealth, the probe behind fail-fast and /readyz', () => {
  it('declares the database down after two unanswered probes in a row, failing requests in flight, and up when it answers again', async () => {
    const { driver, state } = probeDriver();
    const health = new DatabaseHealth(driver, undefined, createLogger('silent'), { probeTimeoutMs: 50, recoveryIntervalMs: 20 });
    const changes: boolean[] = [];
    health.onChange((up) => changes.push(up));
    const inFlight = health.downSignal();

    state.answering = false;
    expect(await health.check()).toBe(false);
    expect(health.isDown).toBe(false); // one slow answer is not an outage: a second probe confirms
    await expect(inFlight).rejects.toThrow(/two probes/);
    expect(health.isDown).toBe(true);
    expect(state.probes).toBe(2);

    state.answering = true;
    await new Promise((r) => setTimeout(r, 100));
    expect(health.isDown).toBe(false);
    expect(changes).toEqual([false, true]);
    await health.close();
  });
});
