import type { GraphContext } from '../context';
import type { NodeModel } from '../node/node.model';
import { RELATIONS, type RelationKey } from './relations';

export type { RelationKey };

/** The model type a relation leads to. */
export type TargetOf<K extends RelationKey> = Extract<NodeModel, { label: (typeof RELATIONS)[K]['to'] }>;

/** A node's neighbours along one relation, through the request's loader (batched, no N+1). */
export async function related<K extends RelationKey>(ctx: GraphContext, key: K, id: string): Promise<TargetOf<K>[]> {
  return (await ctx.loaders.related(key).load(id)) as TargetOf<K>[];
}

/** The one neighbour along a relation that has at most one (a task's parent), or null. */
export async function relatedOne<K extends RelationKey>(ctx: GraphContext, key: K, id: string): Promise<TargetOf<K> | null> {
  return (await related(ctx, key, id))[0] ?? null;
}
