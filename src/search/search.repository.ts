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

type Row = { labels: string[]; props: Record<string, unknown>; score: number };

const RETURN_NODE = 'RETURN labels(node) AS labels, properties(node) AS props, weighted AS score';

/** Full-text hits of one index, re-ranked by kind in Cypher so an indicator can rise from below the cut. */
function fullText(db: GraphGateway, index: string, lucene: string, limit: number): Promise<Row[]> {
  return db.read<Row>({
    cypher: `CALL db.index.fulltext.queryNodes($index, $q, {limit: $candidates}) YIELD node, score
             WITH node, score * coalesce($weights[[l IN labels(node) WHERE l IN keys($weights)][0]], 1.0) AS weighted
             ORDER BY weighted DESC, node.id LIMIT $limit
             ${RETURN_NODE}`,
    params: { index, q: lucene, candidates: neo4j.int(Math.min(limit * CANDIDATE_FACTOR, MAX_CANDIDATES)), limit: neo4j.int(limit), weights: KIND_WEIGHT },
  });
}

/** Nodes named exactly by number, code or id, through the property indexes (indicator_number, *_code, entity id). */
function exact(db: GraphGateway, plan: SearchPlan): Promise<Row[]> {
  if (!plan.numbers.length && !plan.codes.length && !plan.id) return Promise.resolve([]);
  return db.read<Row>({
    cypher: `CALL () {
               UNWIND $numbers AS number MATCH (node:Indicator) WHERE node.number = number RETURN node, 3.0 AS weighted
               UNION
               UNWIND $codes AS code MATCH (node:Task) WHERE node.code = code RETURN node, 2.0 AS weighted
               UNION
               UNWIND $codes AS code MATCH (node:Indicator) WHERE node.code = code RETURN node, 2.5 AS weighted
               UNION
               UNWIND $codes AS code MATCH (node:Goal) WHERE node.code = code RETURN node, 1.5 AS weighted
               UNION
               UNWIND $ids AS id MATCH (node:Entity) WHERE node.id = id RETURN node, 4.0 AS weighted
             }
             WITH node, weighted ORDER BY weighted DESC, node.planId, node.id LIMIT $limit
             ${RETURN_NODE}`,
    params: { numbers: plan.numbers, codes: plan.codes, ids: plan.id ? [plan.id] : [], limit: neo4j.int(MAX_EXACT) },
  });
}

/**
 * The best `limit` hits for a planned query, in tiers: nodes named exactly (a number, a code, an id, or a whole name
 * or alias as typed), then nodes whose words match the query's words (names above text), then nodes that only share
 * character pairs (the bigram index, for words the dictionary cuts differently). Each tier is its own bounded read.
 */
export async function searchNodes(db: GraphGateway, plan: SearchPlan, limit: number): Promise<SearchHitModel[]> {
  const [exactRows, wordRows, fragmentRows] = await Promise.all([
    exact(db, plan),
    plan.words ? fullText(db, WORDS_INDEX, plan.words, limit) : Promise.resolve([]),
    plan.fragments ? fullText(db, SEARCH_INDEX, plan.fragments, limit) : Promise.resolve([]),
  ]);
  const seen = new Set<string>();
  const hits: SearchHitModel[] = [];
  const add = (rows: Row[], match: (r: Row) => SearchMatch) => {
    for (const r of rows) {
      if (hits.length >= limit) return;
      const node = toNodeModel(r.labels, r.props);
      if (!node || seen.has(node.id)) continue;
      seen.add(node.id);
      hits.push({ score: r.score, node, match: match(r) });
    }
  };
  // A whole-name match (exact token, boosted ^20) outranks any sum of word matches: the words tier puts it first.
  const [named, worded] = partition(wordRows, (r) => isExactName(r, plan));
  add(exactRows, () => 'EXACT');
  add(named, () => 'EXACT');
  add(worded, () => 'WORD');
  add(fragmentRows, () => 'FRAGMENT');
  return hits;
}

function isExactName(row: Row, plan: SearchPlan): boolean {
  const token = plan.exactName;
  if (!token) return false;
  const words = row.props.nameWords;
  return typeof words === 'string' && ` ${words} `.includes(` ${token} `);
}

function partition<T>(items: T[], test: (t: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
