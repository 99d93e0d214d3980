/**
 * `npm run bench -- [--nodes 1000000] [--iterations 30] [--load-seconds 60] [--reuse]`
 *
 * One run on one database: loads synthetic plans next to the real one through the normal loader (import
 * throughput), then asks the flagship questions three ways, interleaved so noise hits all three alike:
 * PlanGraph's GraphQL API over HTTP, hand-written Cypher through neo4j-driver (the floor), and `@neo4j/graphql`'s
 * generated API over HTTP. It checks the three answers agree before timing, then runs autocannon with 50
 * connections against PlanGraph, sampling the API process's memory. Prints a Markdown report.
 *
 * NEO4J_DATA_DIR keeps the database between runs; `--reuse` skips loading when it already holds the plans.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { loadPlanGraphFromDisk } from '../seed/build';
import { loadPlanGraph } from '../seed/load';
import { runCli } from '../src/cli/run';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/connect';
import { createLogger } from '../src/logger';
import { recordMeasurements } from '../src/review/review.repository';
import { DEFAULT_GENERATOR } from './generator';
import { flagshipQuestions, type Question } from './questions';
import { loadSyntheticPlans, syntheticPlanCount } from './syntheticLoad';

const REAL_PLAN = 'lps-msm-14';
const ROOT = path.resolve(__dirname, '..');

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts a TypeScript entry point in its own Node process (so its memory is its own) and waits for its port. */
async function startServer(entry: string, env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (res.ok) return { child, url };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${entry} did not start`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Resident memory of a process now and at its peak (VmRSS, VmHWM), in MB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

async function postGraphql(url: string, query: string): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 400)}`);
  return body.data;
}

async function run(): Promise<number> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '1000000' },
      iterations: { type: 'string', default: '30' },
      'load-seconds': { type: 'string', default: '60' },
      'plans-per-transaction': { type: 'string', default: '20' },
      reuse: { type: 'boolean', default: false },
    },
  });
  const dataDir = process.env.NEO4J_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'plangraph-bench-'));
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '0' });
  const database = await connectDatabase(config, createLogger('silent'), { bulk: true });
  const { db } = database;
  const rawDriver = neo4j.driver(database.uri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), { disableLosslessIntegers: true });
  const children: ChildProcess[] = [];
  const lines: string[] = [];
  try {
    const template = loadPlanGraphFromDisk(path.join(ROOT, 'seed/plans/lps-msm-14'));
    const { plans, perPlan } = syntheticPlanCount(template, Number(values.nodes), DEFAULT_GENERATOR);
    const [{ present }] = await db.read<{ present: number }>({ cypher: 'MATCH (p:Plan) RETURN count(p) AS present' });
    let importLine = `Import: not measured in this run (--reuse of ${dataDir}).`;
    await loadPlanGraph(db, template); // the real plan, idempotent: the review and search questions ask about it
    if (!values.reuse || present === 0) {
      const batch = Number(values['plans-per-transaction']);
      console.error(`loading ${plans} synthetic plans (~${perPlan} plan nodes each) through the loader, ${batch} a transaction`);
      const countEntities = async () => (await db.read<{ n: number }>({ cypher: 'MATCH (n:Entity) RETURN count(n) AS n' }))[0].n;
      const before = await countEntities();
      // The real plan's load above applied the schema.
      const { nodeRows: written, edges, seconds } = await loadSyntheticPlans(db, template, {
        plans,
        batch,
        options: DEFAULT_GENERATOR,
        applySchema: false,
        reportEvery: 20,
        progress: (done, r) => console.error(`  ${done}/${plans} plans, ${r.nodeRows} nodes, ${Math.round(r.nodeRows / r.seconds)} nodes/s`),
      });
      const created = (await countEntities()) - before;
      importLine =
        `Import through the loader (${batch} plans a transaction): ${created} new nodes and ${edges} edges in ${seconds.toFixed(0)} s, ` +
        `**${Math.round(created / seconds)} nodes/s** (${Math.round(edges / seconds)} edges/s; ${written} node rows sent, shared agencies and laws once per plan).`;
    }
    const [counts] = await db.read<{ nodes: number; edges: number; indicators: number; plans: number }>({
      cypher: 'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() WITH nodes, count(r) AS edges MATCH (i:Indicator) WITH nodes, edges, count(i) AS indicators MATCH (p:Plan) RETURN nodes, edges, indicators, count(p) AS plans',
    });

    // The review needs figures: three years for the real plan's Table 1 indicators (idempotent on --reuse).
    const table = template.nodes.filter((n) => n.label === 'Indicator' && n.props.source === 'TABLE' && typeof n.props.targetValue === 'number');
    const [{ measured }] = await db.read<{ measured: number }>({ cypher: 'MATCH (m:Measurement) RETURN count(m) AS measured' });
    if (measured === 0) {
      const rows = table.flatMap((n, i) => [2021, 2022, 2023].map((year, y) => ({ indicatorId: n.id, year, value: Number(((n.props.targetValue as number) * (0.8 + 0.05 * y + 0.01 * (i % 5))).toFixed(2)), source: 'bench' })));
      await recordMeasurements(db, rows, 'bench');
    }
    // A law shared by many plans, but not by all: the impact question then crosses plans without covering the province.
    const [law] = await db.read<{ id: string; plans: number }>({
      cypher: `MATCH (l:Law) WHERE l.id STARTS WITH 'Law:pool-' WITH l, COUNT { (l)<-[:BASED_ON]-() } AS uses WHERE uses >= 20
               RETURN l.id AS id, uses AS plans ORDER BY uses ASC, l.id LIMIT 1`,
    });
    const lawId = law?.id ?? 'Law:special-equipment-safety-law';
    const questions = flagshipQuestions({ lawId, planKey: REAL_PLAN, asOf: 2023 });

    const env = { NEO4J_URI: database.uri, NEO4J_USER: config.NEO4J_USER, NEO4J_PASSWORD: config.NEO4J_PASSWORD, LOG_LEVEL: 'warn', SEED_ON_START: 'false', MAX_QUERY_COST: '10000000', NODE_ENV: 'production' };
    // BENCH_API_NODE_OPTIONS tries V8 flags on the API process alone (memory experiments).
    const api = await startServer('src/main.ts', { ...env, ...(process.env.BENCH_API_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS } : {}) });
    children.push(api.child);
    const apiUncached = await startServer('src/main.ts', { ...env, QUERY_CACHE_MB: '0' });
    children.push(apiUncached.child);
    const alternative = await startServer('bench/alternative/server.ts', env);
    children.push(alternative.child);
    const apiPid = api.child.pid!;
    console.error(`API process RSS after start: ${memoryOf(apiPid).rss} MB`);

    const ask: Record<Way, (q: Question) => Promise<unknown>> = {
      api: (q: Question) => postGraphql(api.url, q.api),
      uncached: (q: Question) => postGraphql(apiUncached.url, q.api),
      raw: async (q: Question) => (await rawDriver.executeQuery(q.cypher, q.params, { routing: neo4j.routing.READ, database: config.NEO4J_DATABASE })).records.map((r) => r.toObject()),
      alternative: (q: Question) => postGraphql(alternative.url, q.alternative),
    };
    type Way = 'api' | 'uncached' | 'raw' | 'alternative';
    const WAYS: Way[] = ['api', 'uncached', 'raw', 'alternative'];
    const answerOf = async (way: Way, q: Question): Promise<string> => {
      if (way === 'raw') return q.answer.raw((await ask.raw(q)) as Record<string, unknown>[]);
      if (way === 'alternative') return q.answer.alternative(await ask.alternative(q));
      return q.answer.api(await ask[way](q));
    };
    // A way that fails a question (an error, or a different answer) is reported, not timed.
    const failures = new Map<string, string>();
    for (const q of questions) {
      const answers = new Map<Way, string>();
      for (const way of WAYS) {
        try {
          answers.set(way, await answerOf(way, q));
        } catch (error) {
          failures.set(`${q.name}|${way}`, String((error as Error).message).replace(/^http:\/\/[^ ]+ /, '').slice(0, 160));
        }
      }
      const floor = answers.get('raw');
      for (const [way, answer] of answers) {
        if (answer !== floor) failures.set(`${q.name}|${way}`, `different answer: ${answer.slice(0, 80)} vs raw ${String(floor).slice(0, 80)}`);
      }
      console.error(`answers compared: ${q.name}${WAYS.filter((w) => failures.has(`${q.name}|${w}`)).map((w) => ` (${w} failed: ${failures.get(`${q.name}|${w}`)})`).join('')}`);
    }

    const iterations = Number(values.iterations);
    const table1 = [
      '| question | PlanGraph p50 | p95 | PlanGraph, cache off p50 | p95 | raw Cypher p50 | p95 | @neo4j/graphql p50 | p95 | PlanGraph ÷ raw | cache off ÷ raw | PlanGraph ÷ @neo4j/graphql | cache off ÷ @neo4j/graphql |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const q of questions) {
      const samples: Record<Way, number[]> = { api: [], uncached: [], raw: [], alternative: [] };
      const live = WAYS.filter((w) => !failures.has(`${q.name}|${w}`));
      for (let i = 0; i < iterations + 3; i++) {
        // Interleaved, so a noisy moment of the machine hits every way; the first 3 rounds warm plans and JITs.
        for (const way of live) {
          const t = performance.now();
          await ask[way](q);
          if (i >= 3) samples[way].push(performance.now() - t);
        }
      }
      const stat = (way: Way) => {
        const sorted = [...samples[way]].sort((a, b) => a - b);
        return sorted.length ? { p50: percentile(sorted, 50), p95: percentile(sorted, 95) } : null;
      };
      const cells = (way: Way) => {
        const s = stat(way);
        return s ? `${s.p50.toFixed(1)} | ${s.p95.toFixed(1)}` : `failed¹ | —`;
      };
      const ratio = (a: Way, b: Way) => {
        const x = stat(a);
        const y = stat(b);
        return x && y ? (x.p50 / y.p50).toFixed(2) : '—';
      };
      table1.push(`| ${q.name} | ${cells('api')} | ${cells('uncached')} | ${cells('raw')} | ${cells('alternative')} | ${ratio('api', 'raw')} | ${ratio('uncached', 'raw')} | ${ratio('api', 'alternative')} | ${ratio('uncached', 'alternative')} |`);
      console.error(`timed: ${q.name}`);
    }

    if (failures.size) {
      table1.push('', ...[...failures].map(([key, why]) => `¹ ${key.replace('|', ' — ')}: ${why}`));
    }
    const seconds = Number(values['load-seconds']);
    let loadRssPeak = 0;
    const sampler = setInterval(() => (loadRssPeak = Math.max(loadRssPeak, memoryOf(apiPid).rss)), 250);
    const load = await autocannon({
      url: api.url,
      connections: 50,
      duration: seconds,
      requests: questions.map((q) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.api }) })),
    });
    clearInterval(sampler);
    const memory = memoryOf(apiPid);

    lines.push(
      `Neo4j ${database.uri.startsWith('bolt://127.0.0.1') ? 'embedded' : 'at ' + database.uri}: heap ${process.env.NEO4J_HEAP ?? '512m'}, page cache ${process.env.NEO4J_PAGECACHE ?? '256m'}.`,
      `Graph: ${counts.nodes} entity nodes (${counts.indicators} indicators), ${counts.edges} edges, ${counts.plans} plans (${plans} synthetic + the real one and the plans it follows).`,
      importLine,
      `Impact question: ${lawId}, the basis of ${law?.plans ?? '?'} tasks across plans.`,
      '',
      `Latency in ms, ${iterations} interleaved runs of each question each way after 3 warm-up runs:`,
      '',
      ...table1,
      '',
      `Under load (autocannon, 50 connections, ${seconds} s, the five questions in turn against PlanGraph): ${Math.round(load.requests.average)} req/s, latency p50 ${load.latency.p50} ms, p97.5 ${load.latency.p97_5} ms, p99 ${load.latency.p99} ms; ${load.errors} errors, ${load.timeouts} timeouts, ${load.non2xx} non-2xx of ${load.requests.total} requests.`,
      `PlanGraph API process memory: ${loadRssPeak} MB peak RSS under load, ${memory.peak} MB peak over the whole run (VmHWM).`,
    );
    console.log(lines.join('\n'));
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await rawDriver.close();
    await database.close();
  }
  return 0;
}

runCli('bench', run);
