import type { AgencyModel } from '../agency/agency.model';
import type { AmendmentModel, TargetModel } from '../amendment/amendment.model';
import type { GoalModel } from '../goal/goal.model';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { PlanModel } from '../plan/plan.model';

export type FinalOutcome = 'ACHIEVED' | 'MISSED' | 'NO_DATA';

/** One indicator at the plan's end year. */
export interface FinalIndicatorReviewModel {
  indicator: IndicatorModel;
  outcome: FinalOutcome;
  target: TargetModel;
  latest: { year: number; value: number } | null;
  growth: number | null;
  amendments: AmendmentModel[];
  planStart: number;
}

/** A group of final rows (a goal's, an agency's, the plan's), binding misses first. */
export interface FinalGroup {
  indicators: FinalIndicatorReviewModel[];
  outcomeCounts: { outcome: FinalOutcome; count: number }[];
  bindingOutcomeCounts: { outcome: FinalOutcome; count: number }[];
}

export interface GoalFinalReviewModel extends FinalGroup {
  goal: GoalModel;
}

export interface AgencyFinalReviewModel extends FinalGroup {
  agency: AgencyModel;
}

/** The final review of a plan; the roll-ups are read when asked for (once). */
export interface FinalReviewModel extends FinalGroup {
  plan: PlanModel;
  endYear: number;
  method: string;
  amendments: AmendmentModel[];
  rollUps(): Promise<{ byGoal: GoalFinalReviewModel[]; byAgency: AgencyFinalReviewModel[] }>;
}
