import { VersionBarrier } from '../../src/db/readCache';

/** A version check the test finishes by hand, counting how many were started. */
function controlledChecks() {
  const pending: ((version: string) => void)[] = [];
  const barrier = new VersionBarrier(() => new Promise<string | null>((resolve) => pending.push(resolve)));
  return { barrier, pending };
}

describe('VersionBarrier (the read cache\'s version checks)', () => {
  it('shares one check between callers that arrive together', async () => {
    const { barrier, pending } = controlledChecks();
    const a = barrier.after();
    const b = barrier.after();
    expect(pending).toHaveLength(1);
    pending[0]('v1');
    // b arrived while a's check was in flight, so it waits for the next one rather than take v1.
    expect(await a).toBe('v1');
    await new Promise((r) => setImmediate(r));
    expect(pending).toHaveLength(2);
    pending[1]('v2');
    expect(await b).toBe('v2');
  });

  it('never answers a caller with a check that began before it arrived', async () => {
    const { barrier, pending } = controlledChecks();
    const early = barrier.after();
    const late = [barrier.after(), barrier.after(), barrier.after()];
    pending[0]('before-write');
    await early;
    await new Promise((r) => setImmediate(r));
    expect(pending).toHaveLength(2); // the three late callers share one new check
    pending[1]('after-write');
    expect(await Promise.all(late)).toEqual(['after-write', 'after-write', 'after-write']);
  });

  it('starts afresh after a failed check', async () => {
    let calls = 0;
    const barrier = new VersionBarrier(async () => {
      calls++;
      if (calls === 1) throw new Error('database unavailable');
      return 'v2';
    });
    await expect(barrier.after()).rejects.toThrow('database unavailable');
    expect(await barrier.after()).toBe('v2');
  });
});
