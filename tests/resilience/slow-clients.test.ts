import net from 'node:net';
import { slowBodyClient } from '../../bench/abuse';
import { startProductionApi, type ProductionApi } from '../support/production';

// What ships (the production build under its primary), with short read deadlines so the test is quick.
const BODY_READ_TIMEOUT_MS = 3_000;
const HEADERS_TIMEOUT_MS = 2_000;
const MAX_BODIES_READING = 12;
let api: ProductionApi;
beforeAll(async () => {
  api = await startProductionApi({
    BODY_READ_TIMEOUT_MS: String(BODY_READ_TIMEOUT_MS),
    HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
    MAX_BODIES_READING: String(MAX_BODIES_READING),
  });
  await api.gql('{ plans { id } }'); // the first request pays for connections and compiling
}, 120_000);
afterAll(async () => {
  await api?.close();
});

const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
};
const readyz = async () => {
  const res = await fetch(`${api.url}/readyz`);
  return { status: res.status, body: (await res.json()) as { status: string; reason?: string } };
};
const CHEAP = '{ plans { id } }';

describe('slow clients hold no slot', () => {
  it('8 clients sending a 100 KB body at 1 byte/s: others are served fast, /readyz stays ready, the slow ones get 408 REQUEST_TIMEOUT', async () => {
    const slow = Array.from({ length: 8 }, () => slowBodyClient(api.url, 100 * 1024, 1_000, 30_000));
    await new Promise((r) => setTimeout(r, 300)); // all eight are reading
    const served: number[] = [];
    for (let i = 0; i < 10; i++) {
      const answer = await timed(() => api.gql(CHEAP));
      expect(answer.value.status).toBe(200);
      served.push(answer.ms);
    }
    // 8 slots, all free: the slow senders hold body-reading permits, not slots.
    const burst = await timed(() => Promise.all(Array.from({ length: 8 }, () => api.gql(CHEAP))));
    expect(burst.value.every((a) => a.status === 200)).toBe(true);
    expect((await readyz()).status).toBe(200);
    const answers = await Promise.all(slow);
    for (const a of answers) {
      expect({ status: a.status, code: a.code }).toEqual({ status: 408, code: 'REQUEST_TIMEOUT' });
      expect(a.ms).toBeGreaterThanOrEqual(BODY_READ_TIMEOUT_MS - 100);
      expect(a.ms).toBeLessThan(BODY_READ_TIMEOUT_MS + 3_000);
    }
    expect(Math.max(...served)).toBeLessThan(1_000);
    expect(burst.ms).toBeLessThan(2_000);
    console.log(`8 slow senders: cheap queries meanwhile took at most ${Math.max(...served).toFixed(0)} ms (8 at once: ${burst.ms.toFixed(0)} ms); the senders got 408 after ${Math.min(...answers.map((a) => a.ms)).toFixed(0)}–${Math.max(...answers.map((a) => a.ms)).toFixed(0)} ms`);
  }, 60_000);

  it('bounds the bodies read at once: past MAX_BODIES_READING a body is refused 503 at once, /readyz says why, and both recover', async () => {
    const slow = Array.from({ length: MAX_BODIES_READING }, () => slowBodyClient(api.url, 100 * 1024, 1_000, 30_000));
    await new Promise((r) => setTimeout(r, 500));
    const refused = await timed(() => api.gql(CHEAP));
    expect(refused.value.status).toBe(503);
    expect(refused.value.errors?.[0].extensions?.code).toBe('SERVICE_OVERLOADED');
    expect(refused.ms).toBeLessThan(1_000);
    const notReady = await readyz();
    expect(notReady.status).toBe(503);
    expect(notReady.body.reason).toMatch(/bodies are being read/);
    // GET carries no body: it is still served (and takes a slot like any query).
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent(CHEAP)}`);
    expect(get.status).toBe(200);
    await Promise.all(slow);
    expect((await readyz()).status).toBe(200);
    expect((await api.gql(CHEAP)).status).toBe(200);
  }, 60_000);

  it('headers that trickle in get 408 REQUEST_TIMEOUT after HEADERS_TIMEOUT_MS', async () => {
    const { hostname, port } = new URL(api.url);
    const answer = await new Promise<{ text: string; ms: number }>((resolve) => {
      const started = performance.now();
      const socket = net.connect(Number(port), hostname);
      let text = '';
      let ticker: NodeJS.Timeout | undefined;
      socket.on('connect', () => {
        socket.write(`GET /graphql?query=${encodeURIComponent(CHEAP)} HTTP/1.1\r\nHost: x\r\n`);
        ticker = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n', () => undefined), 300);
      });
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(ticker);
        resolve({ text, ms: performance.now() - started });
      });
    });
    expect(answer.text).toMatch(/^HTTP\/1\.1 408/);
    expect(answer.text).toContain('"code":"REQUEST_TIMEOUT"');
    // Node checks the deadline once a second.
    expect(answer.ms).toBeLessThan(HEADERS_TIMEOUT_MS + 2_500);
  }, 30_000);
});
