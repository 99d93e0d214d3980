import type { QueryResolvers, SearchHitResolvers } from '../__generated__/resolvers-types';
import { BadUserInputError } from '../errors';
import { MAX_SEARCH_LENGTH, planSearch } from './search.query';
import { searchNodes } from './search.repository';

/** search: ranked full-text hits over every entity. */
export const searchQueries: Pick<QueryResolvers, 'search'> = {
  search: async (_, { query, first }, ctx) => {
    if (query.length > MAX_SEARCH_LENGTH) throw new BadUserInputError(`search text may be at most ${MAX_SEARCH_LENGTH} characters`, { argument: 'query' });
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 0 || limit > ctx.config.MAX_PAGE_SIZE) throw new BadUserInputError(`first must be 0..${ctx.config.MAX_PAGE_SIZE}`, { argument: 'first' });
    const plan = planSearch(query);
    if (!plan || limit === 0) return [];
    return searchNodes(ctx.db, plan, limit);
  },
};

export const SearchHit: SearchHitResolvers = {
  kind: (hit) => hit.node.label,
};
