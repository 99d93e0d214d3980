import type { IndicatorModel } from '../indicator/indicator.model';

/** A target as the API returns it: the wording and its parse. */
export interface TargetModel {
  raw: string;
  value: number | null;
  unit: string | null;
  comparator: IndicatorModel['targetComparator'];
  year: number | null;
  kind: IndicatorModel['targetKind'];
  per: string | null;
  aspirational: boolean;
  /** A ceiling (不高于, ≤): lower is better. */
  ceiling: boolean;
}

export type AmendmentStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED';

/** A proposed change of an indicator's target and the decision on it. */
export interface AmendmentModel {
  id: string;
  indicatorId: string;
  target: TargetModel;
  effectiveYear: number;
  reason: string;
  document: string | null;
  status: AmendmentStatus;
  proposedBy: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
}

/** One entry of an indicator's target history: the plan's own target, or an amendment. */
export interface TargetHistoryEntryModel {
  origin: 'PLAN' | 'AMENDMENT';
  target: TargetModel;
  effectiveYear: number;
  status: AmendmentStatus;
  amendment: AmendmentModel | null;
}
