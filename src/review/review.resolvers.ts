import type { IndicatorResolvers, MeasurementResolvers, MeasurementRevisionResolvers, MidTermReviewResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { auditValue, requireRole } from '../auth/auth';
import { BadUserInputError } from '../errors';
import type { IndicatorModel } from '../indicator/indicator.model';
import { planKeyOf } from '../graph/ids';
import { requireExisting } from '../node/resolve';
import { checkArea, figureStatus } from '../figure/figure.rules';
import { checkEvidence } from '../figure/evidence';
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
    const indicator = await requireExisting(ctx, input.indicator, 'Indicator', 'input.indicator');
    const area = checkArea(indicator, input.area);
    const evidence = checkEvidence(input.evidence, input.checksum);
    const row = { indicatorId: input.indicator, year: input.year, value: input.value, source, area, ...evidence, status: figureStatus(caller) };
    const { saved } = await recordMeasurements(ctx.db, [row], caller.name);
    return { measurement: saved[0] };
  },
  importMeasurementsCsv: async (_, { csv }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    return importMeasurementsCsv(ctx, csv, caller.name, figureStatus(caller));
  },
};

export const reviewQueries: Pick<QueryResolvers, 'midTermReview'> = {
  midTermReview: async (_, { asOf, plan, includeSubmitted }, ctx) => {
    checkYear(asOf, 'asOf');
    // The review's statement reads the plan too (into the request's nodeById loader), so checking it afterwards
    // costs no round trip: a missing plan still answers as requireExisting does.
    const review = await midTermReview(ctx, asOf, plan ? planKeyOf(plan) : null, includeSubmitted ?? false, plan ?? null);
    if (plan) await requireExisting(ctx, plan, 'Plan', 'plan');
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
