import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import { makeId } from '../graph/ids';
import type { PlanModel } from '../plan/plan.model';
import { ownerCells } from '../ownership/owners';
import type { OwnerCell } from '../review/owners';
import { DEMO_SOURCE } from '../review/report.data';
import { figureKeysFromSource } from '../review/report.repository';
import type { AgencyFinalReviewModel, FinalReviewModel, GoalFinalReviewModel } from './final.model';
import { finalReview } from './final.service';

/** The final review with its roll-ups, as the report shows it. */
export type FinalReportData = Omit<FinalReviewModel, 'rollUps'> & {
  byGoal: GoalFinalReviewModel[];
  byAgency: AgencyFinalReviewModel[];
  /** Each indicator's explicit owners, else its likely owner (marked as such); absent when neither. */
  owners: Map<string, OwnerCell>;
  /** Figures recorded as synthetic demo data (`indicatorId:year`) up to the end year, flagged wherever they show. */
  synthetic: Set<string>;
};

/** Gathers the final review of a plan (by key) with its roll-ups; BAD_USER_INPUT for a plan that does not exist. */
export async function buildFinalReportData(ctx: GraphContext, planKey: string): Promise<FinalReportData> {
  const plan = (await ctx.loaders.nodeById.load(makeId('Plan', planKey))) as PlanModel | null;
  if (!plan || plan.label !== 'Plan') throw new BadUserInputError(`no plan "${planKey}"`, { argument: 'plan' });
  const { rollUps, ...review } = await finalReview(ctx, plan);
  const [owners, synthetic] = await Promise.all([ownerCells(ctx, review.indicators.map((r) => r.indicator.id)), figureKeysFromSource(ctx.db, DEMO_SOURCE, review.endYear)]);
  return { ...review, ...(await rollUps()), owners, synthetic: new Set(synthetic) };
}
