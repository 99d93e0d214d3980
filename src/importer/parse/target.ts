import { parseTarget, type ParsedTarget } from '../../indicator/target.parse';

/** A target as an imported plan writes it, parsed: the seed's reading plus cumulative totals, ceilings and ranges. */
export interface ImportedTarget extends Omit<ParsedTarget, 'kind'> {
  /** LEVEL (a level by the year), ANNUAL (every year), GROWTH (a yearly rate), CUMULATIVE (a total over the period: [30], 累计…). */
  kind: ParsedTarget['kind'] | 'CUMULATIVE';
  /** True when the figure is an upper bound (不高于, 以下, 以内, ≤, 控制在): the value must stay at or below it. */
  ceiling: boolean;
  /** A range's upper bound (95 for 90%—95%, whose value is 90); null otherwise. */
  upper: number | null;
}

// Bracketed figures are five-year totals in Chinese plans: [30], ［30］, 〔30〕, 【30】.
const CUMULATIVE = /^[[［〔【]\s*(.+?)\s*[\]］〕】](.*)$/;
const DASH = '[—–\\-~～至到]';
/**
 * A period the figure is set for, written before it: 2026—2030年, “十五五”期间, 到2030年(底), 2030年. It says when,
 * not how much: it is read off and the rest parsed.
 */
export const PERIOD_PHRASE = new RegExp(`^(?:(?:到|至)?\\s*\\d{4}\\s*年?\\s*${DASH}+\\s*\\d{4}\\s*年(?:间|期间|内)?|[“"]?十[二三四五六七]五[”"]?(?:时期|期间|末)?|(?:到|至)\\s*\\d{4}\\s*年(?:底|末)?(?:前)?|\\d{4}\\s*年(?:底|末)?)[，,：:]?\\s*`);
/** Words that make a figure a total over the period: 累计新增20个, 五年累计达到15亿元. */
// The verb after 累计 is any short one (新增, 建成, 制修订, 培训…) up to the figure or a comparison word, which stays.
const CUMULATIVE_WORDS = /^(?:五年|期内)?累计(?:(?:(?!不少于|不低于|不超过|不高于)[\u4e00-\u9fa5]){1,4}?(?=\d|不少于|不低于|不超过|不高于|≥|≤))?/;
/** Words after 每年 that say what is counted each year, not how much (每年新增≥2 = 2 every year). */
const ANNUAL_VERBS = /^(?:新增|新建|增加|培育|创建|建成|开展)/;
/** Words that make a figure a yearly rate: 年均增长8%, 年均增速8%. */
const GROWTH_WORDS = /^(?:年均(?:增长率?|增速|提高|递增)|年增长率?|年增速)(?:达到|保持在|为)?/;
const GROWTH_NAME = /年均?增长(?:率)?$|年均增速$|年增长/;
// Verbs that lead a figure without changing its meaning (达到8件 = 8件).
const LEADING_VERBS = /^(?:达到|达|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|保持在|保持|稳定在|降至|降到|降低到|降低至|控制在|压缩至|压缩到|实现|为)/;
const CEILING_WORDS = /^(?:控制在|降至|降到|降低到|降低至|压缩至|压缩到)/;
const RANGE = new RegExp(`^(\\d+(?:\\.\\d+)?)\\s*(%?)\\s*${DASH}\\s*(\\d+(?:\\.\\d+)?)\\s*(\\S*)$`);

/**
 * Parses a target's wording: everything parseTarget reads (98%及以上, 每年4批次/千人, 年增长5%, 力争28万户)
 * plus [30] and 累计新增20个 (a cumulative total), 年均增长8% (growth), 每年≥5 and 每年保持在98%以上 (annual),
 * 控制在3%以内 and ≤0.15 (ceilings), 90%—95% (a range: the lower bound, `upper` the higher), a period phrase first
 * (2026—2030年累计达到15亿元, “十五五”期间年均增长15%), a leading verb (达到8件), and a unit given by the table's unit
 * column when the cell is a bare figure. Units never keep comparison words (%以内 → %). `year` is the target year.
 */
export function parseImportedTarget(raw: string, indicatorName: string, year: number, unitColumn: string | null = null): ImportedTarget {
  let text = raw.trim().replace(/[。；;，,]+$/, '').replace(/％/g, '%').replace(/\s+/g, '');
  let period = PERIOD_PHRASE.exec(text);
  // A period phrase alone (2030年) is no period: it is the figure's year written before a bare number only when a figure follows.
  if (period && /\d/.test(text.slice(period[0].length))) text = text.slice(period[0].length);
  else period = null;
  let cumulative = false;
  let kind: ImportedTarget['kind'] | null = null;
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
  if (text.startsWith('每年')) {
    kind = 'ANNUAL';
    text = text.slice(2).replace(ANNUAL_VERBS, '');
  }
  const cumulativeWords = CUMULATIVE_WORDS.exec(text);
  if (cumulativeWords) {
    cumulative = true;
    text = text.slice(cumulativeWords[0].length);
  }
  const growth = GROWTH_WORDS.exec(text);
  if (growth) {
    kind = 'GROWTH';
    text = text.slice(growth[0].length);
  }
  const ceilingVerb = CEILING_WORDS.test(text);
  text = text.replace(LEADING_VERBS, '');
  text = text.replace(/^(?:≤|<=|＜=)\s*/, '不高于').replace(/^(?:≥|>=|＞=)\s*/, '不低于').replace(/^[<＜]\s*/, '低于').replace(/^[>＞]\s*/, '高于');
  // 5%左右 is about 5%: the figure is the target, 左右 no part of its unit.
  text = text.replace(/(?:左右|上下)$/, '');
  // 3%以内 is 3% at most: the unit is %, the bound a ceiling.
  let within = false;
  if (/(?:以内|之内)$/.test(text)) {
    within = true;
    text = text.replace(/(?:以内|之内)$/, '');
  }
  let upper: number | null = null;
  const range = RANGE.exec(text);
  if (range) {
    upper = Number(range[3]);
    text = `${range[1]}${range[4] || range[2]}`;
  }
  const parsed = parseTarget(`${aspiration}${kind === 'ANNUAL' ? '每年' : ''}${text}`, indicatorName, year);
  let comparator = parsed.comparator;
  if ((ceilingVerb || within) && comparator === 'EQ') comparator = 'LTE';
  // A unit column such as 人/万台 gives the unit and what it is per.
  const [columnUnit, columnPer] = (unitColumn ?? '').replace(/％/g, '%').split('/');
  const unit = parsed.unit ?? (parsed.value !== null && columnUnit ? columnUnit : null);
  const nameKind = parsed.kind === 'LEVEL' && GROWTH_NAME.test(indicatorName) ? 'GROWTH' : parsed.kind;
  return {
    ...parsed,
    raw: raw.trim(),
    unit,
    per: parsed.per ?? (parsed.unit === null && parsed.value !== null ? columnPer ?? null : null),
    comparator,
    kind: cumulative ? 'CUMULATIVE' : kind ?? nameKind,
    ceiling: comparator === 'LTE' || comparator === 'LT',
    upper,
  };
}

/** A base value as a table cell writes it (22, [22], 4.2件): its figure and unit, or null when there is none. */
export function parseBaseValue(raw: string, unitColumn: string | null): { value: number; unit: string | null; cumulative: boolean } | null {
  const text = raw.trim();
  const m = /^[[［〔【]?\s*(\d+(?:\.\d+)?)\s*[\]］〕】]?\s*([^\d\s]*)$/.exec(text.replace(/％/g, '%'));
  if (!m) return null;
  return { value: Number(m[1]), unit: m[2] || unitColumn, cumulative: /^[[［〔【]/.test(text) };
}
