import { exactToken, normalizeText, wordsOf } from './words';

/** Characters with a meaning in Lucene's query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** Most characters a search may have; longer input is refused rather than silently cut. */
export const MAX_SEARCH_LENGTH = 200;
/** Most words of a query sent to the words index (a pasted paragraph is cut to its first words). */
const MAX_QUERY_WORDS = 24;
/** Most codes one query may look up exactly. */
const MAX_CODES = 8;

const escapeLucene = (s: string) => s.replace(LUCENE_SPECIAL, (c) => `\\${c}`);

/**
 * Turns user text into a safe Lucene query over the fragment index's fields (CJK bigrams): special characters are
 * escaped, control characters dropped, and AND/OR/NOT lower-cased so they are words, not operators.
 * Names weigh more than provenance text. Returns null when nothing searchable is left.
 */
export function toLuceneQuery(text: string): string | null {
  const cleaned = text.replace(CONTROL, ' ').replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase()).trim();
  if (!cleaned) return null;
  const terms = `(${escapeLucene(cleaned)})`;
  return `name:${terms}^4 OR nameEn:${terms}^3 OR aliasesText:${terms}^3 OR summary:${terms} OR searchText:${terms}`;
}

/** What one query looks up, tier by tier: exactly (numbers, codes, ids, whole names), by words, by fragments. */
export interface SearchPlan {
  /** Indicator numbers (「44」, 「指标44」, 「第44项」). */
  numbers: number[];
  /** Task, indicator and goal codes as stored (3.2.1, Z3-1-1 for 专栏3-1-1, T12). */
  codes: string[];
  /** The text as a node id (Indicator:lps-msm-14:44). */
  id: string | null;
  /** The query as one exact-name token (see words.ts exactToken), or null when too short to be a name. */
  exactName: string | null;
  /** Lucene over the words index: exact-name tokens first, then the query's words in names and in text. */
  words: string | null;
  /** Lucene over the fragment (bigram) index, the fallback. */
  fragments: string | null;
}

const NUMBER = /^(?:指标|第)?\s*(\d{1,4})\s*(?:项|号|条)?\s*(?:指标)?$/u;
const COLUMN = /^[【[]?\s*专栏\s*(\d+(?:\s*[-－—.．]\s*\d+)*)\s*[】\]]?$/u;
const CODE = /^[a-z]?\d+(?:[.\-][a-z]?\d+)*$/iu;

/** The codes a typed code may be stored as: as typed, with its letter upper-cased, and a 专栏 number as its Z code. */
function codesOf(text: string): string[] {
  const column = COLUMN.exec(text);
  if (column) return [`Z${column[1].replace(/\s+/g, '').replace(/[－—.．]/g, '-')}`];
  const compact = text.replace(/\s+/g, '');
  if (!CODE.test(compact)) return [];
  const codes = new Set([compact, compact[0].toUpperCase() + compact.slice(1), compact.toLowerCase()]);
  // 3-1-1 is how a column's number is written without 专栏.
  if (/^\d+(?:-\d+)+$/.test(compact)) codes.add(`Z${compact}`);
  return [...codes].slice(0, MAX_CODES);
}

/** Plans a search: what each tier looks for. Returns null when nothing searchable is left. */
export function planSearch(text: string): SearchPlan | null {
  const cleaned = text.replace(CONTROL, ' ').normalize('NFKC').trim();
  if (!cleaned) return null;
  const number = NUMBER.exec(cleaned);
  const numbers = number ? [Number(number[1])] : [];
  const codes = codesOf(cleaned);
  const id = /^[A-Z][a-z]+:[\w.\-:]+$/.test(cleaned) ? cleaned : null;
  const exact = exactToken(cleaned);
  const all = wordsOf(cleaned, false);
  // Single characters (的, 市, 法) only count when the query has nothing longer.
  const long = all.filter((w) => [...w].length > 1);
  const words = [...new Set(long.length ? long : all)].slice(0, MAX_QUERY_WORDS).map((w) => escapeLucene(w));
  const clauses: string[] = [];
  if (exact.length > 1) clauses.push(`nameWords:"${escapeLucene(exact)}"^20`);
  if (words.length) clauses.push(`nameWords:(${words.join(' ')})^3`, `textWords:(${words.join(' ')})`);
  return { numbers, codes, id, exactName: exact.length > 1 ? exact : null, words: clauses.length ? clauses.join(' OR ') : null, fragments: toLuceneQuery(normalizeText(cleaned)) };
}
