import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadPlanGraphFromDisk } from '../seed/build';
import { BULK_ARRAY_DELIMITER, writeBulkCsv } from '../seed/bulk';
import { finishBulkLoad } from '../src/importer/load.writer';
import { loadConfig } from '../src/config';
import { connectDatabase, type Database } from '../src/db/connect';
import { importIntoEmptyDatabase } from '../src/db/embedded/bulkImport';
import type { PlanGraphData } from '../src/graph/graph';
import { createLogger } from '../src/logger';
import { DEFAULT_GENERATOR, generatePlan, type GeneratorOptions } from './generator';
import { loadSyntheticPlans, syntheticPlanCount } from './syntheticLoad';

/** Which way a database is filled: neo4j-admin import into an empty store, or the online loader through Bolt. */
export type LoadPath = 'bulk' | 'online';

/** One phase of a fill with its seconds and nodes/s (over the fill's distinct nodes). */
export interface LoadPhase {
  name: string;
  seconds: number;
  nodesPerSecond: number;
}

/** What a fill did. */
export interface FillReport {
  path: LoadPath;
  plans: number;
  /** Distinct nodes and edges in the database afterwards. */
  nodes: number;
  edges: number;
  seconds: number;
  nodesPerSecond: number;
  phases: LoadPhase[];
}

/** How to fill. */
export interface FillOptions {
  /** About this many nodes (synthetic plans shaped like the real one; agencies and laws shared). */
  nodes: number;
  path: LoadPath;
  /** The embedded Neo4j's home; must not hold a database yet for `bulk`. */
  dataDir: string;
  generator?: Partial<GeneratorOptions>;
  /** Plans per transaction on the online path (default 60: paired runs of 100 000 nodes loaded 20–50 % faster than with 20). */
  batch?: number;
  /** Where the CSV goes (deleted afterwards); defaults to a temp dir beside dataDir. */
  csvDir?: string;
  template?: PlanGraphData;
  progress?: (msg: string) => void;
}

/**
 * Fills an embedded Neo4j in `dataDir` with synthetic plans by either path and returns it started (the caller
 * closes it), with the time each phase took: csv, import, start, schema, finish for `bulk`; start, load for `online`.
 */
export async function fillSyntheticDatabase(options: FillOptions): Promise<{ database: Database; report: FillReport }> {
  const progress = options.progress ?? (() => undefined);
  const template = options.template ?? loadPlanGraphFromDisk(path.join(__dirname, '../seed/plans/lps-msm-14'));
  const generator = { ...DEFAULT_GENERATOR, ...options.generator };
  const { plans } = syntheticPlanCount(template, options.nodes, generator);
  const phases: { name: string; seconds: number }[] = [];
  let lapStarted = performance.now();
  const lap = (name: string) => {
    const seconds = (performance.now() - lapStarted) / 1000;
    phases.push({ name, seconds });
    progress(`  ${name}: ${seconds.toFixed(1)} s`);
    lapStarted = performance.now();
  };
  const started = performance.now();
  const config = loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: options.dataDir, NEO4J_BOLT_PORT: '0' });
  const logger = createLogger(process.env.BENCH_LOG_LEVEL ?? 'warn');
  let database: Database;
  if (options.path === 'bulk') {
    const csvDir = options.csvDir ?? mkdtempSync(`${path.resolve(options.dataDir)}-csv-`);
    try {
      progress(`writing CSV for ${plans} plans to ${csvDir}`);
      const csv = await writeBulkCsv(syntheticPlans(template, plans, generator), csvDir);
      lap('csv');
      progress(`  ${csv.nodeCount} nodes, ${csv.edgeCount} edges, ${(csv.bytes / 1e6).toFixed(0)} MB; neo4j-admin database import full`);
      const imported = await importIntoEmptyDatabase({ dataDir: options.dataDir, nodes: csv.nodes, relationships: csv.relationships, arrayDelimiter: BULK_ARRAY_DELIMITER, workDir: csvDir, heap: process.env.BULK_IMPORT_HEAP });
      lap('import');
      for (const stage of imported.stages) progress(`    ${stage.name}: ${stage.seconds.toFixed(1)} s`);
      database = await connectDatabase(config, logger, { bulk: true });
      lap('start');
      await finishBulkLoad(database.db, csv, (name) => lap(name));
    } finally {
      rmSync(csvDir, { recursive: true, force: true });
    }
  } else {
    database = await connectDatabase(config, logger, { bulk: true });
    lap('start');
    await loadSyntheticPlans(database.db, template, {
      plans,
      batch: options.batch ?? 60,
      options: generator,
      applySchema: true,
      reportEvery: 10,
      progress: (done, r) => progress(`  ${done}/${plans} plans, ${r.nodeRows} node rows, ${Math.round(r.nodeRows / r.seconds)} rows/s`),
    });
    lap('load');
  }
  const seconds = (performance.now() - started) / 1000;
  const [counts] = await database.db.read<{ nodes: number; edges: number }>({ cypher: 'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS edges' });
  const perSecond = (s: number) => Math.round(counts.nodes / s);
  return {
    database,
    report: {
      path: options.path,
      plans,
      nodes: counts.nodes,
      edges: counts.edges,
      seconds,
      nodesPerSecond: perSecond(seconds),
      phases: phases.map((p) => ({ ...p, nodesPerSecond: perSecond(p.seconds) })),
    },
  };
}

/** Plans 0..count-1, generated one at a time as the CSV writer asks for them. */
function* syntheticPlans(template: PlanGraphData, count: number, options: GeneratorOptions): Generator<PlanGraphData> {
  for (let k = 0; k < count; k++) yield generatePlan(template, k, options);
}
