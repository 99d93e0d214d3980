import type { AgencyKind, AgencyLevel, Comparator, IndicatorSource, LawKind, ReviewStatus, TargetKind } from '../__generated__/resolvers-types';

/**
 * Every value of an enum of the schema, for code that needs them at run time (the seed's validation, filters).
 * The generated type checks the list both ways: a value missing or unknown fails the typecheck.
 */
function valuesOf<T extends string>(all: Record<T, true>): [T, ...T[]] {
  return Object.keys(all) as [T, ...T[]];
}

export const AGENCY_LEVELS = valuesOf<AgencyLevel>({ NATIONAL: true, PROVINCIAL: true, CITY: true, COUNTY: true, TOWNSHIP: true, OTHER: true });
export const AGENCY_KINDS = valuesOf<AgencyKind>({
  GOVERNMENT: true, PARTY: true, JUDICIAL: true, INSTITUTION: true, ASSOCIATION: true, PLATFORM: true, ENTERPRISE: true, OTHER: true,
});
export const LAW_KINDS = valuesOf<LawKind>({
  LAW: true, ADMINISTRATIVE_REGULATION: true, LOCAL_REGULATION: true, RULE: true, NORMATIVE_DOCUMENT: true, STANDARD: true, PLAN: true,
});
export const COMPARATORS = valuesOf<Comparator>({ EQ: true, GT: true, GTE: true, LT: true, LTE: true });
export const TARGET_KINDS = valuesOf<TargetKind>({ LEVEL: true, ANNUAL: true, GROWTH: true, CUMULATIVE: true });
export const INDICATOR_SOURCES = valuesOf<IndicatorSource>({ TABLE: true, TEXT: true, API: true });
/** Review statuses, best first: the order counts are listed in. */
export const REVIEW_STATUSES = valuesOf<ReviewStatus>({ ACHIEVED: true, ON_TRACK: true, AT_RISK: true, OFF_TRACK: true, NO_DATA: true });
