import type { PlanResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { links } from '../link/links';
import { complete } from '../node/resolve';
import { related } from '../relation/related';
import { provenanceOf } from '../shared/provenance';
import { listPlans } from './plan.repository';

/** plans: the imported plans and those they follow. */
export const planQueries: Pick<QueryResolvers, 'plans'> = {
  plans: (_, __, ctx) => listPlans(ctx.db),
};

export const Plan: PlanResolvers = {
  follows: (plan, _, ctx) => related(ctx, 'Plan.follows', plan.id),
  jurisdiction: (plan) =>
    plan.jurisdiction && plan.jurisdictionKey && plan.jurisdictionLevel
      ? { key: plan.jurisdictionKey, name: plan.jurisdiction, level: plan.jurisdictionLevel, parent: plan.jurisdictionParent ?? null }
      : null,
  links: (plan, args, ctx) => links(ctx, plan.id, args),
  provenance: async (plan, _, ctx) => provenanceOf(await complete(ctx, plan)),
};
