/**
 * Real plan files from a PlanDoc, the way people publish plans: a .txt, a saved web page (head, scripts, nav
 * chrome, footer), a Word document (real Word tables; numbered paragraphs with Word's own list numbering, so the
 * numbers are not in the text), and a text PDF (Chinese text in Noto Sans SC, lines wrapped by the layout, a
 * running header and 「— n —」 page numbers on every page). Also a scanned PDF (pictures only, no text).
 *
 * The PDF is laid out here with pdfkit: Noto Sans SC as @fontsource ships it is ~100 unicode-range pieces, so each
 * character is set in the piece that has it, and lines are broken by measuring those glyphs (first lines of body
 * paragraphs indented two characters, as Chinese documents are).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';
import type { Browser } from 'puppeteer-core';
import { embeddedFontCss, REPORT_FONT_FAMILY } from '../../src/review/fonts';
import type { PlanBlock, PlanDoc } from './planDoc';

const tableWidth = (rows: string[][]) => Math.max(1, ...rows.map((r) => r.length));
const padded = (rows: string[][]) => rows.map((r) => Array.from({ length: tableWidth(rows) }, (_, k) => r[k] ?? ''));

/** Plain text: a line a paragraph, a table row's cells separated by TAB. */
export function renderText(doc: PlanDoc): string {
  return `${doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.join('\t')).join('\n'))).join('\n')}\n`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Breaks the HTML source of a long text between two Chinese characters, as CMS editors save it; a browser (and
 * the reader) shows no space there.
 */
function wrapInSource(text: string): string {
  const chars = Array.from(escapeHtml(text));
  let out = '';
  let run = 0;
  for (let i = 0; i < chars.length; i++) {
    out += chars[i];
    run++;
    if (run >= 40 && /[\u4e00-\u9fff]/.test(chars[i]) && /[\u4e00-\u9fff]/.test(chars[i + 1] ?? '')) {
      out += '\n        ';
      run = 0;
    }
  }
  return out;
}

/**
 * A saved web page: <head> with title, styles and scripts, nav chrome, the plan in an article, a footer. The
 * source breaks long texts between Chinese characters (`wrapSource: false` for a page to print with Chromium,
 * which, unlike the CSS Text spec and Firefox, shows such a break as a space).
 */
export function renderHtml(doc: PlanDoc, options: { charset?: string; wrapSource?: boolean; head?: string } = {}): string {
  const sourceWrapped = options.wrapSource === false ? escapeHtml : wrapInSource;
  const title = doc.blocks.find((b): b is Extract<PlanBlock, { kind: 'paragraph' }> => b.kind === 'paragraph' && b.role === 'title')?.text ?? doc.runningHeader ?? '规划';
  const body = doc.blocks.map((b) => {
    if (b.kind === 'table') {
      const [head, ...rest] = padded(b.rows);
      return [
        '      <table border="1" cellspacing="0">',
        `        <thead><tr>${head.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
        '        <tbody>',
        ...rest.map((r) => `          <tr>\n${r.map((c) => `            <td><p>${sourceWrapped(c)}</p></td>`).join('\n')}\n          </tr>`),
        '        </tbody>',
        '      </table>',
      ].join('\n');
    }
    const tag = b.role === 'title' ? 'h1' : b.role === 'heading' ? 'h3' : b.role === 'chrome' ? 'div class="chrome"' : 'p';
    return `      <${tag}>\n        ${sourceWrapped(b.text)}\n      </${tag.split(' ')[0]}>`;
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '  <head>',
    `    <meta charset="${options.charset ?? 'utf-8'}">`,
    `    <title>${escapeHtml(title)}_政府门户网站</title>`,
    '    <style>body { font-family: "Noto Sans SC", sans-serif; } .chrome { font-size: 12px; }</style>',
    '    <script>window.dataLayer = window.dataLayer || []; function track() { return "统计代码"; }</script>',
    ...(options.head ? [options.head] : []),
    '  </head>',
    '  <body>',
    '    <header><nav><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/ghjh">规划计划</a></nav></header>',
    '    <div class="toolbar"><span>字号：大 中 小</span><br><span>【打印】【关闭】</span></div>',
    '    <article>',
    ...body,
    '    </article>',
    '    <noscript>您的浏览器不支持脚本</noscript>',
    '    <footer><p>版权所有：某市人民政府办公室</p><p>扫一扫在手机打开当前页</p></footer>',
    '    <script src="/js/share.js"></script>',
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

/** Paragraph markers Word numbers itself in the .docx: the marker comes off the text and becomes a list level. */
const WORD_LISTS: { reference: string; pattern: RegExp; format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; number: (m: string) => number }[] = [
  { reference: 'chapter', pattern: /^第([一二三四五六七八九十]+)章/, format: LevelFormat.CHINESE_COUNTING, text: '第%1章', number: chineseNumber },
  { reference: 'enum-zh', pattern: /^([一二三四五六七八九十]+)、/, format: LevelFormat.CHINESE_COUNTING, text: '%1、', number: chineseNumber },
  { reference: 'paren-zh', pattern: /^（([一二三四五六七八九十]+)）/, format: LevelFormat.CHINESE_COUNTING, text: '（%1）', number: chineseNumber },
  { reference: 'number-dot', pattern: /^(\d{1,2})\.(?!\d)/, format: LevelFormat.DECIMAL, text: '%1.', number: Number },
  { reference: 'number-comma', pattern: /^(\d{1,2})、/, format: LevelFormat.DECIMAL, text: '%1、', number: Number },
  { reference: 'paren-number', pattern: /^（(\d{1,2})）/, format: LevelFormat.DECIMAL, text: '（%1）', number: Number },
  { reference: 'circled', pattern: /^([①②③④⑤⑥⑦⑧⑨⑩])/, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%1', number: (m) => '①②③④⑤⑥⑦⑧⑨⑩'.indexOf(m) + 1 },
];

function chineseNumber(s: string): number {
  const digits = '一二三四五六七八九';
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + digits.indexOf(s[1]) + 1;
  if (s.includes('十')) return (digits.indexOf(s[0]) + 1) * 10 + (s.length > 2 ? digits.indexOf(s[2]) + 1 : 0);
  return digits.indexOf(s) + 1;
}

/**
 * A Word document: title and headings in Word's heading styles, tables as Word tables, the running header in the
 * page header and the page number in the footer. With `wordNumbering` (default on), numbered paragraphs whose
 * numbers run 1, 2, 3… are Word list paragraphs (the number is drawn by Word, not in the text); a number that does
 * not follow on stays written in the text.
 */
export async function renderDocx(doc: PlanDoc, options: { wordNumbering?: boolean } = {}): Promise<Buffer> {
  const numbering = options.wordNumbering ?? true;
  const last = new Map<string, { number: number; instance: number }>();
  let instances = 0;
  const children: (Paragraph | Table)[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'table') {
      const rows = padded(block.rows);
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
        }),
      );
      children.push(new Paragraph(''));
      continue;
    }
    const heading = block.role === 'title' ? HeadingLevel.TITLE : block.role === 'heading' ? HeadingLevel.HEADING_2 : undefined;
    const list = numbering ? WORD_LISTS.find((l) => l.pattern.test(block.text)) : undefined;
    const match = list?.pattern.exec(block.text);
    if (list && match && match[0].length < block.text.length) {
      const n = list.number(match[1]);
      const previous = last.get(list.reference);
      let instance: number | null = null;
      if (n === 1) instance = ++instances;
      else if (previous && previous.number + 1 === n) instance = previous.instance;
      if (instance !== null) {
        last.set(list.reference, { number: n, instance });
        children.push(new Paragraph({ heading, numbering: { reference: list.reference, level: 0, instance }, children: [new TextRun(block.text.slice(match[0].length))] }));
        continue;
      }
    }
    children.push(new Paragraph({ heading, alignment: block.role === 'title' ? AlignmentType.CENTER : undefined, children: [new TextRun(block.text)] }));
  }
  const document = new Document({
    numbering: { config: WORD_LISTS.map((l) => ({ reference: l.reference, levels: [{ level: 0, format: l.format, text: l.text, suffix: LevelSuffix.NOTHING, alignment: AlignmentType.START }] })) },
    sections: [
      {
        headers: doc.runningHeader ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(doc.runningHeader)] })] }) } : undefined,
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

// ---- PDF ----------------------------------------------------------------------------------------------------------

const PAGE = { width: 595.28, height: 841.89, left: 72, right: 72, top: 96, bottom: 96 };
const SIZE = { title: 18, heading: 14, body: 12, chrome: 9, table: 10.5, header: 9, pageNumber: 10.5 };
const DEFAULT_CELL_PAD = { x: 8, y: 5 };

interface FontChunk {
  name: string;
  file: string;
  ranges: [number, number][];
}

let fontChunks: FontChunk[] | null = null;
const fontBytes = new Map<string, Buffer>();

/** Noto Sans SC (weight 400)'s unicode-range pieces, from @fontsource's stylesheet. */
function chunks(): FontChunk[] {
  if (fontChunks) return fontChunks;
  const css = require.resolve('@fontsource/noto-sans-sc/400.css');
  fontChunks = [...readFileSync(css, 'utf8').matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)].map(([, file, range]) => ({
    name: file.replace(/\.woff2$/, ''),
    file: path.join(path.dirname(css), 'files', file),
    ranges: range.split(',').map((r) => {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
    }),
  }));
  return fontChunks;
}

const chunkByCodePoint = new Map<number, FontChunk>();
function chunkOf(cp: number): FontChunk {
  let chunk = chunkByCodePoint.get(cp);
  if (!chunk) {
    chunk = chunks().find((c) => c.ranges.some(([a, b]) => cp >= a && cp <= b)) ?? chunks().find((c) => c.name.includes('latin-400'))!;
    chunkByCodePoint.set(cp, chunk);
  }
  return chunk;
}

/** Sets text in Noto Sans SC piece by piece and measures it. */
class PdfWriter {
  private readonly registered = new Set<string>();
  private readonly widths = new Map<string, number>();
  constructor(readonly pdf: PDFKit.PDFDocument) {}

  private use(chunk: FontChunk): void {
    if (!this.registered.has(chunk.name)) {
      if (!fontBytes.has(chunk.file)) fontBytes.set(chunk.file, readFileSync(chunk.file));
      this.pdf.registerFont(chunk.name, fontBytes.get(chunk.file)!);
      this.registered.add(chunk.name);
    }
    this.pdf.font(chunk.name);
  }

  /** Runs of characters in the same piece. */
  private runs(text: string): { chunk: FontChunk; text: string }[] {
    const out: { chunk: FontChunk; text: string }[] = [];
    for (const ch of Array.from(text)) {
      const chunk = chunkOf(ch.codePointAt(0)!);
      const last = out[out.length - 1];
      if (last && last.chunk === chunk) last.text += ch;
      else out.push({ chunk, text: ch });
    }
    return out;
  }

  /** Advance widths summed character by character (Chinese has no kerning; Latin kerning is a hair, ignored). */
  width(text: string, size: number): number {
    let w = 0;
    for (const ch of Array.from(text)) {
      let unit = this.widths.get(ch);
      if (unit === undefined) {
        this.use(chunkOf(ch.codePointAt(0)!));
        unit = this.pdf.fontSize(1000).widthOfString(ch) / 1000;
        this.widths.set(ch, unit);
      }
      w += unit * size;
    }
    return w;
  }

  draw(text: string, x: number, top: number, size: number): void {
    for (const run of this.runs(text)) {
      this.use(run.chunk);
      this.pdf.fontSize(size).text(run.text, x, top, { lineBreak: false });
      x += this.width(run.text, size);
    }
  }

  /**
   * Greedy line breaking: between Chinese characters, and at spaces and Chinese/Latin boundaries for Latin words;
   * an opening quote or bracket stays with what follows it and a closing one or a comma with what precedes it
   * (no line starts with ， or ” and none ends with “ or （, as in any Chinese typesetting).
   */
  lines(text: string, size: number, width: number, firstIndent = 0): string[] {
    const opening = '“‘（《〈【〔「『';
    const closing = '”’），。、；：？！》〉】〕」』';
    const unit = `[${opening}]*(?:[\u2e80-\u9fff\uf900-\uffef]|[^\\s\u2e80-\u9fff\uf900-\uffef${opening}${closing}]+)?[${closing}]*`;
    const tokens = (text.match(new RegExp(`\\s+|${unit}`, 'gu')) ?? []).filter((t) => t !== '');
    const lines: string[] = [];
    let line = '';
    let available = width - firstIndent;
    for (const token of tokens) {
      if (line && !/^\s+$/.test(token) && this.width(line + token, size) > available) {
        lines.push(line.trimEnd());
        line = '';
        available = width;
      }
      if (!line && /^\s+$/.test(token)) continue;
      line += token;
    }
    if (line.trim()) lines.push(line.trimEnd());
    return lines;
  }
}

/**
 * A text PDF of the plan (A4, pdfkit): the running header at the top and 「— n —」 at the bottom of every page;
 * the body's lines wrapped by measuring the glyphs; tables drawn with borders, cells wrapping inside their columns.
 */
export async function renderPdf(doc: PlanDoc, options: { userPassword?: string; cellPadX?: number } = {}): Promise<Buffer> {
  // A table's cell padding: the default leaves a gap of 16pt between columns; a PDF maker padding less sets a filled
  // cell's text closer to the next cell's than the reader's column gap (1.2 font sizes).
  const CELL_PAD = { x: options.cellPadX ?? DEFAULT_CELL_PAD.x, y: DEFAULT_CELL_PAD.y };
  const pdf = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    autoFirstPage: false,
    info: { Title: doc.runningHeader ?? '' },
    ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: `${options.userPassword}-owner`, pdfVersion: '1.7' as const } : {}),
  });
  const done = collect(pdf);
  const out = new PdfWriter(pdf);
  const textWidth = PAGE.width - PAGE.left - PAGE.right;
  const bottom = PAGE.height - PAGE.bottom;
  let pageNumber = 0;
  let y = 0;
  const newPage = () => {
    pdf.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    pageNumber++;
    if (doc.runningHeader) {
      const w = out.width(doc.runningHeader, SIZE.header);
      out.draw(doc.runningHeader, (PAGE.width - w) / 2, 48, SIZE.header);
      pdf.moveTo(PAGE.left, 64).lineTo(PAGE.width - PAGE.right, 64).lineWidth(0.5).stroke();
    }
    const number = `— ${pageNumber} —`;
    out.draw(number, (PAGE.width - out.width(number, SIZE.pageNumber)) / 2, PAGE.height - 60, SIZE.pageNumber);
    y = PAGE.top;
  };
  newPage();
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') {
      const size = SIZE[block.role === 'title' ? 'title' : block.role === 'heading' ? 'heading' : block.role === 'chrome' ? 'chrome' : 'body'];
      const indent = !block.role || block.role === 'body' ? 2 * size : 0;
      const leading = size * 1.6;
      const lines = out.lines(block.text, size, textWidth, indent);
      lines.forEach((line, i) => {
        if (y + leading > bottom) newPage();
        const x = block.role === 'title' ? (PAGE.width - out.width(line, size)) / 2 : PAGE.left + (i === 0 ? indent : 0);
        out.draw(line, x, y, size);
        y += leading;
      });
      y += size * 0.5;
      continue;
    }
    const rows = padded(block.rows);
    const columns = tableWidth(rows);
    // Every column five characters wide at least (a short Latin word fits), the rest of the block shared by how
    // much wider each column's longest cell wants to be.
    const least = 5 * SIZE.table + 2 * CELL_PAD.x;
    const wants = Array.from({ length: columns }, (_, k) => Math.max(0, Math.max(...rows.map((r) => out.width(r[k], SIZE.table))) + 2 * CELL_PAD.x - least));
    const spare = Math.max(0, textWidth - columns * least);
    const wanted = wants.reduce((a, b) => a + b, 0);
    const widths = wants.map((w) => least + (wanted ? (spare * w) / wanted : spare / columns));
    const leading = SIZE.table * 1.35;
    y += 4;
    const rowLines = rows.map((row) => row.map((cell, k) => out.lines(cell, SIZE.table, widths[k] - 2 * CELL_PAD.x)));
    const heightOf = (cellLines: string[][]) => Math.max(1, ...cellLines.map((l) => l.length)) * leading + 2 * CELL_PAD.y;
    for (const [r, cellLines] of rowLines.entries()) {
      const height = heightOf(cellLines);
      // The header row is kept with the first row below it, as typesetters (and Word's "keep with next") do.
      const keep = r === 0 && rowLines.length > 1 ? heightOf(rowLines[1]) : 0;
      if (y + height + keep > bottom && (keep === 0 || height + keep <= bottom - PAGE.top)) {
        newPage();
        y += 4;
      }
      let x = PAGE.left;
      cellLines.forEach((lines, k) => {
        pdf.rect(x, y, widths[k], height).lineWidth(0.5).stroke();
        lines.forEach((line, i) => out.draw(line, x + CELL_PAD.x, y + CELL_PAD.y + i * leading, SIZE.table));
        x += widths[k];
      });
      y += height;
    }
    y += SIZE.body;
  }
  pdf.end();
  return done;
}

/**
 * The saved web page printed to PDF by Chromium (another PDF maker than pdfkit: its own line breaking, fonts as
 * Chromium embeds them, a header and footer template): Noto Sans SC embedded in the page, first lines indented,
 * bordered tables with padding (rows kept whole, the header row repeated on each page a table runs on to), the
 * running header and 「— n —」 in the page margins.
 */
export async function renderPdfWithChromium(doc: PlanDoc, browser: Browser): Promise<Buffer> {
  const html = renderHtml(doc, { wrapSource: false });
  const fonts = await embeddedFontCss(`${html}${doc.runningHeader ?? ''}— 0123456789 —`);
  const face = `font-family:'${REPORT_FONT_FAMILY}'`;
  const style = `<style>${fonts} body{${face};font-size:12pt;line-height:1.6} p{text-indent:2em;margin:0 0 6pt} h1{text-align:center;font-size:18pt} h3{font-size:14pt}
    table{border-collapse:collapse;margin:6pt 0} td,th{border:0.5pt solid #000;padding:4pt 8pt;vertical-align:top;font-size:10.5pt;line-height:1.35} td p,th p{text-indent:0;margin:0}
    tr{break-inside:avoid}</style>`;
  const page = await browser.newPage();
  try {
    await page.setContent(renderHtml(doc, { wrapSource: false, head: style }), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const margin = `<style>${fonts}</style>`;
    return Buffer.from(
      await page.pdf({
        format: 'A4',
        margin: { top: '25mm', bottom: '25mm', left: '25mm', right: '25mm' },
        displayHeaderFooter: true,
        headerTemplate: `<div style="${face};font-size:9pt;width:100%;text-align:center">${margin}${escapeHtml(doc.runningHeader ?? '')}</div>`,
        footerTemplate: `<div style="${face};font-size:10.5pt;width:100%;text-align:center">${margin}— <span class="pageNumber"></span> —</div>`,
      }),
    );
  } finally {
    await page.close();
  }
}

/** A scanned plan: pages with a picture of text (grey bars) and a drawn border, no text layer. */
export async function renderScannedPdf(pages = 2): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
  const done = collect(pdf);
  for (let p = 0; p < pages; p++) {
    pdf.addPage({ size: 'A4', margin: 0 });
    pdf.rect(40, 40, PAGE.width - 80, PAGE.height - 80).lineWidth(1).stroke();
    for (let line = 0; line < 30; line++) pdf.rect(72 + (line % 5 === 0 ? 24 : 0), 100 + line * 20, 400 - (line % 7) * 30, 8).fill('#555555');
  }
  pdf.end();
  return done;
}

function collect(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  const parts: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (c: Buffer) => parts.push(c));
    pdf.on('end', () => resolve(Buffer.concat(parts)));
    pdf.on('error', reject);
  });
}
