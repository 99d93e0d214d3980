import type { MutationResolvers } from '../__generated__/resolvers-types';
import { requireRole } from '../auth/auth';
import { authorizeWrite } from '../auth/writeRules';
import type { GraphContext } from '../context';
import { requireExisting } from '../node/resolve';
import { writeOwnership, type OwnableLabel } from './ownership.writer';

/** Adds or removes an owner after checking role and ids; returns the owned entity as read before the change. */
async function changeOwner<L extends OwnableLabel>(ctx: GraphContext, label: L, id: string, agency: string, add: boolean) {
  const caller = requireRole(ctx, 'PLANNER');
  // The one table of who may change what (OWNED_BY: PLANNER and above, like link for an INTEGRATOR).
  authorizeWrite(caller, [{ subject: add ? 'edge' : 'edge the plan states', field: 'OWNED_BY', id }]);
  const argument = label.toLowerCase();
  const found = await requireExisting(ctx, id, label, argument);
  await requireExisting(ctx, agency, 'Agency', 'agency');
  await writeOwnership(ctx.db, { label, owned: id, agency, add, action: add ? 'ASSIGN_OWNER' : 'REMOVE_OWNER', arguments: { owned: argument, agency: 'agency' } }, caller.name);
  ctx.loaders.related(label === 'Task' ? 'Task.ownedBy' : 'Indicator.ownedBy').clear(id);
  return found;
}

/** The owner mutations: one writer (ownership.writer.ts) with link(OWNED_BY). */
export const ownershipMutations: Pick<MutationResolvers, 'assignIndicatorOwner' | 'removeIndicatorOwner' | 'assignTaskOwner' | 'removeTaskOwner'> = {
  assignIndicatorOwner: async (_, { indicator, agency }, ctx) => ({ indicator: await changeOwner(ctx, 'Indicator', indicator, agency, true) }),
  removeIndicatorOwner: async (_, { indicator, agency }, ctx) => ({ indicator: await changeOwner(ctx, 'Indicator', indicator, agency, false) }),
  assignTaskOwner: async (_, { task, agency }, ctx) => ({ task: await changeOwner(ctx, 'Task', task, agency, true) }),
  removeTaskOwner: async (_, { task, agency }, ctx) => ({ task: await changeOwner(ctx, 'Task', task, agency, false) }),
};
