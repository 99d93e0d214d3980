import neo4j from 'neo4j-driver';
import type { QueryResolvers, SearchHitResolvers } from '../__generated__/resolvers-types';
import { SEARCH_INDEX } from '../db/schema';
import { BadUserInputError } from '../errors';
import { toNodeModel, type NodeModel } from '../node/node.model';
import { MAX_SEARCH_LENGTH, toLuceneQuery } from './search.query';

/**
 * How much each kind's relevance counts: what analysts track (indicators, then goals) ranks above the
 * tasks, laws and agencies that merely mention the same words.
 */
const KIND_WEIGHT: Record<NodeModel['label'], number> = { Indicator: 1.6, Goal: 1.3, Task: 1, Law: 1, Agency: 1, Plan: 0.8 };
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
    // Fetch more candidates than asked, so re-ranking by kind can lift an indicator from below the cut.
    const rows = await ctx.db.read<{ labels: string[]; props: Record<string, unknown>; score: number }>({
      cypher: `CALL db.index.fulltext.queryNodes($index, $q, {limit: $candidates}) YIELD node, score
               RETURN labels(node) AS labels, properties(node) AS props, score`,
      params: { index: SEARCH_INDEX, q: lucene, candidates: neo4j.int(Math.min(limit * CANDIDATE_FACTOR, MAX_CANDIDATES)) },
    });
    return rows
      .map((r) => ({ score: r.score, node: toNodeModel(r.labels, r.props) }))
      .filter((hit): hit is { score: number; node: NodeModel } => hit.node !== null)
      .map((hit) => ({ ...hit, score: hit.score * KIND_WEIGHT[hit.node.label] }))
      .sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id))
      .slice(0, limit);
  },
};

export const SearchHit: SearchHitResolvers = {
  kind: (hit) => hit.node.label,
};
