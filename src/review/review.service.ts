import type { AgencyModel } from '../agency/agency.model';
import type { GraphContext } from '../context';
import { REVIEW_STATUSES } from '../graph/enums';
import type { GoalModel } from '../goal/goal.model';
import type { IndicatorModel } from '../indicator/indicator.model';
import { toNodeModel } from '../node/node.model';
import { measurementsUpTo } from './review.repository';
import type { IndicatorReviewModel, MidTermReviewModel, ReviewGroup, ReviewRollUps } from './review.model';
import { assessTrajectory, expectedValue } from './trajectory';


/** How the review judges, stated where clients can read it. */
export const REVIEW_METHOD =
  'UN SDG progress method: observed progress since the baseline over the progress needed by now on a straight path to the 2025 target. ' +
  'ACHIEVED once the latest value meets the target; ON_TRACK at ratio >= 0.95 (binding: >= 1), AT_RISK >= 0.5 (binding: >= 0.75), else OFF_TRACK. ' +
  'Annual targets (每年…) compare the latest year with the yearly amount, growth targets (年增长…) the latest year-on-year growth with the rate; ' +
  'without a baseline a level target is judged as latest over target. NO_DATA until a measurement after the baseline year exists.';

/** Reviews one indicator from its baseline and the measurements up to asOf. */
export function reviewIndicator(indicator: IndicatorModel, values: { year: number; value: number }[], asOf: number): IndicatorReviewModel {
  if (indicator.targetKind === 'CUMULATIVE') return reviewCumulative(indicator, values, asOf);
  const baseline =
    indicator.baselineValue !== null && indicator.baselineYear !== null && indicator.baselineYear <= asOf ? { year: indicator.baselineYear, value: indicator.baselineValue } : null;
  const measured = values.filter((v) => v.year <= asOf).sort((a, b) => a.year - b.year);
  const series = [...(baseline && !measured.some((v) => v.year === baseline.year) ? [baseline] : []), ...measured].sort((a, b) => a.year - b.year);
  const latest = series[series.length - 1] ?? null;
  const previous = latest ? series.find((v) => v.year === latest.year - 1) ?? null : null;
  const input = {
    asOf,
    targetValue: indicator.targetValue,
    targetComparator: indicator.targetComparator,
    targetKind: indicator.targetKind,
    targetYear: indicator.targetYear ?? 2025,
    binding: indicator.attribute === 'BINDING',
    baseline,
    latest,
    previous,
  };
  // The baseline alone says where the plan started, not how it is going.
  const hasNewData = measured.some((v) => !baseline || v.year > baseline.year);
  return { indicator, latest, expected: expectedValue(input), status: hasNewData ? assessTrajectory(input) : 'NO_DATA' };
}

/**
 * A cumulative target ([30] over the period) is judged as a level reached from 0 at the period's start: the
 * latest value is the running total of the yearly measurements.
 */
function reviewCumulative(indicator: IndicatorModel, values: { year: number; value: number }[], asOf: number): IndicatorReviewModel {
  const targetYear = indicator.targetYear ?? 2025;
  const start = targetYear - 5;
  let total = 0;
  const totals = values
    .filter((v) => v.year > start && v.year <= asOf)
    .sort((a, b) => a.year - b.year)
    .map((v) => ({ year: v.year, value: (total += v.value) }));
  const level: IndicatorModel = { ...indicator, targetKind: 'LEVEL', baselineValue: 0, baselineYear: start };
  const review = reviewIndicator(level, totals, asOf);
  return { ...review, indicator };
}

/** Counts and orders a group of reviewed indicators: binding first, then by number. */
export function group(reviews: IndicatorReviewModel[]): ReviewGroup {
  const indicators = [...reviews].sort(
    (a, b) => Number(b.indicator.attribute === 'BINDING') - Number(a.indicator.attribute === 'BINDING') || (a.indicator.number ?? 0) - (b.indicator.number ?? 0),
  );
  const count = (rs: IndicatorReviewModel[]) => REVIEW_STATUSES.map((status) => ({ status, count: rs.filter((r) => r.status === status).length }));
  return { indicators, statusCounts: count(reviews), bindingStatusCounts: count(reviews.filter((r) => r.indicator.attribute === 'BINDING')) };
}

/** Per goal and per owning agency: goals and owners asked in the same tick share one round trip. */
async function rollUp(ctx: GraphContext, ids: string[], reviews: IndicatorReviewModel[]): Promise<ReviewRollUps> {
  const [goals, owners] = (await Promise.all([ctx.loaders.related('Indicator.measures').loadMany(ids), ctx.loaders.related('Indicator.ownedBy').loadMany(ids)])) as [GoalModel[][], AgencyModel[][]];
  const byGoal = new Map<string, { goal: GoalModel; reviews: IndicatorReviewModel[] }>();
  const byAgency = new Map<string, { agency: AgencyModel; reviews: IndicatorReviewModel[] }>();
  reviews.forEach((review, i) => {
    for (const goal of goals[i]) (byGoal.get(goal.id) ?? byGoal.set(goal.id, { goal, reviews: [] }).get(goal.id)!).reviews.push(review);
    for (const agency of owners[i]) (byAgency.get(agency.id) ?? byAgency.set(agency.id, { agency, reviews: [] }).get(agency.id)!).reviews.push(review);
  });
  return {
    byGoal: [...byGoal.values()].sort((a, b) => (a.goal.ord ?? 0) - (b.goal.ord ?? 0)).map(({ goal, reviews: rs }) => ({ goal, ...group(rs) })),
    byAgency: [...byAgency.values()].sort((a, b) => a.agency.id.localeCompare(b.agency.id)).map(({ agency, reviews: rs }) => ({ agency, ...group(rs) })),
  };
}

/** The review as of a year (of one plan, or of all); roll-ups per goal and per owning agency on demand. */
export async function midTermReview(ctx: GraphContext, asOf: number, planKey: string | null = null): Promise<MidTermReviewModel> {
  return (await midTermReviewWithSeries(ctx, asOf, planKey)).review;
}

/** The review and the measurement series it was computed from (indicator id → values up to asOf), for the report. */
export async function midTermReviewWithSeries(
  ctx: GraphContext,
  asOf: number,
  planKey: string | null = null,
): Promise<{ review: MidTermReviewModel; series: Map<string, { year: number; value: number }[]> }> {
  const rows = await measurementsUpTo(ctx.db, asOf, planKey);
  const ids = rows.map((r) => r.id);
  const indicators = rows.map((r) => toNodeModel(r.labels, r.props) as IndicatorModel);
  indicators.forEach((indicator) => ctx.loaders.nodeById.prime(indicator.id, indicator));
  const reviews = rows.map((row, i) => reviewIndicator(indicators[i], row.values, asOf));
  let rollUps: Promise<ReviewRollUps> | null = null;
  const review: MidTermReviewModel = {
    asOf,
    method: REVIEW_METHOD,
    ...group(reviews),
    indicators: reviews,
    rollUps: () => (rollUps ??= rollUp(ctx, ids, reviews)),
  };
  return { review, series: new Map(rows.map((r) => [r.id, r.values])) };
}
