import { approvedAmendmentsOfPlan } from '../amendment/amendment.repository';
import { targetInForce } from '../amendment/target';
import type { GraphContext } from '../context';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { PlanModel } from '../plan/plan.model';
import { meetsTarget } from '../review/trajectory';
import { reviewInputs, reviewSeries, rollUpBy } from '../review/review.service';
import type { AmendmentModel, TargetModel } from '../amendment/amendment.model';
import type { FinalGroup, FinalIndicatorReviewModel, FinalOutcome, FinalReviewModel } from './final.model';

const OUTCOMES: FinalOutcome[] = ['ACHIEVED', 'MISSED', 'NO_DATA'];

/** How the final review judges, stated where clients can read it. */
export const FINAL_METHOD =
  "Each Table 1 indicator at the end year of the plan against the target in force then (approved amendments replace the plan's), from approved " +
  "figures only: ACHIEVED when the newest figure at or before the end year meets it (annual targets: that year's amount; growth targets: the " +
  'compound annual growth from the first figure, the baseline counting, to the newest), MISSED otherwise, NO_DATA without a figure after the ' +
  'baseline year (or, for growth, without two). When the end year has no figure yet, the newest earlier figure stands in for it and its row ' +
  'says so (for example 2025 judged from the 2023 figure): such an outcome is provisional until the end-year figure is recorded. ' +
  'Binding misses first, then other misses, then NO_DATA, then ACHIEVED; each by number.';

/** The same method in Chinese, for the report's readers (the English stands beside it). */
export const FINAL_METHOD_ZH =
  '规划期末(终期年份)逐项评估表1指标,以当年有效的目标为准(经批准的目标调整取代规划原目标),仅采用已审核的数值:' +
  '终期年份及以前最新数值达到目标为“已实现”(每年目标:该年数值;年增长目标:自首个数值(含基期)至最新数值的年均复合增长率),否则为“未实现”;' +
  '基期年份之后无数值(年增长目标:不足两个数值)为“暂无数据”。终期年份尚无数值时,以此前最新年份的数值代替,并在该行注明' +
  '(例如以2023年数值判断2025年):此类结论为暂定,待终期年份数值填报后更新。排序:约束性未实现、其他未实现、暂无数据、已实现,各按编号。';

/** The outcome of one indicator at the end year. */
export function finalOutcome(indicator: IndicatorModel, values: { year: number; value: number }[], endYear: number, target: TargetModel): Pick<FinalIndicatorReviewModel, 'outcome' | 'latest' | 'growth'> {
  const { series, hasNewData } = reviewSeries(indicator, values, endYear);
  const latest = series[series.length - 1] ?? null;
  if (!hasNewData || !latest || target.value === null) return { outcome: 'NO_DATA', latest, growth: null };
  if (target.kind === 'GROWTH') {
    const first = series[0];
    if (latest.year <= first.year || first.value <= 0) return { outcome: 'NO_DATA', latest, growth: null };
    const growth = ((latest.value / first.value) ** (1 / (latest.year - first.year)) - 1) * 100;
    return { outcome: growth >= target.value - 1e-9 ? 'ACHIEVED' : 'MISSED', latest, growth };
  }
  return { outcome: meetsTarget(latest.value, target.value, target.comparator) ? 'ACHIEVED' : 'MISSED', latest, growth: null };
}

const rank = (r: FinalIndicatorReviewModel) => (r.outcome === 'MISSED' ? (r.indicator.attribute === 'BINDING' ? 0 : 1) : r.outcome === 'NO_DATA' ? 2 : 3);

/** Counts and orders final rows: binding misses, other misses, NO_DATA, ACHIEVED; each by number. */
export function finalGroup(rows: FinalIndicatorReviewModel[]): FinalGroup {
  const indicators = [...rows].sort((a, b) => rank(a) - rank(b) || (a.indicator.number ?? 0) - (b.indicator.number ?? 0));
  const count = (rs: FinalIndicatorReviewModel[]) => OUTCOMES.map((outcome) => ({ outcome, count: rs.filter((r) => r.outcome === outcome).length }));
  return { indicators, outcomeCounts: count(rows), bindingOutcomeCounts: count(rows.filter((r) => r.indicator.attribute === 'BINDING')) };
}

/** The final review of a plan at its period's end year. */
export async function finalReview(ctx: GraphContext, plan: PlanModel): Promise<FinalReviewModel> {
  const endYear = plan.periodEnd ?? 2025;
  const planStart = plan.periodStart ?? endYear - 4;
  const [rows, amendments] = await Promise.all([reviewInputs(ctx, endYear, plan.key), approvedAmendmentsOfPlan(ctx.db, plan.key)]);
  const reviews: FinalIndicatorReviewModel[] = rows.map(({ indicator, values, amendments: own }: { indicator: IndicatorModel; values: { year: number; value: number }[]; amendments: AmendmentModel[] }) => {
    const target = targetInForce(indicator, own, endYear);
    return { indicator, target, amendments: own, planStart, ...finalOutcome(indicator, values, endYear, target) };
  });
  let rollUps: ReturnType<FinalReviewModel['rollUps']> | null = null;
  return {
    plan,
    endYear,
    method: FINAL_METHOD,
    amendments,
    ...finalGroup(reviews),
    rollUps: () => (rollUps ??= rollUpBy(ctx, reviews, finalGroup)),
  };
}
