import type { IndicatorResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { planTarget } from './indicator.target';
import { links } from '../link/links';
import { besideChecks, complete, requireExisting } from '../node/resolve';
import { pageOf } from '../page/paging';
import { planOf } from '../plan/plan.loader';
import { related } from '../relation/related';
import type { IndicatorModel } from './indicator.model';
import { indicatorFilter } from './indicator.repository';

/** indicators: by number (Table 1), then text targets by code. */
export const indicatorQueries: Pick<QueryResolvers, 'indicators'> = {
  indicators: (_, { filter, ...page }, ctx, info) =>
    besideChecks(
      [
        filter?.measures ? requireExisting(ctx, filter.measures, 'Goal', 'filter.measures') : null,
        filter?.ownedBy ? requireExisting(ctx, filter.ownedBy, 'Agency', 'filter.ownedBy') : null,
      ],
      () => pageOf<IndicatorModel>(ctx, 'Indicator', indicatorFilter(filter), page, info),
    ),
};

export const Indicator: IndicatorResolvers = {
  target: (i) => planTarget(i),
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
  plan: (i, _, ctx) => planOf(ctx, i.planId),
  measurements: (i, _, ctx) => ctx.loaders.measurements.load(i.id),
  links: (i, args, ctx) => links(ctx, i.id, args),
  provenance: async (i, _, ctx) => {
    const full = await complete(ctx, i);
    return { sectionPath: full.sectionPath, quote: full.quote };
  },
};
