import { parseTarget, type ParsedTarget } from '../../indicator/target.parse';

/** A target as an imported plan writes it, parsed: the seed's reading plus cumulative totals and ceilings. */
export interface ImportedTarget extends Omit<ParsedTarget, 'kind'> {
  /** LEVEL (a level by the year), ANNUAL (every year), GROWTH (a yearly rate), CUMULATIVE (a total over the period, written [30]). */
  kind: ParsedTarget['kind'] | 'CUMULATIVE';
  /** True when the figure is an upper bound (不高于, 以下, <): the value must stay at or below it. */
  ceiling: boolean;
  /** A range's upper bound (95 for 90%—95%, whose value is 90); null otherwise. */
  upper: number | null;
}

// Bracketed figures are five-year totals in Chinese plans: [30], ［30］, 〔30〕, 【30】.
const CUMULATIVE = /^[[［〔【]\s*(.+?)\s*[\]］〕】](.*)$/;
// Verbs that lead a figure without changing its meaning (达到8件 = 8件).
const LEADING_VERBS = /^(?:达到|达|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|保持在|保持|稳定在|降至|降到|降低到|降低至|控制在|压缩至|压缩到|实现)/;
const CEILING_WORDS = /^(?:控制在|降至|降到|降低到|降低至|压缩至|压缩到)/;

/**
 * Parses a target's wording: everything parseTarget reads (98%及以上, 每年4批次/千人, 年增长5%, 力争28万户)
 * plus [30] (a cumulative total), 达到8件 (a leading verb), ≤/≥ signs, and a unit given by the table's unit
 * column when the cell is a bare figure. `year` is the target year the table or sentence names.
 */
export function parseImportedTarget(raw: string, indicatorName: string, year: number, unitColumn: string | null = null): ImportedTarget {
  let text = raw.trim().replace(/[。；;，,]+$/, '').replace(/％/g, '%');
  let cumulative = false;
  const bracket = CUMULATIVE.exec(text);
  if (bracket) {
    cumulative = true;
    text = `${bracket[1]}${bracket[2]}`;
  }
  let aspiration = '';
  if (text.startsWith('力争')) {
    aspiration = '力争';
    text = text.slice(2);
  }
  const ceilingVerb = CEILING_WORDS.test(text);
  text = text.replace(LEADING_VERBS, '');
  text = text.replace(/^(?:≤|<=)\s*/, '不高于').replace(/^(?:≥|>=)\s*/, '不低于').replace(/^<\s*/, '低于').replace(/^>\s*/, '高于');
  const parsed = parseTarget(`${aspiration}${text}`, indicatorName, year);
  let comparator = parsed.comparator;
  if (ceilingVerb && comparator === 'EQ') comparator = 'LTE';
  // A unit column such as 人/万台 gives the unit and what it is per.
  const [columnUnit, columnPer] = (unitColumn ?? '').replace(/％/g, '%').split('/');
  const unit = parsed.unit ?? (parsed.value !== null && columnUnit ? columnUnit : null);
  return {
    ...parsed,
    raw: raw.trim(),
    unit,
    per: parsed.per ?? (parsed.unit === null && parsed.value !== null ? columnPer ?? null : null),
    comparator,
    kind: cumulative ? 'CUMULATIVE' : parsed.kind,
    ceiling: comparator === 'LTE' || comparator === 'LT',
    upper: null,
  };
}

/** A base value as a table cell writes it (22, [22], 4.2件): its figure and unit, or null when there is none. */
export function parseBaseValue(raw: string, unitColumn: string | null): { value: number; unit: string | null; cumulative: boolean } | null {
  const text = raw.trim();
  const m = /^[[［〔【]?\s*(\d+(?:\.\d+)?)\s*[\]］〕】]?\s*([^\d\s]*)$/.exec(text.replace(/％/g, '%'));
  if (!m) return null;
  return { value: Number(m[1]), unit: m[2] || unitColumn, cumulative: /^[[［〔【]/.test(text) };
}
