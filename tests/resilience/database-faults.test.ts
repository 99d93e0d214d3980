import { isAlive, startProductionApi, type ProductionApi } from '../support/production';

// The service as `npm start` runs it on a fresh machine: the production build with NODE_ENV=production, its primary
// keeping its own embedded Neo4j (a temp data directory) and the API worker in front of it.
let api: ProductionApi;
let url = '';

beforeAll(async () => {
  api = await startProductionApi({ LOG_LEVEL: 'info' }, 600_000, { embedded: true });
  url = api.url;
}, 600_000);

afterAll(async () => {
  const pid = api?.neo4jPid();
  if (pid && isAlive(pid)) process.kill(pid, 'SIGCONT'); // never leave a stopped JVM behind, whatever failed
  await api?.close();
}, 60_000);

const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
};
const readyz = () => timed(async () => (await fetch(`${url}/readyz`)).status);
const healthz = async () => (await fetch(`${url}/healthz`)).status;
const gql = async (query: string, token?: string) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] }) };
};
const untilReady = async (withinMs: number): Promise<number> => {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if ((await readyz()).value === 200) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not ready within ${withinMs} ms`);
};
const INDICATORS = '{ indicators(first: 1) { totalCount } }';

describe('a failing database: the service says so, fails fast, and recovers by itself', () => {
  it('kill -9 of the embedded Neo4j: /readyz 503 at once, restarted by the supervisor, data written before intact', async () => {
    const write = await gql('mutation { recordMeasurement(input: {indicator: "Indicator:lps-msm-14:19", year: 2022, value: 97.5, source: "fault test"}) { measurement { year } } }', 'planner-token');
    expect(write.errors).toBeUndefined();
    const crashedPid = api.neo4jPid()!;
    const workerBefore = api.workerPid();

    process.kill(crashedPid, 'SIGKILL');
    const killedAt = Date.now();
    while (isAlive(crashedPid)) await new Promise((r) => setTimeout(r, 50));
    // The worker learns of the crash from the primary (IPC) or from its own probe: /readyz turns within 2 s.
    let notReady = await readyz();
    while (notReady.value !== 503 && Date.now() - killedAt < 2_000) notReady = await readyz();
    expect(notReady.value).toBe(503);
    expect(notReady.ms).toBeLessThan(2_000);
    const turnedInMs = Date.now() - killedAt;
    expect(await healthz()).toBe(200); // it can still recover by itself: liveness holds
    const meanwhile = await gql(INDICATORS);
    expect(meanwhile.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(meanwhile.status).toBe(503);

    const recoveredInMs = await untilReady(150_000);
    expect(api.neo4jPid()).not.toBe(crashedPid);
    expect(api.workerPid()).toBe(workerBefore); // the worker rode it out: no restart of the API
    const after = await gql('{ node(id: "Indicator:lps-msm-14:19") { ... on Indicator { measurements { year value source } } } }');
    expect(after.data.node.measurements).toEqual(expect.arrayContaining([{ year: 2022, value: 97.5, source: 'fault test' }]));
    expect(api.output()).toMatch(/the embedded Neo4j exited unexpectedly/);
    console.log(`kill -9: /readyz 503 after ${turnedInMs} ms, ready again after ${(recoveredInMs / 1000).toFixed(1)} s, no restart of the API`);
  }, 240_000);

  it('SIGSTOP of Neo4j: a query fails fast with SERVICE_UNAVAILABLE, /readyz 503 within 2 s, normal within seconds of SIGCONT', async () => {
    expect((await gql(INDICATORS)).data?.indicators.totalCount).toBe(47);
    const pid = api.neo4jPid()!;
    process.kill(pid, 'SIGSTOP');
    try {
      const query = await timed(() => gql(INDICATORS));
      expect(query.value.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(query.ms).toBeLessThan(8_000);
      const notReady = await readyz();
      expect(notReady.value).toBe(503);
      expect(notReady.ms).toBeLessThan(2_000);
      console.log(`SIGSTOP: the query failed after ${(query.ms / 1000).toFixed(1)} s, /readyz answered 503 in ${notReady.ms.toFixed(0)} ms`);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    const recoveredInMs = await untilReady(15_000);
    expect((await gql(INDICATORS)).data?.indicators.totalCount).toBe(47);
    console.log(`SIGCONT: ready again after ${(recoveredInMs / 1000).toFixed(1)} s`);
  }, 120_000);
});
