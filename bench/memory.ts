/**
 * `tsx bench/memory.ts --entry dist/main.js [--runs 3] [--seconds 20] [--law Law:…]`: the API's resident memory
 * under load. Starts the API (a .js entry with plain node, a .ts entry through tsx) against NEO4J_URI (a database
 * already loaded, e.g. by `npm run bench:load`), drives it with autocannon at 50 connections with the five
 * flagship questions in turn, samples VmRSS every 100 ms, and prints per run: RSS after start, peak RSS, req/s,
 * errors and non-2xx (--root: another checkout to run, for a before/after; --flags: node's flags for a .js entry,
 * by default those `npm start` uses). Extra environment for the API (QUERY_CACHE_MB, …) passes through.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { apiBody, memoryOf, startServer } from './measure';
import { buildQuestion } from './questions';

const ROOT = path.resolve(__dirname, '..');

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
    const entry = values.entry!;
    const command = entry.endsWith('.ts') ? [process.execPath, '--import', 'tsx', entry] : [process.execPath, ...values.flags!.split(' ').filter(Boolean), entry];
    const env = { SEED_ON_START: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production', MAX_QUERY_COST: '10000000' };
    const { child, url, stop } = await startServer(command, env, path.resolve(values.root!));
    const pid = child.pid!;
    try {
      await new Promise((r) => setTimeout(r, 1000));
      const started = memoryOf(pid).rss;
      let peak = started;
      const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(pid).rss)), 100);
      const load = await autocannon({
        url,
        connections: 50,
        duration: Number(values.seconds),
        requests: questions.map((q) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: apiBody(q) })),
      });
      clearInterval(sampler);
      console.log(
        `run ${run} ${values.entry} cache=${process.env.QUERY_CACHE_MB ?? 'default'}: start ${started} MB, peak ${peak} MB, ${Math.round(load.requests.average)} req/s, ` +
          `p99 ${load.latency.p99} ms, ${load.errors} errors, ${load.non2xx} non-2xx of ${load.requests.total}`,
      );
    } finally {
      await stop();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
