/**
 * A PDF's text layer as lines, with pdfjs-dist (Mozilla's PDF reader).
 *
 * - Lines: text items whose baselines are within half a font size are one line, read left to right. A gap wider
 *   than COLUMN_GAP font sizes between two items is a TAB (table columns); a gap of about a character next to a
 *   Chinese character an ideographic space (第一章　总则); a gap of a fifth of the font size a space.
 * - Running headers and footers: a line in the top or bottom band of the page whose text (digits ignored) is on
 *   at least two pages and at least 40% of them; page numbers (— 12 —, - 12 -, 第12页, 12, 第 3 页 共 9 页, 3/9,
 *   Page 3 of 9) in those bands. Both are left out and listed, with their page.
 * - Hard-wrapped paragraphs are re-joined: a line that runs to the right edge of the text block (short of it by less
 *   than the next line's first word, with its quotes and brackets, which is why the layout broke there) joins the
 *   next line, across pages too, unless the next line starts with a numbering marker (第X章, 一、, （一）, 1., （1）,
 *   ①, 专栏), is indented (a new paragraph's first line), set in another size (a heading), or is a table row. Two
 *   centred lines of a larger size (a long title) join too. No space is put between them unless both sides are Latin.
 * - Tables: one line a row, cells where the items are separated by a wide gap, then cut at the table's columns (where
 *   cells, or text after half a font size of gap, start in two of its lines). A wrapped cell's next lines (closer
 *   than rows are to each other, told by the table's own two line spacings) go back into their cells by column;
 *   a one-cell row (a category) stays in the table when it stands at a column at the rows' rhythm; a header centred
 *   over left-aligned cells is put in their column; the header row repeated on the next pages is left out and
 *   listed. A table ends at a one-cell line elsewhere, a gap wider than the rows', or a row whose cells stand
 *   elsewhere. Not told apart (nothing in a PDF says): two tables of the same columns, the second starting a page,
 *   read as one; a row split over two pages reads as two rows; cells that touch (no gap) read as text lines.
 * - A PDF with no text on any page is a scan (SCANNED_PDF); a page with no text in an otherwise text PDF is listed.
 */
import path from 'node:path';
import { ImportRefusedError } from '../refused';
import { firstChar, isCjk, joinWrapped, lastChar, LineWriter, type RemovedText, type SourceTable } from './source';

/** A gap between two items wider than this many font sizes separates table cells. */
const COLUMN_GAP = 1.2;
/** The top and bottom bands of a page (share of its height) where running headers, footers and page numbers stand. */
const BAND = 0.12;

interface Item {
  str: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  size: number;
}

/** One line of a page, its pieces separated where the layout left a column gap. */
interface Line {
  page: number;
  y: number;
  left: number;
  right: number;
  size: number;
  /** Pieces and where they start (x); more than one only where a column gap separates them. */
  cells: Cell[];
  /** Width of the first word (a Chinese character, or a Latin word), to judge why the line before broke. */
  firstWordWidth: number;
  pageHeight: number;
  pageWidth: number;
}

export interface PdfLines {
  text: string;
  tables: SourceTable[];
  removed: RemovedText[];
  pages: number;
}

/** A cell of a line: its text, its extent, and its parts (the text from each visible gap on, with where it starts). */
interface Cell {
  text: string;
  x: number;
  right: number;
  /** `wide`: the part starts after a gap of half a font size or more (or a blank a character wide), as a column would. */
  parts: { text: string; x: number; right: number; wide: boolean }[];
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsLoaded: Promise<PdfJs> | null = null;

/** pdfjs-dist is an ES module: loaded on first use, with its worker code run in this thread (no worker file to find). */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoaded ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const holder = globalThis as { pdfjsWorker?: unknown };
    holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  })();
  return pdfjsLoaded;
}

/** pdfjs's own files (character maps for Chinese fonts that are not embedded, the standard fonts), as paths. */
function pdfjsFolder(sub: string): string {
  return `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), sub)}/`;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfLines> {
  const pdfjs = await loadPdfJs();
  // pdfjs takes ownership of the buffer it is given: give it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: pdfjsFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfjsFolder('standard_fonts'),
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new ImportRefusedError('the PDF is protected by a password; save an unprotected copy', 'ENCRYPTED_PDF');
    throw new ImportRefusedError(`the PDF cannot be read (${(error as Error).message})`, 'UNREADABLE_FILE');
  }
  try {
    const pages: Line[][] = [];
    const removed: RemovedText[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || !raw.str) continue;
        const [a, b, , , e, f] = raw.transform as number[];
        // The viewport turns PDF space (y up, any crop box) into the page's (y down from the top).
        const [x, y] = viewport.convertToViewportPoint(e, f) as [number, number];
        const size = Math.hypot(a, b) || raw.height || 10;
        let str = normalise(raw.str);
        if (!str.trim()) {
          // pdfjs gives every space as " ": one a full character wide is an ideographic space (第一章　总则), the
          // text's own; narrower ones are told by the gaps between items.
          // pdfjs also fills gaps between glyphs with " " items, so only one a character wide is taken for one;
          // a wider blank is a gap (between table cells, when wider than COLUMN_GAP).
          if (raw.width < size * 0.75 || raw.width > size * COLUMN_GAP) continue;
          str = '\u3000';
        }
        items.push({ str, x, y, width: raw.width, size });
      }
      if (!items.length) removed.push({ text: '(no text on this page: a scanned or drawn page)', reason: 'no-text-layer', page: n });
      pages.push(toLines(items, n, viewport.width, viewport.height));
      page.cleanup();
    }
    if (pages.every((p) => p.length === 0)) {
      throw new ImportRefusedError(`the PDF has no text layer on any of its ${document.numPages} pages (a scan); run OCR on it first or import the text`, 'SCANNED_PDF');
    }
    const body = dropRunningLines(pages, removed);
    const writer = new LineWriter();
    writeBody(body, writer, removed);
    return { text: writer.text, tables: writer.tables, removed: removed.sort((a, b) => (a.page ?? 0) - (b.page ?? 0)), pages: document.numPages };
  } finally {
    await task.destroy();
  }
}

/**
 * Kangxi radicals and CJK compatibility characters that some PDF makers write for ordinary characters
 * (⼀ for 一, ⻓ for 长): NFKC turns them into the characters they stand for. Other text is left as written.
 */
function normalise(s: string): string {
  return s.replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (c) => c.normalize('NFKC'));
}

/** Groups a page's items into lines by baseline, left to right; wide gaps separate cells. */
function toLines(items: Item[], page: number, pageWidth: number, pageHeight: number): Line[] {
  const sorted = [...items].sort((p, q) => p.y - q.y || p.x - q.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - item.y) < Math.max(row[0].size, item.size) * 0.5) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((p, q) => p.x - q.x);
    const size = Math.max(...row.map((i) => i.size));
    const cells: Line['cells'] = [];
    let text = '';
    let start = row[0].x;
    let end = row[0].x;
    let parts: Cell['parts'] = [];
    for (const item of row) {
      const gap = item.x - end;
      if (text && gap > COLUMN_GAP * size) {
        cells.push({ text: text.trim(), x: start, right: end, parts });
        text = '';
        start = item.x;
        parts = [];
      }
      // A space is a gap of a fifth of the font size or more (pdfjs drops the space glyphs themselves; Chinese set
      // close has no gaps, and a justified line spreads its characters by far less).
      // A gap of a whole character next to a Chinese character is an ideographic space (第一章　总则) that the
      // PDF maker did not draw as a glyph.
      let joiner = '';
      if (text && gap >= 0.75 * size && (isCjk(lastChar(text)) || isCjk(firstChar(item.str)))) joiner = '\u3000';
      else if (text && gap > 0.19 * size && !/\s$/.test(text) && !/^\s/.test(item.str)) joiner = ' ';
      text += joiner + item.str;
      // A visible gap starts a part: where a table's column may start though the gap is narrow (a cell filled to its edge).
      // So does the item after a blank one (pdfjs's " " a character wide, read as an ideographic space above).
      const afterBlank = parts.length > 0 && !parts[parts.length - 1].text.trim();
      if (!parts.length || joiner || gap > 0.19 * size || !item.str.trim() || afterBlank) {
        parts.push({ text: joiner + item.str, x: item.x, right: item.x + item.width, wide: parts.length > 0 && (gap >= 0.5 * size || afterBlank) });
      }
      else {
        parts[parts.length - 1].text += item.str;
        parts[parts.length - 1].right = item.x + item.width;
      }
      end = Math.max(end, item.x + item.width);
    }
    cells.push({ text: text.trim(), x: start, right: end, parts });
    return { page, y: row[0].y, left: row[0].x, right: end, size, cells, firstWordWidth: firstWordWidth(row), pageHeight, pageWidth };
  });
}

const OPENING = '“‘"\'(（《〈【〔「『［｛';
const CLOSING = '”’)），。、；：？！》〉】〕」』］｝';

/**
 * The width of a line's first word: a Chinese character, or a Latin word or figure (which may run over several
 * items: pdfjs often gives one item a glyph).
 */
function firstWordWidth(row: Item[]): number {
  let width = 0;
  let latin: boolean | null = null;
  let done = false;
  for (const item of row) {
    const chars = Array.from(item.str);
    for (const ch of chars) {
      const wordChar = /[\w.,%-]/.test(ch);
      // An opening quote or bracket is never left at a line's end: it goes with the word after it.
      if (latin === null && OPENING.includes(ch)) {
        width += item.width / chars.length;
        continue;
      }
      if (latin === null) latin = /[A-Za-z0-9]/.test(ch);
      // A closing quote, bracket or comma is never put at a line's start: it goes with the word before it.
      else if (CLOSING.includes(ch)) done = true;
      else if (done || !latin || !wordChar) return width;
      width += item.width / chars.length;
      if (!latin) done = true;
    }
  }
  return width;
}

const PAGE_NUMBER = [
  /^[-—–－~～─\s]*\d{1,4}[-—–－~～─\s]*$/, // 12, — 12 —, - 12 -
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/, // 第12页, 第 3 页 共 9 页
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 3/9
  /^(page\s*)?\d{1,4}(\s*of\s*\d{1,4})?$/i, // Page 3 of 9
  /^[-—–\s]*[ivxlcdm]{1,6}[-—–\s]*$/i, // roman numbers of front matter
];

const lineText = (l: Line) => l.cells.map((c) => c.text).join('\t');

/**
 * Leaves out the running headers and footers and page numbers (see the file comment) and lists them; returns
 * each page's remaining lines.
 */
function dropRunningLines(pages: Line[][], removed: RemovedText[]): Line[][] {
  const inBand = (l: Line) => (l.y < l.pageHeight * BAND ? 'top' : l.y > l.pageHeight * (1 - BAND) ? 'bottom' : null);
  const key = (l: Line) => `${inBand(l)}:${lineText(l).replace(/\s+/g, '').replace(/\d+/g, '#')}`;
  const pagesWith = new Map<string, Set<number>>();
  for (const lines of pages) for (const l of lines) if (inBand(l)) (pagesWith.get(key(l)) ?? pagesWith.set(key(l), new Set()).get(key(l))!).add(l.page);
  const needed = Math.max(2, Math.ceil(pages.length * 0.4));
  return pages.map((lines) =>
    lines.filter((l) => {
      const band = inBand(l);
      if (!band) return true;
      const text = lineText(l);
      if (PAGE_NUMBER.some((p) => p.test(text.replace(/\t/g, ' ').trim()))) {
        removed.push({ text, reason: 'page-number', page: l.page });
        return false;
      }
      if (pages.length >= 2 && pagesWith.get(key(l))!.size >= needed) {
        removed.push({ text, reason: band === 'top' ? 'running-header' : 'running-footer', page: l.page });
        return false;
      }
      return true;
    }),
  );
}

/** A line that opens a new unit: a numbering marker or a box. */
const OPENS = /^(第[一二三四五六七八九十百零〇\d]+[章节篇部分条]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}(?:[、．]|\.(?!\d))|[①-⑳]|[【[]?\s*专栏|附件|附表)/;

/** Writes the pages' lines: tables as rows, wrapped paragraphs re-joined. */
function writeBody(pages: Line[][], writer: LineWriter, removed: RemovedText[]): void {
  const lines = pages.flat();
  if (!lines.length) return;
  const body = lines.filter((l) => l.cells.length === 1);
  // The size most of the text is set in (by characters, so a table's many short lines do not outvote the prose).
  const bodySize = mode(body.flatMap((l) => Array<number>(l.cells[0].text.length).fill(Math.round(l.size * 2) / 2))) ?? lines[0].size;
  // The text block's left edge: where the leftmost lines start (a paragraph's first line is indented from it).
  const left = Math.min(...(body.length ? body : lines).map((l) => l.left));
  // Its right edge: where the longest lines end, or, when no line reaches it (short paragraphs only), where
  // margins as wide as the left one put it.
  const right = Math.max(...body.map((l) => l.right), lines[0].pageWidth - Math.min(...lines.map((l) => l.left)));

  // The line broke because the next line's first word did not fit, and the next line starts at the left edge
  // (a new paragraph's first line is indented).
  const wrapped = (line: Line, next: Line) => right - line.right < next.firstWordWidth + line.size && next.left < left + next.size * 0.9;
  // A centred title or heading set over two lines: both centred on the block, the first nearly as wide as it.
  const centre = (l: Line) => (l.left + l.right) / 2;
  // Centred: as far from the left edge as from the right (an indented line that nearly fills the block is not).
  const centred = (l: Line) => Math.abs(l.left - left - (right - l.right)) < l.size * 0.25;
  const centredWrap = (line: Line, next: Line) =>
    line.size > bodySize + 0.5 && centred(line) && centred(next) && line.right - line.left > (right - left) * 0.7;

  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) writer.paragraph(joinWrapped(paragraph));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.cells.length > 1) {
      endParagraph();
      i = writeTable(lines, i, writer, removed) - 1;
      continue;
    }
    paragraph.push(line.cells[0].text);
    const next = lines[i + 1];
    const continues = next !== undefined && next.cells.length === 1 && !OPENS.test(next.cells[0].text) && Math.abs(next.size - line.size) <= 0.5 && (wrapped(line, next) || centredWrap(line, next));
    if (!continues) endParagraph();
  }
  endParagraph();
}

/**
 * Cuts cells at the table's columns: a column starts where cells of at least two of the table's lines start; a
 * cell of another line that runs over such a start (its text filled to its edge, so the gap to the next cell was
 * narrow: 「97.5%—100%　约束性」, or a header 「2030年属性」) is cut where its part at that start begins. A part after
 * a gap of half a font size counts as a start too (a column whose every cell is filled to its edge). True when a
 * cell was cut.
 */
function cutAtColumns(lines: Line[], start: number, end: number): boolean {
  const size = lines[start].size;
  const tolerance = size * 0.3;
  const starts: { x: number; lines: Set<number> }[] = [];
  for (let k = start; k < end; k++) {
    // Where cells start, and where parts start after a gap a column would leave (a cell filled to its edge in every row).
    for (const x of lines[k].cells.flatMap((c) => [c.x, ...c.parts.filter((p) => p.wide).map((p) => p.x)])) {
      const at = starts.find((s) => Math.abs(s.x - x) < tolerance);
      if (at) at.lines.add(k);
      else starts.push({ x, lines: new Set([k]) });
    }
  }
  const columns = starts.filter((s) => s.lines.size >= 2).map((s) => s.x);
  let cut = false;
  for (let k = start; k < end; k++) {
    const cells: Cell[] = [];
    for (const cell of lines[k].cells) {
      let piece: Cell | null = null;
      for (const part of cell.parts) {
        const opens = piece !== null && part.wide && columns.some((x) => Math.abs(part.x - x) < tolerance && x > cell.x + tolerance);
        if (!piece || opens) {
          if (piece) {
            cells.push(piece);
            cut = true;
          }
          piece = { text: '', x: part.x, right: part.right, parts: [] };
        }
        piece.text += part.text;
        piece.right = Math.max(piece.right, part.right);
        piece.parts.push(part);
      }
      if (piece && piece.parts.length < cell.parts.length) cells.push({ ...piece, text: piece.text.trim() });
      else cells.push(cell);
    }
    if (cells.length !== lines[k].cells.length) lines[k] = { ...lines[k], cells: cells.map((c) => ({ ...c, text: c.text.trim() })) };
  }
  return cut;
}

/** Writes the table starting at lines[start]; returns the index of the first line after it. */
function writeTable(lines: Line[], start: number, writer: LineWriter, removed: RemovedText[]): number {
  // Where the table ends, read once; then its cells are cut at its columns and it is read again.
  let read = readTableRows(lines, start);
  if (cutAtColumns(lines, start, read.end)) read = readTableRows(lines, start);
  const { rows, end: i } = read;
  // Columns: cells starting at about the same x; then a column whose every cell lies within another column's
  // extent is that column (a header centred over left-aligned cells).
  const size = lines[start].size;
  type Cell = (typeof rows)[number]['cells'][number];
  let columns: Cell[][] = [];
  for (const cell of rows.flatMap((r) => r.cells).sort((a, b) => a.x - b.x)) {
    const last = columns[columns.length - 1];
    if (last && cell.x - last[0].x <= size * 1.5) last.push(cell);
    else columns.push([cell]);
  }
  const extent = (column: Cell[]) => [Math.min(...column.map((c) => c.x)), Math.max(...column.map((c) => c.right))];
  for (const column of [...columns].sort((a, b) => a.length - b.length)) {
    const host = columns.find((other) => {
      if (other === column || other.length < column.length) return false;
      const [from, to] = extent(other);
      return column.every((c) => c.x >= from - 2 && c.right <= to + 2);
    });
    if (host) {
      host.push(...column);
      columns = columns.filter((c) => c !== column);
    }
  }
  const columnOf = new Map<Cell, number>();
  columns.forEach((column, k) => column.forEach((cell) => columnOf.set(cell, k)));
  const grid = rows.map((r) => {
    const cells = columns.map(() => '');
    for (const c of r.cells) {
      const k = columnOf.get(c)!;
      cells[k] = cells[k] ? joinWrapped([cells[k], c.text]) : c.text;
    }
    return cells;
  });
  // The header row repeated at the top of each page the table runs on to (as Word and browsers print it).
  const header = grid[0]?.join('\t');
  const kept = grid.filter((row, k) => {
    const repeated = k > 0 && rows[k].page !== rows[k - 1].page && row.join('\t') === header;
    if (repeated) removed.push({ text: header, reason: 'repeated-table-header', page: rows[k].page });
    return !repeated;
  });
  writer.table(kept);
  return i;
}

type TableRow = { cells: { x: number; right: number; text: string }[]; y: number; page: number };

/** The rows of the table starting at lines[start] (a wrapped cell's next lines put back in their cells), and where it ends. */
function readTableRows(lines: Line[], start: number): { rows: TableRow[]; end: number } {
  // Rows as cells by x; columns are settled at the end, when every row's cells are known (a header may leave one blank).
  const rows: TableRow[] = [];
  let rowPitch = Infinity;
  // Before two rows are known, the table's own line spacing tells a wrapped cell's next line from a row.
  const leading = cellLeading(lines, start);
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const prev = rows[rows.length - 1];
    const pitch = prev && prev.page === line.page ? line.y - prev.y : Infinity;
    // Closer to the row above than rows are to each other: a wrapped cell's next line.
    const near = prev !== undefined && pitch < line.size * 1.8 && (rowPitch === Infinity && leading !== null ? pitch < leading * 1.2 : pitch < rowPitch * 0.8);
    if (line.cells.length === 1 && !near) {
      // A row with one cell filled (a category row): it starts where a column does, at the rows' rhythm.
      const x = line.cells[0].x;
      const known = rows.flatMap((r) => r.cells);
      // At a column's left edge, or under a header cell centred in its column.
      const atColumn = known.some((c) => Math.abs(c.x - x) < line.size * 0.3) || rows[0].cells.some((c) => x > c.x + line.size * 0.3 && x < c.right);
      const turnsPage = prev !== undefined && prev.page !== line.page && line === firstOnPage(lines, i);
      const inRhythm = turnsPage || (rowPitch === Infinity ? pitch < line.size * 3 : pitch <= rowPitch * 1.25);
      if (!atColumn || !inRhythm) break;
    }
    if (near && (line.cells.length < Math.max(...rows.map((r) => r.cells.length)) || rowPitch !== Infinity || leading !== null)) {
      for (const cell of line.cells) {
        const above = nearest(prev.cells, cell.x);
        if (above && Math.abs(above.x - cell.x) < line.size * 1.5) {
          above.text = joinWrapped([above.text, cell.text]);
          above.right = Math.max(above.right, cell.right);
        } else prev.cells.push({ x: cell.x, right: cell.right, text: cell.text });
      }
      prev.y = line.y;
      continue;
    }
    if (prev) {
      // A new table right after this one: set apart by more than the rows' rhythm, or its columns elsewhere.
      const apart = pitch !== Infinity && (rowPitch === Infinity ? pitch > line.size * 3 : pitch > rowPitch * 1.4);
      const known = rows.flatMap((r) => r.cells.map((c) => c.x));
      const misaligned = line.cells.filter((c) => !known.some((x) => Math.abs(x - c.x) < line.size * 0.5)).length;
      if (apart || (rows.length >= 2 && misaligned * 2 > line.cells.length)) break;
    }
    if (prev && pitch !== Infinity) rowPitch = Math.min(rowPitch, pitch);
    rows.push({ cells: line.cells.map((c) => ({ x: c.x, right: c.right, text: c.text })), y: line.y, page: line.page });
  }
  return { rows, end: i };
}

/**
 * The spacing of lines inside a table's cells, when the table shows two spacings (lines of a cell closer than rows
 * are, as when cells have padding); null when every line is as far from the next (then rows cannot be told apart
 * from wrapped cells by spacing).
 */
function cellLeading(lines: Line[], start: number): number | null {
  const pitches: number[] = [];
  for (let k = start + 1; k < lines.length && pitches.length < 60; k++) {
    const pitch = lines[k].y - lines[k - 1].y;
    if (lines[k].page !== lines[k - 1].page) continue;
    if (pitch > lines[k].size * 3 || (lines[k].cells.length === 1 && pitch > lines[k].size * 1.8)) break;
    pitches.push(pitch);
  }
  if (pitches.length < 2) return null;
  const least = Math.min(...pitches);
  return pitches.some((p) => p > least * 1.4) && pitches.some((p) => p < least * 1.1) ? least : null;
}

function firstOnPage(lines: Line[], i: number): Line {
  let k = i;
  while (k > 0 && lines[k - 1].page === lines[i].page) k--;
  return lines[k];
}

function nearest<T extends { x: number }>(items: T[], x: number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (!best || Math.abs(item.x - x) < Math.abs(best.x - x)) best = item;
  return best;
}

function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

