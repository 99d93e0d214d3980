/** What a plan file reads as, whatever its format: the text the text parser reads, its tables, and what was left out. */
export interface PlanSource {
  format: 'TEXT' | 'HTML' | 'DOCX' | 'PDF';
  /**
   * One line per paragraph. A table row is one line with its cells joined by a TAB (a cell's own line breaks
   * joined: nothing between Chinese characters, a space otherwise), so tables reach the parser as tables.
   */
  text: string;
  /** The tables, by their 1-based line range in `text`, with their cells. */
  tables: SourceTable[];
  /** Everything read but left out of `text`, with why (script, style, running header, page number…). */
  removed: RemovedText[];
  /** A paged format's page count. */
  pages?: number;
}

export interface SourceTable {
  firstLine: number;
  lastLine: number;
  rows: string[][];
}

export interface RemovedText {
  text: string;
  reason: RemovedReason;
  /** The page it was on (PDF). */
  page?: number;
}

/** Why reading a file left text out: every reason a reader gives (the console labels each). */
export const REMOVED_REASONS = [
  'script',
  'style',
  'noscript',
  'template',
  /** The page's <head>: its <title> (the body repeats the title). */
  'head',
  /** An element the page hides (the hidden attribute). */
  'hidden',
  /** A picture: its alt text, if any. */
  'image',
  /** A Word document's page header or footer (mammoth reads the body only). */
  'docx-header-footer',
  /** Word's own list numbers could not be matched to the paragraphs: the list items were numbered 1. 2. … per list. */
  'docx-numbering-approximate',
  /** A line repeated at the top or bottom of most pages of a PDF. */
  'running-header',
  'running-footer',
  'page-number',
  /** A table's header row repeated at the top of a page the table runs on to. */
  'repeated-table-header',
  /** A PDF page with no text at all (scanned or drawn), in a PDF that has text elsewhere. */
  'no-text-layer',
] as const;
export type RemovedReason = (typeof REMOVED_REASONS)[number];

/** Chinese, Japanese and fullwidth characters: a line break between two of them is no space. */
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3134f}]/u;

const LATIN = /[\p{Script=Latin}\p{Nd}\x21-\x7e]/u;

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

/**
 * Joins pieces of one paragraph or cell that were on separate lines: a space between two Latin words (letters,
 * figures, ASCII punctuation), nothing otherwise (Chinese text has no spaces, and none between it and a number, a
 * Latin word or a Chinese quote: 2030年, GDP增长, 914“升…).
 */
export function joinWrapped(parts: string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    if (!out) out = part;
    else out += LATIN.test(lastChar(out) ?? '') && LATIN.test(firstChar(part) ?? '') ? ` ${part}` : part;
  }
  return out;
}

export function lastChar(s: string): string | undefined {
  const chars = Array.from(s);
  return chars[chars.length - 1];
}

export function firstChar(s: string): string | undefined {
  return s.length ? String.fromCodePoint(s.codePointAt(0)!) : undefined;
}

/** Builds a PlanSource's text line by line, keeping tables' line ranges. */
export class LineWriter {
  readonly lines: string[] = [];
  readonly tables: SourceTable[] = [];

  /** Adds a paragraph (skipped when blank). */
  paragraph(text: string): void {
    const line = text.replace(/[\t\r\n]+/g, ' ').trim();
    if (line) this.lines.push(line);
  }

  /** Adds a table, one line a row, cells joined by TAB; rows with no text are left out. */
  table(rows: string[][]): void {
    const kept = rows.map((r) => r.map((c) => c.replace(/[\t\r\n]+/g, ' ').trim())).filter((r) => r.some((c) => c));
    if (!kept.length) return;
    const firstLine = this.lines.length + 1;
    for (const row of kept) this.lines.push(row.join('\t'));
    this.tables.push({ firstLine, lastLine: this.lines.length, rows: kept });
  }

  get text(): string {
    return this.lines.join('\n');
  }
}
