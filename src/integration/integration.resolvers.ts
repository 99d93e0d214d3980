import type {
  AgencyResolvers, ChangeResolvers, GoalResolvers, IndicatorResolvers, LawResolvers, MutationResolvers, QueryResolvers, TaskResolvers,
} from '../__generated__/resolvers-types';
import { listChanges } from '../audit/audit.repository';
import { AUDIT_READER_ROLE, requireRole } from '../auth/auth';
import type { GraphContext } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { encodeCursor, pageRequest, type PageArgs, type SortKey, type SortKeyShape } from '../shared/connection';
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
import { FEED_PAGE } from '../limits/price';

/** The write mutations, one file each under Mutation/. */
export const integrationMutations: Pick<MutationResolvers, 'upsertAgency' | 'upsertLaw' | 'upsertGoal' | 'upsertTask' | 'upsertIndicator' | 'link' | 'unlink' | 'importGraph'> = {
  upsertAgency, upsertLaw, upsertGoal, upsertTask, upsertIndicator, link, unlink, importGraph,
};

/** A change feed cursor: the change's seq (unique, gap-free), tagged so no other connection's cursor passes. */
const FEED_CURSOR: SortKeyShape[] = [{ type: 'number', nullable: false }, { type: 'string', nullable: false }];

function seqOf(cursor: SortKey | null, argument: string): number | null {
  if (!cursor) return null;
  const [seq, tag] = cursor;
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0 || tag !== 'change') throw new BadUserInputError('malformed cursor', { argument });
  return seq;
}

/** One page of the feed in seq order: forwards from `since`/`after`, or the last ones before `before`. */
async function changePage(ctx: GraphContext, since: number, args: PageArgs, entity?: string) {
  const page = pageRequest(args, FEED_PAGE.maxPage, FEED_CURSOR, FEED_PAGE.defaultPage);
  const afterSeq = Math.max(since, seqOf(page.after, 'after') ?? 0);
  const beforeSeq = seqOf(page.before, 'before');
  const { changes, latestSeq } = await listChanges(ctx.db, { afterSeq, beforeSeq, backward: page.backward }, page.size + 1, entity);
  const rows = changes.slice(0, page.size);
  if (page.backward) rows.reverse();
  const edges = rows.map((c) => ({ cursor: encodeCursor([c.seq, 'change']), node: c }));
  const more = changes.length > page.size;
  return {
    latestSeq,
    edges,
    pageInfo: {
      hasNextPage: page.backward ? beforeSeq !== null : more,
      hasPreviousPage: page.backward ? more : afterSeq > 0,
      startCursor: edges[0]?.cursor ?? null,
      // Paging forwards past the end, the cursor to poll from next stays where the caller was.
      endCursor: edges[edges.length - 1]?.cursor ?? (page.backward ? null : encodeCursor([afterSeq, 'change'])),
    },
  };
}

export const integrationQueries: Pick<QueryResolvers, 'history' | 'changes' | 'exportGraph'> = {
  history: async (_, { of, ...args }, ctx) => {
    requireRole(ctx, AUDIT_READER_ROLE);
    parseEntityId(of);
    if (!(await ctx.loaders.nodeById.load(of))) throw new NotFoundError(`no node has id "${of}"`);
    return changePage(ctx, 0, args, of);
  },
  changes: async (_, { since, ...args }, ctx) => {
    requireRole(ctx, AUDIT_READER_ROLE);
    if (since !== null && since !== undefined && (!Number.isInteger(since) || since < 0)) throw new BadUserInputError('since must be a seq (0 or more)', { argument: 'since' });
    return changePage(ctx, since ?? 0, args);
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
