import type { GoalResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { links } from '../link/links';
import { complete } from '../node/resolve';
import { pageOf, relatedPage } from '../page/paging';
import { related } from '../relation/related';
import type { GoalModel } from './goal.model';
import { goalFilter } from './goal.repository';

/** goals: in plan order. */
export const goalQueries: Pick<QueryResolvers, 'goals'> = {
  goals: (_, { filter, ...page }, ctx, info) =>
    pageOf<GoalModel>(ctx, 'Goal', goalFilter(filter), page, info),
};

export const Goal: GoalResolvers = {
  measuredBy: (goal, _, ctx) => related(ctx, 'Goal.measuredBy', goal.id),
  supportedBy: (goal, _, ctx) => related(ctx, 'Goal.supportedBy', goal.id),
  measuredByConnection: (goal, page, ctx) => relatedPage(ctx, 'Goal.measuredBy', goal.id, 'Indicator', page),
  supportedByConnection: (goal, page, ctx) => relatedPage(ctx, 'Goal.supportedBy', goal.id, 'Task', page),
  correspondsTo: async (goal, _, ctx) => [...(await related(ctx, 'Goal.correspondsTo', goal.id)), ...(await related(ctx, 'Goal.correspondedBy', goal.id))],
  plan: async (goal, _, ctx) => (await related(ctx, 'Goal.plan', goal.id))[0],
  links: (goal, args, ctx) => links(ctx, goal.id, args),
  provenance: async (goal, _, ctx) => {
    const full = await complete(ctx, goal);
    return { sectionPath: full.sectionPath, quote: full.quote };
  },
  text: async (goal, _, ctx) => (await complete(ctx, goal)).text,
  textEn: async (goal, _, ctx) => (await complete(ctx, goal)).textEn,
};
