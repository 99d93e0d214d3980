import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type AuthToken } from 'neo4j-driver';
import {
  EmbeddedNeo4jError,
  ensureNeo4jRuntime,
  startEmbeddedNeo4j,
  type EmbeddedNeo4j,
  type StartEmbeddedNeo4jOptions,
} from '../../src/db/embedded/embeddedNeo4j';

// Starts its own instances in temp dirs on free ports; independent of the integration project's global Neo4j.

const START_TIMEOUT_MS = 120_000;
const PASSWORD = 'plangraph-test-password';

let tmpRoot = '';
const started: EmbeddedNeo4j[] = [];

async function start(opts: Omit<StartEmbeddedNeo4jOptions, 'boltPort'> & { boltPort?: number }): Promise<EmbeddedNeo4j> {
  const instance = await startEmbeddedNeo4j({ boltPort: 0, heap: '384m', pageCache: '64m', startTimeoutMs: START_TIMEOUT_MS, ...opts });
  started.push(instance);
  return instance;
}

// Auth is always on: by default, the credentials of the instance started at `uri`.
async function query(uri: string, cypher: string, auth?: AuthToken): Promise<unknown[]> {
  const own = started.find((instance) => instance.uri === uri);
  auth ??= neo4j.auth.basic(own?.user ?? 'neo4j', own?.password ?? '');
  const driver = neo4j.driver(uri, auth, { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(cypher);
    return records.map((record) => record.get(0));
  } finally {
    await driver.close();
  }
}

async function startFailure(opts: StartEmbeddedNeo4jOptions): Promise<EmbeddedNeo4jError> {
  const error = await start(opts).then(
    () => new Error('expected the start to fail'),
    (failure: unknown) => failure,
  );
  if (!(error instanceof EmbeddedNeo4jError)) throw error;
  return error;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  tmpRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'plangraph-embedded-'));
  // The first run on a machine may fetch ~120 MB of jars; keep that out of the timed tests.
  await ensureNeo4jRuntime();
}, 600_000);

afterAll(async () => {
  await Promise.all(started.map((instance) => instance.stop()));
  if (tmpRoot) await fs.rm(tmpRoot, { recursive: true, force: true });
}, 60_000);

describe('embedded Neo4j', () => {
  let primary: EmbeddedNeo4j;
  let primaryDataDir = '';

  beforeAll(async () => {
    primaryDataDir = path.join(tmpRoot, 'primary');
    primary = await start({ dataDir: primaryDataDir });
  }, START_TIMEOUT_MS);

  test('starts and answers RETURN 1 over Bolt', async () => {
    expect(primary.uri).toBe(`bolt://127.0.0.1:${primary.boltPort}`);
    expect(primary.boltPort).toBeGreaterThan(0);
    expect(await query(primary.uri, 'RETURN 1 AS one')).toEqual([1]);
  });

  test('auth is on with a generated password kept beside the store, owner-only; a client without it is refused', async () => {
    const file = path.join(primaryDataDir, 'neo4j-password');
    expect((await fs.readFile(file, 'utf8')).trim()).toBe(primary.password);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect(primary.password.length).toBeGreaterThanOrEqual(32);
    await expect(query(primary.uri, 'RETURN 1', neo4j.auth.basic('neo4j', ''))).rejects.toThrow(/unauthorized|authentication/i);
    await expect(query(primary.uri, 'RETURN 1', neo4j.auth.basic('neo4j', 'neo4j'))).rejects.toThrow(/unauthorized|authentication/i);
  });

  test('a second launcher on the same data dir fails with DATA_DIR_LOCKED', async () => {
    const error = await startFailure({ dataDir: primaryDataDir });
    expect(error.code).toBe('DATA_DIR_LOCKED');
    expect(error.message).toContain(primaryDataDir);
  }, START_TIMEOUT_MS);

  test('a launcher on a port already taken fails with PORT_IN_USE', async () => {
    const error = await startFailure({ dataDir: path.join(tmpRoot, 'port-clash'), boltPort: primary.boltPort });
    expect(error.code).toBe('PORT_IN_USE');
    expect(error.message).toContain(String(primary.boltPort));
  }, START_TIMEOUT_MS);

  test('stop() leaves no JVM, and the data survives a restart (with a rotated password: the old one is refused)', async () => {
    await query(primary.uri, "CREATE (:EmbeddedProbe {name: 'persisted'})");
    await primary.stop();
    await primary.stop();
    expect(isProcessAlive(primary.pid)).toBe(false);

    const restarted = await start({ dataDir: primaryDataDir, password: PASSWORD });
    try {
      const names = await query(restarted.uri, 'MATCH (p:EmbeddedProbe) RETURN p.name', neo4j.auth.basic('neo4j', PASSWORD));
      expect(names).toEqual(['persisted']);
      await expect(query(restarted.uri, 'RETURN 1', neo4j.auth.basic('neo4j', 'wrong-password'))).rejects.toThrow();
      await expect(query(restarted.uri, 'RETURN 1', neo4j.auth.basic('neo4j', primary.password))).rejects.toThrow();
    } finally {
      await restarted.stop();
    }
    expect(isProcessAlive(restarted.pid)).toBe(false);
  }, 2 * START_TIMEOUT_MS);
});
