import type { Comparator, IndicatorAttribute, IndicatorSource, TargetKind } from '../__generated__/resolvers-types';

/** An indicator as stored: its target and baseline flattened into properties. */
export interface IndicatorModel {
  label: 'Indicator';
  id: string;
  code: string;
  number: number | null;
  name: string;
  nameEn: string | null;
  category: string | null;
  categoryEn: string | null;
  attribute: IndicatorAttribute | null;
  source: IndicatorSource;
  targetRaw: string;
  targetValue: number | null;
  targetUnit: string | null;
  targetComparator: Comparator | null;
  targetKind: TargetKind;
  /** True when the target is an upper bound (不高于, 以下); absent on indicators loaded before imports. */
  targetCeiling?: boolean | null;
  targetPer: string | null;
  targetAspirational: boolean;
  targetYear: number | null;
  baselineValue: number | null;
  baselineUnit: string | null;
  baselineYear: number | null;
  baselineQuote: string | null;
  baselineSectionPath: string[] | null;
  planId: string;
  /** Position in the plan (pages and lists follow it). */
  ord: number;
  sectionPath: string[];
  quote: string;
}
