import type { IndicatorResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { findPage } from '../node/node.repository';
import { related, requireExisting } from '../node/resolve';
import { pageRequest, toConnection } from '../shared/connection';
import { listMeasurements } from '../review/review.repository';
import type { IndicatorModel } from './indicator.model';
import { indicatorFilter } from './indicator.repository';

/** indicators: by number (Table 1), then text targets by code. */
export const indicatorQueries: Pick<QueryResolvers, 'indicators'> = {
  indicators: async (_, { filter, first, after }, ctx) => {
    const page = pageRequest(first, after, ctx.config.MAX_PAGE_SIZE);
    if (filter?.measures) await requireExisting(ctx, filter.measures, 'Goal', 'filter.measures');
    if (filter?.ownedBy) await requireExisting(ctx, filter.ownedBy, 'Agency', 'filter.ownedBy');
    const { rows, totalCount } = await findPage(ctx.db, 'Indicator', indicatorFilter(filter), page, true);
    return toConnection(rows as IndicatorModel[], page, totalCount, (i) => [(i as IndicatorModel & { ord: number }).ord, i.id]);
  },
};

export const Indicator: IndicatorResolvers = {
  target: (i) => ({
    raw: i.targetRaw,
    value: i.targetValue,
    unit: i.targetUnit,
    comparator: i.targetComparator,
    year: i.targetYear,
    kind: i.targetKind,
    per: i.targetPer,
    aspirational: i.targetAspirational ?? false,
  }),
  baseline: (i) =>
    i.baselineValue === null || i.baselineValue === undefined || i.baselineYear === null || !i.baselineQuote
      ? null
      : {
          value: i.baselineValue,
          unit: i.baselineUnit,
          year: i.baselineYear,
          quote: i.baselineQuote,
          provenance: { sectionPath: i.baselineSectionPath ?? [], quote: i.baselineQuote },
        },
  measures: (i, _, ctx) => related(ctx, 'Indicator.measures', i.id),
  ownedBy: (i, _, ctx) => related(ctx, 'Indicator.ownedBy', i.id),
  movedBy: (i, _, ctx) => related(ctx, 'Indicator.movedBy', i.id),
  plan: async (i, _, ctx) => (await ctx.loaders.nodeById.load(`Plan:${i.planId}`)) as never,
  measurements: (i, _, ctx) => listMeasurements(ctx.db, i.id),
  provenance: (i) => ({ sectionPath: i.sectionPath, quote: i.quote }),
};
