import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { untilServing } from '../../bench/abuse';
import { isAlive, startProductionApi, type ProductionApi } from '../support/production';

// `npm start` as it ships on a fresh machine: no NEO4J_URI, so its primary starts the embedded Neo4j (in a temp data
// directory of this test's own) and forks the API worker, which seeds the plan.
let api: ProductionApi;
beforeAll(async () => {
  api = await startProductionApi({ LOG_LEVEL: 'info' }, 400_000, { embedded: true });
}, 420_000);
afterAll(async () => {
  await api?.close();
}, 90_000);

const MEASUREMENT = '{ node(id: "Indicator:lps-msm-14:19") { ... on Indicator { measurements { year value source } } } }';

async function query(password: string): Promise<unknown> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${api.embedded!.boltPort}`, neo4j.auth.basic('neo4j', password), { connectionTimeout: 5_000 });
  try {
    return (await driver.executeQuery('MATCH (p:Plan) RETURN count(p) AS plans')).records[0].get('plans').toNumber();
  } finally {
    await driver.close();
  }
}

describe('the shipped service under its primary', () => {
  it('the embedded Neo4j refuses a connection without its password, and accepts the one kept owner-only beside its store', async () => {
    const file = path.join(api.embedded!.dataDir, 'neo4j-password');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(api.embedded!.dataDir).mode & 0o077).toBe(0);
    const password = readFileSync(file, 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(32);
    await expect(query('')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    await expect(query('neo4j')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    expect(await query(password)).toBeGreaterThan(0);
    expect(process.env.NEO4J_PASSWORD ?? '').not.toBe(password); // the API found it on its own, not from the environment
  });

  it('SIGKILL of the API worker: the primary restarts it, serving again within seconds, with the data written before intact', async () => {
    const write = await api.gql('mutation { recordMeasurement(input: {indicator: "Indicator:lps-msm-14:19", year: 2023, value: 42.5, source: "supervision test"}) { measurement { year } } }', undefined, 'planner-token');
    expect(write.errors).toBeUndefined();
    const worker = api.workerPid()!;
    const jvm = api.neo4jPid()!;
    expect(worker).toBeGreaterThan(0);
    process.kill(worker, 'SIGKILL');
    const backInMs = await untilServing(api.url, 30_000);
    expect(backInMs).toBeLessThan(10_000);
    expect(api.workerPid()).not.toBe(worker);
    expect(api.neo4jPid()).toBe(jvm); // the database was never restarted
    const after = await api.gql(MEASUREMENT);
    expect(after.data!.node.measurements).toEqual(expect.arrayContaining([{ year: 2023, value: 42.5, source: 'supervision test' }]));
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    expect(api.output()).toMatch(/the API worker died; restarting it/);
    console.log(`SIGKILL of the API worker: serving again after ${(backInMs / 1000).toFixed(1)} s, Neo4j untouched`);
  }, 60_000);

  it('SIGTERM stops the worker, then Neo4j, and the primary exits 0', async () => {
    const jvm = api.neo4jPid()!;
    const exited = new Promise<number | null>((resolve) => api.child.once('exit', (code) => resolve(code)));
    process.kill(api.child.pid!, 'SIGTERM');
    expect(await exited).toBe(0);
    expect(isAlive(jvm)).toBe(false);
    const log = api.output();
    expect(log.indexOf('"msg":"stopping: the API worker, then Neo4j"')).toBeGreaterThan(-1);
    expect(log.indexOf('"role":"worker"', log.indexOf('stopping: the API worker'))).toBeGreaterThan(-1);
  }, 90_000);
});

describe('a worker that keeps dying', () => {
  it('makes the primary give up loudly after WORKER_RESTART_ATTEMPTS fast crashes: exit 1', async () => {
    const shaky = await startProductionApi({ LOG_LEVEL: 'info', WORKER_RESTART_ATTEMPTS: '1' });
    try {
      const exited = new Promise<number | null>((resolve) => shaky.child.once('exit', (code) => resolve(code)));
      process.kill(shaky.workerPid()!, 'SIGKILL');
      await untilServing(shaky.url, 30_000);
      process.kill(shaky.workerPid()!, 'SIGKILL');
      expect(await exited).toBe(1);
      expect(shaky.output()).toMatch(/the API worker died 2 times in a row.*giving up/);
    } finally {
      await shaky.close();
    }
  }, 90_000);
});
