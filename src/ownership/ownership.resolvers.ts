import type { GapsResolvers, IndicatorResolvers, LikelyOwnerEvidenceResolvers, LikelyOwnerResolvers, MidTermReviewResolvers } from '../__generated__/resolvers-types';
import type { AgencyModel } from '../agency/agency.model';
import type { GraphContext } from '../context';
import { INDICATOR_HAS_OWNER } from '../indicator/indicator.repository';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { NodeModel } from '../node/node.model';
import type { AgencyReviewModel, IndicatorReviewModel } from '../review/review.model';
import { group } from '../review/review.service';
import { pageOf } from '../page/paging';
import { bindingIndicatorsWithLikelyOwner, likelyOwnersLoader } from './ownership.repository';

/** The nodes of a path, through the request's node loader (one batch for a page of likely owners). */
async function nodesOf(ctx: GraphContext, ids: string[]): Promise<NodeModel[]> {
  const nodes = await ctx.loaders.nodeById.loadMany(ids);
  return nodes.filter((n): n is NodeModel => n !== null && !(n instanceof Error));
}

/** Indicator fields of the ownership domain. */
export const IndicatorOwnershipFields: Pick<IndicatorResolvers, 'likelyOwners' | 'likelyOwnerAbstention'> = {
  likelyOwners: async (i, _, ctx) => (await likelyOwnersLoader(ctx).load(i.id)).owners,
  likelyOwnerAbstention: async (i, _, ctx) => (await likelyOwnersLoader(ctx).load(i.id)).abstention,
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
  // The model's rules and abstentions are not Cypher: the ids it has a suggestion for are worked out first.
  bindingIndicatorsWithOnlyLikelyOwner: async (_, page, ctx) =>
    pageOf<IndicatorModel>(
      ctx,
      'Indicator',
      { conditions: ["n.attribute = 'BINDING'", `NOT ${INDICATOR_HAS_OWNER}`, 'n.id IN $withLikelyOwner'], params: { withLikelyOwner: await bindingIndicatorsWithLikelyOwner(ctx) } },
      page,
    ),
};

/** The review's inferred roll-up: indicators without an owner, each under the model's top suggestion (none when it abstains). */
export const MidTermReviewOwnershipFields: Pick<MidTermReviewResolvers, 'byLikelyOwner'> = {
  byLikelyOwner: async (review, _, ctx) => {
    const ids = review.indicators.map((r) => r.indicator.id);
    const [owners, likely] = await Promise.all([ctx.loaders.related('Indicator.ownedBy').loadMany(ids), likelyOwnersLoader(ctx).loadMany(ids)]);
    const byAgency = new Map<string, IndicatorReviewModel[]>();
    review.indicators.forEach((r, i) => {
      const explicit = owners[i];
      const judged = likely[i];
      // An abstention ("no confident suggestion") puts the indicator under no one.
      if (explicit instanceof Error || judged instanceof Error || explicit.length > 0 || judged.owners.length === 0) return;
      const top = judged.owners[0].agencyId;
      (byAgency.get(top) ?? byAgency.set(top, []).get(top)!).push(r);
    });
    const agencies = await ctx.loaders.nodeById.loadMany([...byAgency.keys()]);
    return [...byAgency.values()]
      .map((reviews, k): AgencyReviewModel => ({ agency: agencies[k] as AgencyModel, ...group(reviews) }))
      .sort((a, b) => a.agency.id.localeCompare(b.agency.id));
  },
};
