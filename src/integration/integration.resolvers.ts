import type {
  AgencyResolvers, ChangeResolvers, GoalResolvers, IndicatorResolvers, LawResolvers, MutationResolvers, QueryResolvers, TaskResolvers,
} from '../__generated__/resolvers-types';
import { listChanges } from '../audit/audit.repository';
import { AUDIT_READER_ROLE, requireRole } from '../auth/auth';
import type { GraphContext } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { decodeCursor, encodeCursor, pageRequest } from '../shared/connection';
import { parseEntityId, planKeyOf } from '../graph/ids';
import { importGraph } from './Mutation/importGraph';
import { link } from './Mutation/link';
import { unlink } from './Mutation/unlink';
import { upsertAgency } from './Mutation/upsertAgency';
import { upsertGoal } from './Mutation/upsertGoal';
import { upsertIndicator } from './Mutation/upsertIndicator';
import { upsertLaw } from './Mutation/upsertLaw';
import { upsertTask } from './Mutation/upsertTask';
import { exportGraph } from './transfer.repository';

/** The write mutations, one file each under Mutation/. */
export const integrationMutations: Pick<MutationResolvers, 'upsertAgency' | 'upsertLaw' | 'upsertGoal' | 'upsertTask' | 'upsertIndicator' | 'link' | 'unlink' | 'importGraph'> = {
  upsertAgency, upsertLaw, upsertGoal, upsertTask, upsertIndicator, link, unlink, importGraph,
};

const MAX_FEED_PAGE = 1000;

function seqAfter(after: string | null | undefined): number {
  if (!after) return 0;
  const [seq] = decodeCursor(after);
  if (seq === null || !Number.isInteger(seq) || seq < 0) throw new BadUserInputError('malformed cursor', { argument: 'after' });
  return seq;
}

async function changePage(ctx: GraphContext, afterSeq: number, first: number | null | undefined, entity?: string) {
  const page = pageRequest(first, null, MAX_FEED_PAGE, 100);
  const { changes, latestSeq } = await listChanges(ctx.db, afterSeq, page.first + 1, entity);
  const rows = changes.slice(0, page.first);
  const edges = rows.map((c) => ({ cursor: encodeCursor([c.seq, 'change']), node: c }));
  return {
    latestSeq,
    edges,
    pageInfo: { hasNextPage: changes.length > page.first, hasPreviousPage: afterSeq > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? encodeCursor([afterSeq, 'change']) },
  };
}

export const integrationQueries: Pick<QueryResolvers, 'history' | 'changes' | 'exportGraph'> = {
  history: async (_, { of, first, after }, ctx) => {
    requireRole(ctx, AUDIT_READER_ROLE);
    parseEntityId(of);
    if (!(await ctx.loaders.nodeById.load(of))) throw new NotFoundError(`no node has id "${of}"`);
    return changePage(ctx, seqAfter(after), first, of);
  },
  changes: async (_, { since, first, after }, ctx) => {
    requireRole(ctx, AUDIT_READER_ROLE);
    if (since !== null && since !== undefined && (!Number.isInteger(since) || since < 0)) throw new BadUserInputError('since must be a seq (0 or more)', { argument: 'since' });
    return changePage(ctx, Math.max(since ?? 0, seqAfter(after)), first);
  },
  exportGraph: async (_, { plan }, ctx) => {
    requireRole(ctx, 'ADMIN');
    if (plan) {
      parseEntityId(plan, 'Plan');
      if (!(await ctx.loaders.nodeById.load(plan))) throw new BadUserInputError(`no plan "${plan}"`, { argument: 'plan' });
    }
    return exportGraph(ctx.db, plan ? planKeyOf(plan) : null);
  },
};

export const Change: ChangeResolvers = {};

const versioned = { version: (n: object) => (n as { version?: number }).version ?? 1, externalId: (n: object) => (n as { externalId?: string }).externalId ?? null };
export const GoalVersion: Pick<GoalResolvers, 'version' | 'externalId'> = versioned;
export const TaskVersion: Pick<TaskResolvers, 'version' | 'externalId'> = versioned;
export const IndicatorVersion: Pick<IndicatorResolvers, 'version' | 'externalId'> = versioned;
export const AgencyVersion: Pick<AgencyResolvers, 'version' | 'externalId'> = versioned;
export const LawVersion: Pick<LawResolvers, 'version' | 'externalId'> = versioned;
