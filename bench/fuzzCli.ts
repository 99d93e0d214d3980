/** `npm run fuzz -- --queries N [--seed S] [--nodes 20000] [--budget-mb 700]`: see bench/fuzz.ts. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadPlanGraphFromDisk } from '../seed/build';
import { loadPlanGraph } from '../src/importer/load.writer';
import { runCli } from '../src/cli/run';
import { startEmbeddedNeo4j } from '../src/db/embedded/embeddedNeo4j';
import { GraphGateway, openDriver } from '../src/db/gateway';
import { createLogger } from '../src/logger';
import { buildSchema } from '../src/server';
import { startProductionApi } from '../tests/support/production';
import { fillSyntheticDatabase } from './bulkLoad';
import { describe, fuzz } from './fuzz';

const TOKENS = [undefined, 'reader-token', 'analyst-token', 'planner-token', 'admin-token'];

async function run(): Promise<number> {
  const { values } = parseArgs({ options: { queries: { type: 'string', default: '5000' }, seed: { type: 'string' }, nodes: { type: 'string' }, 'budget-mb': { type: 'string', default: '700' }, concurrency: { type: 'string', default: '2' } } });
  const seed = values.seed ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-fuzz-'));
  const stops: (() => Promise<void>)[] = [];
  try {
    let uri: string;
    const plan = loadPlanGraphFromDisk(path.join(__dirname, '../seed/plans/lps-msm-14'));
    if (values.nodes) {
      console.log(`filling ${dataDir} with ~${values.nodes} nodes (bulk path)`);
      const { database } = await fillSyntheticDatabase({ nodes: Number(values.nodes), path: 'bulk', dataDir, progress: (m) => console.log(m) });
      stops.push(() => database.close());
      await loadPlanGraph(database.db, plan);
      uri = database.uri;
    } else {
      const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0, log: (m) => console.log(`[neo4j] ${m}`) });
      stops.push(() => neo4j.stop());
      const db = new GraphGateway(openDriver({ uri: neo4j.uri, user: 'neo4j', password: '' }), undefined, createLogger('warn')).forBulkWork();
      await loadPlanGraph(db, plan);
      await db.close();
      uri = neo4j.uri;
    }
    const api = await startProductionApi({ NEO4J_URI: uri });
    stops.unshift(() => api.close());
    const report = await fuzz(api.url, buildSchema(), { seed, count: Number(values.queries), tokens: TOKENS, concurrency: Number(values.concurrency), rss: () => api.rss(), progress: (n) => console.log(`${n} queries sent, RSS ${(api.rss() / 1048576).toFixed(0)} MB`) });
    console.log(describe(report));
    const budget = Number(values['budget-mb']) * 1024 * 1024;
    const ok = report.failures.length === 0 && report.peakRss < budget && api.child.exitCode === null;
    if (report.failures.length) {
      // What the API logged about them (pino: level 50 is error).
      const errors = api.output().split('\n').filter((l) => /"level":(50|60)/.test(l));
      console.log(`API errors logged (${errors.length}):\n${errors.slice(-10).map((l) => l.slice(0, 1500)).join('\n')}`);
    }
    if (!ok) console.log(`FAILED (replay with --seed ${seed}${values.nodes ? ` --nodes ${values.nodes}` : ''}): ${report.failures.length} failures, peak RSS ${(report.peakRss / 1048576).toFixed(0)} MB against a budget of ${values['budget-mb']} MB`);
    return ok ? 0 : 1;
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runCli('fuzz', run);
