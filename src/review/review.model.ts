import type { IndicatorModel } from '../indicator/indicator.model';

/** A recorded measurement of an indicator for one year. */
export interface MeasurementModel {
  indicatorId: string;
  year: number;
  value: number;
  source: string;
  recordedAt: string;
  recordedBy: string;
}

/** One indicator's standing in a mid-term review. */
export interface IndicatorReviewModel {
  indicator: IndicatorModel;
  status: 'ACHIEVED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';
  latest: { year: number; value: number } | null;
  expected: number | null;
}

/** The mid-term review as of a year. */
export interface MidTermReviewModel {
  asOf: number;
  indicators: IndicatorReviewModel[];
}
