import DataLoader from 'dataloader';
import type { GraphContext } from '../context';
import type { GraphGateway } from '../db/gateway';
import type { IndicatorCoverageModel } from './rollup.model';

/**
 * For each task id, the indicators it or any sub-task moves (the roll-up rule of seed/README.md: MOVES are
 * curated where the text says it; a parent's coverage is derived here, never stored).
 */
export async function findCoverage(db: GraphGateway, ids: readonly string[]): Promise<IndicatorCoverageModel[][]> {
  const rows = await db.read<{ id: string; coverage: { indicatorId: string; moverIds: string[] }[] }>({
    cypher: `UNWIND $ids AS id
             OPTIONAL MATCH (t:Task {id: id})
             CALL (t) {
               MATCH (t)<-[:PART_OF*0..]-(d:Task)-[:MOVES]->(i:Indicator)
               WITH i, d ORDER BY d.ord, d.id
               WITH i, collect(DISTINCT d.id) AS moverIds
               ORDER BY i.ord, i.id
               RETURN collect({indicatorId: i.id, moverIds: moverIds}) AS coverage
             }
             RETURN id, coverage`,
    params: { ids: [...ids] },
  });
  const byId = new Map(rows.map((r) => [r.id, r.coverage]));
  return ids.map((id) => (byId.get(id) ?? []).map((c) => ({ ...c, derived: !c.moverIds.includes(id) })));
}

const loaders = new WeakMap<object, DataLoader<string, IndicatorCoverageModel[]>>();

/** The request's coverage loader (one per request, keyed by the request's loaders object). */
export function coverageLoader(ctx: GraphContext): DataLoader<string, IndicatorCoverageModel[]> {
  let loader = loaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader((ids) => findCoverage(ctx.db, ids), { maxBatchSize: 500 });
    loaders.set(ctx.loaders, loader);
  }
  return loader;
}
