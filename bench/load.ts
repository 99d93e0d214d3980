/**
 * `npm run bench:load -- --nodes 1000000 [--batch 20] [--seed 14]`: generates synthetic plans shaped like the
 * real one and loads them through the normal loader, printing progress and throughput. Uses NEO4J_URI, or an
 * embedded Neo4j in a fresh directory (NEO4J_HEAP / NEO4J_PAGECACHE size it; 2g / 2g suit a million nodes).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadPlanGraphFromDisk } from '../seed/build';
import { runCli } from '../src/cli/run';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/connect';
import { createLogger } from '../src/logger';
import { DEFAULT_GENERATOR } from './generator';
import { loadSyntheticPlans, syntheticPlanCount } from './syntheticLoad';

async function run(): Promise<number> {
  const { values } = parseArgs({ options: { nodes: { type: 'string', default: '100000' }, batch: { type: 'string', default: '20' }, seed: { type: 'string', default: '14' } } });
  const target = Number(values.nodes);
  const batch = Number(values.batch);
  const template = loadPlanGraphFromDisk(path.join(__dirname, '../seed/plans/lps-msm-14'));
  const options = { ...DEFAULT_GENERATOR, seed: Number(values.seed) };
  const config = loadConfig({ ...process.env, NEO4J_DATA_DIR: process.env.NEO4J_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'plangraph-bench-')), NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '0' });
  const database = await connectDatabase(config, createLogger(process.env.BENCH_LOG_LEVEL ?? 'warn'), { bulk: true });
  try {
    const { plans, perPlan } = syntheticPlanCount(template, target, options);
    console.log(`loading ${plans} synthetic plans (~${perPlan} plan nodes each, agencies and laws shared) into ${database.uri}, ${batch} plans a transaction`);
    const { nodeRows, seconds } = await loadSyntheticPlans(database.db, template, {
      plans,
      batch,
      options,
      applySchema: true,
      reportEvery: 10,
      progress: (done, r) => console.log(`  ${done}/${plans} plans, ${r.nodeRows} nodes written, ${Math.round(r.nodeRows / r.seconds)} nodes/s, ${Math.round(r.edges / r.seconds)} edges/s`),
    });
    const [counts] = await database.db.read<{ nodes: number; edges: number }>({ cypher: 'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS edges' });
    console.log(`done: ${counts.nodes} distinct nodes, ${counts.edges} edges in the database; ${seconds.toFixed(1)} s, ${Math.round(nodeRows / seconds)} node writes/s`);
  } finally {
    await database.close();
  }
  return 0;
}

runCli('bench:load', run);
