import type { GapsResolvers, IndicatorResolvers, LikelyOwnerEvidenceResolvers, LikelyOwnerResolvers, MidTermReviewResolvers } from '../__generated__/resolvers-types';
import type { AgencyModel } from '../agency/agency.model';
import type { GraphContext } from '../context';
import { INDICATOR_HAS_LIKELY_OWNER, INDICATOR_HAS_OWNER } from '../indicator/indicator.repository';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { NodeModel } from '../node/node.model';
import type { AgencyReviewModel, IndicatorReviewModel } from '../review/review.model';
import { group } from '../review/review.service';
import { pageOf } from '../page/paging';
import { likelyOwnersLoader } from './ownership.repository';

/** The nodes of a path, through the request's node loader (one batch for a page of likely owners). */
async function nodesOf(ctx: GraphContext, ids: string[]): Promise<NodeModel[]> {
  const nodes = await ctx.loaders.nodeById.loadMany(ids);
  return nodes.filter((n): n is NodeModel => n !== null && !(n instanceof Error));
}

/** Indicator fields of the ownership domain. */
export const IndicatorOwnershipFields: Pick<IndicatorResolvers, 'likelyOwners'> = {
  likelyOwners: (i, _, ctx) => likelyOwnersLoader(ctx).load(i.id),
};

export const LikelyOwner: LikelyOwnerResolvers = {
  agency: async (o, _, ctx) => (await ctx.loaders.nodeById.load(o.agencyId)) as AgencyModel,
  path: (o, _, ctx) => nodesOf(ctx, o.evidence[0]?.pathIds ?? []),
  quotes: (o) => [...new Set(o.evidence.flatMap((e) => e.quotes))],
};

export const LikelyOwnerEvidence: LikelyOwnerEvidenceResolvers = {
  path: (e, _, ctx) => nodesOf(ctx, e.pathIds),
};

/** Gaps fields of the ownership domain: the inferred group, apart from the plan's own owners. */
export const GapsOwnershipFields: Pick<GapsResolvers, 'bindingIndicatorsWithOnlyLikelyOwner'> = {
  bindingIndicatorsWithOnlyLikelyOwner: (_, page, ctx) =>
    pageOf<IndicatorModel>(ctx, 'Indicator', { conditions: ["n.attribute = 'BINDING'", `NOT ${INDICATOR_HAS_OWNER}`, INDICATOR_HAS_LIKELY_OWNER], params: {} }, page),
};

/** The review's inferred roll-up: indicators without an owner, each under its top likely owner. */
export const MidTermReviewOwnershipFields: Pick<MidTermReviewResolvers, 'byLikelyOwner'> = {
  byLikelyOwner: async (review, _, ctx) => {
    const ids = review.indicators.map((r) => r.indicator.id);
    const [owners, likely] = await Promise.all([ctx.loaders.related('Indicator.ownedBy').loadMany(ids), likelyOwnersLoader(ctx).loadMany(ids)]);
    const byAgency = new Map<string, IndicatorReviewModel[]>();
    review.indicators.forEach((r, i) => {
      const explicit = owners[i];
      const top = likely[i];
      if (explicit instanceof Error || top instanceof Error || explicit.length > 0 || top.length === 0) return;
      (byAgency.get(top[0].agencyId) ?? byAgency.set(top[0].agencyId, []).get(top[0].agencyId)!).push(r);
    });
    const agencies = await ctx.loaders.nodeById.loadMany([...byAgency.keys()]);
    return [...byAgency.values()]
      .map((reviews, k): AgencyReviewModel => ({ agency: agencies[k] as AgencyModel, ...group(reviews) }))
      .sort((a, b) => a.agency.id.localeCompare(b.agency.id));
  },
};
