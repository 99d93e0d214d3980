/** Text helpers every plan reader shares: numerals, sentences, junk, box placement, cited codes. */

const MAX_LEAD_SENTENCE = 30;

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一…九十九 as a number (plans number chapters and sections this way). */
export function chineseNumeral(text: string): number {
  if (text.length === 1) return CN_DIGITS[text] ?? NaN;
  const ten = text.indexOf('十');
  if (ten < 0) return NaN;
  const tens = ten === 0 ? 1 : CN_DIGITS[text[0]];
  const units = ten === text.length - 1 ? 0 : CN_DIGITS[text[ten + 1]];
  return tens * 10 + units;
}

const SENTENCE_END = /[。；;！!？?]/;

/**
 * True when a paragraph, one of several under a task, is led by a short heading sentence (加强广告监管。…):
 * it then becomes a measure of that task. `several` says whether the task has more than one paragraph.
 */
const ENUMERATION = /^(?:[一二三四五六七八九十]+是|首先|其次|再次|最后)/;

export function isLeadParagraph(paragraphSentences: string[], several: boolean): boolean {
  const lead = paragraphSentences[0] ?? '';
  // 一是严查…。/ 二是…: an enumeration inside the task's text, not a heading of its own.
  return several && !/^\d/.test(lead) && !ENUMERATION.test(lead) && lead.endsWith('。') && lead.length - 1 <= MAX_LEAD_SENTENCE && lead.length >= 5 && paragraphSentences.length > 1;
}

/** Splits text into sentences, each keeping its closing mark; verbatim pieces of the input. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_END.test(text[i])) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The longest piece of `text` free of every junk string: a verbatim, junk-free substring. */
export function longestJunkFreePiece(text: string, junk: readonly string[]): string {
  let pieces = [text];
  for (const j of junk) pieces = pieces.flatMap((p) => p.split(j));
  return pieces.map((p) => p.replace(/^[,，、]+/, '').trim()).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** Removes junk strings from a text that is stored but not quoted (a task's paragraphs). */
export function stripJunk(text: string, junk: readonly string[]): string {
  return junk.reduce((t, j) => t.split(j).join(''), text);
}

/**
 * Whether a 专栏 sits under the subsection it stands in: when its own number names that subsection
 * (专栏3-3-3 standing in (三) of 第三章第三节). A 专栏 whose number names another subsection sums up its whole
 * section and stands at the section's end (专栏3-2-2 after (六)): it sits under the section.
 */
export function columnStandsInSubsection(
  number: string,
  chapter: { n: number } | null,
  section: { n: number } | null,
  subsection: { n: number } | null,
): boolean {
  const [c, s, sub] = number.split('-').map(Number);
  return chapter?.n === c && section?.n === s && subsection?.n === sub;
}

/** Standard codes (GB/T 19022-2003, JJF 1070-2002, ISO10012) and document numbers (…函〔2019〕61号, 苏政发〔2025〕30号, 泉政办〔2025〕8号, 苏市监〔2025〕32号: an issuer's short name of at most five characters, whatever it ends in when the year is written whole) a plan cites. */
// Any standard's code as China writes them: national (GB, GB/T, GB/Z), metrology (JJF, JJG), local (DB53/T), sector
// (LB/T, SB/T…), group (T/CAS) standards, with a part number where it has one (GB/T 24421.1-2023, GB/T 1.1-2020).
export const CODE_CITATION = /((?:GB(?:\/[TZ])?|JJ[FG]|DB\d{2}(?:\/T)?|[A-Z]{2}\/T|T\/[A-Z]{2,10}|TSG\s?[A-Z]{0,2}|HJ|YY|WS|NY|SN|QB|JB|JT)\s?\d+(?:\.\d+)*-\d{4}|CNAS-[A-Z]{2}\d{2}(?::\d{4})?|ISO\s?\d+|[\u4e00-\u9fa5]{1,5}(?:[函发字令]|办(?:发|函)?)〔\d{3,4}〕?\d+号|[\u4e00-\u9fa5]{1,5}〔\d{4}〕\d+号)/g;

/** A text's character pairs, counted once each, with everything but Chinese characters, Latin letters and digits left out. */
function charPairs(text: string): Set<string> {
  const clean = text.replace(/[^\u4e00-\u9fa5A-Za-z0-9]/g, '');
  return new Set(Array.from({ length: Math.max(0, clean.length - 1) }, (_, i) => clean.slice(i, i + 2)));
}

/** How alike two names are: Dice's coefficient over their character pairs (punctuation and spaces aside), 0 when either has none. */
export function dice(a: string, b: string): number {
  const x = charPairs(a);
  const y = charPairs(b);
  if (!x.size || !y.size) return 0;
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return (2 * both) / (x.size + y.size);
}

/** Brackets a separator inside never splits at: （）() 《》 「」 【】, at any nesting. */
export const OPEN_BRACKETS = '（(《「【';
export const CLOSE_BRACKETS = '）)》」】';

/** One piece of a split text and the separator that ended it ('' for the last). */
export interface SplitPiece {
  text: string;
  sep: string;
}

/**
 * A text cut at each of `separators` standing outside every bracket (各县（市、区）、市公安局 → 各县（市、区）| 市公安局;
 * 《A、B》 stays whole), each piece with the separator that ended it: the pieces and separators, joined, are the text.
 * A closing bracket with none open is text; so is a separator where `isText` says so of the text from it on.
 */
export function splitOutsideBracketsAt(text: string, separators: string, isText?: (from: string) => boolean): SplitPiece[] {
  const out: SplitPiece[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPEN_BRACKETS.includes(ch)) depth++;
    else if (CLOSE_BRACKETS.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(ch) && !isText?.(text.slice(i))) {
      out.push({ text: cur, sep: ch });
      cur = '';
    } else cur += ch;
  }
  out.push({ text: cur, sep: '' });
  return out;
}

/** The pieces of a text cut at `separators` outside brackets (verbatim, empty pieces kept). */
export function splitOutsideBrackets(text: string, separators: string): string[] {
  return splitOutsideBracketsAt(text, separators).map((p) => p.text);
}

/**
 * Places whose names start with a character that also joins names (和, 及, 与): 和平区 is a place, not 和 + 平区.
 * Every county-level place of China so named (none starts with 及 or 与); 和县 is left out, as 「…和县市场监管局」 far
 * more often joins a bare 县市场监管局 (one-character places are read only with --jurisdiction, docs/importer.md).
 */
export const CONJUNCTION_PLACES: readonly string[] = ['和平区', '和平县', '和政县', '和田地区', '和田市', '和田县', '和龙市', '和顺县', '和林格尔县', '和硕县', '和静县', '和布克赛尔蒙古自治县'];

/**
 * A conjunction that joins names (和, 及, 与), as a regular expression's source: never the first character of a known
 * place's name (和(?!平区|…)), so a name starting with one is read whole.
 */
export const CONJUNCTION = (() => {
  const rests = (c: string) => CONJUNCTION_PLACES.filter((p) => p.startsWith(c)).map((p) => p.slice(1)).sort((a, b) => b.length - a.length);
  return ['和', '及', '与'].map((c) => (rests(c).length ? `${c}(?!${rests(c).join('|')})` : c)).join('|');
})();
const CONJUNCTION_AT_START = new RegExp(`^(?:${CONJUNCTION})`);

/** True when `text` starts with a conjunction that joins names (not the start of 和平区…). */
export function startsWithConjunction(text: string): boolean {
  return CONJUNCTION_AT_START.test(text);
}
