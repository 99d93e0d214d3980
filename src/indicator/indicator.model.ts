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
  attribute: 'BINDING' | 'EXPECTED' | null;
  source: 'TABLE' | 'TEXT' | 'API';
  targetRaw: string;
  targetValue: number | null;
  targetUnit: string | null;
  targetComparator: 'EQ' | 'GT' | 'GTE' | 'LT' | 'LTE' | null;
  targetKind: 'LEVEL' | 'ANNUAL' | 'GROWTH';
  targetPer: string | null;
  targetAspirational: boolean;
  targetYear: number | null;
  baselineValue: number | null;
  baselineUnit: string | null;
  baselineYear: number | null;
  baselineQuote: string | null;
  baselineSectionPath: string[] | null;
  planId: string;
  sectionPath: string[];
  quote: string;
}
