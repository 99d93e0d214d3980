/**
 * A web page (or the HTML mammoth makes of a Word document) as the lines a plan's text parser reads.
 *
 * What a reader sees is kept, chrome included (the text parser finds the body); what a reader never sees (scripts,
 * styles, the <head>, hidden elements) is left out and listed. Block elements and <br> end lines; a data table is
 * one line a row, cells joined by TAB. Spans: a rowspan cell's text is repeated in every row it spans (each row then
 * reads on its own: its category, its lead body); a colspan cell's text stands in its first column and the columns
 * it covers are blank (the row keeps its width, the text is not doubled).
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { ImportRefusedError } from '../refused';
import { joinWrapped, isCjk, LineWriter, type RemovedReason, type RemovedText, type SourceTable } from './source';

// domhandler's node types, named through htmlparser2 (which re-exports its parser, not its types).
type DomNode = ReturnType<typeof parseDocument>['children'][number];
type DomElement = ReturnType<typeof DomUtils.getElementsByTagName>[number];
type DomData = Extract<DomNode, { data: string }>;

/** An element, including <script> and <style> (which domhandler types apart from other tags). */
const isElement = (node: DomNode): node is DomElement => node.type === 'tag' || node.type === 'script' || node.type === 'style';
const isText = (node: DomNode): node is DomData => node.type === 'text';
const isNamed = (node: DomNode, ...names: string[]): node is DomElement => isElement(node) && names.includes(node.name);

/** Elements whose content a reader never sees: left out, listed with this reason. */
const DROPPED: Record<string, RemovedReason> = { script: 'script', style: 'style', noscript: 'noscript', template: 'template', head: 'head' };
/** Embedded things with no text of the page's own. */
const SKIPPED = new Set(['svg', 'canvas', 'video', 'audio', 'iframe', 'object', 'embed', 'map']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'option', 'p', 'plaintext', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp', 'title', 'select', 'optgroup', 'textarea',
]);

export interface HtmlLines {
  text: string;
  tables: SourceTable[];
  removed: RemovedText[];
}

/** Where walked content goes: the document's lines, or one table cell's. */
interface Sink {
  paragraph(text: string): void;
  table(rows: string[][]): void;
}

/** Reads an HTML document's text into lines (see the file comment). */
export function readHtml(html: string): HtmlLines {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const writer = new LineWriter();
  const removed: RemovedText[] = [];
  new Walker(writer, removed).walkAll(document.children);
  return { text: writer.text, tables: writer.tables, removed };
}

class Walker {
  private inline: string[] = [];
  private preDepth = 0;

  constructor(
    private readonly sink: Sink,
    private readonly removed: RemovedText[],
  ) {}

  walkAll(nodes: DomNode[]): void {
    for (const node of nodes) this.walk(node);
    this.flush();
  }

  private walk(node: DomNode): void {
    if (isText(node)) {
      const data = node.data;
      if (this.preDepth > 0) {
        const parts = data.split(/\r?\n/);
        parts.forEach((part, i) => {
          if (i > 0) this.flush();
          this.inline.push(part);
        });
      } else this.inline.push(data);
      return;
    }
    if (!isElement(node)) return; // comments, directives, CDATA
    const element = node;
    const name = element.name;
    const dropped = DROPPED[name];
    if (dropped) {
      // The head's scripts and styles are listed on their own; the rest of it is its title (the body repeats it).
      if (name === 'head') for (const inner of descendants(element, ['script', 'style'])) this.walk(inner);
      const text = name === 'head' ? headTitle(element) : condensed(textOf(element)) || (element.attribs.src ? `<${name} src="${element.attribs.src}">` : '');
      if (text) this.removed.push({ text: clip(text), reason: dropped });
      return;
    }
    if (element.attribs.hidden !== undefined) {
      const text = condensed(textOf(element));
      if (text) this.removed.push({ text: clip(text), reason: 'hidden' });
      return;
    }
    if (name === 'img') {
      const alt = (element.attribs.alt ?? '').trim();
      if (alt) this.removed.push({ text: alt, reason: 'image' });
      return;
    }
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      this.flush();
      return;
    }
    if (name === 'table') {
      this.flush();
      this.table(element);
      return;
    }
    const block = BLOCK.has(name);
    if (block) this.flush();
    if (name === 'pre' || name === 'textarea' || name === 'listing' || name === 'xmp') this.preDepth++;
    for (const child of element.children) this.walk(child);
    if (name === 'pre' || name === 'textarea' || name === 'listing' || name === 'xmp') this.preDepth--;
    if (block) this.flush();
  }

  /** Ends the current line. */
  private flush(): void {
    if (!this.inline.length) return;
    const raw = this.inline.join('');
    this.inline = [];
    this.sink.paragraph(this.preDepth > 0 ? raw.replace(/\u00a0/g, ' ') : collapseWhitespace(raw));
  }

  private table(table: DomElement): void {
    const rows = tableRows(table);
    for (const caption of table.children.filter((c) => isNamed(c, 'caption'))) if (isElement(caption)) this.walkBlock(caption.children);
    // A table that lays out the page (a cell holding a table, or one cell a row) is read as blocks, cell by cell.
    const layout = rows.every((r) => cellsOf(r).length <= 1) || rows.some((r) => cellsOf(r).some((c) => hasDescendant(c, 'table')));
    if (layout) {
      for (const row of rows) for (const cell of cellsOf(row)) this.walkBlock(cell.children);
      return;
    }
    this.sink.table(grid(rows, (cell) => this.cellText(cell)));
  }

  private walkBlock(nodes: DomNode[]): void {
    this.flush();
    for (const node of nodes) this.walk(node);
    this.flush();
  }

  /** A cell's text: its lines joined (nothing between Chinese characters, a space otherwise). */
  private cellText(cell: DomElement): string {
    const lines: string[] = [];
    const sink: Sink = {
      paragraph: (text) => {
        if (text.trim()) lines.push(text.trim());
      },
      table: (rows) => lines.push(...rows.map((r) => r.filter(Boolean).join(' '))),
    };
    new Walker(sink, this.removed).walkAll(cell.children);
    return joinWrapped(lines);
  }
}

/** Lays a table's rows out on a grid: rowspans repeated down, colspans blank to the right. */
function grid(rows: DomElement[], textOf: (cell: DomElement) => string): string[][] {
  const out: string[][] = [];
  // Column → the text a rowspan carries into the next rows, and for how many more.
  const carried = new Map<number, { text: string; rows: number }>();
  for (const row of rows) {
    const line: string[] = [];
    let col = 0;
    const takeCarried = () => {
      for (let c = carried.get(col); c && c.rows > 0; c = carried.get(col)) {
        line[col] = c.text;
        c.rows--;
        if (c.rows === 0) carried.delete(col);
        col++;
      }
    };
    for (const cell of cellsOf(row)) {
      takeCarried();
      const text = textOf(cell);
      const colspan = span(cell.attribs.colspan, 1000);
      const rowspan = span(cell.attribs.rowspan, 65534);
      for (let k = 0; k < colspan; k++) {
        line[col + k] = k === 0 ? text : '';
        if (rowspan > 1) carried.set(col + k, { text: k === 0 ? text : '', rows: rowspan - 1 });
      }
      col += colspan;
    }
    // Rowspans reaching past this row's last cell.
    const last = Math.max(col, ...[...carried.keys()].map((k) => k + 1));
    for (; col < last; col++) {
      const c = carried.get(col);
      if (!c) continue;
      line[col] = c.text;
      if (--c.rows === 0) carried.delete(col);
    }
    out.push(Array.from(line, (x) => x ?? ''));
  }
  return out;
}

function span(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** The table's own rows (in thead/tbody/tfoot or directly), not those of tables inside its cells. */
function tableRows(table: DomElement): DomElement[] {
  const rows: DomElement[] = [];
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.name)) for (const r of child.children) if (isNamed(r, 'tr')) rows.push(r);
  }
  return rows;
}

function cellsOf(row: DomElement): DomElement[] {
  return row.children.filter((c): c is DomElement => isNamed(c, 'td', 'th'));
}

function hasDescendant(element: DomElement, name: string): boolean {
  return element.children.some((c) => isElement(c) && (c.name === name || hasDescendant(c, name)));
}

function descendants(element: DomElement, names: string[]): DomElement[] {
  return element.children.flatMap((c) => (!isElement(c) ? [] : names.includes(c.name) ? [c] : descendants(c, names)));
}

function textOf(element: DomElement): string {
  return DomUtils.textContent(element);
}

function headTitle(head: DomElement): string {
  const title = head.children.find((c) => isNamed(c, 'title'));
  return title && isElement(title) ? condensed(textOf(title)) : '';
}

const condensed = (s: string) => s.replace(/\s+/g, ' ').trim();
const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 200)}…` : s);

/**
 * Collapses whitespace as a browser shows it: a run of spaces and line breaks is one space, except that a line
 * break between two Chinese characters is nothing (CSS Text: segment breaks between CJK characters are removed).
 * A no-break space stays a space.
 */
export function collapseWhitespace(raw: string): string {
  return raw
    .replace(/[ \t\n\r\f]+/g, (run, offset: number, whole: string) => {
      if (!/[\n\r]/.test(run)) return ' ';
      const before = whole.slice(0, offset);
      const after = whole.slice(offset + run.length);
      return isCjk(Array.from(before).pop()) && isCjk(after ? String.fromCodePoint(after.codePointAt(0)!) : undefined) ? '' : ' ';
    })
    .replace(/\u00a0/g, ' ')
    .trim();
}

/**
 * The text of an HTML file's bytes, in the encoding it declares (a BOM, <meta charset=gbk>, or
 * <meta http-equiv content="text/html; charset=gb2312">), else UTF-8, else GB18030 (the superset of GBK and
 * GB2312 most Chinese pages that declare nothing are in).
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      // Browsers read a page that says gb2312 or gbk as GBK; TextDecoder does the same for these labels.
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      // An unknown label: read as if none were declared.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new ImportRefusedError('the web page is in an encoding it does not declare (neither UTF-8 nor GB18030)', 'UNREADABLE_FILE');
    }
  }
}
