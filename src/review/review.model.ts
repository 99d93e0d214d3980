import type { AgencyModel } from '../agency/agency.model';
import type { GoalModel } from '../goal/goal.model';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { ReviewStatus } from './trajectory';

/** A recorded measurement of an indicator for one year. */
export interface MeasurementModel {
  indicatorId: string;
  year: number;
  value: number;
  source: string;
  recordedAt: string;
  recordedBy: string;
}

/** A replaced measurement value. */
export interface RevisionModel extends MeasurementModel {
  replacedAt: string;
  replacedBy: string;
}

/** One indicator's standing in a mid-term review. */
export interface IndicatorReviewModel {
  indicator: IndicatorModel;
  status: ReviewStatus;
  latest: { year: number; value: number } | null;
  expected: number | null;
}

/** A group of reviewed indicators (a goal's, an agency's), binding first. */
export interface ReviewGroup {
  indicators: IndicatorReviewModel[];
  statusCounts: { status: ReviewStatus; count: number }[];
  bindingStatusCounts: { status: ReviewStatus; count: number }[];
}

export interface GoalReviewModel extends ReviewGroup {
  goal: GoalModel;
}

export interface AgencyReviewModel extends ReviewGroup {
  agency: AgencyModel;
}

/** The review rolled up per goal and per owning agency. */
export interface ReviewRollUps {
  byGoal: GoalReviewModel[];
  byAgency: AgencyReviewModel[];
}

/** The mid-term review as of a year; the roll-ups are read from the graph only when asked for (once). */
export interface MidTermReviewModel extends ReviewGroup {
  asOf: number;
  method: string;
  rollUps(): Promise<ReviewRollUps>;
}

/** The review with its roll-ups, as the report shows it. */
export type FullReviewModel = Omit<MidTermReviewModel, 'rollUps'> & ReviewRollUps;
