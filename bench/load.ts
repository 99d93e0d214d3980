/**
 * `npm run bench:load -- --nodes 1000000 --path bulk|online [--batch 60] [--seed 14] [--keep]`: generates synthetic
 * plans shaped like the real one and fills an embedded Neo4j in a fresh directory with them, by the bulk path
 * (CSV + neo4j-admin import, empty database only) or the online loader (seed/load.ts through Bolt), printing each
 * phase's seconds and nodes/s. NEO4J_HEAP / NEO4J_PAGECACHE size the Neo4j (2g / 2g suit a million nodes),
 * BULK_IMPORT_HEAP the import tool. The data directory is deleted afterwards unless --keep.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../src/cli/run';
import { fillSyntheticDatabase } from './bulkLoad';

async function run(): Promise<number> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '100000' },
      path: { type: 'string', default: 'online' },
      batch: { type: 'string', default: '60' },
      seed: { type: 'string', default: '14' },
      keep: { type: 'boolean', default: false },
    },
  });
  if (values.path !== 'bulk' && values.path !== 'online') throw new Error(`--path is bulk or online, not ${values.path}`);
  const dataDir = process.env.NEO4J_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'plangraph-bench-'));
  console.log(`filling ${dataDir} with ~${values.nodes} nodes by the ${values.path} path`);
  const { database, report } = await fillSyntheticDatabase({
    nodes: Number(values.nodes),
    path: values.path,
    dataDir,
    batch: Number(values.batch),
    generator: { seed: Number(values.seed) },
    progress: (msg) => console.log(msg),
  });
  await database.close();
  if (!values.keep) rmSync(dataDir, { recursive: true, force: true });
  console.log(`done (${report.path}): ${report.plans} plans, ${report.nodes} nodes, ${report.edges} edges in ${report.seconds.toFixed(1)} s: ${report.nodesPerSecond} nodes/s overall`);
  for (const phase of report.phases) console.log(`  ${phase.name.padEnd(8)} ${phase.seconds.toFixed(1).padStart(7)} s  ${String(phase.nodesPerSecond).padStart(9)} nodes/s`);
  console.log(JSON.stringify(report));
  return 0;
}

runCli('bench:load', run);
