import type { IndicatorModel } from '../indicator/indicator.model';
import { planTarget } from '../indicator/indicator.target';
import type { AmendmentModel, TargetHistoryEntryModel, TargetModel } from './amendment.model';

/**
 * The target in force in a year: the approved amendment with the latest effective year at or before it
 * (the later decision when two share a year), else the plan's own target.
 */
export function targetInForce(indicator: IndicatorModel, amendments: readonly AmendmentModel[], asOf: number): TargetModel {
  const inForce = amendments
    .filter((a) => a.status === 'APPROVED' && a.effectiveYear <= asOf)
    .sort((a, b) => a.effectiveYear - b.effectiveYear || String(a.decidedAt).localeCompare(String(b.decidedAt)))
    .pop();
  return inForce ? inForce.target : planTarget(indicator);
}

/** The plan's target (in force from the plan's first year) and every amendment, oldest proposal first. */
export function targetHistory(indicator: IndicatorModel, amendments: readonly AmendmentModel[], planStart: number): TargetHistoryEntryModel[] {
  const plan: TargetHistoryEntryModel = { origin: 'PLAN', target: planTarget(indicator), effectiveYear: planStart, status: 'APPROVED', amendment: null };
  const proposed = [...amendments].sort((a, b) => a.proposedAt.localeCompare(b.proposedAt) || a.id.localeCompare(b.id));
  return [plan, ...proposed.map((a) => ({ origin: 'AMENDMENT' as const, target: a.target, effectiveYear: a.effectiveYear, status: a.status, amendment: a }))];
}

/** The review's inputs for a target: its value, comparator, kind and year (the plan's end year when it names none). */
export function targetInputs(target: TargetModel, fallbackYear = 2025) {
  return { targetValue: target.value, targetComparator: target.comparator, targetKind: target.kind, targetYear: target.year ?? fallbackYear };
}
