import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPlanGraphFromDisk } from '../../seed/build';
import { loadPlanGraph } from '../../seed/load';
import { loadConfig } from '../../src/config';
import { connectDatabase, untilAnswered, type Database } from '../../src/db/connect';
import { createLogger } from '../../src/logger';
import { buildApp } from '../../src/server';
import { TEST_TOKENS } from '../support/api';
import { PLAN_DIR } from '../support/paths';

// The service as `npm start` runs it: its own embedded Neo4j, supervised, with the API in front of it.
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-faults-'));
const logLines: string[] = [];
let database: Database;
let server: Server;
let stopApollo: () => Promise<void>;
let url = '';

beforeAll(async () => {
  const config = loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0', API_TOKENS: TEST_TOKENS, LOG_LEVEL: 'info' });
  const log = createLogger('info', (line) => logLines.push(line));
  database = await connectDatabase(config, log);
  await untilAnswered(() => loadPlanGraph(database.db.forBulkWork(), loadPlanGraphFromDisk(PLAN_DIR)), 120_000, log);
  const { app, apollo } = await buildApp({ db: database.db, config, log });
  stopApollo = () => apollo.stop();
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 600_000);

afterAll(async () => {
  const pid = database?.embedded?.current().pid;
  if (pid) process.kill(pid, 'SIGCONT'); // never leave a stopped JVM behind, whatever failed
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await stopApollo?.();
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
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
    const crashed = database.embedded!.current();

    process.kill(crashed.pid, 'SIGKILL');
    await crashed.exited;
    const notReady = await readyz();
    expect(notReady.value).toBe(503);
    expect(notReady.ms).toBeLessThan(2_000);
    expect(await healthz()).toBe(200); // it can still recover by itself: liveness holds
    const meanwhile = await gql(INDICATORS);
    expect(meanwhile.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(meanwhile.status).toBe(503);

    const recoveredInMs = await untilReady(150_000);
    expect(database.embedded!.current().pid).not.toBe(crashed.pid);
    const after = await gql('{ node(id: "Indicator:lps-msm-14:19") { ... on Indicator { measurements { year value source } } } }');
    expect(after.data.node.measurements).toEqual(expect.arrayContaining([{ year: 2022, value: 97.5, source: 'fault test' }]));
    expect(logLines.join('\n')).toMatch(/the embedded Neo4j exited unexpectedly/);
    console.log(`kill -9: ready again after ${(recoveredInMs / 1000).toFixed(1)} s, no restart of the API`);
  }, 240_000);

  it('SIGSTOP of Neo4j: a query fails fast with SERVICE_UNAVAILABLE, /readyz 503 within 2 s, normal within seconds of SIGCONT', async () => {
    expect((await gql(INDICATORS)).data?.indicators.totalCount).toBe(47);
    const pid = database.embedded!.current().pid;
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
