/**
 * `npm run bench -- [--nodes 1000000] [--iterations 30] [--load-seconds 60] [--load-runs 3] [--load-workers 1,2,4] [--seed 17] [--reuse] [--path online|bulk] [--online-nodes 0]`
 *
 * One run on one database (see docs/benchmarks.md for the method):
 * 1. fills it (bench/fill.ts: the real plan, synthetic plans, figures for the review); with `--path bulk` the synthetic
 *    plans go in by neo4j-admin into an empty store first (bench/bulkLoad.ts), and `--online-nodes N` then loads N
 *    more nodes of new plans through the online loader into the full database (its throughput at that size);
 * 2. draws every flagship question's arguments from the loaded data with a seeded PRNG (bench/workload.ts);
 * 3. checks that PlanGraph (cache on and off), raw Cypher and `@neo4j/graphql` give the same answer to every
 *    distinct drawn question;
 * 4. counts the statements each question sends with the cache off, in-process;
 * 5. times the varied workload four ways, interleaved, after retiring the read cache — the headline;
 * 6. times the same question repeated (the read cache's best case) and measures the cache's hit rate in each;
 * 7. runs autocannon three times against a freshly started API, the varied workload's request bodies in turn.
 *
 * NEO4J_DATA_DIR keeps the database between runs; `--reuse` skips loading when it already holds the plans.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { runCli } from '../src/cli/run';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/connect';
import { createLogger } from '../src/logger';
import { fillSyntheticDatabase } from './bulkLoad';
import { fillDatabase, fillPathOf, loadOnline } from './fill';
import { DEFAULT_GENERATOR } from './generator';
import { syntheticPlanCount } from './syntheticLoad';
import type { GraphGateway } from '../src/db/gateway';
import type { PlanGraphData } from '../src/graph/graph';
import {
  API_COMMAND,
  apiBody,
  apiEnv,
  compareAnswers,
  memoryOf,
  processCount,
  postGraphql,
  rawAsker,
  retireReadCaches,
  startAlternative,
  startApi,
  startInProcessApi,
  stats,
  timeRounds,
  type Askers,
  type Started,
  type Way,
} from './measure';
import { QUESTION_KINDS, QUESTION_NAMES, type Question, type QuestionKind } from './questions';
import { distinct, drawQuestions, readWorkloadData } from './workload';

const WARMUP = 3;
const WAYS: Way[] = ['api', 'uncached', 'raw', 'alternative'];

async function run(): Promise<number> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '1000000' },
      iterations: { type: 'string', default: '30' },
      'load-seconds': { type: 'string', default: '60' },
      'load-runs': { type: 'string', default: '3' },
      'load-workers': { type: 'string', default: '1,2,4' },
      'load-bodies': { type: 'string', default: '10000' },
      seed: { type: 'string', default: '17' },
      'plans-per-transaction': { type: 'string', default: '20' },
      path: { type: 'string', default: 'online' },
      'online-nodes': { type: 'string', default: '0' },
      reuse: { type: 'boolean', default: false },
    },
  });
  const fillPath = fillPathOf(values.path);
  const iterations = Number(values.iterations);
  const seed = Number(values.seed);
  // A database directory the bench makes for itself is removed at the end; NEO4J_DATA_DIR is kept.
  const ownDir = process.env.NEO4J_DATA_DIR ? null : mkdtempSync(path.join(os.tmpdir(), 'plangraph-bench-'));
  const dataDir = process.env.NEO4J_DATA_DIR ?? ownDir!;
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '0' });
  const removeOwnDir = () => ownDir && rmSync(ownDir, { recursive: true, force: true });
  const log = (line: string) => console.error(line);
  // The bulk path fills an empty store before Neo4j starts; it needs a fresh directory of the bench's own.
  const bulk = fillPath === 'bulk' ? await bulkFill(Number(values.nodes), ownDir, log).catch((error: unknown) => {
    removeOwnDir();
    throw error;
  }) : null;
  const database = bulk?.database ?? (await connectDatabase(config, createLogger('silent'), { bulk: true }).catch((error: unknown) => {
    removeOwnDir();
    throw error;
  }));
  const { db } = database;
  const rawDriver = neo4j.driver(database.uri, neo4j.auth.basic(database.credentials.user, database.credentials.password), { disableLosslessIntegers: true });
  const started: Started[] = [];
  try {
    const fill = await fillDatabase(db, { nodes: Number(values.nodes), path: fillPath, plansPerTransaction: Number(values['plans-per-transaction']), reuse: values.reuse || bulk !== null, log });
    if (bulk) fill.importLine = bulk.line;
    const onlineNodes = Number(values['online-nodes']);
    if (onlineNodes > 0) fill.importLine += ' ' + (await onlineAtScale(db, fill.template, fill.syntheticPlans, onlineNodes, Number(values['plans-per-transaction']), log));
    const [counts] = await db.read<{ nodes: number; edges: number; indicators: number; plans: number }>({
      cypher: 'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() WITH nodes, count(r) AS edges MATCH (i:Indicator) WITH nodes, edges, count(i) AS indicators MATCH (p:Plan) RETURN nodes, edges, indicators, count(p) AS plans',
    });
    const data = await readWorkloadData(db, fill.template, fill.reviewPlans);
    const loadBodies = Number(values['load-bodies']);
    const drawn = drawQuestions(data, seed, Math.max(iterations + WARMUP, Math.ceil(loadBodies / QUESTION_KINDS.length)));
    const varied = Object.fromEntries(QUESTION_KINDS.map((kind) => [kind, drawn[kind].slice(0, iterations + WARMUP)])) as Record<QuestionKind, Question[]>;
    // The cache's best case: the first draw of each question, asked again and again.
    const repeated = Object.fromEntries(QUESTION_KINDS.map((kind) => [kind, Array.from({ length: iterations + WARMUP }, () => drawn[kind][0])])) as Record<QuestionKind, Question[]>;

    const env = apiEnv(database.uri, database.credentials.user, database.credentials.password);
    // BENCH_API_NODE_OPTIONS tries V8 flags on the API process alone (memory experiments).
    const apiExtra: Record<string, string> = process.env.BENCH_API_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS } : {};
    const api = await startApi({ ...env, ...apiExtra });
    started.push(api);
    const uncached = await startApi({ ...env, QUERY_CACHE_MB: '0' });
    started.push(uncached);
    const alternative = await startAlternative(env);
    started.push(alternative);
    const ask: Askers = {
      api: (q) => postGraphql(api.url, q.api, q.variables),
      uncached: (q) => postGraphql(uncached.url, q.api, q.variables),
      raw: rawAsker(rawDriver, config.NEO4J_DATABASE),
      alternative: (q) => postGraphql(alternative.url, q.alternative),
    };

    // Every distinct drawn question, every way, before anything is timed.
    const failures = new Map<string, string>();
    for (const kind of QUESTION_KINDS) {
      const questions = distinct(varied[kind]);
      for (const [key, why] of await compareAnswers(ask, questions)) failures.set(key, why);
      log(`answers compared: ${kind}, ${questions.length} distinct argument sets${WAYS.filter((w) => failures.has(`${kind}|${w}`)).map((w) => ` (${w} failed: ${failures.get(`${kind}|${w}`)})`).join('')}`);
    }

    // Statements and transactions per request with the cache off, counted in this process.
    const counting = await startInProcessApi(database.uri, { ...env, QUERY_CACHE_MB: '0' });
    const statementCounts = new Map<QuestionKind, string>();
    try {
      for (const kind of QUESTION_KINDS) {
        const seen: { statements: number; transactions: number }[] = [];
        for (const q of distinct(varied[kind])) seen.push(await counting.count(q)); // one at a time: the counters are shared
        const range = (xs: number[]) => (Math.min(...xs) === Math.max(...xs) ? String(xs[0]) : `${Math.min(...xs)}–${Math.max(...xs)}`);
        statementCounts.set(kind, `${range(seen.map((s) => s.statements))} | ${range(seen.map((s) => s.transactions))}`);
      }
    } finally {
      await counting.close();
    }

    // The read cache's hit rate for each workload, replayed in this process with the cache on: the same requests in
    // the same order as the shipped API gets them below, after the same retirement of the cache.
    const hitRates = { varied: new Map<QuestionKind, string>(), repeated: new Map<QuestionKind, string>() };
    const replay = await startInProcessApi(database.uri, env);
    try {
      for (const [name, workload] of [['varied', varied], ['repeated', repeated]] as const) {
        await retireReadCaches(db);
        for (const kind of QUESTION_KINDS) {
          const cache = replay.db.readCache!;
          const before = { hits: cache.hits, misses: cache.misses };
          for (const q of workload[kind]) await replay.count(q);
          const hits = cache.hits - before.hits;
          const lookups = hits + cache.misses - before.misses;
          hitRates[name].set(kind, lookups ? `${Math.round((100 * hits) / lookups)}% (${hits}/${lookups})` : '—');
        }
      }
    } finally {
      await replay.close();
    }

    const table = async (workload: Record<QuestionKind, Question[]>, hit: Map<QuestionKind, string>) => {
      const rows = [
        '| question | distinct | PlanGraph p50 | p95 | cache off p50 | p95 | raw Cypher p50 | p95 | @neo4j/graphql p50 | p95 | cache off ÷ raw p50 | p95 | cache off ÷ @neo4j/graphql p50 | p95 | PlanGraph ÷ raw p50 | p95 | cache hit rate |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ];
      // Retired once before the first question, as the replay above did.
      await retireReadCaches(db);
      for (const kind of QUESTION_KINDS) {
        const live = WAYS.filter((w) => !failures.has(`${kind}|${w}`));
        const samples = await timeRounds(ask, live, workload[kind], WARMUP);
        const s = Object.fromEntries(WAYS.map((w) => [w, stats(samples[w])])) as Record<Way, { p50: number; p95: number } | null>;
        const cells = (w: Way) => (s[w] ? `${s[w].p50.toFixed(1)} | ${s[w].p95.toFixed(1)}` : 'failed¹ | —');
        const ratio = (a: Way, b: Way, p: 'p50' | 'p95' = 'p50') => (s[a] && s[b] ? (s[a][p] / s[b][p]).toFixed(2) : '—');
        rows.push(
          `| ${QUESTION_NAMES[kind]} | ${distinct(workload[kind].slice(WARMUP)).length} | ${cells('api')} | ${cells('uncached')} | ${cells('raw')} | ${cells('alternative')} | ` +
            `${ratio('uncached', 'raw')} | ${ratio('uncached', 'raw', 'p95')} | ${ratio('uncached', 'alternative')} | ${ratio('uncached', 'alternative', 'p95')} | ${ratio('api', 'raw')} | ${ratio('api', 'raw', 'p95')} | ${hit.get(kind)} |`,
        );
        log(`timed: ${kind}`);
      }
      return rows;
    };
    const variedTable = await table(varied, hitRates.varied);
    const repeatedTable = await table(repeated, hitRates.repeated);
    for (const s of started.splice(0)) await s.stop();

    // Load: each run against a freshly started API as it ships, the varied bodies in turn across all connections.
    const bodies = Array.from({ length: loadBodies }, (_, j) => apiBody(drawn[QUESTION_KINDS[j % QUESTION_KINDS.length]][Math.floor(j / QUESTION_KINDS.length)]));
    const seconds = Number(values['load-seconds']);
    const loadRows = [
      '| API processes | run | req/s | p50 ms | p99 ms | errors | timeouts | non-2xx | requests | peak RSS under load of the largest worker, MB | VmHWM, MB |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    const workerCounts = String(values['load-workers']).split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 1);
    for (const workers of workerCounts) {
      for (let runIndex = 1; runIndex <= Number(values['load-runs']); runIndex++) {
        const fresh = await startApi({ ...env, ...apiExtra, API_WORKERS: String(workers) });
        started.push(fresh);
        const pid = fresh.child.pid!;
        // The first worker answers first; the others start once it serves.
        for (let i = 0; i < 600 && processCount(pid) < workers + 1; i++) await new Promise((r) => setTimeout(r, 100));
        if (workers > 1) await new Promise((r) => setTimeout(r, 3_000));
        let peak = 0;
        const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(pid).rss)), 250);
        let next = 0;
        const result = await autocannon({
          url: fresh.url,
          connections: 50,
          duration: seconds,
          requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
        });
        clearInterval(sampler);
        const memory = memoryOf(pid);
        const statuses = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2')).map(([code, { count }]) => `${count}× ${code}`);
        const non2xx = statuses.length ? `${result.non2xx} (${statuses.join(', ')})` : String(result.non2xx);
        loadRows.push(`| ${workers} | ${runIndex} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors} | ${result.timeouts} | ${non2xx} | ${result.requests.total} | ${peak} | ${memory.peak} |`);
        log(`load, ${workers} API processes, run ${runIndex}: ${Math.round(result.requests.average)} req/s`);
        await fresh.stop();
        started.splice(started.indexOf(fresh), 1);
      }
    }

    const footnotes = [...failures].map(([key, why]) => `¹ ${key.replace('|', ' — ')}: ${why}`);
    const lines = [
      `Neo4j ${database.uri.startsWith('bolt://127.0.0.1') ? 'embedded' : 'at ' + database.uri}: heap ${process.env.NEO4J_HEAP ?? '512m'}, page cache ${process.env.NEO4J_PAGECACHE ?? '256m'}. API started as \`${API_COMMAND.join(' ')}\`.`,
      `Graph: ${counts.nodes} entity nodes (${counts.indicators} indicators), ${counts.edges} edges, ${counts.plans} plans (${fill.syntheticPlans} synthetic + the real one and the plans it follows).`,
      fill.importLine,
      `Workload (seed ${seed}): pages drawn from ${data.listKeys.length} listed indicators, search words from ${data.searchTerms.length}, impact sources from ${data.impactSources.length} laws and agencies, reviews from ${data.reviewPlans.length} plans × 5 years.`,
      '',
      `**Varied workload** (the headline): latency in ms over ${iterations} interleaved rounds after ${WARMUP} warm-up rounds, each round a new draw of the arguments; the read cache retired before timing.`,
      '',
      ...variedTable,
      '',
      `**Repeated question** (the read cache's best case): the first draw of each question asked ${iterations + WARMUP} times.`,
      '',
      ...repeatedTable,
      ...(footnotes.length ? ['', ...footnotes] : []),
      '',
      'Cache hit rate: cached statements of the statements looked up, replayed in-process on the same requests. Answers were compared across the ways for every distinct argument set before timing.',
      '',
      '**Statements per request**, cache off, counted in-process over every distinct argument set drawn:',
      '',
      '| question | statements | transactions |',
      '| --- | ---: | ---: |',
      ...QUESTION_KINDS.map((kind) => `| ${QUESTION_NAMES[kind]} | ${statementCounts.get(kind)} |`),
      '',
      `**Under load** (autocannon, 50 connections, ${seconds} s a run, ${loadBodies} drawn request bodies in turn, each run against a freshly started API as shipped, with API_WORKERS = ${workerCounts.join(', ')}):`,
      '',
      ...loadRows,
    ];
    console.log(lines.join('\n'));
  } finally {
    for (const s of started) await s.stop();
    await rawDriver.close();
    await database.close();
    removeOwnDir();
  }
  return 0;
}

/** The synthetic plans by neo4j-admin into the bench's own empty directory; returns the started database and a sentence with each phase. */
async function bulkFill(nodes: number, ownDir: string | null, log: (line: string) => void) {
  if (!ownDir) throw new Error('--path bulk needs an empty database of its own: unset NEO4J_DATA_DIR');
  const { database, report } = await fillSyntheticDatabase({ nodes, path: 'bulk', dataDir: ownDir, progress: log });
  const phases = report.phases.map((p) => `${p.name} ${p.seconds.toFixed(0)} s (${p.nodesPerSecond} nodes/s)`).join(', ');
  const line =
    `Import by the bulk path (neo4j-admin into an empty store): ${report.nodes} nodes and ${report.edges} edges in ${report.seconds.toFixed(0)} s, ` +
    `**${report.nodesPerSecond} nodes/s** end to end; ${phases}.`;
  return { database, line };
}

/** Loads about `nodes` nodes of new synthetic plans through the online loader into the filled database; a sentence with the throughput. */
async function onlineAtScale(db: GraphGateway, template: PlanGraphData, firstPlan: number, nodes: number, batch: number, log: (line: string) => void): Promise<string> {
  const { plans } = syntheticPlanCount(template, nodes, DEFAULT_GENERATOR);
  log(`online loader at scale: ${plans} more plans, ${batch} a transaction`);
  const { before, created, edges, seconds } = await loadOnline(db, template, { plans, firstPlan, batch, log });
  return `Then the online loader (${batch} plans a transaction) into that ${before}-node database: ${created} new nodes and ${edges} edges in ${seconds.toFixed(0)} s, **${Math.round(created / seconds)} nodes/s**.`;
}

runCli('bench', run);
