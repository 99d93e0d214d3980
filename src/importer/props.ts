import type { ParsedTarget } from '../indicator/target.parse';

/** An indicator's target as the node stores it. */
export function targetProps(t: ParsedTarget) {
  return {
    targetRaw: t.raw, targetValue: t.value, targetUnit: t.unit, targetComparator: t.comparator, targetKind: t.kind,
    targetPer: t.per, targetAspirational: t.aspirational, targetYear: t.year,
  };
}

/** An indicator's baseline as the node stores it. */
export function baselineProps(b: { value: number; unit?: string | null; year: number; quote: string; note?: string } | null, sectionPath: string[]) {
  return {
    baselineValue: b?.value ?? null, baselineUnit: b?.unit ?? null, baselineYear: b?.year ?? null, baselineQuote: b?.quote ?? null,
    baselineNote: b?.note ?? null, baselineSectionPath: b ? sectionPath : null,
  };
}
