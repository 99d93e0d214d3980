import type { GoalResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { findPage } from '../node/node.repository';
import { related } from '../node/resolve';
import { pageRequest, toConnection } from '../shared/connection';
import { goalFilter } from './goal.repository';
import type { GoalModel } from './goal.model';

/** goals: in plan order. */
export const goalQueries: Pick<QueryResolvers, 'goals'> = {
  goals: async (_, { filter, first, after }, ctx) => {
    const page = pageRequest(first, after, ctx.config.MAX_PAGE_SIZE);
    const { rows, totalCount } = await findPage(ctx.db, 'Goal', goalFilter(filter), page, true);
    return toConnection(rows as GoalModel[], page, totalCount, (g) => [(g as GoalModel & { ord: number }).ord, g.id]);
  },
};

export const Goal: GoalResolvers = {
  measuredBy: (goal, _, ctx) => related(ctx, 'Goal.measuredBy', goal.id),
  supportedBy: (goal, _, ctx) => related(ctx, 'Goal.supportedBy', goal.id),
  correspondsTo: async (goal, _, ctx) => [...(await related(ctx, 'Goal.correspondsTo', goal.id)), ...(await related(ctx, 'Goal.correspondedBy', goal.id))],
  plan: async (goal, _, ctx) => (await related(ctx, 'Goal.plan', goal.id))[0],
  provenance: (goal) => ({ sectionPath: goal.sectionPath, quote: goal.quote }),
};
