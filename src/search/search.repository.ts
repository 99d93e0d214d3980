import neo4j from 'neo4j-driver';
import type { GraphGateway } from '../db/gateway';
import { SEARCH_INDEX } from '../db/schema';
import { toNodeModel, type NodeModel } from '../node/node.model';
import type { SearchHitModel } from './search.model';

/**
 * How much each kind's relevance counts: what analysts track (indicators, then goals) ranks above the tasks, laws
 * and agencies that merely mention the same words. Exported: the benchmark's hand-written Cypher ranks the same way.
 */
export const KIND_WEIGHT: Record<NodeModel['label'], number> = { Indicator: 1.6, Goal: 1.3, Task: 1, Law: 1, Agency: 1, Plan: 0.8 };
const CANDIDATE_FACTOR = 3;
const MAX_CANDIDATES = 300;

/**
 * The best `limit` hits for a Lucene query over every entity. More candidates than asked are re-ranked by kind in
 * Cypher so an indicator can rise from below the cut; only the final page's nodes travel back with their properties.
 */
export async function searchNodes(db: GraphGateway, lucene: string, limit: number): Promise<SearchHitModel[]> {
  const rows = await db.read<{ labels: string[]; props: Record<string, unknown>; score: number }>({
    cypher: `CALL db.index.fulltext.queryNodes($index, $q, {limit: $candidates}) YIELD node, score
             WITH node, score * coalesce($weights[[l IN labels(node) WHERE l IN keys($weights)][0]], 1.0) AS weighted
             ORDER BY weighted DESC, node.id LIMIT $limit
             RETURN labels(node) AS labels, properties(node) AS props, weighted AS score`,
    params: { index: SEARCH_INDEX, q: lucene, candidates: neo4j.int(Math.min(limit * CANDIDATE_FACTOR, MAX_CANDIDATES)), limit: neo4j.int(limit), weights: KIND_WEIGHT },
  });
  return rows.flatMap((r) => {
    const node = toNodeModel(r.labels, r.props);
    return node ? [{ score: r.score, node }] : [];
  });
}
