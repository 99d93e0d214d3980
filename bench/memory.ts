/**
 * `tsx bench/memory.ts --entry dist/main.js [--runs 3] [--seconds 20] [--law Law:…]`: the API's resident memory
 * under load. Starts the API (a .js entry with plain node, a .ts entry through tsx) against NEO4J_URI (a database
 * already loaded, e.g. by `npm run bench:load`), drives it with autocannon at 50 connections with the five
 * flagship questions in turn, samples VmRSS every 100 ms, and prints per run: RSS after start, peak RSS, req/s,
 * errors and non-2xx (--root: another checkout to run, for a before/after; --flags: node's flags for a .js entry,
 * by default those `npm start` uses). Extra environment for the API (QUERY_CACHE_MB, …) passes through.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildQuestion } from './questions';

const ROOT = path.resolve(__dirname, '..');

const rssOf = (pid: number): number => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function start(entry: string, cwd: string, flags: string[]): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const args = entry.endsWith('.ts') ? ['--import', 'tsx', entry] : [...flags, entry];
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production', MAX_QUERY_COST: '10000000' };
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).ok) return { child, url };
    } catch {
      // not listening yet
    }
  }
  child.kill();
  throw new Error(`${entry} did not start`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { entry: { type: 'string', default: 'dist/main.js' }, runs: { type: 'string', default: '3' }, seconds: { type: 'string', default: '20' }, law: { type: 'string', default: 'Law:special-equipment-safety-law' }, root: { type: 'string', default: ROOT }, flags: { type: 'string', default: '--max-old-space-size=512 --max-semi-space-size=32' } } });
  const questions = [
    buildQuestion('filter', { attribute: 'BINDING', hasOwner: false }),
    buildQuestion('page', { position: 0, after: null }),
    buildQuestion('search', { term: '特种设备' }),
    buildQuestion('impact', { source: values.law! }),
    buildQuestion('review', { planKey: 'lps-msm-14', asOf: 2023 }),
  ];
  for (let run = 1; run <= Number(values.runs); run++) {
    const { child, url } = await start(values.entry!, path.resolve(values.root!), values.flags!.split(' ').filter(Boolean));
    const pid = child.pid!;
    try {
      await new Promise((r) => setTimeout(r, 1000));
      const started = rssOf(pid);
      let peak = started;
      const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 100);
      const load = await autocannon({
        url,
        connections: 50,
        duration: Number(values.seconds),
        requests: questions.map((q) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.api, variables: q.variables }) })),
      });
      clearInterval(sampler);
      console.log(
        `run ${run} ${values.entry} cache=${process.env.QUERY_CACHE_MB ?? 'default'}: start ${started} MB, peak ${peak} MB, ${Math.round(load.requests.average)} req/s, ` +
          `p99 ${load.latency.p99} ms, ${load.errors} errors, ${load.non2xx} non-2xx of ${load.requests.total}`,
      );
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
