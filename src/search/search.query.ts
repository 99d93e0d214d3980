/** Characters with a meaning in Lucene's query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** Most characters a search may have; longer input is refused rather than silently cut. */
export const MAX_SEARCH_LENGTH = 200;

/**
 * Turns user text into a safe Lucene query over the search index's fields: special characters are
 * escaped, control characters dropped, and AND/OR/NOT lower-cased so they are words, not operators.
 * Names weigh more than provenance text. Returns null when nothing searchable is left.
 */
export function toLuceneQuery(text: string): string | null {
  const cleaned = text.replace(CONTROL, ' ').replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase()).trim();
  if (!cleaned) return null;
  const escaped = cleaned.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
  const terms = `(${escaped})`;
  return `name:${terms}^4 OR nameEn:${terms}^3 OR aliasesText:${terms}^3 OR summary:${terms} OR searchText:${terms}`;
}
