import type { FinalIndicatorReviewResolvers, FinalReviewResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { targetHistory } from '../amendment/target';
import { requireExisting } from '../node/resolve';
import { finalReview } from './final.service';

export const finalQueries: Pick<QueryResolvers, 'finalReview'> = {
  finalReview: async (_, { plan }, ctx) => finalReview(ctx, await requireExisting(ctx, plan, 'Plan', 'plan')),
};

export const FinalReview: FinalReviewResolvers = {
  byGoal: async (review) => (await review.rollUps()).byGoal,
  byAgency: async (review) => (await review.rollUps()).byAgency,
};

export const FinalIndicatorReview: FinalIndicatorReviewResolvers = {
  targetHistory: (r) => targetHistory(r.indicator, r.amendments, r.planStart),
};
