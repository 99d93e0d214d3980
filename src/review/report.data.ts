import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import { impactToDot } from '../impact/diagram';
import { impactOf } from '../impact/impact.repository';
import type { ImpactedNodeModel } from '../impact/impact.model';
import type { LawModel } from '../law/law.model';
import type { OwnerCell, OwnerCellsOf } from './owners';
import { figureKeysFromSource, importedPlanName, lawsMostRestedOn } from './report.repository';
import type { FullReviewModel } from './review.model';
import { midTermReviewWithSeries } from './review.service';

/** Everything the report shows: the review, each indicator's series, and impact pictures. */
export interface ReportData {
  review: FullReviewModel;
  planName: string;
  series: Map<string, { year: number; value: number }[]>;
  impacts: { law: LawModel; affected: number; dot: string; affectedNodes: ImpactedNodeModel[] }[];
  /** Figures recorded as synthetic demo data (`indicatorId:year`), flagged wherever they show. */
  synthetic: Set<string>;
  /** Each indicator's explicit owners, else its likely owner (marked as such); absent when neither. */
  owners: Map<string, OwnerCell>;
  /** How the laws were chosen: the planner's pick (?laws=…), or those whose change reaches most. */
  lawsChosenBy: 'PICKED' | 'MOST_REACH';
}

/** The source `npm run demo` gives its made-up figures. */
export const DEMO_SOURCE = 'synthetic demo';

/** Laws whose impact is computed (those the most tasks rest on), and how many pictures the report keeps. */
const IMPACT_CANDIDATES = 12;
const IMPACT_PICTURES = 4;
/** The most laws a planner may pick for one report. */
export const MAX_PICKED_LAWS = 8;

/**
 * Gathers the report's data: the review as of a year, measurements per indicator, the impact of the laws tasks rest
 * on, and each indicator's owner cell (read by `ownersOf`: src/ownership/owners.ts ownerCells).
 */
export async function buildReportData(ctx: GraphContext, ownersOf: OwnerCellsOf, asOf: number, planKey: string | null = null, lawIds: readonly string[] | null = null): Promise<ReportData> {
  const { review: lazyReview, series } = await midTermReviewWithSeries(ctx, asOf, planKey);
  const { rollUps, ...rest } = lazyReview;
  const review: FullReviewModel = { ...rest, ...(await rollUps()) };
  const planName = await importedPlanName(ctx.db, planKey);
  const laws = lawIds?.length ? await pickedLaws(ctx, lawIds) : await lawsMostRestedOn(ctx.db, IMPACT_CANDIDATES);
  // The walks are independent: sent together rather than one after another.
  const impacts = await Promise.all(
    laws.map(async (law) => {
      const { affected } = await impactOf(ctx.db, law.id, 3);
      return { law, affected: affected.length, dot: impactToDot({ source: law, affected }), affectedNodes: affected };
    }),
  );
  // The planner's laws in the order picked; otherwise those whose change reaches most, most first.
  if (!lawIds?.length) impacts.sort((a, b) => b.affected - a.affected || a.law.id.localeCompare(b.law.id));
  const synthetic = await figureKeysFromSource(ctx.db, DEMO_SOURCE, asOf);
  const owners = await ownersOf(ctx, review.indicators.map((r) => r.indicator.id));
  return {
    review,
    planName: planName ?? 'plan',
    series,
    impacts: lawIds?.length ? impacts : impacts.slice(0, IMPACT_PICTURES),
    synthetic: new Set(synthetic),
    owners,
    lawsChosenBy: lawIds?.length ? 'PICKED' : 'MOST_REACH',
  };
}

/** The laws a planner named (ids), in that order; BAD_USER_INPUT for too many or for an id that is not a law. */
async function pickedLaws(ctx: GraphContext, ids: readonly string[]): Promise<LawModel[]> {
  if (ids.length > MAX_PICKED_LAWS) throw new BadUserInputError(`pick at most ${MAX_PICKED_LAWS} laws`, { argument: 'laws' });
  const unique = [...new Set(ids)];
  const nodes = await ctx.loaders.nodeById.loadMany(unique);
  return nodes.map((node, k) => {
    if (!node || node instanceof Error || node.label !== 'Law') throw new BadUserInputError(`no law "${unique[k]}"`, { argument: 'laws' });
    return node as LawModel;
  });
}
