import type { MutationResolvers } from '../__generated__/resolvers-types';
import { requireRole } from '../auth/auth';
import { authorizeWrite } from '../auth/writeRules';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import { requireExisting } from '../node/resolve';
import { likelyOwnersLoader } from './ownership.repository';
import { writeOwnership, type OwnableLabel } from './ownership.writer';

/** Where an assigned owner came from, as its audit entry keeps it: a likely owner the planner took, or one they named. */
export type AssignmentOrigin = 'SUGGESTION' | 'MANUAL';

/**
 * The audit record of an assignment taken from a suggestion: the suggestion as the server ranks it now (rank, and
 * the model's own fields: confidence, evidence and whatever rule put it there), never what the client says it saw.
 * BAD_USER_INPUT when the agency is not among the indicator's likely owners.
 */
async function suggestionTaken(ctx: GraphContext, indicator: string, agency: string): Promise<Record<string, unknown>> {
  const suggestions = (await likelyOwnersLoader(ctx).load(indicator)).owners;
  const rank = suggestions.findIndex((s) => s.agencyId === agency);
  if (rank < 0) throw new BadUserInputError(`${agency} is not a likely owner of ${indicator}: assign it without fromSuggestion`, { argument: 'fromSuggestion' });
  return { origin: 'SUGGESTION' satisfies AssignmentOrigin, suggestion: { rank: rank + 1, of: suggestions.length, ...suggestions[rank] } };
}

/** Adds or removes an owner after checking role and ids; returns the owned entity as read before the change. */
async function changeOwner<L extends OwnableLabel>(ctx: GraphContext, label: L, id: string, agency: string, add: boolean, fromSuggestion = false) {
  const caller = requireRole(ctx, 'PLANNER');
  // The one table of who may change what (OWNED_BY: PLANNER and above, like link for an INTEGRATOR).
  authorizeWrite(caller, [{ subject: add ? 'edge' : 'edge the plan states', field: 'OWNED_BY', id }]);
  const argument = label.toLowerCase();
  const found = await requireExisting(ctx, id, label, argument);
  await requireExisting(ctx, agency, 'Agency', 'agency');
  const provenance = !add ? undefined : fromSuggestion ? await suggestionTaken(ctx, id, agency) : { origin: 'MANUAL' satisfies AssignmentOrigin };
  await writeOwnership(ctx.db, { label, owned: id, agency, add, action: add ? 'ASSIGN_OWNER' : 'REMOVE_OWNER', arguments: { owned: argument, agency: 'agency' }, provenance }, caller.name);
  ctx.loaders.related(label === 'Task' ? 'Task.ownedBy' : 'Indicator.ownedBy').clear(id);
  return found;
}

/** The owner mutations: one writer (ownership.writer.ts) with link(OWNED_BY). */
export const ownershipMutations: Pick<MutationResolvers, 'assignIndicatorOwner' | 'removeIndicatorOwner' | 'assignTaskOwner' | 'removeTaskOwner'> = {
  assignIndicatorOwner: async (_, { indicator, agency, fromSuggestion }, ctx) => ({ indicator: await changeOwner(ctx, 'Indicator', indicator, agency, true, fromSuggestion ?? false) }),
  removeIndicatorOwner: async (_, { indicator, agency }, ctx) => ({ indicator: await changeOwner(ctx, 'Indicator', indicator, agency, false) }),
  assignTaskOwner: async (_, { task, agency }, ctx) => ({ task: await changeOwner(ctx, 'Task', task, agency, true) }),
  removeTaskOwner: async (_, { task, agency }, ctx) => ({ task: await changeOwner(ctx, 'Task', task, agency, false) }),
};
