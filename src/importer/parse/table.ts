import type { ImportedIndicator, SkippedLine, UnreadLine } from './model';
import { parseBaseValue, parseImportedTarget, PERIOD_PHRASE } from './target';

/** What a column of an indicator table holds, read from its header. */
/** What a column holds; `total` is a five-year total's column (“十五五”累计) beside the target year's. */
type Role = 'category' | 'number' | 'name' | 'unit' | 'base' | 'target' | 'total' | 'growth' | 'attribute' | 'other';

interface Column {
  role: Role;
  year: number | null;
}

/** Where a table starts: a caption such as 表1 …指标 or 1: …指标体系. */
export const TABLE_CAPTION = /^(?:(?:附?表|专栏)\s*[\d一二三四五六七八九十]+|\d+\s*[:：])\s*\S*.*(?:指标|目标)|^[^。；，,]{2,30}(?:指标|指标表|指标体系|目标表)$/;
const HEADER_CELL = /^(?:类别|领域|分类|序号|编号|指标|指标名称|名称|单位|计量单位|属性|指标属性|指标性质|性质|.*基期值.*|.*基数.*|.*目标值.*|.*目标.*|\d{4}年.{0,4}|年均增[长速].*|.{0,6}累计.{0,3}|备注|说明)$/;
/** A rule line of a text table: dashes or equals signs, in one run or one per column (---- -----, ====). */
export const RULE_LINE = /^[-=—]{3,}(?:\s+[-=—]{3,})*$/;
/** A header cell, however it is spaced out (指　标, 单 位: a Word table centres short headings with spaces). */
const isHeaderCell = (cell: string) => HEADER_CELL.test(cell.replace(/[\s\u3000]+/g, ''));
/** Words a bracket after a name holds that are no unit (（累计）, （试行）, （含…）). */
const NOT_UNIT = /累计|新增|年均|试行|暂行|含|其中|以上|以下|左右|预计|力争|\d/;

/**
 * A unit written after the measure's name (市场主体总量（万户）, 食品抽检合格率（%）): the name without it, and the unit.
 * Other brackets (（累计）, （含存量政策）) stay part of the name.
 */
export function unitInName(name: string): { name: string; unit: string | null } {
  const m = /^(.+?)\s*[（(]\s*([^（）()]{1,5})\s*[)）]$/.exec(name.trim());
  if (!m || NOT_UNIT.test(m[2]) || !/^(?:[%‰‱]|[\u4e00-\u9fa5]{1,4}|[\u4e00-\u9fa5]{1,2}\/[\u4e00-\u9fa5]{1,2})$/.test(m[2].replace(/％/g, '%'))) return { name: name.trim(), unit: null };
  return { name: m[1], unit: m[2].replace(/％/g, '%') };
}

const ATTRIBUTES: Record<string, 'BINDING' | 'EXPECTED'> = { 约束性: 'BINDING', 预期性: 'EXPECTED' };
const CELL_SPLIT = /\s{2,}|\u3000+/;
/** A table's note under it (注：[ ]内为五年累计数): a note, not a goal or a row. */
export const TABLE_NOTE = /^[（(]?注\s*\d*\s*[:：)）]/;

/**
 * A row's cells. A TAB-joined row (how the Word and web-page readers deliver a real table) keeps its empty cells (a
 * merged category cell); a row written with runs of spaces cannot show them.
 */
export function cellsOf(line: string): string[] {
  if (line.includes('\t')) {
    const cells = line.split('\t').map((c) => c.trim());
    while (cells.length && !cells.at(-1)) cells.pop();
    return cells;
  }
  return line.trim().split(CELL_SPLIT).map((c) => c.trim()).filter(Boolean);
}

function roleOf(spaced: string): Column {
  const header = spaced.replace(/[\s\u3000]+/g, '');
  const year = /(\d{4})/.exec(header);
  const y = year ? Number(year[1]) : null;
  if (/类别|领域|分类/.test(header)) return { role: 'category', year: null };
  if (/序号|编号/.test(header)) return { role: 'number', year: null };
  if (/属性|性质/.test(header)) return { role: 'attribute', year: null };
  if (/单位/.test(header)) return { role: 'unit', year: null };
  if (/备注|说明/.test(header)) return { role: 'other', year: null };
  if (/基期|基数|现状/.test(header)) return { role: 'base', year: y };
  if (/累计/.test(header) && !/目标/.test(header)) return { role: 'total', year: null };
  if (/目标/.test(header)) return { role: 'target', year: y };
  if (/年均增[长速]/.test(header)) return { role: 'growth', year: null };
  if (/^\d{4}年/.test(header)) return { role: 'base', year: y }; // a bare year column before the target is the base
  if (/指标|名称/.test(header)) return { role: 'name', year: null };
  return { role: 'other', year: null };
}

/** A table the importer reads from its caption on. */
export interface TableRead {
  layout: 'COLUMNS' | 'SPACED';
  categories: string[];
  rows: ImportedIndicator[];
  unread: UnreadLine[];
  /** Lines of the table left out: a row printed twice, the table's note. */
  skipped: SkippedLine[];
  /** Index of the last line that belongs to the table. */
  lastLine: number;
}

interface RowContext {
  lines: string[];
  columns: Column[];
  targetYear: number;
  sectionPath: string[];
}

/** True where a line plainly is not part of a table any more (a heading or a sentence). */
type Ends = (line: string) => boolean;

/**
 * Reads an indicator table from its caption at `captionIdx`: either one cell a line (the published layout: 类别 /
 * 序号 / 指标 / 2025年目标值 / 指标属性 headers, then category lines and rows) or one row a line with columns
 * separated by runs of spaces. A row that does not read is named with its line and the rest is read on.
 * Returns null when no header follows the caption (a caption mentioned in the text).
 */
export function readTable(lines: string[], captionIdx: number, defaultTargetYear: number, sectionPath: string[], ends: Ends): TableRead | null {
  let i = captionIdx + 1;
  while (i < lines.length && !lines[i].trim()) i++;
  if (i >= lines.length) return null;
  const first = lines[i].trim();
  const spacedHeader = cellsOf(first).filter(Boolean);
  if (spacedHeader.length >= 3 && spacedHeader.filter((c) => isHeaderCell(c)).length >= Math.ceil(spacedHeader.length / 2)) {
    let header = cellsOf(lines[i]);
    let headerEnd = i;
    // A header of two rows (a real table's merged cells: 指标值 over 2025年 | 2030年): each column is named by its
    // lower cell where it has one.
    let k = i + 1;
    while (k < lines.length && !lines[k].trim()) k++;
    const below = k < lines.length && lines[k].includes('\t') ? cellsOf(lines[k]) : [];
    const spacedBelow = k < lines.length && !lines[k].includes('\t') ? cellsOf(lines[k]) : [];
    const group = header.filter((c) => /值$|^目标$/.test(c) && !/\d{4}/.test(c));
    if (below.some(Boolean) && below.every((c) => !c || (isHeaderCell(c) && !/^\d+$/.test(c)))) {
      header = Array.from({ length: Math.max(header.length, below.length) }, (_, c) => below[c] || header[c] || '');
      headerEnd = k;
    } else if (spacedBelow.length >= 2 && spacedBelow.every((c) => /^\d{4}年/.test(c)) && group.length === 1) {
      // Spaces cannot place a lower header row under its cell: its years (2025年 2030年) stand for the one group
      // cell above them (指标值).
      const at = header.indexOf(group[0]);
      header = [...header.slice(0, at), ...spacedBelow, ...header.slice(at + 1)];
      headerEnd = k;
    }
    return withNotes(lines, dedupe(readSpaced(lines, headerEnd, withTarget(header.map(roleOf)), defaultTargetYear, sectionPath, ends)));
  }
  // One row a line with cells apart by single spaces (序号 指标 单位 2025年 2030年 属性), as a PDF's text copy gives a table.
  const singleHeader = first.split(/\s+/);
  if (singleHeader.length >= 4 && singleHeader.every((c) => isHeaderCell(c) && !/^\d+$/.test(c))) {
    return withNotes(lines, dedupe(readSpaced(lines, i, withTarget(singleHeader.map(roleOf)), defaultTargetYear, sectionPath, ends, true)));
  }
  const headers: string[] = [];
  let j = i;
  while (j < lines.length) {
    const cell = lines[j].trim();
    if (!cell) {
      j++;
      continue;
    }
    if (!isHeaderCell(cell) || /^\d+$/.test(cell)) break;
    headers.push(cell);
    j++;
  }
  const columns = withTarget(headers.map(roleOf));
  if (columns.length < 3 || !columns.some((c) => c.role === 'name')) return null;
  return withNotes(lines, dedupe(readColumns(lines, j, columns, defaultTargetYear, sectionPath, ends)));
}

/** A row printed twice (the same number and name: a page break repeated it) is one indicator, listed as skipped. */
function dedupe(table: TableRead): TableRead {
  const seen = new Set<string>();
  const rows: ImportedIndicator[] = [];
  for (const row of table.rows) {
    const key = `${row.number}|${row.name}`;
    if (seen.has(key)) {
      table.skipped.push({ line: row.line, text: row.quote.split('\n')[0], reason: `table row ${row.number} ${row.name} printed again`, kind: 'REPEAT' });
      continue;
    }
    seen.add(key);
    rows.push(row);
  }
  return { ...table, rows };
}

/** The table's notes under it belong to the table: listed as skipped, never read as goals or text. */
function withNotes(lines: string[], table: TableRead): TableRead {
  let k = table.lastLine + 1;
  for (;;) {
    while (k < lines.length && !lines[k].trim()) k++;
    if (k >= lines.length || !TABLE_NOTE.test(lines[k].trim())) break;
    table.skipped.push({ line: k + 1, text: lines[k].trim(), reason: 'the indicator table\'s note', kind: 'NOTE' });
    table.lastLine = k;
    k++;
  }
  return table;
}

/** Two bare year columns (2025年, 2030年): the later one holds the target. */
function withTarget(columns: Column[]): Column[] {
  if (columns.some((c) => c.role === 'target')) return columns;
  const years = columns.filter((c) => c.role === 'base');
  // A single year column (2030年) with no target column is the target.
  if (years.length === 1 && years[0].year !== null && columns.some((c) => c.role === 'name')) return columns.map((c) => (c === years[0] ? { ...c, role: 'target' as const } : c));
  if (years.length < 2) return columns;
  const last = years.reduce((a, b) => ((b.year ?? 0) > (a.year ?? 0) ? b : a));
  return columns.map((c) => (c === last ? { ...c, role: 'target' as const } : c));
}

function targetYearOf(columns: Column[], fallback: number): number {
  return columns.find((c) => c.role === 'target')?.year ?? fallback;
}

/**
 * The measure a row's name cell names: without a leading period phrase (“十五五”期间, 2026—2030年) or kind word (累计),
 * which say when and how it is counted, and without a note's mark (占比*); 新增 stays, being how the row names it.
 */
function measureOf(written: string): { name: string; overPeriod: boolean } {
  let name = written.replace(/\s*[*＊※]+(?=\s*(?:[（(][^（）()]*[)）])?$)/, '');
  const period = PERIOD_PHRASE.exec(name);
  const spans = period !== null && /期间|[—–\-~～至到]|时期/.test(period[0]);
  if (period && name.length > period[0].length + 1) name = name.slice(period[0].length);
  const cumulative = /^(?:五年)?累计/.test(name);
  name = name.replace(/^(?:五年)?累计/, '');
  return { name, overPeriod: spans || cumulative };
}

function buildRow(ctx: RowContext, cells: Map<Role, string>, category: string | null, number: number, firstIdx: number, lastIdx: number): ImportedIndicator | string {
  const written = cells.get('name')?.trim();
  if (!written) return 'no indicator name';
  const measure = measureOf(written);
  const { name, unit: nameUnit } = unitInName(measure.name);
  const attributeRaw = cells.get('attribute');
  let attribute: ImportedIndicator['attribute'] = null;
  if (attributeRaw !== undefined) {
    attribute = ATTRIBUTES[attributeRaw.trim()] ?? null;
    if (!attribute) return `attribute "${attributeRaw.trim()}" is neither 约束性 nor 预期性`;
  }
  const unit = cells.get('unit')?.trim() || nameUnit;
  let targetRaw = cells.get('target')?.trim();
  // A row set as a five-year total fills the total's column and leaves the target year's empty (—): that is its target.
  const totalRaw = cells.get('total')?.trim();
  const byTotal = (!targetRaw || DASH_CELL.test(targetRaw)) && !!totalRaw && !DASH_CELL.test(totalRaw);
  if (byTotal) targetRaw = totalRaw;
  // Likewise a growth rate in its own column (年均增速 12%) when the target year's is —.
  const growthRaw = cells.get('growth')?.trim();
  if ((!targetRaw || DASH_CELL.test(targetRaw)) && growthRaw && !DASH_CELL.test(growthRaw)) targetRaw = /^年均/.test(growthRaw) ? growthRaw : `年均增长${growthRaw}`;
  if (!targetRaw) return 'no target';
  const target = parseImportedTarget(targetRaw, name, ctx.targetYear, unit && unit !== '—' && unit !== '-' ? unit : null);
  if (target.value === null) return `target "${targetRaw}" has no figure`;
  if (byTotal) target.kind = 'CUMULATIVE';
  // A row named for the period (2026—2030年新增…, “十五五”期间累计…) counts a total over it.
  if (measure.overPeriod && target.kind !== 'ANNUAL' && target.kind !== 'GROWTH') target.kind = 'CUMULATIVE';
  const baseRaw = cells.get('base')?.trim();
  const base = baseRaw ? parseBaseValue(baseRaw, unit) : null;
  const baseYear = ctx.columns.find((c) => c.role === 'base')?.year ?? null;
  const quote = ctx.lines.slice(firstIdx, lastIdx + 1).join('\n').trim();
  return {
    // A growth target is a rate, in %, whatever the unit column says the measure is counted in (次, 项).
    code: String(number), number, name, unit: target.kind === 'GROWTH' ? '%' : unit ?? target.unit, category,
    baseline: base && baseRaw ? { value: base.value, unit: base.unit, year: baseYear, raw: baseRaw } : null,
    target, attribute, source: 'TABLE', quote, line: firstIdx + 1, sectionPath: ctx.sectionPath, taskCode: null,
  };
}

/** Another table's header beginning (序号 / 编号): the indicator table ended before it. */
const NEXT_TABLE = /^(?:序号|编号)$/;

const DASH_CELL = /^[—–\-－/／]+$/;

/** Whether a cell's text can be what its column holds (a unit is short and has no figure, a base value is a figure). */
function fits(role: Role, pieces: string[]): boolean {
  const cell = pieces.join('');
  // A name's every piece is words: a piece opening with a figure or a period (2026—2030年…) is the next cell's.
  if (role === 'name') return pieces.every((p) => !/^[\d[［〔【≥≤<>“"]/.test(p));
  if (role === 'unit') return cell.length <= 6 && !/\d/.test(cell);
  // A base value is a figure with at most a unit after it (22, [22], 4.2件, 95%).
  if (role === 'base') return DASH_CELL.test(cell) || /^[[［〔【]?\s*\d+(?:\.\d+)?\s*[\]］〕】]?\s*[^\d\s]{0,4}$/.test(cell.replace(/％/g, '%'));
  return true;
}

/**
 * A row whose cells run over more lines than the table has columns (a long name or target cut by a PDF's cell width):
 * the lines from the row's number to its attribute are split into the columns in the first way that reads, longer
 * cells first. Null when the attribute is not the last column or no way reads.
 */
function readWrappedRow(ctx: RowContext, fields: Column[], numberIdx: number, category: string | null, number: number): { row: ImportedIndicator; last: number } | null {
  if (fields.at(-1)?.role !== 'attribute') return null;
  const pieces: number[] = [];
  let k = numberIdx;
  let attributeIdx = -1;
  for (let n = 0; n < fields.length * 3 && attributeIdx < 0; n++) {
    k++;
    while (k < ctx.lines.length && !ctx.lines[k].trim()) k++;
    if (k >= ctx.lines.length) return null;
    const text = ctx.lines[k].trim();
    if (text in ATTRIBUTES) attributeIdx = k;
    else pieces.push(k);
  }
  const columns = fields.slice(0, -1);
  if (attributeIdx < 0 || pieces.length <= columns.length) return null;
  const texts = pieces.map((p) => ctx.lines[p].trim());
  // Every way of cutting the pieces into consecutive groups, one per column, the earlier groups longest first.
  const partitions = function* (from: number, groups: number): Generator<number[]> {
    if (groups === 1) {
      yield [texts.length - from];
      return;
    }
    for (let size = texts.length - from - (groups - 1); size >= 1; size--) for (const rest of partitions(from + size, groups - 1)) yield [size, ...rest];
  };
  for (const sizes of partitions(0, columns.length)) {
    const cells = new Map<Role, string>();
    let at = 0;
    let fit = true;
    sizes.forEach((size, c) => {
      const pieces = texts.slice(at, at + size);
      fit &&= fits(columns[c].role, pieces);
      cells.set(columns[c].role, pieces.join(''));
      at += size;
    });
    if (!fit) continue;
    cells.set('attribute', ctx.lines[attributeIdx].trim());
    const row = buildRow(ctx, cells, category, number, numberIdx, attributeIdx);
    if (typeof row !== 'string') return { row, last: attributeIdx };
  }
  return null;
}

function readColumns(lines: string[], start: number, columns: Column[], fallbackYear: number, sectionPath: string[], ends: Ends): TableRead {
  const ctx: RowContext = { lines, columns, targetYear: targetYearOf(columns, fallbackYear), sectionPath };
  const fields = columns.filter((c) => c.role !== 'category' && c.role !== 'number');
  const categories: string[] = [];
  const pending: string[] = [];
  const rows: ImportedIndicator[] = [];
  const unread: UnreadLine[] = [];
  let last = start - 1;
  const nextNonEmpty = (from: number) => {
    let k = from + 1;
    while (k < lines.length && !lines[k].trim()) k++;
    return k;
  };
  let i = start;
  while (i < lines.length) {
    const line = lines[i].trim();
    if (!line) {
      i++;
      continue;
    }
    if (/^\d+$/.test(line)) {
      categories.push(...pending.splice(0));
      const cells = new Map<Role, string>();
      let k = i;
      for (const field of fields) {
        k = nextNonEmpty(k);
        cells.set(field.role, (lines[k] ?? '').trim());
      }
      let row = buildRow(ctx, cells, categories.at(-1) ?? null, Number(line), i, k);
      if (typeof row === 'string') {
        // A PDF's text copy cuts a long cell over two lines: read the row with its cells re-joined, if one way fits.
        const wrapped = readWrappedRow(ctx, fields, i, categories.at(-1) ?? null, Number(line));
        if (wrapped) {
          row = wrapped.row;
          k = wrapped.last;
        }
      }
      if (typeof row === 'string') {
        unread.push({ line: i + 1, text: line, reason: `table row ${line}: ${row}` });
        // Resume after the row's name: a shifted row's later cells are read again as what they are.
        i = nextNonEmpty(i) + 1;
        continue;
      }
      rows.push(row);
      last = k;
      i = k + 1;
      continue;
    }
    if (ends(line) || line.length > 40 || /[。；]/.test(line) || TABLE_NOTE.test(line) || NEXT_TABLE.test(line)) break;
    // A stray cell of a row that did not read is no category; a category is one only when a row follows it.
    if (!(line in ATTRIBUTES)) pending.push(line);
    i++;
  }
  return { layout: 'COLUMNS', categories, rows, unread, skipped: [], lastLine: last };
}

/**
 * Cells of a row whose cells stand apart by single spaces: a name holding spaces itself (GB/T 1.1 实施率) is the
 * cells the row has beyond the header's, joined back into the name column.
 */
function singleSpacedCells(line: string, columns: Column[]): string[] {
  const cells = line.trim().split(/\s+/);
  const nameAt = columns.findIndex((c) => c.role === 'name');
  const extra = cells.length - columns.length;
  if (extra <= 0 || nameAt < 0) return cells;
  return [...cells.slice(0, nameAt), cells.slice(nameAt, nameAt + extra + 1).join(' '), ...cells.slice(nameAt + extra + 1)];
}

function readSpaced(lines: string[], headerIdx: number, columns: Column[], fallbackYear: number, sectionPath: string[], ends: Ends, singleSpaced = false): TableRead {
  const ctx: RowContext = { lines, columns, targetYear: targetYearOf(columns, fallbackYear), sectionPath };
  const withoutCategory = columns.filter((c) => c.role !== 'category');
  const categories: string[] = [];
  const pending: string[] = [];
  const rows: ImportedIndicator[] = [];
  const unread: UnreadLine[] = [];
  let last = headerIdx;
  for (let i = headerIdx + 1; i < lines.length; i++) {
    const line = lines[i].trim();
    // A rule under the header (---- ---- ----, as a text or Markdown table draws it) separates nothing.
    if (!line || RULE_LINE.test(line)) continue;
    const cells = singleSpaced && /^\d+\s/.test(line) ? singleSpacedCells(line, columns) : cellsOf(lines[i]);
    if (cells.length === 1 && !/^\d+$/.test(line)) {
      if (ends(line) || line.length > 40 || /[。；]/.test(line) || TABLE_NOTE.test(line)) break;
      // A category is one only when a row follows it.
      pending.push(line);
      continue;
    }
    if (NEXT_TABLE.test(cells[0] ?? '')) break;
    // A TAB row one cell short, a cell holding two apart by spaces (97.5%—100%　约束性): those are two cells.
    if (lines[i].includes('\t') && cells.length < columns.length) {
      const split = cells.flatMap((c) => c.split(/\u3000+|\s{2,}/));
      if (split.length === columns.length || split.length === withoutCategory.length) cells.splice(0, cells.length, ...split);
    }
    // A TAB row whose last cells are empty (a 备注 left blank) lost them when its trailing TABs were trimmed: put them back.
    if (lines[i].includes('\t') && cells.length < columns.length && cells.length >= columns.length - 2 && columns.slice(cells.length).every((c) => c.role === 'other')) {
      cells.push(...Array.from({ length: columns.length - cells.length }, () => ''));
    }
    let layout: Column[] | null = null;
    if (cells.length === columns.length) layout = columns;
    else if (cells.length === withoutCategory.length) layout = withoutCategory;
    const numberAt = layout?.findIndex((c) => c.role === 'number') ?? -1;
    // A table without a 序号 column numbers its rows by their order.
    const unnumbered = numberAt < 0 && !!layout && !columns.some((c) => c.role === 'number');
    if (!layout || (numberAt < 0 && !unnumbered) || (numberAt >= 0 && !/^\d+$/.test(cells[numberAt]))) {
      // A heading after the table (3  加强监管, a decimal outline's chapter) starts with a number too: it ends the table.
      if (ends(line)) break;
      // A row (its number among the first cells) that does not read is named, and the rows after it are read on.
      if (/^\d+\s/.test(line) || /^\d+$/.test(cells[0] ?? '') || (lines[i].includes('\t') && cells.length >= 3 && /^\d+$/.test(cells[1] ?? ''))) {
        unread.push({ line: i + 1, text: line, reason: `table row: ${cells.length} cells where the header has ${columns.length}` });
        last = i;
        continue;
      }
      break;
    }
    categories.push(...pending.splice(0));
    const byRole = new Map<Role, string>();
    layout.forEach((c, k) => byRole.set(c.role, cells[k]));
    // An empty category cell (a merged cell) keeps the category above it.
    const category = byRole.get('category');
    if (category && category !== categories.at(-1)) categories.push(category);
    if (!category) byRole.delete('category');
    const number = unnumbered ? rows.length + unread.length + 1 : Number(cells[numberAt]);
    const row = buildRow(ctx, byRole, categories.at(-1) ?? null, number, i, i);
    if (typeof row === 'string') unread.push({ line: i + 1, text: line, reason: `table row ${number}: ${row}` });
    else rows.push(row);
    last = i;
  }
  return { layout: 'SPACED', categories, rows, unread, skipped: [], lastLine: last };
}

const LIST_ROW = /^(?:(\d{1,3})[.．、]|[（(](\d{1,3})[)）])\s*([^：:]{2,60})[：:]\s*(.+?)\s*[（(](约束性|预期性)[)）]\s*[。；;]?$/;

/** One indicator written as a list item: "1. 每万人口高价值发明专利拥有量：2025年4.2件，2030年达到8件（预期性）。" */
export function readListRow(line: string, lineNo: number, defaultTargetYear: number, category: string | null, sectionPath: string[]): ImportedIndicator | UnreadLine | null {
  const m = LIST_ROW.exec(line);
  if (!m) return null;
  const [, plainNumber, bracketedNumber, nameRaw, values, attributeRaw] = m;
  const numberText = plainNumber ?? bracketedNumber;
  const { name, unit: nameUnit } = unitInName(nameRaw);
  const parts = values.split(/[，,；;]/).map((p) => p.trim()).filter(Boolean);
  const read = (part: string) => {
    const y = /^(\d{4})年(?:底|末)?\s*(.+)$/.exec(part);
    return { year: y ? Number(y[1]) : null, text: (y ? y[2] : part).trim() };
  };
  const targetPart = read(parts.at(-1) ?? '');
  const basePart = parts.length > 1 ? read(parts[0]) : null;
  const target = parseImportedTarget(targetPart.text, name, targetPart.year ?? defaultTargetYear, nameUnit);
  if (target.value === null) return { line: lineNo, text: line, reason: `indicator ${numberText}: target "${targetPart.text}" has no figure` };
  const base = basePart ? parseBaseValue(basePart.text.replace(/^(?:为|是|达到)/, ''), target.unit) : null;
  return {
    code: numberText, number: Number(numberText), name, unit: target.unit ?? base?.unit ?? null, category,
    baseline: base && basePart ? { value: base.value, unit: base.unit, year: basePart.year, raw: basePart.text } : null,
    target: { ...target, raw: parts.at(-1) ?? targetPart.text }, attribute: ATTRIBUTES[attributeRaw], source: 'TABLE', quote: line, line: lineNo, sectionPath, taskCode: null,
  };
}
