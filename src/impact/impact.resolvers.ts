import type { ImpactResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { BadUserInputError, NotFoundError } from '../errors';
import { parseEntityId } from '../shared/ids';
import { impactOf } from './impact.repository';

const MAX_DEPTH = 6;

/** impact: what a change to one node reaches, with distances and shortest paths. */
export const impactQueries: Pick<QueryResolvers, 'impact'> = {
  impact: async (_, { of, maxDepth }, ctx) => {
    parseEntityId(of);
    const depth = maxDepth ?? 4;
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new BadUserInputError(`maxDepth must be 1..${MAX_DEPTH}`, { argument: 'maxDepth' });
    const source = await ctx.loaders.nodeById.load(of);
    if (!source) throw new NotFoundError(`no node has id "${of}"`);
    return { source, affected: await impactOf(ctx.db, source, depth) };
  },
};

export const Impact: ImpactResolvers = {};
