/**
 * What `npm run bench` and `npm run bench:gate` share: starting the API processes, asking a question each way,
 * checking the ways agree, timing them interleaved, counting statements in-process, and retiring the read cache.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/connect';
import type { GraphGateway } from '../src/db/gateway';
import { createLogger } from '../src/logger';
import { buildApp } from '../src/server';
import type { Question } from './questions';
import { buildOnce, freePort } from '../tests/support/production';

export { buildOnce, freePort };

export const ROOT = path.resolve(__dirname, '..');

/**
 * How the API is started, as `npm start` starts it (package.json): the production bundle under plain node with the
 * same heap flags. The bench builds the bundle once (`npm run build`) and spawns it from the repository root.
 */
export const API_COMMAND: readonly string[] = [process.execPath, '--max-old-space-size=512', '--max-semi-space-size=32', 'dist/main.js'];
const ALTERNATIVE_COMMAND: readonly string[] = ['node_modules/.bin/tsx', 'bench/alternative/server.ts'];

export type Way = 'api' | 'uncached' | 'raw' | 'alternative';
export const WAY_LABELS: Record<Way, string> = { api: 'PlanGraph', uncached: 'PlanGraph, cache off', raw: 'raw Cypher', alternative: '@neo4j/graphql' };

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A server process the bench started, in its own process group (the tsx wrapper and the Node process it runs). */
export interface Started {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** Starts a command in its own process group (in `cwd`, the repository's root unless said) and waits until it answers GraphQL on its port. */
export async function startServer(command: readonly string[], env: Record<string, string>, cwd = ROOT, readyWithinMs = 120_000): Promise<Started> {
  const port = await freePort();
  const child = spawn(command[0], command.slice(1), {
    cwd,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
  };
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command.join(' ')} exited with ${child.exitCode}`);
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (res.ok) return { child, url, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${command.join(' ')} did not start`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function apiEnv(uri: string, user: string, password: string): Record<string, string> {
  return { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, LOG_LEVEL: 'warn', SEED_ON_START: 'false', MAX_QUERY_COST: '10000000', NODE_ENV: 'production' };
}

export const startApi = (env: Record<string, string>) => {
  buildOnce();
  return startServer(API_COMMAND, env);
};
export const startAlternative = (env: Record<string, string>) => startServer(ALTERNATIVE_COMMAND, env);

/** A process and its descendants (the tsx wrapper runs the API in a child). */
function processTree(pid: number): number[] {
  const out = [pid];
  try {
    for (const task of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) out.push(...processTree(Number(task)));
  } catch {
    // gone
  }
  return out;
}

/** How many processes a tree holds (the primary and its API workers). */
export const processCount = (pid: number) => processTree(pid).length;

/** Resident memory in MB of the largest process of a tree — the API worker, not its primary (about 70 MB more, steady) nor a tsx wrapper: now and at its peak (VmRSS, VmHWM). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  let best = { rss: 0, peak: 0 };
  for (const p of processTree(pid)) {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      const m = { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
      if (m.peak > best.peak) best = m;
    } catch {
      // gone
    }
  }
  return best;
}

/** A question's request body as PlanGraph's clients send it. */
export const apiBody = (q: Question) => JSON.stringify({ query: q.api, variables: q.variables });

export async function postGraphql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 400)}`);
  return body.data;
}

/** How to ask a question each way that is running. */
export type Askers = Partial<Record<Way, (q: Question) => Promise<unknown>>>;

export function rawAsker(driver: Driver, database: string | undefined) {
  return async (q: Question) => (await driver.executeQuery(q.cypher, q.params, { routing: neo4j.routing.READ, database })).records.map((r) => r.toObject());
}

/** A way's answer to a question, reduced to the comparable string. */
export async function answerOf(ask: Askers, way: Way, q: Question): Promise<string> {
  const data = await ask[way]!(q);
  if (way === 'raw') return q.answer.raw(data as Record<string, unknown>[]);
  if (way === 'alternative') return q.answer.alternative(data);
  return q.answer.api(data);
}

/**
 * Asks each question every way and compares with raw Cypher's answer. Returns the failures, keyed `kind|way`
 * (an error, or a different answer, with the arguments): a way that fails any drawn question is not timed.
 */
export async function compareAnswers(ask: Askers, questions: Question[]): Promise<Map<string, string>> {
  const failures = new Map<string, string>();
  const ways = Object.keys(ask) as Way[];
  for (const q of questions) {
    const answers = new Map<Way, string>();
    for (const way of ways) {
      if (failures.has(`${q.kind}|${way}`)) continue;
      try {
        answers.set(way, await answerOf(ask, way, q));
      } catch (error) {
        failures.set(`${q.kind}|${way}`, `${q.args}: ${String((error as Error).message).replace(/^http:\/\/[^ ]+ /, '').slice(0, 160)}`);
      }
    }
    const floor = answers.get('raw');
    for (const [way, answer] of answers) {
      if (answer !== floor) failures.set(`${q.kind}|${way}`, `${q.args}: different answer: ${answer.slice(0, 80)} vs raw ${String(floor).slice(0, 80)}`);
    }
  }
  return failures;
}

/**
 * Times rounds of questions: round i asks questions[i] every way, in an order rotated each round so neither a
 * noisy moment nor going first favours a way. The first `warmup` rounds are not kept.
 */
export async function timeRounds(ask: Askers, ways: Way[], questions: Question[], warmup: number): Promise<Record<Way, number[]>> {
  const samples: Record<Way, number[]> = { api: [], uncached: [], raw: [], alternative: [] };
  for (const [i, q] of questions.entries()) {
    for (let k = 0; k < ways.length; k++) {
      const way = ways[(i + k) % ways.length];
      const t = performance.now();
      await ask[way]!(q);
      if (i >= warmup) samples[way].push(performance.now() - t);
    }
  }
  return samples;
}

/** p50 and p95 of samples, or null when there are none. */
export function stats(samples: number[]): { p50: number; p95: number } | null {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted.length ? { p50: percentile(sorted, 50), p95: percentile(sorted, 95) } : null;
}

/**
 * Retires every cached read of every PlanGraph process on this database: any commit moves the database's version
 * (its bookmark), and cached results are served only at the version they were read at. The marker node is not an
 * Entity and no question reads it.
 */
export async function retireReadCaches(db: GraphGateway): Promise<void> {
  await db.write({ cypher: "MERGE (m:BenchMarker {id: 'read-cache'}) SET m.at = timestamp()" });
}

/** The API built in this process as tests/support/api.ts builds it, to count what each request sends. */
export interface InProcessApi {
  url: string;
  db: GraphGateway;
  /** Asks a question through PlanGraph; returns the statements and read/write transactions it sent. */
  count(q: Question): Promise<{ statements: number; transactions: number }>;
  close(): Promise<void>;
}

export async function startInProcessApi(uri: string, env: Record<string, string>): Promise<InProcessApi> {
  const config = loadConfig({ ...process.env, ...env, LOG_LEVEL: 'silent', NEO4J_URI: uri });
  const log = createLogger('silent');
  const { db, health } = openDatabase(config, log, uri);
  const { app, apollo } = await buildApp({ db, config, log });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  let statements = 0;
  let transactions = 0;
  db.onQuery(() => statements++);
  db.onTransaction(() => transactions++);
  return {
    url,
    db,
    async count(q) {
      const before = { statements, transactions };
      await postGraphql(url, q.api, q.variables);
      return { statements: statements - before.statements, transactions: transactions - before.transactions };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await Promise.all([db.close(), health.close()]);
    },
  };
}
