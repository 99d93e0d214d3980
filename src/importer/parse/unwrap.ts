import { boxOf, markerOf } from './markers';
import type { SkippedLine } from './model';

/** A page number as a PDF's text copy carries it: — 12 —, - 12 -, 第12页, 第 3 页 共 20 页, 3/20. */
const PAGE_NUMBER = /^(?:[—–\-－]+\s*\d{1,4}\s*[—–\-－]+|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
/** A paragraph's first line, indented two characters. */
const INDENTED = /^(?:\u3000|\s{2,})/;

/** The width of text as a page sets it: CJK characters one em, Latin letters and figures half. */
export const visualWidth = (text: string): number => {
  let w = 0;
  for (const ch of text) w += /[\x20-\x7e]/.test(ch) ? 0.5 : 1;
  return w;
};

/** The result of the pre-pass: the same number of lines (line numbers stay the file's), and what it took out. */
export interface Unwrapped {
  lines: string[];
  /** Page numbers and running headers, each with its line. */
  removed: SkippedLine[];
  /** Lines joined onto an earlier line (a paragraph cut by the page's width): the line and the line it joined. */
  joined: { line: number; into: number }[];
  /** The width the text was cut at, when it was hard-wrapped. */
  width: number | null;
}

/**
 * The text copy of a PDF: drops page numbers and running headers (found by repetition: a line that comes back next to
 * page numbers) and re-joins lines a page's width cut mid-sentence, so each paragraph is one line again. Removed and
 * joined lines become empty, so every line keeps its number. A text that is not hard-wrapped (every paragraph one line,
 * as a web page or a Word file gives it) comes back as it was, bar page numbers.
 */
export function unwrapPages(input: string[]): Unwrapped {
  const lines = [...input];
  const removed: SkippedLine[] = [];
  const remove = (i: number, reason: string) => {
    removed.push({ line: i + 1, text: lines[i].trim(), reason, kind: 'PAGE' });
    lines[i] = '';
  };
  const pageNumbers = lines.map((l, i) => (PAGE_NUMBER.test(l.trim()) ? i : -1)).filter((i) => i >= 0);
  if (pageNumbers.length >= 2) {
    const isPage = new Set(pageNumbers);
    // Lines on the same side of most page numbers (skipping blanks): running headers and footers. A table cell that
    // happens to stand next to two page breaks is no header: it would have to come back on most pages.
    // Sets, added to in place: copying a list per page made a text of many repeated page lines quadratic.
    const neighbours = new Map<string, Set<number>>();
    for (const p of pageNumbers) {
      for (const step of [-1, 1]) {
        let k = p + step;
        while (k >= 0 && k < lines.length && !lines[k].trim()) k += step;
        if (k < 0 || k >= lines.length || isPage.has(k)) continue;
        const text = lines[k].trim();
        if (text.length > 60) continue;
        const key = `${step}|${text}`;
        const at = neighbours.get(key) ?? new Set<number>();
        at.add(k);
        neighbours.set(key, at);
      }
    }
    const most = Math.max(2, Math.ceil((pageNumbers.length - 1) * 0.6));
    const headers = [...neighbours.values()].filter((at) => at.size >= most).flatMap((at) => [...at]);
    for (const p of pageNumbers) remove(p, 'page number');
    for (const k of headers) if (lines[k].trim()) remove(k, 'running header or footer');
  }

  // Lines of some length (not table cells or headings): in a hard-wrapped text most of them end at the same width.
  const widths = lines.map((l) => visualWidth(l.trimEnd())).filter((w) => w >= 15).sort((a, b) => a - b);
  if (widths.length < 10) return { lines, removed, joined: [], width: null };
  const width = widths[Math.floor(widths.length * 0.9)];
  // Full by the page's width, or by a count of characters (a text cut by a script counts a Latin letter as one, so
  // a line holding GB/T 24421.1-2023 is cut as full though it looks narrower).
  const fills = (w: number) => w > width - 1 && w <= width;
  // A punctuation mark may not open a line, so a page hangs it at the end of the full line before: one or two over.
  const hangs = (text: string) => /[，。、；：！？）》”’]$/.test(text.trimEnd()) && [visualWidth(text.trimEnd()), [...text.trimEnd()].length].some((w) => w > width && w <= width + 2);
  const isFull = (text: string) => fills(visualWidth(text.trimEnd())) || (/[\x21-\x7e]/.test(text) && fills([...text.trimEnd()].length)) || hangs(text);
  // A break at a space before a Latin word or figure too long for what was left of the line (执行GB | 2760-2024).
  const brokeBeforeWord = (text: string, next: string) => {
    const word = /^\s*([\x21-\x7e]+)/.exec(next)?.[1];
    const w = visualWidth(text.trimEnd());
    return word !== undefined && /[\x21-\x7e] +$/.test(text) && w <= width && w + 0.5 + visualWidth(word) > width;
  };
  const full = lines.filter((l) => visualWidth(l.trimEnd()) >= 15 && isFull(l)).length;
  if (width > 60 || full < widths.length * 0.4) return { lines, removed, joined: [], width: null };
  const indents = lines.filter((l) => INDENTED.test(l) && l.trim()).length > widths.length * 0.05;
  const startsBlock = (raw: string) => {
    const text = raw.trim();
    return (indents && INDENTED.test(raw)) || markerOf(text) !== null || boxOf(text) !== null || /^(?:附?表|专栏)\s*[\d一二三四五六七八九十]+/.test(text) || /^附[件表]/.test(text) || BARE_MARKER.test(text);
  };
  const isRemoved = new Set(removed.map((r) => r.line - 1));
  const joined: Unwrapped['joined'] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    let last = lines[i];
    // The paragraph is gathered as pieces and the scan goes on from the last line joined: growing one string and
    // rescanning from the paragraph's first line made a long run of full lines quadratic.
    const pieces = [lines[i]];
    let k = i + 1;
    for (;;) {
      // A full line ending a sentence is more often mid-paragraph (a paragraph has several line ends) than the
      // paragraph's last: with no indent to say, it is joined.
      while (k < lines.length && !lines[k].trim() && isRemoved.has(k)) k++;
      if (!isFull(last) && !(k < lines.length && brokeBeforeWord(last, lines[k]))) break;
      if (k >= lines.length || !lines[k].trim() || startsBlock(lines[k])) break;
      const tail = pieces[pieces.length - 1];
      // A break at a space between Latin words (GB/T | 27025-2019) keeps the space; a break between CJK characters has
      // none. The line as written says so (its piece is trimmed).
      const space = /[\x21-\x7e] +$/.test(last) || (/[\x21-\x7e]$/.test(tail) && /^ +[\x21-\x7e]/.test(lines[k])) ? ' ' : '';
      last = lines[k];
      pieces[pieces.length - 1] = tail.trimEnd();
      pieces.push(`${space}${lines[k].trim()}`);
      lines[k] = '';
      isRemoved.add(k);
      joined.push({ line: k + 1, into: i + 1 });
      k++;
    }
    if (pieces.length > 1) lines[i] = pieces.join('');
  }
  return { lines, removed, joined, width };
}

/** A chapter's or section's number alone on its line (第三章), as a PDF or Word file centres it above the title. */
const BARE_MARKER = /^第[一二三四五六七八九十]+(?:[章节]|部分)$/;

/**
 * Joins a heading's number standing alone (第三章) with the title on the next line (重点任务), so the heading reads
 * as one (第三章 重点任务). The title's line becomes empty and is listed as joined; line numbers are kept.
 */
export function joinBareMarkers(lines: string[]): Unwrapped['joined'] {
  const joined: Unwrapped['joined'] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!BARE_MARKER.test(lines[i].trim())) continue;
    let k = i + 1;
    while (k < lines.length && !lines[k].trim()) k++;
    const title = lines[k]?.trim() ?? '';
    if (!title || title.length > 30 || /[。；]/.test(title) || markerOf(title) || boxOf(title)) continue;
    lines[i] = `${lines[i].trim()} ${title}`;
    lines[k] = '';
    joined.push({ line: k + 1, into: i + 1 });
  }
  return joined;
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

/**
 * A title in 《》 cut across two lines (《知识产权强国建设纲要 / （2021—2035年）》，…), as a reader that missed a
 * wrapped line leaves it: the two lines are one paragraph again. The later line becomes empty and is listed as joined.
 */
export function joinOpenTitles(lines: string[]): Unwrapped['joined'] {
  const joined: Unwrapped['joined'] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (count(line, '《') <= count(line, '》')) continue;
    let k = i + 1;
    while (k < lines.length && !lines[k].trim()) k++;
    if (k >= lines.length || count(lines[k], '》') <= count(lines[k], '《') || markerOf(lines[k].trim())) continue;
    lines[i] = `${line.trimEnd()}${lines[k].trim()}`;
    lines[k] = '';
    joined.push({ line: k + 1, into: i + 1 });
    i--; // the joined line may still hold an open title
  }
  return joined;
}
