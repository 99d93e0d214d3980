import type { PlanGraphData } from '../src/graph/graph';
import { loadPlanGraphs } from '../src/importer/load.writer';
import type { GraphGateway } from '../src/db/gateway';
import { generatePlan, type GeneratorOptions } from './generator';

/** How many synthetic plans reach a node count: each adds the template's own nodes (agencies and laws are shared). */
export function syntheticPlanCount(template: PlanGraphData, nodes: number, options: GeneratorOptions): { plans: number; perPlan: number } {
  const perPlan = generatePlan(template, 0, options).nodes.filter((n) => n.label !== 'Agency' && n.label !== 'Law').length;
  return { plans: Math.max(0, Math.ceil(nodes / perPlan)), perPlan };
}

/** What a synthetic load sent: node rows (shared agencies and laws once per plan), edges, and seconds taken. */
export interface SyntheticLoadReport {
  nodeRows: number;
  edges: number;
  seconds: number;
}

/** How a synthetic load runs and reports. */
export interface SyntheticLoadOptions {
  plans: number;
  /** Number of the first plan generated (plans firstPlan..firstPlan+plans-1); 0 unless said. */
  firstPlan?: number;
  /** Plans per write transaction. */
  batch: number;
  options: GeneratorOptions;
  /** Apply constraints and indexes with the first transaction. */
  applySchema: boolean;
  reportEvery: number;
  progress: (done: number, report: SyntheticLoadReport) => void;
}

/**
 * Generates plans firstPlan..firstPlan+plans-1 and loads them through the normal loader as new plans, `batch` plans a transaction,
 * calling `progress` every `reportEvery` transactions and after the last.
 */
export async function loadSyntheticPlans(
  db: GraphGateway,
  template: PlanGraphData,
  { plans, firstPlan = 0, batch, options, applySchema, reportEvery, progress }: SyntheticLoadOptions,
): Promise<SyntheticLoadReport> {
  const started = performance.now();
  const report: SyntheticLoadReport = { nodeRows: 0, edges: 0, seconds: 0 };
  for (let k = 0; k < plans; k += batch) {
    const graphs = Array.from({ length: Math.min(batch, plans - k) }, (_, i) => generatePlan(template, firstPlan + k + i, options));
    await loadPlanGraphs(db, graphs, { applySchema: applySchema && k === 0, replace: false });
    report.nodeRows += graphs.reduce((sum, g) => sum + g.nodes.length, 0);
    report.edges += graphs.reduce((sum, g) => sum + g.edges.length, 0);
    report.seconds = (performance.now() - started) / 1000;
    if ((k / batch) % reportEvery === 0 || k + batch >= plans) progress(Math.min(k + batch, plans), report);
  }
  return report;
}
