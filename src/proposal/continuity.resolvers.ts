import type { FinalIndicatorReviewResolvers, IndicatorResolvers, IndicatorReviewResolvers, ContinuationResolvers } from '../__generated__/resolvers-types';
import type { GraphContext } from '../context';
import type { IndicatorModel } from '../indicator/indicator.model';
import { related } from '../relation/related';
import type { RelationKey } from '../relation/relations';
import type { ContinuationModel } from './proposal.model';

/** Confirmed continuity edges, then, when asked, the open proposals' far ends: all through the request's loaders. */
async function continuity(ctx: GraphContext, id: string, relation: RelationKey, proposed: { relation: 'CONTINUES' | 'ALIGNS_WITH'; direction: 'OUT' | 'IN' } | null): Promise<IndicatorModel[]> {
  const confirmed = (await related(ctx, relation, id)) as IndicatorModel[];
  if (!proposed) return confirmed;
  const open = (await ctx.loaders.proposalsByEnd.load({ relation: proposed.relation, direction: proposed.direction, id })).filter((p) => p.status === 'PROPOSED');
  const ids = open.map((p) => (proposed.direction === 'OUT' ? p.toId : p.fromId)).filter((x) => !confirmed.some((c) => c.id === x));
  const more = (await ctx.loaders.nodeById.loadMany(ids)).filter((n): n is IndicatorModel => !!n && !(n instanceof Error));
  return [...confirmed, ...more];
}

/**
 * The later plans' indicators that carry `id` on: the confirmed ones (with the confidence of the proposal a planner
 * confirmed, null for an edge curated by hand), then, when asked, the open proposals, most confident first.
 */
async function continuation(ctx: GraphContext, id: string, includeProposed: boolean): Promise<ContinuationModel[]> {
  const [confirmed, proposals] = await Promise.all([
    related(ctx, 'Indicator.continuedBy', id) as Promise<IndicatorModel[]>,
    ctx.loaders.proposalsByEnd.load({ relation: 'CONTINUES', direction: 'IN', id }),
  ]);
  const rows: ContinuationModel[] = confirmed.map((indicator) => ({
    indicator, status: 'CONFIRMED', confidence: proposals.find((p) => p.fromId === indicator.id && p.status === 'CONFIRMED')?.confidence ?? null,
  }));
  if (!includeProposed) return rows;
  const open = proposals.filter((p) => p.status === 'PROPOSED' && !confirmed.some((c) => c.id === p.fromId));
  const later = await ctx.loaders.nodeById.loadMany(open.map((p) => p.fromId));
  open.forEach((p, i) => {
    const indicator = later[i];
    if (indicator && !(indicator instanceof Error)) rows.push({ indicator: indicator as IndicatorModel, status: 'PROPOSED', confidence: p.confidence });
  });
  return rows;
}

/** Indicator fields that follow continuity between plans. */
export const IndicatorContinuity: Pick<IndicatorResolvers, 'continues' | 'continuedBy' | 'alignsWith'> = {
  continues: (i, { includeProposed }, ctx) => continuity(ctx, i.id, 'Indicator.continues', includeProposed ? { relation: 'CONTINUES', direction: 'OUT' } : null),
  continuedBy: (i, { includeProposed }, ctx) => continuity(ctx, i.id, 'Indicator.continuedBy', includeProposed ? { relation: 'CONTINUES', direction: 'IN' } : null),
  alignsWith: (i, { includeProposed }, ctx) => continuity(ctx, i.id, 'Indicator.alignsWith', includeProposed ? { relation: 'ALIGNS_WITH', direction: 'OUT' } : null),
};

/** A mid-term review row's continuation in the following plan. */
export const IndicatorReviewContinuity: Pick<IndicatorReviewResolvers, 'continuation'> = {
  continuation: (r, { includeProposed }, ctx) => continuation(ctx, r.indicator.id, includeProposed ?? false),
};

/** A final review row's continuation in the following plan. */
export const FinalIndicatorReviewContinuity: Pick<FinalIndicatorReviewResolvers, 'continuation'> = {
  continuation: (r, { includeProposed }, ctx) => continuation(ctx, r.indicator.id, includeProposed ?? false),
};

/** A continuation's later indicator's measurements, through the request's loader. */
export const Continuation: Pick<ContinuationResolvers, 'measurements'> = {
  measurements: (c, _, ctx) => ctx.loaders.measurements.load(c.indicator.id),
};
