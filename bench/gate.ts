/**
 * `npm run bench:gate [-- --record]`: a small benchmark that fails when a flagship question got slower by design.
 *
 * On a fresh embedded Neo4j with about 20 000 nodes (bench/fill.ts), PlanGraph with the read cache off (built in
 * this process, as tests/support/api.ts builds it) and raw Cypher answer the varied workload (bench/workload.ts).
 * It fails when, for any flagship question:
 * - the answers differ;
 * - the statements one request sends (most over the drawn arguments) grow past bench/gate-baseline.json's;
 * - the cache-off ÷ raw p50 ratio exceeds 1.5× the recorded one. The ratio is the median of per-round ratios over
 *   interleaved rounds, since single timings on a shared 2-core machine are noisy.
 * `--record` rewrites the baseline from this run, with the commit it ran on.
 *
 * Run through scripts/bench-gate.js, which gives it a private TMPDIR and removes it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { runCli } from '../src/cli/run';
import { loadConfig } from '../src/config';
import { fillSyntheticDatabase } from './bulkLoad';
import { fillDatabase } from './fill';
import { apiEnv, compareAnswers, median, postGraphql, rawAsker, ROOT, startInProcessApi, timeRounds, type Askers } from './measure';
import { QUESTION_KINDS, QUESTION_NAMES, type QuestionKind } from './questions';
import { distinct, drawQuestions, readWorkloadData } from './workload';

const BASELINE = path.join(ROOT, 'bench/gate-baseline.json');
const NODES = 20_000;
const SEED = 17;
/** Rounds whose per-round ratios the gate takes the median of, and drawn questions per round and question. */
const ROUNDS = 15;
const PER_ROUND = 6;
/** Synthetic plans with figures for the review: fewer than the bench's, as recording them is a third of the fill's time. */
const REVIEWED_PLANS = 4;
/** A question fails when its ratio exceeds the recorded one by this factor. */
const RATIO_TOLERANCE = 1.5;

interface GateFigures {
  statements: number;
  transactions: number;
  ratio: number;
}

interface Baseline {
  commit: string;
  recordedAt: string;
  nodes: number;
  seed: number;
  questions: Record<QuestionKind, GateFigures>;
}

function commitOf(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}

async function run(): Promise<number> {
  const { values } = parseArgs({ options: { record: { type: 'boolean', default: false } } });
  const started = performance.now();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-gate-'));
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', NEO4J_URI: undefined, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0' });
  // The synthetic plans by the bulk path (neo4j-admin into the empty store): a third of the online loader's time here.
  const { database } = await fillSyntheticDatabase({ nodes: NODES, path: 'bulk', dataDir }).catch((error: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  const rawDriver = neo4j.driver(database.uri, neo4j.auth.basic(database.credentials.user, database.credentials.password), { disableLosslessIntegers: true });
  const log = (line: string) => console.error(line);
  let failed = false;
  try {
    log(`gate: Neo4j up in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const fill = await fillDatabase(database.db, { nodes: NODES, path: 'bulk', plansPerTransaction: 20, reuse: true, reviewedSyntheticPlans: REVIEWED_PLANS, log: (line) => (line.startsWith('  ') ? undefined : log(`gate: ${line}`)) });
    log(`gate: filled in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const data = await readWorkloadData(database.db, fill.template, fill.reviewPlans);
    const drawn = drawQuestions(data, SEED, (ROUNDS + 1) * PER_ROUND);
    const api = await startInProcessApi(database.uri, { ...apiEnv(database.uri, database.credentials.user, database.credentials.password), QUERY_CACHE_MB: '0' });
    const ask: Askers = { uncached: (q) => postGraphql(api.url, q.api, q.variables), raw: rawAsker(rawDriver, config.NEO4J_DATABASE) };
    const figures = {} as Record<QuestionKind, GateFigures & { spread: string }>;
    const problems: string[] = [];
    try {
      for (const kind of QUESTION_KINDS) {
        const questions = distinct(drawn[kind]);
        for (const [key, why] of await compareAnswers(ask, questions)) problems.push(`${key}: ${why}`);
        const counts = [];
        for (const q of questions) counts.push(await api.count(q));
        figures[kind] = { statements: Math.max(...counts.map((c) => c.statements)), transactions: Math.max(...counts.map((c) => c.transactions)), ratio: 0, spread: '' };
      }
      // Round 0 warms plans and JITs; each later round's ratio is its own p50s', and the gate takes their median.
      const ratios = Object.fromEntries(QUESTION_KINDS.map((kind) => [kind, [] as number[]])) as Record<QuestionKind, number[]>;
      for (let round = 0; round <= ROUNDS; round++) {
        for (const kind of QUESTION_KINDS) {
          const samples = await timeRounds(ask, ['uncached', 'raw'], drawn[kind].slice(round * PER_ROUND, (round + 1) * PER_ROUND), 0);
          if (round > 0) ratios[kind].push(median(samples.uncached) / median(samples.raw));
        }
      }
      for (const kind of QUESTION_KINDS) {
        const sorted = [...ratios[kind]].sort((a, b) => a - b);
        figures[kind].ratio = Number(median(sorted).toFixed(3));
        figures[kind].spread = `${sorted[0].toFixed(2)}–${sorted[sorted.length - 1].toFixed(2)}`;
      }
    } finally {
      await api.close();
    }

    const baseline: Baseline | null = (() => {
      try {
        return JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline;
      } catch {
        return null;
      }
    })();
    const rows = ['| question | statements | recorded | transactions | cache off ÷ raw p50 (median of rounds) | round ratios | recorded | limit | |', '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |'];
    for (const kind of QUESTION_KINDS) {
      const now = figures[kind];
      const was = baseline?.questions[kind];
      const limit = was ? was.ratio * RATIO_TOLERANCE : null;
      const verdict: string[] = [];
      if (was && now.statements > was.statements) verdict.push(`statements grew from ${was.statements} to ${now.statements}`);
      if (limit !== null && now.ratio > limit) verdict.push(`ratio ${now.ratio.toFixed(2)} > ${limit.toFixed(2)}`);
      if (!values.record) problems.push(...verdict.map((v) => `${kind}: ${v}`));
      rows.push(
        `| ${QUESTION_NAMES[kind]} | ${now.statements} | ${was?.statements ?? '—'} | ${now.transactions} | ${now.ratio.toFixed(2)} | ${now.spread} | ${was?.ratio.toFixed(2) ?? '—'} | ${limit?.toFixed(2) ?? '—'} | ${verdict.length ? 'FAIL' : 'ok'} |`,
      );
    }
    console.log(`Bench gate: ${NODES} nodes asked for, ${fill.syntheticPlans} synthetic plans; ${ROUNDS} rounds of ${PER_ROUND} drawn questions each way; baseline ${baseline ? `from ${baseline.commit}` : 'none'}.\n`);
    console.log(rows.join('\n'));
    if (values.record) {
      const next: Baseline = {
        commit: commitOf(),
        recordedAt: new Date().toISOString(),
        nodes: NODES,
        seed: SEED,
        questions: Object.fromEntries(QUESTION_KINDS.map((kind) => [kind, { statements: figures[kind].statements, transactions: figures[kind].transactions, ratio: figures[kind].ratio }])) as Record<QuestionKind, GateFigures>,
      };
      writeFileSync(BASELINE, `${JSON.stringify(next, null, 2)}\n`);
      console.log(`\nrecorded ${path.relative(ROOT, BASELINE)} at ${next.commit}`);
    } else if (!baseline) {
      problems.push(`no baseline: run npm run bench:gate -- --record`);
    }
    if (problems.length) {
      failed = true;
      console.log(`\nbench gate FAILED:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    } else if (!values.record) {
      console.log('\nbench gate passed');
    }
  } finally {
    await rawDriver.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    console.log(`bench gate: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  return failed ? 1 : 0;
}

runCli('bench:gate', run);
