import { Permits } from '../../src/db/permits';

describe('Permits, the per-request bound on connections', () => {
  it('lets `size` holders in at once and the rest in arrival order as permits come back', async () => {
    const permits = new Permits(2);
    const order: string[] = [];
    const first = await permits.acquire();
    const second = await permits.acquire();
    const third = permits.acquire().then((release) => (order.push('third'), release));
    const fourth = permits.acquire().then((release) => (order.push('fourth'), release));
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual([]);
    first();
    first(); // giving a permit back twice frees one place, not two
    await third;
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['third']);
    second();
    (await fourth)();
    expect(order).toEqual(['third', 'fourth']);
  });
});
