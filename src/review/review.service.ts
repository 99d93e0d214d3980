import type { AgencyModel } from '../agency/agency.model';
import type { GraphContext } from '../context';
import { REVIEW_STATUSES } from '../graph/enums';
import type { GoalModel } from '../goal/goal.model';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { AmendmentModel, TargetModel } from '../amendment/amendment.model';
import { amendmentLoader } from '../amendment/amendment.loader';
import { toAmendments } from '../amendment/amendment.repository';
import { targetInForce, targetInputs } from '../amendment/target';
import { planTarget } from '../indicator/indicator.target';
import type { IndicatorWithAreas } from '../figure/figure.model';
import { cityValues } from '../figure/rollup';
import { toNodeModel, toPartialNodeModel } from '../node/node.model';
import { measurementsUpTo } from './review.repository';
import type { IndicatorReviewModel, MidTermReviewModel, ReviewGroup, ReviewRollUps } from './review.model';
import { assessTrajectory, expectedValue } from './trajectory';


/** How the review judges, stated where clients can read it. */
export const REVIEW_METHOD =
  'UN SDG progress method: observed progress since the baseline over the progress needed by now on a straight path to the 2025 target. ' +
  'ACHIEVED once the latest value meets the target; ON_TRACK at ratio >= 0.95 (binding: >= 1), AT_RISK >= 0.5 (binding: >= 0.75), else OFF_TRACK. ' +
  'Annual targets (每年…) compare the latest year with the yearly amount, growth targets (年增长…) the latest year-on-year growth with the rate; ' +
  'without a baseline a level target is judged as latest over target. NO_DATA until a measurement after the baseline year exists. ' +
  'Each row is judged against the target in force as of asOf (an approved amendment replaces the plan\'s), from approved figures only unless ' +
  'includeSubmitted; area figures make the city value by the indicator\'s rule (SUM) where no city-wide figure is recorded.';

/** The same method in Chinese, for the report's readers (the English stands beside it). */
export const REVIEW_METHOD_ZH =
  '采用联合国可持续发展目标(SDG)进展评估方法:以基期以来的实际进展,除以沿基期至2025年目标的直线路径到评估年份应取得的进展。' +
  '最新值已达到目标为“已实现”;比值≥0.95(约束性指标≥1)为“进展顺利”,≥0.5(约束性指标≥0.75)为“存在风险”,否则为“偏离目标”。' +
  '每年目标(每年……)以最新年份数值与年度目标比较,年增长目标(年增长……)以最新一年的同比增长率与目标增速比较;无基期的水平目标以最新值与目标之比判断。' +
  '基期年份之后尚无数值的为“暂无数据”。每项指标按评估年份有效的目标评估(经批准的目标调整取代规划原目标),仅采用已审核的数值;' +
  '未填报全市数值时,按指标的汇总规则(求和)由各区数值合成全市数值。';

/** An indicator's series up to asOf: its city-wide values, with the baseline as a value of its year; hasNewData once a value follows the baseline. */
export function reviewSeries(indicator: IndicatorModel, values: { year: number; value: number }[], asOf: number) {
  const baseline =
    indicator.baselineValue !== null && indicator.baselineYear !== null && indicator.baselineYear <= asOf ? { year: indicator.baselineYear, value: indicator.baselineValue } : null;
  const measured = values.filter((v) => v.year <= asOf).sort((a, b) => a.year - b.year);
  const series = [...(baseline && !measured.some((v) => v.year === baseline.year) ? [baseline] : []), ...measured].sort((a, b) => a.year - b.year);
  // The baseline alone says where the plan started, not how it is going.
  return { baseline, series, hasNewData: measured.some((v) => !baseline || v.year > baseline.year) };
}

/** Reviews one indicator from its baseline and the measurements up to asOf, against `target` (the target in force; the plan's by default). */
export function reviewIndicator(indicator: IndicatorModel, values: { year: number; value: number }[], asOf: number, target: TargetModel = planTarget(indicator)): IndicatorReviewModel {
  if (target.kind === 'CUMULATIVE') return reviewCumulative(indicator, values, asOf, target);
  const { baseline, series, hasNewData } = reviewSeries(indicator, values, asOf);
  const latest = series[series.length - 1] ?? null;
  const previous = latest ? series.find((v) => v.year === latest.year - 1) ?? null : null;
  const input = { asOf, ...targetInputs(target, indicator.targetYear ?? 2025), binding: indicator.attribute === 'BINDING', baseline, latest, previous };
  return { indicator, target, latest, expected: expectedValue(input), status: hasNewData ? assessTrajectory(input) : 'NO_DATA' };
}

/**
 * A cumulative target ([30] over the period) is judged as a level reached from 0 at the period's start: the
 * latest value is the running total of the yearly measurements.
 */
function reviewCumulative(indicator: IndicatorModel, values: { year: number; value: number }[], asOf: number, target: TargetModel): IndicatorReviewModel {
  const targetYear = indicator.targetYear ?? 2025;
  const start = targetYear - 5;
  let total = 0;
  const totals = values
    .filter((v) => v.year > start && v.year <= asOf)
    .sort((a, b) => a.year - b.year)
    .map((v) => ({ year: v.year, value: (total += v.value) }));
  const level: IndicatorModel = { ...indicator, targetKind: 'LEVEL', baselineValue: 0, baselineYear: start };
  const review = reviewIndicator(level, totals, asOf, { ...target, kind: 'LEVEL' });
  return { ...review, indicator, target };
}

/** Counts and orders a group of reviewed indicators: binding first, then by number. */
export function group(reviews: IndicatorReviewModel[]): ReviewGroup {
  const indicators = [...reviews].sort(
    (a, b) => Number(b.indicator.attribute === 'BINDING') - Number(a.indicator.attribute === 'BINDING') || (a.indicator.number ?? 0) - (b.indicator.number ?? 0),
  );
  const count = (rs: IndicatorReviewModel[]) => REVIEW_STATUSES.map((status) => ({ status, count: rs.filter((r) => r.status === status).length }));
  return { indicators, statusCounts: count(reviews), bindingStatusCounts: count(reviews.filter((r) => r.indicator.attribute === 'BINDING')) };
}

/**
 * Rows of indicators grouped per goal (in the plan's goal order) and per owning agency (by id), each group
 * made by `group`: goals and owners asked in the same tick share one round trip.
 */
export async function rollUpBy<R extends { indicator: IndicatorModel }, G>(ctx: GraphContext, rows: R[], group: (rows: R[]) => G) {
  const ids = rows.map((r) => r.indicator.id);
  const [goals, owners] = (await Promise.all([ctx.loaders.related('Indicator.measures').loadMany(ids), ctx.loaders.related('Indicator.ownedBy').loadMany(ids)])) as [GoalModel[][], AgencyModel[][]];
  const byGoal = new Map<string, { goal: GoalModel; rows: R[] }>();
  const byAgency = new Map<string, { agency: AgencyModel; rows: R[] }>();
  rows.forEach((row, i) => {
    for (const goal of goals[i]) (byGoal.get(goal.id) ?? byGoal.set(goal.id, { goal, rows: [] }).get(goal.id)!).rows.push(row);
    for (const agency of owners[i]) (byAgency.get(agency.id) ?? byAgency.set(agency.id, { agency, rows: [] }).get(agency.id)!).rows.push(row);
  });
  return {
    byGoal: [...byGoal.values()].sort((a, b) => (a.goal.ord ?? 0) - (b.goal.ord ?? 0)).map(({ goal, rows: rs }) => ({ goal, ...group(rs) })),
    byAgency: [...byAgency.values()].sort((a, b) => a.agency.id.localeCompare(b.agency.id)).map(({ agency, rows: rs }) => ({ agency, ...group(rs) })),
  };
}

/** The review as of a year (of one plan, or of all); roll-ups per goal and per owning agency on demand. */
export async function midTermReview(ctx: GraphContext, asOf: number, planKey: string | null = null, includeSubmitted = false, check: string | null = null): Promise<MidTermReviewModel> {
  return (await midTermReviewWithSeries(ctx, asOf, planKey, includeSubmitted, check)).review;
}

/**
 * Table 1 indicators with their city-wide series up to asOf (approved figures; SUBMITTED too when asked) and their
 * amendments, in one statement; the amendments are primed into the request's loader, and so is the
 * node `check` names (an argument the caller checks afterwards with requireExisting, at no round trip of its own).
 */
export async function reviewInputs(ctx: GraphContext, asOf: number, planKey: string | null, includeSubmitted = false, check: string | null = null) {
  const { rows, checked } = await measurementsUpTo(ctx.db, asOf, planKey, includeSubmitted ? ['APPROVED', 'SUBMITTED'] : ['APPROVED'], check);
  if (check) ctx.loaders.nodeById.prime(check, checked ? toNodeModel(checked.labels, checked.props) : null);
  const amendments = amendmentLoader(ctx);
  return rows.map((row) => {
    // Partial (no long texts): a field that needs one completes it through the nodeById loader, so it is not primed.
    const indicator = toPartialNodeModel(row.labels, row.pairs) as IndicatorWithAreas;
    const own = toAmendments(row.amendments);
    amendments.prime(indicator.id, own);
    return { indicator, values: cityValues(row.values, indicator.areaRollUp), amendments: own };
  });
}

/** The review and the measurement series it was computed from (indicator id → values up to asOf), for the report. */
export async function midTermReviewWithSeries(
  ctx: GraphContext,
  asOf: number,
  planKey: string | null = null,
  includeSubmitted = false,
  check: string | null = null,
): Promise<{ review: MidTermReviewModel; series: Map<string, { year: number; value: number }[]> }> {
  const rows = await reviewInputs(ctx, asOf, planKey, includeSubmitted, check);
  const reviews = rows.map((row) => reviewIndicator(row.indicator, row.values, asOf, targetInForce(row.indicator, row.amendments, asOf)));
  let rollUps: Promise<ReviewRollUps> | null = null;
  const review: MidTermReviewModel = {
    asOf,
    method: REVIEW_METHOD,
    ...group(reviews),
    indicators: reviews,
    rollUps: () => (rollUps ??= rollUpBy(ctx, reviews, group)),
  };
  return { review, series: new Map(rows.map((r) => [r.indicator.id, r.values])) };
}
