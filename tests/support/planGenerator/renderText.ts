import type { PlanBlock, PlanDoc } from '../planDoc';
import { Random } from './random';

/**
 * How a plain-text copy writes a real table: one cell a line, one row a line with runs of spaces, with single spaces
 * (a PDF's text copy: 序号 指标 单位 2025年 2030年 属性), or with TABs.
 */
export type TextTable = 'CELLS' | 'SPACED' | 'SINGLE' | 'TABS';

/** The text of a table in one of the text layouts. */
function tableLines(rows: string[][], style: TextTable, r: Random): string[] {
  const header = rows[0];
  const categoryColumn = /类别|领域|分类/.test(header[0] ?? '');
  if (style === 'TABS') return rows.map((row) => row.join('\t'));
  if (style === 'SPACED' || style === 'SINGLE') {
    // Spaces cannot show an empty cell: the category is written on its own line above its rows, as pages do.
    const sep = style === 'SINGLE' ? ' ' : r.pick(['    ', '  ', '\u3000\u3000', '   ']);
    const out = [(categoryColumn ? header.slice(1) : header).join(sep)];
    for (const row of rows.slice(1)) {
      if (categoryColumn && row[0]) out.push(row[0]);
      out.push((categoryColumn ? row.slice(1) : row).join(sep));
    }
    return out;
  }
  const blank = r.chance(0.5);
  const out: string[] = [];
  for (const row of rows) for (const cell of row) if (cell) out.push(cell, ...(blank ? [''] : []));
  return out;
}

/** A plan as a plain-text file: a scraped page's text or a Word file saved as text (one paragraph a line). */
export function renderTxt(doc: PlanDoc, table: TextTable, seed: number): string {
  const r = new Random(seed ^ 0x5eed);
  const blank = r.chance(0.4);
  const crlf = r.chance(0.2);
  const lines: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'table') lines.push(...tableLines(b.rows, table, r));
    else lines.push(b.role === 'body' && r.chance(0.1) ? `　　${b.text}` : b.text);
    if (blank) lines.push('');
  }
  return lines.join(crlf ? '\r\n' : '\n');
}

/** The width of text as a page sets it: CJK characters one em, Latin letters and figures half. */
export const visualWidth = (text: string) => [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0);

/**
 * Cuts a paragraph into lines of at most `width` ems, mid-sentence, as a PDF sets it; or of `width` characters, as a
 * script that counts a Latin letter as one cuts it (a line holding GB/T 24421.1-2023 then looks narrower); with
 * punctuation hung at a full line's end or not.
 */
function wrap(text: string, width: number, byCount = false, hang = false): string[] {
  const out: string[] = [];
  let line = '';
  const measure = byCount ? (t: string) => [...t].length : visualWidth;
  for (const ch of text) {
    // `hang`: a punctuation mark may not open a line, so it stays at the end of the full one (a line one over).
    const hung = hang && /[，。、；：）》”]/.test(ch) && measure(line) <= width;
    if (measure(line + ch) > width && !hung) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) out.push(line);
  return out;
}

/**
 * A plan as the text copy of a PDF: lines cut at a fixed width mid-sentence, paragraphs indented (or not), a page
 * number (— 12 —) at each page's foot and the running header at each later page's head, tables one cell a line.
 */
export function renderWrapped(doc: PlanDoc, seed: number): string {
  const r = new Random(seed ^ 0xfdf);
  const width = r.int(30, 40);
  const indent = r.chance(0.7);
  const cellWidth = r.int(8, 12);
  const pageLines = r.int(28, 40);
  const pageMark = r.pick([(n: number) => `— ${n} —`, (n: number) => `- ${n} -`, (n: number) => `—${n}—`, (n: number) => `第${n}页`]);
  const byCount = r.chance(0.3);
  const hang = r.chance(0.5);
  // A title page: the title alone on page 1, and the title again as every later page's running header.
  const title = doc.blocks.find((b): b is Extract<PlanBlock, { kind: 'paragraph' }> => b.kind === 'paragraph' && b.role === 'title');
  const titlePage = title !== undefined && r.chance(0.4);
  const header = titlePage ? title.text : doc.runningHeader;
  const flow: string[] = [];
  const asLines = (b: PlanBlock): string[] => {
    // A table's cells one a line, a long cell cut at the column's width (a name or a target over two lines).
    if (b.kind === 'table') return tableLines(b.rows, 'CELLS', r).filter(Boolean).flatMap((cell) => wrap(cell, cellWidth));
    const body = b.role === 'body';
    return wrap(`${body && indent ? '　　' : ''}${b.text}`, width, byCount, hang);
  };
  for (const b of doc.blocks) if (!(titlePage && b === title)) flow.push(...asLines(b));
  const out: string[] = [];
  let page = 1;
  if (titlePage) out.push(title.text, pageMark(page++), header!);
  for (let i = 0; i < flow.length; i++) {
    out.push(flow[i]);
    if ((i + 1) % pageLines === 0 && i + 1 < flow.length) {
      out.push(pageMark(page++));
      if (header) out.push(header);
    }
  }
  out.push(pageMark(page));
  return out.join('\n');
}
