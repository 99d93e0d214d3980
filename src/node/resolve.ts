import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import type { NodeLabel } from '../graph/graph';
import { parseEntityId } from '../graph/ids';
import { isOfLabel, isPartial, type NodeModel } from './node.model';

/** The model with its long texts: partial ones (from lists) are completed through the request's node loader. */
export async function complete<M extends NodeModel>(ctx: GraphContext, model: M): Promise<M> {
  return isPartial(model) ? (((await ctx.loaders.nodeById.load(model.id)) as M | null) ?? model) : model;
}

/**
 * A read started beside the checks of the ids its filter names (waiting for both at once, not one after the other);
 * a failed check is the answer, as if it had run first.
 */
export async function besideChecks<T>(checks: (Promise<unknown> | null)[], work: () => Promise<T>): Promise<T> {
  // Every check gets its handler before the work starts: work that throws at once (a malformed filter) must not
  // leave a rejected check unhandled, which ends the process.
  const checked = Promise.all(checks);
  let pending: Promise<T>;
  try {
    pending = work();
  } catch (error) {
    pending = Promise.reject(error);
  }
  pending.catch(() => undefined); // reported below once the checks pass
  await checked;
  return pending;
}

/** Checks that an id given as an argument names an existing node of the expected label; BAD_USER_INPUT otherwise. */
export async function requireExisting<L extends NodeLabel>(ctx: GraphContext, id: string, label: L, argument: string): Promise<Extract<NodeModel, { label: L }>> {
  parseEntityId(id, label);
  const node = await ctx.loaders.nodeById.load(id);
  if (!isOfLabel(node, label)) throw new BadUserInputError(`no ${label} has id "${id}"`, { argument });
  return node;
}
