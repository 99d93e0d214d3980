import type { Comparator, TargetKind } from '../../src/__generated__/resolvers-types';

/** A Table 1 (or text) target parsed from its wording. */
export interface ParsedTarget {
  raw: string;
  value: number | null;
  unit: string | null;
  comparator: Comparator | null;
  kind: TargetKind;
  per: string | null;
  aspirational: boolean;
  year: number;
}

// Order matters: 及以上 before 以上, 不高于 before 高于.
const COMPARATOR_WORDS: [RegExp, ParsedTarget['comparator']][] = [
  [/及以上$/, 'GTE'],
  [/以上$/, 'GTE'],
  [/^不低于/, 'GTE'],
  [/^不少于/, 'GTE'],
  [/^不高于/, 'LTE'],
  [/^不超过/, 'LTE'],
  [/及以下$/, 'LTE'],
  [/以下$/, 'LTE'],
  [/^小于/, 'LT'],
  [/^低于/, 'LT'],
  [/^大于/, 'GT'],
  [/^高于/, 'GT'],
  [/^超过/, 'GT'],
];

/**
 * Parses a target's wording: 98%及以上 → ≥ 98 %; 每年4批次/千人 → 4 批次 per 千人 every year;
 * 年增长5% → growth of 5 % a year; 力争28万户 → 28 万户, aspirational. The indicator's name decides
 * ANNUAL/GROWTH where the figure alone does not (每年计划新建计量标准 3项, 商标注册量年增长 10%).
 */
export function parseTarget(raw: string, indicatorName: string, year = 2025): ParsedTarget {
  let rest = raw.trim();
  const aspirational = rest.startsWith('力争');
  if (aspirational) rest = rest.slice(2);
  let kind: ParsedTarget['kind'] = 'LEVEL';
  if (rest.startsWith('每年')) {
    kind = 'ANNUAL';
    rest = rest.slice(2);
  } else if (rest.startsWith('年增长')) {
    kind = 'GROWTH';
    rest = rest.slice(3);
  } else if (/年增长/.test(indicatorName)) {
    kind = 'GROWTH';
  } else if (/^每年/.test(indicatorName)) {
    kind = 'ANNUAL';
  }
  let comparator: ParsedTarget['comparator'] = 'EQ';
  for (const [pattern, cmp] of COMPARATOR_WORDS) {
    if (pattern.test(rest)) {
      comparator = cmp;
      rest = rest.replace(pattern, '');
      break;
    }
  }
  const m = /^(\d+(?:\.\d+)?)\s*([^/\d]*?)(?:\/(.+))?$/.exec(rest.trim());
  if (!m) return { raw, value: null, unit: null, comparator: null, kind, per: null, aspirational, year };
  return { raw, value: Number(m[1]), unit: m[2] || null, comparator, kind, per: m[3] ?? null, aspirational, year };
}
