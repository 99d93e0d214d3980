import type { IndicatorResolvers, MeasurementResolvers, MeasurementRevisionResolvers, MidTermReviewResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { auditValue, requireRole } from '../auth/auth';
import { BadUserInputError } from '../errors';
import type { IndicatorModel } from '../indicator/indicator.model';
import { planKeyOf } from '../graph/ids';
import { requireExisting } from '../node/resolve';
import { importMeasurementsCsv } from './import';
import { recordMeasurements } from './review.repository';
import { midTermReview } from './review.service';
import { checkYear } from './years';

export const reviewMutations: Pick<MutationResolvers, 'recordMeasurement' | 'importMeasurementsCsv'> = {
  recordMeasurement: async (_, { input }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    checkYear(input.year, 'input.year');
    if (!Number.isFinite(input.value)) throw new BadUserInputError('input.value must be a finite number', { argument: 'input.value' });
    const source = input.source.trim();
    if (!source || source.length > 500) throw new BadUserInputError('input.source must be 1..500 characters', { argument: 'input.source' });
    await requireExisting(ctx, input.indicator, 'Indicator', 'input.indicator');
    const { saved } = await recordMeasurements(ctx.db, [{ indicatorId: input.indicator, year: input.year, value: input.value, source }], caller.name);
    return { measurement: saved[0] };
  },
  importMeasurementsCsv: async (_, { csv }, ctx) => importMeasurementsCsv(ctx, csv, requireRole(ctx, 'PLANNER').name),
};

export const reviewQueries: Pick<QueryResolvers, 'midTermReview'> = {
  midTermReview: async (_, { asOf, plan }, ctx) => {
    checkYear(asOf, 'asOf');
    // The plan check and the review run side by side: a missing plan still answers NOT_FOUND.
    const [review] = await Promise.all([midTermReview(ctx, asOf, plan ? planKeyOf(plan) : null), plan ? requireExisting(ctx, plan, 'Plan', 'plan') : null]);
    return review;
  },
};

export const Measurement: MeasurementResolvers = {
  recordedBy: (m, _, ctx) => auditValue(ctx, m.recordedBy),
  indicator: async (m, _, ctx) => (await ctx.loaders.nodeById.load(m.indicatorId)) as IndicatorModel,
};

export const MeasurementRevision: MeasurementRevisionResolvers = {
  recordedBy: (m, _, ctx) => auditValue(ctx, m.recordedBy),
  replacedBy: (m, _, ctx) => auditValue(ctx, m.replacedBy),
};

/** Indicator fields that belong to the review domain. */
export const IndicatorReviewFields: Pick<IndicatorResolvers, 'measurementRevisions'> = {
  measurementRevisions: (i, _, ctx) => ctx.loaders.measurementRevisions.load(i.id),
};

export const MidTermReview: MidTermReviewResolvers = {
  byGoal: async (review) => (await review.rollUps()).byGoal,
  byAgency: async (review) => (await review.rollUps()).byAgency,
};
