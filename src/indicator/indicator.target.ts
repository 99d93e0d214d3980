import type { TargetModel } from '../amendment/amendment.model';
import type { IndicatorModel } from './indicator.model';

/** The target exactly as the plan writes it, with its parse (amendments build on it in amendment/target.ts). */
export function planTarget(i: IndicatorModel): TargetModel {
  return {
    raw: i.targetRaw,
    value: i.targetValue,
    unit: i.targetUnit,
    comparator: i.targetComparator,
    year: i.targetYear,
    kind: i.targetKind,
    per: i.targetPer,
    aspirational: i.targetAspirational ?? false,
    ceiling: i.targetCeiling ?? (i.targetComparator === 'LTE' || i.targetComparator === 'LT'),
  };
}
