import type { LinkDirection, RelationKind } from '../__generated__/resolvers-types';
import type { GraphContext } from '../context';
import type { LinkModel } from './link.model';

/** A node's edges with their evidence, optionally only one relation and direction (batched per request). */
export async function links(ctx: GraphContext, id: string, args: { relation?: RelationKind | null; direction?: LinkDirection | null }): Promise<LinkModel[]> {
  const all = await ctx.loaders.links.load(id);
  return all.filter((l) => (!args.relation || l.relation === args.relation) && (!args.direction || l.direction === args.direction));
}
