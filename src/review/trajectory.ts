import type { Comparator, ReviewStatus, TargetKind } from '../__generated__/resolvers-types';

/** The inputs a status needs: the target, the baseline, and the latest value at or before asOf. */
export interface TrajectoryInput {
  asOf: number;
  targetValue: number | null;
  targetComparator: Comparator | null;
  targetKind: TargetKind;
  targetYear: number;
  binding: boolean;
  baseline: { year: number; value: number } | null;
  latest: { year: number; value: number } | null;
  /** For a growth target, the value the year before `latest` (to compute the growth rate). */
  previous: { year: number; value: number } | null;
}

export type { ReviewStatus };

/** Smaller-is-better when the target is a ceiling (≤, <). */
function lowerIsBetter(cmp: TrajectoryInput['targetComparator']): boolean {
  return cmp === 'LT' || cmp === 'LTE';
}

/** Whether a value meets the target as the comparator says (EQ on a "reach" target counts reaching it). */
export function meetsTarget(value: number, target: number, cmp: TrajectoryInput['targetComparator']): boolean {
  switch (cmp) {
    case 'LT':
      return value < target;
    case 'LTE':
      return value <= target;
    case 'GT':
      return value > target;
    default:
      return value >= target;
  }
}

/** The value expected by `asOf` on a straight path from the baseline to the target; null without a baseline. */
export function expectedValue(input: Pick<TrajectoryInput, 'asOf' | 'baseline' | 'targetValue' | 'targetYear' | 'targetKind'>): number | null {
  if (input.targetValue === null) return null;
  if (input.targetKind !== 'LEVEL') return input.targetValue; // annual and growth targets apply every year
  if (!input.baseline) return null;
  const span = input.targetYear - input.baseline.year;
  if (span <= 0) return input.targetValue;
  const share = Math.min(1, Math.max(0, (input.asOf - input.baseline.year) / span));
  return input.baseline.value + (input.targetValue - input.baseline.value) * share;
}

/**
 * The status of one indicator, after the UN SDG progress method: observed progress over the progress
 * needed by now. Level targets: ACHIEVED when the latest value already meets the target; otherwise the
 * ratio of progress made since the baseline to progress expected by now — ≥ 0.95 ON_TRACK, ≥ 0.5 AT_RISK,
 * else OFF_TRACK (binding indicators: ON_TRACK only at ≥ 1, AT_RISK at ≥ 0.75). Without a baseline a level
 * target is judged against the target alone. Annual targets compare the latest year's value with the yearly
 * amount; growth targets compare the latest year-on-year growth with the rate. NO_DATA without a measurement.
 */
export function assessTrajectory(input: TrajectoryInput): ReviewStatus {
  const { latest, targetValue: target, targetComparator: cmp } = input;
  if (!latest || target === null) return 'NO_DATA';
  const onTrackAt = input.binding ? 1 : 0.95;
  const atRiskAt = input.binding ? 0.75 : 0.5;
  const grade = (ratio: number): ReviewStatus => (ratio >= onTrackAt ? 'ON_TRACK' : ratio >= atRiskAt ? 'AT_RISK' : 'OFF_TRACK');

  if (input.targetKind === 'GROWTH') {
    if (!input.previous || input.previous.value === 0) return 'NO_DATA';
    const growth = ((latest.value - input.previous.value) / Math.abs(input.previous.value)) * 100;
    return grade(growth / target);
  }
  if (input.targetKind === 'ANNUAL') {
    if (meetsTarget(latest.value, target, cmp)) return latest.year >= input.targetYear ? 'ACHIEVED' : 'ON_TRACK';
    return grade(lowerIsBetter(cmp) ? target / latest.value : latest.value / target);
  }
  if (meetsTarget(latest.value, target, cmp)) return 'ACHIEVED';
  const ratioToTarget = lowerIsBetter(cmp) ? target / latest.value : latest.value / target;
  // A baseline that already met the target leaves no path to walk: the question is only how far below it is now.
  if (input.baseline && meetsTarget(input.baseline.value, target, cmp)) return grade(ratioToTarget);
  const expected = expectedValue(input);
  if (!input.baseline || expected === null || expected === input.baseline.value) return grade(ratioToTarget);
  const ratio = (latest.value - input.baseline.value) / (expected - input.baseline.value);
  return grade(ratio);
}
