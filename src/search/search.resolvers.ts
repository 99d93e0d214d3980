import neo4j from 'neo4j-driver';
import type { QueryResolvers, SearchHitResolvers } from '../__generated__/resolvers-types';
import { SEARCH_INDEX } from '../db/schema';
import { BadUserInputError } from '../errors';
import { toNodeModel, type NodeModel } from '../node/node.model';
import { MAX_SEARCH_LENGTH, toLuceneQuery } from './search.query';

/**
 * How much each kind's relevance counts: what analysts track (indicators, then goals) ranks above the tasks, laws
 * and agencies that merely mention the same words. Exported: the benchmark's hand-written Cypher ranks the same way.
 */
export const KIND_WEIGHT: Record<NodeModel['label'], number> = { Indicator: 1.6, Goal: 1.3, Task: 1, Law: 1, Agency: 1, Plan: 0.8 };
const CANDIDATE_FACTOR = 3;
const MAX_CANDIDATES = 300;

/** search: ranked full-text hits over every entity. */
export const searchQueries: Pick<QueryResolvers, 'search'> = {
  search: async (_, { query, first }, ctx) => {
    if (query.length > MAX_SEARCH_LENGTH) throw new BadUserInputError(`search text may be at most ${MAX_SEARCH_LENGTH} characters`, { argument: 'query' });
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 0 || limit > ctx.config.MAX_PAGE_SIZE) throw new BadUserInputError(`first must be 0..${ctx.config.MAX_PAGE_SIZE}`, { argument: 'first' });
    const lucene = toLuceneQuery(query);
    if (!lucene || limit === 0) return [];
    // More candidates than asked, re-ranked by kind in Cypher so an indicator can rise from below the cut; only the
    // final page's nodes travel back with their properties.
    const rows = await ctx.db.read<{ labels: string[]; props: Record<string, unknown>; score: number }>({
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
  },
};

export const SearchHit: SearchHitResolvers = {
  kind: (hit) => hit.node.label,
};
