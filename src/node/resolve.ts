import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import { parseEntityId } from '../shared/ids';
import type { NodeLabel } from '../../seed/graph';
import { isPartial, type NodeModel } from './node.model';
import { RELATIONS, type RelationKey } from './relations';

export type { RelationKey };

/** The model type a relation leads to. */
export type TargetOf<K extends RelationKey> = Extract<NodeModel, { label: (typeof RELATIONS)[K]['to'] }>;

/** The model with its long texts: partial ones (from lists) are completed through the request's node loader. */
export async function complete<M extends NodeModel>(ctx: GraphContext, model: M): Promise<M> {
  return isPartial(model) ? (((await ctx.loaders.nodeById.load(model.id)) as M | null) ?? model) : model;
}

/** A node's neighbours along one relation, through the request's loader (batched, no N+1). */
export async function related<K extends RelationKey>(ctx: GraphContext, key: K, id: string): Promise<TargetOf<K>[]> {
  return (await ctx.loaders.related(key).load(id)) as TargetOf<K>[];
}

/** The one neighbour along a relation that has at most one (a task's parent), or null. */
export async function relatedOne<K extends RelationKey>(ctx: GraphContext, key: K, id: string): Promise<TargetOf<K> | null> {
  return (await related(ctx, key, id))[0] ?? null;
}

/** Checks that an id given as an argument names an existing node of the expected label; BAD_USER_INPUT otherwise. */
export async function requireExisting<L extends NodeLabel>(ctx: GraphContext, id: string, label: L, argument: string): Promise<Extract<NodeModel, { label: L }>> {
  parseEntityId(id, label);
  const node = await ctx.loaders.nodeById.load(id);
  if (!node || node.label !== label) throw new BadUserInputError(`no ${label} has id "${id}"`, { argument });
  return node as Extract<NodeModel, { label: L }>;
}
