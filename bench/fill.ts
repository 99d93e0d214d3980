/**
 * The one place the benchmarks fill their database: the real plan, synthetic plans next to it, and the figures the
 * review question reads. `npm run bench` and `npm run bench:gate` both call fillDatabase.
 */
import path from 'node:path';
import { loadPlanGraphFromDisk } from '../seed/build';
import { loadPlanGraph } from '../src/importer/load.writer';
import type { GraphGateway } from '../src/db/gateway';
import type { PlanGraphData } from '../src/graph/graph';
import { recordMeasurements } from '../src/review/review.repository';
import { DEFAULT_GENERATOR } from './generator';
import { loadSyntheticPlans, syntheticPlanCount } from './syntheticLoad';

export const REAL_PLAN = 'lps-msm-14';
const ROOT = path.resolve(__dirname, '..');

/** How synthetic plans reach the database: the transactional loader, or the offline bulk path. */
export type FillPath = 'online' | 'bulk';

/** Plans whose Table 1 indicators get figures, so the review question has something to judge: the real one and these many synthetic ones. */
export const REVIEWED_SYNTHETIC_PLANS = 19;

/** A --path option as a FillPath; throws for a path not available (before anything starts, in the CLIs). */
export function fillPathOf(value: string | undefined): FillPath {
  if (value !== 'online' && value !== 'bulk') throw new Error(`--path is online or bulk, not ${value}`);
  return value;
}

export interface FillOptions {
  nodes: number;
  path: FillPath;
  /** Plans per write transaction (online path). */
  plansPerTransaction: number;
  /** Skip the synthetic load when the database already holds synthetic plans (NEO4J_DATA_DIR reuse). */
  reuse: boolean;
  /** Synthetic plans given figures beside the real one (REVIEWED_SYNTHETIC_PLANS unless said). */
  reviewedSyntheticPlans?: number;
  log: (line: string) => void;
}

export interface FillReport {
  template: PlanGraphData;
  syntheticPlans: number;
  /** A sentence on the import: throughput, or that it was skipped. */
  importLine: string;
  /** Keys of the plans with figures (the review question draws from them). */
  reviewPlans: string[];
}

/** Fills the database (idempotent for the real plan and the figures); see the module comment. */
export async function fillDatabase(db: GraphGateway, { nodes, path: fillPath, plansPerTransaction, reuse, reviewedSyntheticPlans = REVIEWED_SYNTHETIC_PLANS, log }: FillOptions): Promise<FillReport> {
  fillPathOf(fillPath);
  const template = loadPlanGraphFromDisk(path.join(ROOT, 'seed/plans', REAL_PLAN));
  const { plans, perPlan } = syntheticPlanCount(template, nodes, DEFAULT_GENERATOR);
  const [{ present }] = await db.read<{ present: number }>({ cypher: "MATCH (p:Plan) WHERE p.key STARTS WITH 'syn-' RETURN count(p) AS present" });
  await loadPlanGraph(db, template); // the real plan, idempotent: the review and search questions ask about it; applies the schema
  let importLine = `Import: not measured in this run (--reuse of a database holding ${present} synthetic plans).`;
  if (!reuse || present === 0) {
    log(`loading ${plans} synthetic plans (~${perPlan} plan nodes each) through the loader, ${plansPerTransaction} a transaction`);
    const { created, written, edges, seconds } = await loadOnline(db, template, { plans, firstPlan: 0, batch: plansPerTransaction, log });
    importLine =
      `Import through the loader (${plansPerTransaction} plans a transaction): ${created} new nodes and ${edges} edges in ${seconds.toFixed(0)} s, ` +
      `**${Math.round(created / seconds)} nodes/s** (${Math.round(edges / seconds)} edges/s; ${written} node rows sent, shared agencies and laws once per plan).`;
  }
  const syntheticPlans = reuse && present > 0 ? present : plans;
  const reviewPlans = [REAL_PLAN, ...Array.from({ length: Math.min(reviewedSyntheticPlans, syntheticPlans) }, (_, k) => `syn-${k}`)];
  const figuresStarted = performance.now();
  await recordFigures(db, template, reviewPlans);
  log(`figures for the review recorded in ${((performance.now() - figuresStarted) / 1000).toFixed(1)} s`);
  return { template, syntheticPlans, importLine, reviewPlans };
}

/**
 * Synthetic plans firstPlan.. through the online loader (`batch` a transaction, the schema already applied), with
 * the entity nodes before and created (shared agencies and laws count once), the node rows sent, edges and seconds.
 */
export async function loadOnline(
  db: GraphGateway,
  template: PlanGraphData,
  { plans, firstPlan, batch, log }: { plans: number; firstPlan: number; batch: number; log: (line: string) => void },
): Promise<{ before: number; created: number; written: number; edges: number; seconds: number }> {
  const countEntities = async () => (await db.read<{ n: number }>({ cypher: 'MATCH (n:Entity) RETURN count(n) AS n' }))[0].n;
  const before = await countEntities();
  const { nodeRows: written, edges, seconds } = await loadSyntheticPlans(db, template, {
    plans,
    firstPlan,
    batch,
    options: DEFAULT_GENERATOR,
    applySchema: false,
    reportEvery: 20,
    progress: (done, r) => log(`  ${done}/${plans} plans, ${r.nodeRows} nodes, ${Math.round(r.nodeRows / r.seconds)} nodes/s`),
  });
  return { before, created: (await countEntities()) - before, written, edges, seconds };
}

/**
 * Three years of figures for the Table 1 indicators of the given plans, through PlanGraph's own recording (once:
 * a database with figures is left as it is). Values sit around each target, so statuses vary.
 */
async function recordFigures(db: GraphGateway, template: PlanGraphData, planKeys: string[]): Promise<void> {
  const table = template.nodes.filter((n) => n.label === 'Indicator' && n.props.source === 'TABLE' && typeof n.props.targetValue === 'number');
  const [{ measured }] = await db.read<{ measured: number }>({ cypher: 'MATCH (m:Measurement) RETURN count(m) AS measured' });
  if (measured > 0) return;
  for (const [p, planKey] of planKeys.entries()) {
    const rows = table.flatMap((n, i) =>
      [2021, 2022, 2023].map((year, y) => ({
        indicatorId: n.id.replace(`:${REAL_PLAN}:`, `:${planKey}:`),
        year,
        value: Number(((n.props.targetValue as number) * (0.8 + 0.05 * y + 0.01 * ((i + p) % 5))).toFixed(2)),
        source: 'bench',
      })),
    );
    await recordMeasurements(db, rows, 'bench');
  }
}
