import neo4j from 'neo4j-driver';
import type { QueryResolvers, SearchHitResolvers } from '../__generated__/resolvers-types';
import { SEARCH_INDEX } from '../db/schema';
import { BadUserInputError } from '../errors';
import { toNodeModel, type NodeModel } from '../node/node.model';
import { MAX_SEARCH_LENGTH, toLuceneQuery } from './search.query';

/** search: ranked full-text hits over every entity. */
export const searchQueries: Pick<QueryResolvers, 'search'> = {
  search: async (_, { query, first }, ctx) => {
    if (query.length > MAX_SEARCH_LENGTH) throw new BadUserInputError(`search text may be at most ${MAX_SEARCH_LENGTH} characters`, { argument: 'query' });
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 0 || limit > ctx.config.MAX_PAGE_SIZE) throw new BadUserInputError(`first must be 0..${ctx.config.MAX_PAGE_SIZE}`, { argument: 'first' });
    const lucene = toLuceneQuery(query);
    if (!lucene || limit === 0) return [];
    const rows = await ctx.db.read<{ labels: string[]; props: Record<string, unknown>; score: number }>({
      cypher: `CALL db.index.fulltext.queryNodes($index, $q, {limit: $limit}) YIELD node, score
               RETURN labels(node) AS labels, properties(node) AS props, score ORDER BY score DESC, node.id`,
      params: { index: SEARCH_INDEX, q: lucene, limit: neo4j.int(limit) },
    });
    return rows
      .map((r) => ({ score: r.score, node: toNodeModel(r.labels, r.props) }))
      .filter((hit): hit is { score: number; node: NodeModel } => hit.node !== null);
  },
};

export const SearchHit: SearchHitResolvers = {
  kind: (hit) => hit.node.label,
};
