import type { MutationResolvers, ProposalResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { auditValue, requireRole } from '../auth/auth';
import type { GraphContext } from '../context';
import { NotFoundError } from '../errors';
import type { NodeModel } from '../node/node.model';
import { shapeOf } from '../page/order.repository';
import { pageRequest, toConnection } from '../shared/connection';
import { parseEntityId } from '../graph/ids';
import { exportCuration } from './curation.export';
import { decideProposal, listProposals, PROPOSAL_ORDER } from './proposal.repository';

const planKey = (plan: string) => {
  parseEntityId(plan, 'Plan');
  return plan.slice('Plan:'.length);
};

async function node(ctx: GraphContext, id: string): Promise<NodeModel> {
  const found = await ctx.loaders.nodeById.load(id);
  if (!found) throw new NotFoundError(`no node has id "${id}"`);
  return found as NodeModel;
}

export const proposalQueries: Pick<QueryResolvers, 'proposals' | 'curationExport'> = {
  proposals: async (_, { plan, status, relation, ...args }, ctx) => {
    const page = pageRequest(args, ctx.config.MAX_PAGE_SIZE, shapeOf(PROPOSAL_ORDER));
    const { rows, total } = await listProposals(ctx.db, planKey(plan), status ?? ['PROPOSED'], relation ?? null, page);
    return toConnection(rows, page, total, (p) => p.key);
  },
  curationExport: async (_, { plan }, ctx) => {
    requireRole(ctx, 'PLANNER');
    return exportCuration(ctx.db, planKey(plan));
  },
};

export const proposalMutations: Pick<MutationResolvers, 'confirmLink' | 'rejectLink'> = {
  confirmLink: async (_, { id }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    const result = await decideProposal(ctx.db, id, 'CONFIRMED', caller.name);
    ctx.loaders.nodeById.clear(result.proposal.fromId);
    return result;
  },
  rejectLink: async (_, { id }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    const result = await decideProposal(ctx.db, id, 'REJECTED', caller.name);
    ctx.loaders.nodeById.clear(result.proposal.fromId);
    return result;
  },
};

export const Proposal: ProposalResolvers = {
  from: (p, _, ctx) => node(ctx, p.fromId),
  to: (p, _, ctx) => node(ctx, p.toId),
  provenance: (p) => ({ sectionPath: p.sectionPath, quote: p.quote }),
  // Who decided names a token: the audit trail's rule (ANALYST and above).
  decidedBy: (p, _, ctx) => auditValue(ctx, p.decidedBy),
  decidedAt: (p, _, ctx) => auditValue(ctx, p.decidedAt),
};
