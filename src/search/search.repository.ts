import neo4j from 'neo4j-driver';
import type { GraphGateway } from '../db/gateway';
import { SEARCH_INDEX, WORDS_INDEX } from '../db/schema';
import { toNodeModel, type NodeModel } from '../node/node.model';
import type { SearchHitModel, SearchMatch } from './search.model';
import type { SearchPlan } from './search.query';

/**
 * How much each kind's relevance counts: what analysts track (indicators, then goals) ranks above the tasks, laws
 * and agencies that merely mention the same words. Exported: the benchmark's hand-written Cypher ranks the same way.
 */
export const KIND_WEIGHT: Record<NodeModel['label'], number> = { Indicator: 1.6, Goal: 1.3, Task: 1, Law: 1, Agency: 1, Plan: 0.8 };
const CANDIDATE_FACTOR = 3;
const MAX_CANDIDATES = 300;
/** Most nodes one exact lookup returns (an indicator number is one per plan). */
const MAX_EXACT = 50;

type Row = { labels: string[]; props: Record<string, unknown>; score: number; tier: number };

const KIND_WEIGHTED = 'score * coalesce($weights[[l IN labels(node) WHERE l IN keys($weights)][0]], 1.0)';
const TIERS: SearchMatch[] = ['EXACT', 'WORD', 'FRAGMENT'];

/** The one statement of search (see searchNodes); exported for the benchmark's hand-written side. */
export const SEARCH_CYPHER = `CALL () {
               UNWIND $numbers AS number MATCH (node:Indicator) WHERE node.number = number RETURN node, 0 AS tier, 3.0 AS weighted LIMIT $exactLimit
               UNION ALL
               UNWIND $codes AS code MATCH (node:Indicator) WHERE node.code = code RETURN node, 0 AS tier, 2.5 AS weighted LIMIT $exactLimit
               UNION ALL
               UNWIND $codes AS code MATCH (node:Task) WHERE node.code = code RETURN node, 0 AS tier, 2.0 AS weighted LIMIT $exactLimit
               UNION ALL
               UNWIND $codes AS code MATCH (node:Goal) WHERE node.code = code RETURN node, 0 AS tier, 1.5 AS weighted LIMIT $exactLimit
               UNION ALL
               UNWIND $ids AS id MATCH (node:Entity) WHERE node.id = id RETURN node, 0 AS tier, 4.0 AS weighted
               UNION ALL
               UNWIND $words AS q CALL db.index.fulltext.queryNodes($wordsIndex, q, {limit: $candidates}) YIELD node, score
               RETURN node, CASE WHEN $exact IS NOT NULL AND $exact IN split(coalesce(node.nameWords, ''), ' ') THEN 0 ELSE 1 END AS tier, ${KIND_WEIGHTED} AS weighted
               UNION ALL
               UNWIND $fragments AS q CALL db.index.fulltext.queryNodes($fragmentsIndex, q, {limit: $candidates}) YIELD node, score
               RETURN node, 2 AS tier, ${KIND_WEIGHTED} AS weighted
             }
             WITH node, tier, weighted ORDER BY tier, weighted DESC
             WITH node, head(collect({tier: tier, weighted: weighted})) AS best
             ORDER BY best.tier, best.weighted DESC, node.planId, node.id LIMIT $limit
             RETURN labels(node) AS labels, properties(node) AS props, best.weighted AS score, best.tier AS tier`;

/** SEARCH_CYPHER's parameters for a planned query. */
export function searchParams(plan: SearchPlan, limit: number): Record<string, unknown> {
  return {
    numbers: plan.numbers,
    codes: plan.codes,
    ids: plan.id ? [plan.id] : [],
    words: plan.words ? [plan.words] : [],
    fragments: plan.fragments ? [plan.fragments] : [],
    exact: plan.exactName,
    wordsIndex: WORDS_INDEX,
    fragmentsIndex: SEARCH_INDEX,
    weights: KIND_WEIGHT,
    candidates: neo4j.int(Math.min(limit * CANDIDATE_FACTOR, MAX_CANDIDATES)),
    exactLimit: neo4j.int(MAX_EXACT),
    limit: neo4j.int(limit),
  };
}

/**
 * The best `limit` hits for a planned query, in one statement and three tiers: nodes named exactly (a number, a code
 * or an id through the property indexes; a whole name or alias through its exact-name token in the words index), then
 * nodes whose words match the query's words (the words index, names above text), then nodes that only share
 * character pairs (the bigram index, for words the dictionary cuts differently). Each full-text read is bounded by
 * `candidates`, the exact reads by MAX_EXACT; a node found by several tiers counts in its best one. Within a tier,
 * relevance is weighted by kind so an indicator can rise from below the cut.
 */
export async function searchNodes(db: GraphGateway, plan: SearchPlan, limit: number): Promise<SearchHitModel[]> {
  const rows = await db.read<Row>({ cypher: SEARCH_CYPHER, params: searchParams(plan, limit) });
  return rows.flatMap((r) => {
    const node = toNodeModel(r.labels, r.props);
    return node ? [{ score: r.score, node, match: TIERS[Number(r.tier)] ?? 'FRAGMENT' }] : [];
  });
}
