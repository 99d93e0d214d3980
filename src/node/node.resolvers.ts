import type { QueryResolvers, NodeResolvers, OwnableResolvers } from '../__generated__/resolvers-types';
import { BadUserInputError } from '../errors';
import { parseEntityId } from '../graph/ids';

const MAX_IDS = 200;

/** node(id) and nodes(ids): any entity by its stable id. */
export const nodeQueries: Pick<QueryResolvers, 'node' | 'nodes'> = {
  node: async (_, { id }, ctx) => {
    parseEntityId(id);
    return ctx.loaders.nodeById.load(id);
  },
  nodes: async (_, { ids }, ctx) => {
    if (ids.length > MAX_IDS) throw new BadUserInputError(`at most ${MAX_IDS} ids at once`, { argument: 'ids' });
    ids.forEach((id) => parseEntityId(id));
    return Promise.all(ids.map((id) => ctx.loaders.nodeById.load(id)));
  },
};

/** Resolves the concrete type of any node by its label. */
export const Node: NodeResolvers = {
  __resolveType: (node) => node.label,
};

/** Resolves the concrete type of what an agency owns. */
export const Ownable: OwnableResolvers = {
  __resolveType: (node) => node.label,
};
