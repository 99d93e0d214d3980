import type { IndicatorResolvers, MeasurementResolvers, MeasurementRevisionResolvers, MidTermReviewResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { auditValue, requireRole } from '../auth/auth';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import type { IndicatorModel } from '../indicator/indicator.model';
import { requireExisting } from '../node/resolve';
import { checkArea, figureStatus } from '../figure/figure.rules';
import { checkEvidence } from '../figure/evidence';
import { importMeasurementsCsv } from './import';
import { addOwner, listRevisions, recordMeasurements, removeOwner, type OwnableLabel } from './review.repository';
import { midTermReview } from './review.service';
import { checkYear } from './years';

/** Adds or removes an owner after checking role and ids; returns the (re-read) owned entity. */
async function changeOwner<L extends OwnableLabel>(ctx: GraphContext, label: L, id: string, agency: string, change: typeof addOwner) {
  const caller = requireRole(ctx, 'PLANNER');
  const found = await requireExisting(ctx, id, label, label.toLowerCase());
  await requireExisting(ctx, agency, 'Agency', 'agency');
  await change(ctx.db, label, id, agency, caller.name);
  ctx.loaders.related(label === 'Task' ? 'Task.ownedBy' : 'Indicator.ownedBy').clear(id);
  return found;
}

export const reviewMutations: Pick<MutationResolvers, 'recordMeasurement' | 'assignIndicatorOwner' | 'removeIndicatorOwner' | 'assignTaskOwner' | 'removeTaskOwner' | 'importMeasurementsCsv'> = {
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
  assignIndicatorOwner: async (_, { indicator, agency }, ctx) => ({ indicator: await changeOwner(ctx, 'Indicator', indicator, agency, addOwner) }),
  removeIndicatorOwner: async (_, { indicator, agency }, ctx) => ({ indicator: await changeOwner(ctx, 'Indicator', indicator, agency, removeOwner) }),
  assignTaskOwner: async (_, { task, agency }, ctx) => ({ task: await changeOwner(ctx, 'Task', task, agency, addOwner) }),
  removeTaskOwner: async (_, { task, agency }, ctx) => ({ task: await changeOwner(ctx, 'Task', task, agency, removeOwner) }),
};

export const reviewQueries: Pick<QueryResolvers, 'midTermReview'> = {
  midTermReview: async (_, { asOf, plan, includeSubmitted }, ctx) => {
    checkYear(asOf, 'asOf');
    // The plan check and the review run side by side: a missing plan still answers NOT_FOUND.
    const [review] = await Promise.all([midTermReview(ctx, asOf, plan ? plan.slice('Plan:'.length) : null, includeSubmitted ?? false), plan ? requireExisting(ctx, plan, 'Plan', 'plan') : null]);
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
  measurementRevisions: (i, _, ctx) => listRevisions(ctx.db, i.id),
};

export const MidTermReview: MidTermReviewResolvers = {
  byGoal: async (review) => (await review.rollUps()).byGoal,
  byAgency: async (review) => (await review.rollUps()).byAgency,
};
