/**
 * What ships, started as it ships: the production bundle (`npm run build` → dist/main.js) run by the command in
 * package.json's `start` script, with NODE_ENV=production, against the test database. Resilience, abuse, fuzz and
 * browser tests use this, never the source through tsx.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './paths';
import { TEST_TOKENS, type GqlResponse } from './api';

/** The `npm start` command line, read from package.json so the tests cannot drift from it. */
export function startCommand(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = pkg.scripts.start.split(/\s+/).filter(Boolean);
  if (words[0] !== 'node') throw new Error(`package.json start script does not run node: ${pkg.scripts.start}`);
  return [process.execPath, ...words.slice(1)];
}

let built = false;
/** `npm run build` once per test file's process; the bundle is what `npm start` runs. */
export function buildOnce(): void {
  if (built) return;
  const result = spawnSync(process.execPath, ['scripts/build.js'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
  built = true;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The production API as a child process: the primary `npm start` runs, which forks the API worker (and, embedded, keeps Neo4j). */
export interface ProductionApi {
  url: string;
  /** The primary. */
  child: ChildProcess;
  /** The API worker serving now (null between a crash and its restart). */
  workerPid(): number | null;
  /** The embedded Neo4j's JVM, when this start runs the embedded default. */
  neo4jPid(): number | null;
  /** The embedded default's data directory and Bolt port (removed on close). */
  embedded?: { dataDir: string; boltPort: number };
  /** Everything the process wrote to stderr and stdout so far (its JSON log). */
  output(): string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  /** Resident memory, in bytes, of the process tree `npm start` started (primary and worker; and the JVM, embedded). */
  rss(): number;
  /** Resident memory, in bytes, of the Node processes alone (primary and worker), without an embedded JVM. */
  nodeRss(): number;
  close(): Promise<void>;
}

/** A process's children, from /proc. */
export function childPids(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return children ? children.split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
}

const commandLine = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
};
const isJava = (pid: number) => path.basename(commandLine(pid)[0] ?? '') === 'java';

/** Resident set size of a process and its descendants, from /proc; `keep` picks which processes count. */
export function treeRss(pid: number, keep: (pid: number) => boolean = () => true): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const match = /VmRSS:\s+(\d+) kB/.exec(status);
      if (match && keep(p)) total += Number(match[1]) * 1024;
      for (const child of childPids(p)) visit(child);
    } catch {
      // gone
    }
  };
  visit(pid);
  return total;
}

/** Options for startProductionApi. */
export interface ProductionOptions {
  /** Run the embedded default (no NEO4J_URI) in a temp data directory of its own, seeding the plan, as `npm start` does on a fresh machine. */
  embedded?: boolean;
}

/**
 * Starts `npm start`'s command with NODE_ENV=production against NEO4J_URI (the test database), on a free port,
 * and waits until /readyz says ready. `env` overrides anything (limits, tokens).
 */
export async function startProductionApi(env: Record<string, string> = {}, readyWithinMs = 60_000, options: ProductionOptions = {}): Promise<ProductionApi> {
  buildOnce();
  const port = await freePort();
  const embedded = options.embedded ? { dataDir: mkdtempSync(path.join(os.tmpdir(), 'plangraph-shipped-')), boltPort: await freePort() } : undefined;
  const embeddedEnv: Record<string, string> = embedded
    ? { NEO4J_URI: '', NEO4J_DATA_DIR: embedded.dataDir, NEO4J_BOLT_PORT: String(embedded.boltPort), SEED_ON_START: 'true' }
    : {};
  const command = startCommand();
  let output = '';
  const child = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      API_TOKENS: TEST_TOKENS,
      LOG_LEVEL: 'warn',
      SEED_ON_START: 'false',
      ...embeddedEnv,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-200_000)));
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-200_000)));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const killer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // gone
        }
      }, 15_000);
      await exited;
      clearTimeout(killer);
    }
    if (embedded) {
      // The primary stops its JVM before it exits; a killed primary's JVM exits when its stdin closes.
      const jvm = jvmPid;
      for (let i = 0; i < 300 && jvm !== null && isAlive(jvm); i++) await new Promise((r) => setTimeout(r, 100));
      rmSync(embedded.dataDir, { recursive: true, force: true });
    }
  };
  let jvmPid: number | null = null;
  const workerPid = () => (child.pid ? (childPids(child.pid).find((p) => !isJava(p)) ?? null) : null);
  const neo4jPid = () => {
    if (!child.pid) return null;
    jvmPid = childPids(child.pid).find(isJava) ?? jvmPid;
    return jvmPid;
  };
  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the production API exited (${child.exitCode}) before it was ready:\n${output.slice(-4000)}`);
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    neo4jPid();
    if (Date.now() > deadline) {
      await close();
      throw new Error(`the production API was not ready within ${readyWithinMs} ms:\n${output.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    workerPid,
    neo4jPid,
    embedded,
    output: () => output,
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      let body: object;
      try {
        body = JSON.parse(text) as object;
      } catch {
        body = { errors: [{ message: text.slice(0, 500), extensions: { code: `HTTP_${res.status}` } }] };
      }
      return { status: res.status, ...body };
    },
    rss: () => (child.pid ? treeRss(child.pid) : 0),
    nodeRss: () => (child.pid ? treeRss(child.pid, (p) => !isJava(p)) : 0),
    close,
  };
}

/** Whether a process still runs. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
