import type { IndicatorResolvers } from '../__generated__/resolvers-types';
import type { GraphContext } from '../context';
import type { IndicatorModel } from '../indicator/indicator.model';
import { related } from '../relation/related';
import type { RelationKey } from '../relation/relations';

/** Confirmed continuity edges, then, when asked, the open proposals' far ends: all through the request's loaders. */
async function continuity(ctx: GraphContext, id: string, relation: RelationKey, proposed: { relation: 'CONTINUES' | 'ALIGNS_WITH'; direction: 'OUT' | 'IN' } | null): Promise<IndicatorModel[]> {
  const confirmed = (await related(ctx, relation, id)) as IndicatorModel[];
  if (!proposed) return confirmed;
  const open = await ctx.loaders.openProposals.load({ relation: proposed.relation, direction: proposed.direction, id });
  const ids = open.map((p) => (proposed.direction === 'OUT' ? p.toId : p.fromId)).filter((x) => !confirmed.some((c) => c.id === x));
  const more = (await ctx.loaders.nodeById.loadMany(ids)).filter((n): n is IndicatorModel => !!n && !(n instanceof Error));
  return [...confirmed, ...more];
}

/** Indicator fields that follow continuity between plans. */
export const IndicatorContinuity: Pick<IndicatorResolvers, 'continues' | 'continuedBy' | 'alignsWith'> = {
  continues: (i, { includeProposed }, ctx) => continuity(ctx, i.id, 'Indicator.continues', includeProposed ? { relation: 'CONTINUES', direction: 'OUT' } : null),
  continuedBy: (i, { includeProposed }, ctx) => continuity(ctx, i.id, 'Indicator.continuedBy', includeProposed ? { relation: 'CONTINUES', direction: 'IN' } : null),
  alignsWith: (i, { includeProposed }, ctx) => continuity(ctx, i.id, 'Indicator.alignsWith', includeProposed ? { relation: 'ALIGNS_WITH', direction: 'OUT' } : null),
};
