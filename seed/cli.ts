/** `npm run seed [-- --plan <dir>] [--check]`: validate a plan's text and curation, then load it into Neo4j. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/connect';
import { createLogger } from '../src/logger';
import { SeedValidationError, loadPlanGraphFromDisk } from './build';
import { loadPlanGraphs } from '../src/importer/load.writer';
import { runCli } from '../src/cli/run';

async function run(): Promise<number> {
  const { values } = parseArgs({
    options: {
      plan: { type: 'string', default: path.join(__dirname, 'plans/lps-msm-14') },
      registry: { type: 'string', default: path.join(__dirname, 'registry') },
      check: { type: 'boolean', default: false },
    },
  });
  const planDir = path.resolve(values.plan!);
  console.log(`reading ${planDir}`);
  let graph;
  try {
    graph = loadPlanGraphFromDisk(planDir, path.resolve(values.registry!));
  } catch (error) {
    if (error instanceof SeedValidationError) {
      console.error(error.message);
      console.error('nothing was written.');
      return 2;
    }
    throw error;
  }
  const count = (xs: { label?: string; type?: string }[], key: 'label' | 'type') =>
    Object.entries(xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x[key]!]: (acc[x[key]!] ?? 0) + 1 }), {}))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  console.log(`valid: ${graph.nodes.length} nodes (${count(graph.nodes, 'label')}); ${graph.edges.length} edges (${count(graph.edges, 'type')})`);
  if (values.check) return 0;
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const database = await connectDatabase(config, log, { reuseRunning: true, bulk: true });
  try {
    // An operator's reload is a write like any other: one audit entry (SEED_PLAN) with its counts.
    const report = await loadPlanGraphs(database.db, [graph], { progress: (msg) => console.log(msg), audited: { by: 'seed-cli', action: 'SEED_PLAN' } });
    console.log(`loaded ${graph.planId} into ${database.uri} in ${report.ms} ms (removed ${report.removedNodes} stale nodes, ${report.removedEdges} stale edges)`);
  } finally {
    await database.close();
  }
  return 0;
}

runCli('seed', run);
