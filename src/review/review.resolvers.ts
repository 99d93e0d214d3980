import type { IndicatorReviewResolvers, MeasurementResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { requireRole } from '../auth/auth';
import { BadUserInputError } from '../errors';
import type { IndicatorModel } from '../indicator/indicator.model';
import { requireExisting } from '../node/resolve';
import { truncate } from '../shared/ids';
import { addIndicatorOwner, measurementsUpTo, upsertMeasurement } from './review.repository';
import type { IndicatorReviewModel } from './review.model';
import { assessTrajectory, expectedValue } from './trajectory';

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

function checkYear(year: number, argument: string) {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) throw new BadUserInputError(`${argument} must be a year between ${FIRST_YEAR} and ${LAST_YEAR}`, { argument });
}

export const reviewMutations: Pick<MutationResolvers, 'recordMeasurement' | 'assignIndicatorOwner'> = {
  recordMeasurement: async (_, { input }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    checkYear(input.year, 'input.year');
    if (!Number.isFinite(input.value)) throw new BadUserInputError('input.value must be a finite number', { argument: 'input.value' });
    const source = input.source.trim();
    if (!source || source.length > 500) throw new BadUserInputError('input.source must be 1..500 characters', { argument: 'input.source' });
    await requireExisting(ctx, input.indicator, 'Indicator', 'input.indicator');
    const measurement = await upsertMeasurement(ctx.db, { indicatorId: input.indicator, year: input.year, value: input.value, source, recordedBy: caller.name });
    ctx.log.info({ indicator: truncate(input.indicator), year: input.year, by: caller.name }, 'measurement recorded');
    return { measurement };
  },
  assignIndicatorOwner: async (_, { indicator, agency }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    const found = await requireExisting(ctx, indicator, 'Indicator', 'indicator');
    await requireExisting(ctx, agency, 'Agency', 'agency');
    await addIndicatorOwner(ctx.db, indicator, agency, caller.name);
    ctx.loaders.related('Indicator.ownedBy').clear(indicator);
    return { indicator: found };
  },
};

export const reviewQueries: Pick<QueryResolvers, 'midTermReview'> = {
  midTermReview: async (_, { asOf }, ctx) => {
    checkYear(asOf, 'asOf');
    const rows = await measurementsUpTo(ctx.db, asOf);
    const indicators = (await ctx.loaders.nodeById.loadMany(rows.map((r) => r.id))) as IndicatorModel[];
    const reviews: IndicatorReviewModel[] = rows.map((row, i) => {
      const ind = indicators[i];
      const baseline = ind.baselineValue !== null && ind.baselineYear !== null && ind.baselineYear <= asOf ? { year: ind.baselineYear, value: ind.baselineValue } : null;
      const series = [...(baseline ? [baseline] : []), ...row.values.filter((v) => !baseline || v.year !== baseline.year)].sort((a, b) => a.year - b.year);
      const latest = series[series.length - 1] ?? null;
      const previous = latest ? series.find((v) => v.year === latest.year - 1) ?? null : null;
      const input = {
        asOf, targetValue: ind.targetValue, targetComparator: ind.targetComparator, targetKind: ind.targetKind, targetYear: ind.targetYear ?? 2025,
        binding: ind.attribute === 'BINDING', baseline, latest, previous,
      };
      return { indicator: ind, status: assessTrajectory(input), latest, expected: expectedValue(input) };
    });
    return { asOf, indicators: reviews };
  },
};

export const Measurement: MeasurementResolvers = {
  indicator: async (m, _, ctx) => (await ctx.loaders.nodeById.load(m.indicatorId)) as IndicatorModel,
};

export const IndicatorReview: IndicatorReviewResolvers = {};
