import { markerOf } from './markers';
import { splitOutsideBrackets } from './text';
import type { UnreadLine } from './model';

/**
 * The division-of-work table most plans append (附件 重点任务分工表: 序号 / 重点任务 / 牵头单位 / 配合单位 …), as the
 * Word and web readers deliver a real table: one row a line with its cells joined by TAB, or one cell a line.
 */
export interface DivisionRow {
  /** The 序号 cell, when the table numbers its rows. */
  number: number | null;
  /** The task cell, verbatim. */
  task: string;
  /** Cells that say more of the task (具体措施, 工作目标), verbatim. */
  detail: string[];
  /** Lead cells (牵头单位; or 责任单位 when the table has no lead column: then its first name leads). */
  lead: string[];
  /** Supporting cells (配合单位, 参与单位; 责任单位 beside a lead column). */
  support: string[];
  /** True when the lead is the first name of a 责任单位 cell (排在首位的为牵头单位). */
  firstNamedLeads: boolean;
  /** The row verbatim (its line, or its cells' lines). */
  quote: string;
  line: number;
  /** The group row it stands under (一、深化商事制度改革), if any. */
  group: string | null;
}

export interface DivisionTable {
  caption: string;
  line: number;
  layout: 'TAB' | 'CELLS';
  header: string[];
  rows: DivisionRow[];
  /** Rows the table has (lines or numbered runs of cells that are not group rows): rows read are checked against it. */
  rowsInTable: number;
  unread: UnreadLine[];
  /** The table's last line (0-based): the parser goes on after it. */
  lastLine: number;
}

/** 附件2 重点任务分工表, 附表：“十五五”市场监管规划任务分工, 主要任务责任分工. */
const CAPTION = /^(?:附[件表]\s*[\d一二三四五六七八九十]*\s*[:：、.．]?\s*)?[^。；;\t]{0,40}(?:任务分工|分工表|责任分工|分工方案|职责分工)[^。；;\t]{0,12}$/;
const ATTACHMENT = /^附[件表]\s*[\d一二三四五六七八九十]*\s*[:：]?$/;

type Role = 'number' | 'task' | 'detail' | 'lead' | 'responsible' | 'support' | 'other';
const ROLE_OF: [RegExp, Role][] = [
  [/^(?:序号|编号|序)$/, 'number'],
  [/^(?:牵头单位|牵头部门|主责单位|主办单位|牵头责任单位|牵头)$/, 'lead'],
  [/^(?:责任单位|责任部门|负责单位|实施单位)$/, 'responsible'],
  [/^(?:配合单位|配合部门|参与单位|参与部门|协办单位|协同单位|支持单位|配合)$/, 'support'],
  [/^(?:重点任务|主要任务|工作任务|任务内容|任务名称|具体任务|重点工作|工作内容|任务|重点项目|工作事项|任务事项|主要工作|项目名称)$/, 'task'],
  [/^(?:具体措施|工作措施|主要措施|工作举措|主要内容|具体内容|工作目标|目标任务|任务目标|主要目标|.{0,4}措施)$/, 'detail'],
];
const roleOf = (cell: string): Role | null => ROLE_OF.find(([re]) => re.test(cell.replace(/\s/g, '')))?.[1] ?? null;
const isHeaderCell = (cell: string) => roleOf(cell) !== null || /^(?:完成时限|时间进度|进度安排|完成时间|时限|备注|时间安排)$/.test(cell.replace(/\s/g, ''));

/** Columns a header names, in order; null unless it names a task column and a lead or responsible one. */
function rolesOf(cells: string[]): Role[] | null {
  const roles: Role[] = [];
  let tasks = 0;
  for (const c of cells) {
    let r = roleOf(c) ?? 'other';
    if (r === 'task' && tasks++ > 0) r = 'detail';
    roles.push(r);
  }
  if (!roles.includes('task') || !(roles.includes('lead') || roles.includes('responsible'))) return null;
  // 责任单位 beside a 牵头单位 column names those who take part.
  if (roles.includes('lead')) return roles.map((r) => (r === 'responsible' ? 'support' : r));
  return roles;
}

/** Lines the table never runs into: the next part of the plan, a page footer, another table. */
const STOP = /^(?:第[一二三四五六七八九十]+章|附[件表]|扫一扫|上一篇|下一篇|版权所有|主办[:：]|【?打印|【?关闭|表\s*\d)/;
const NOTE = /^(?:注|说明|备注)\s*[:：]/;
/** A cell of bodies (市市场监管局、市公安局): what a cell-a-line row's unlabeled cells are told apart by. */
const AGENCY_CELL = /(?:局|委|委员会|办|办公室|厅|部|部门|政府|中心|法院|检察院|协会|商会|机构|机关|支队|大队|支行|院|联)(?:等(?:相关)?(?:部门|单位)?)?$/;

/** The division table starting at line `at` (its caption, or an 附件 line just above the caption); null when none. */
export function readDivisionTable(lines: string[], at: number, end: number): DivisionTable | null {
  let i = at;
  const first = lines[i].trim();
  if (ATTACHMENT.test(first)) {
    let k = i + 1;
    while (k < end && !lines[k].trim()) k++;
    if (k >= end || !CAPTION.test(lines[k].trim())) return null;
    i = k;
  } else if (!CAPTION.test(first) || first.includes('\t')) return null;
  const caption = lines[i].trim();
  // The header: a TAB line, or header cells one a line, within the next few lines.
  let k = i + 1;
  while (k < end && !lines[k].trim()) k++;
  if (k >= end) return null;
  if (lines[k].includes('\t')) {
    let header = lines[k].split('\t').map((c) => c.trim());
    // A header of two rows (责任单位 over 牵头单位 | 配合单位): the lower row names the columns it splits.
    let n = k + 1;
    while (n < end && !lines[n].trim()) n++;
    const lower = n < end && lines[n].includes('\t') ? lines[n].split('\t').map((c) => c.trim()) : null;
    const twoRows = lower !== null && lower.some(Boolean) && lower.every((c) => !c || isHeaderCell(c));
    if (twoRows) header = header.map((c, col) => lower[col] || c);
    const roles = rolesOf(header);
    if (!roles) return null;
    return readTabRows(lines, (twoRows ? n : k) + 1, end, { caption, line: i + 1, header, roles, lastLine: twoRows ? n : k });
  }
  const header: string[] = [];
  let h = k;
  while (h < end && lines[h].trim() && isHeaderCell(lines[h].trim()) && !lines[h].includes('\t')) header.push(lines[h++].trim());
  const roles = rolesOf(header);
  if (!roles) return null;
  return readCellRows(lines, h, end, { caption, line: i + 1, header, roles, lastLine: h - 1 });
}

interface Head {
  caption: string;
  line: number;
  header: string[];
  roles: Role[];
  lastLine: number;
}

/** A row from its cells in column order; a number column that holds no number leaves `number` null. */
function rowOf(cells: string[], roles: Role[], quote: string, line: number, group: string | null): DivisionRow {
  const row: DivisionRow = { number: null, task: '', detail: [], lead: [], support: [], firstNamedLeads: false, quote, line, group };
  cells.forEach((raw, c) => {
    const cell = raw.trim();
    if (!cell) return;
    const role = roles[c] ?? 'other';
    if (role === 'number') row.number = /^\d+$/.test(cell) ? Number(cell) : null;
    else if (role === 'task') row.task = cell;
    else if (role === 'detail') row.detail.push(cell);
    else if (role === 'lead') row.lead.push(cell);
    else if (role === 'support') row.support.push(cell);
    else if (role === 'responsible') {
      row.lead.push(cell);
      row.firstNamedLeads = true;
    }
  });
  // A table whose task column is empty in a row but whose detail holds the text: the detail is the task.
  if (!row.task && row.detail.length) row.task = row.detail.shift()!;
  return row;
}

function readTabRows(lines: string[], from: number, end: number, head: Head): DivisionTable {
  const table: DivisionTable = { caption: head.caption, line: head.line, layout: 'TAB', header: head.header, rows: [], rowsInTable: 0, unread: [], lastLine: head.lastLine };
  let group: string | null = null;
  for (let k = from; k < end; k++) {
    const raw = lines[k];
    const line = raw.trim();
    if (!line) continue;
    if (!raw.includes('\t')) {
      if (NOTE.test(line)) {
        table.lastLine = k;
        break;
      }
      // A group row written as a line of its own (一、深化商事制度改革) when the next row is a TAB row.
      let n = k + 1;
      while (n < end && !lines[n].trim()) n++;
      if (line.length <= 40 && !line.includes('。') && !STOP.test(line) && n < end && lines[n].includes('\t')) {
        group = line;
        table.lastLine = k;
        continue;
      }
      break;
    }
    const cells = raw.split('\t');
    const filled = cells.map((c) => c.trim()).filter(Boolean);
    table.lastLine = k;
    // A group row spanning the table (one cell, or a merged cell repeated).
    if (filled.length <= 1 || new Set(filled).size === 1) {
      group = filled[0] ?? group;
      continue;
    }
    table.rowsInTable++;
    const row = rowOf(cells, head.roles, raw.replace(/\s+$/, ''), k + 1, group);
    if (!row.task) table.unread.push({ line: k + 1, text: line, reason: 'division table row: no task cell' });
    else table.rows.push(row);
  }
  return table;
}

function readCellRows(lines: string[], from: number, end: number, head: Head): DivisionTable {
  const table: DivisionTable = { caption: head.caption, line: head.line, layout: 'CELLS', header: head.header, rows: [], rowsInTable: 0, unread: [], lastLine: head.lastLine };
  const width = head.roles.length;
  const numbered = head.roles[0] === 'number';
  let group: string | null = null;
  let k = from;
  let expected = 1;
  const isGroup = (line: string) => {
    const m = markerOf(line);
    return m !== null && (m.kind === 'ENUM_ZH' || m.kind === 'PAREN_ZH' || m.kind === 'CHAPTER_ZH' || m.kind === 'SECTION_ZH') && line.length <= 40 && !/第[一二三四五六七八九十]+章/.test(line);
  };
  while (k < end) {
    while (k < end && !lines[k].trim()) k++;
    if (k >= end) break;
    const line = lines[k].trim();
    if (NOTE.test(line)) {
      table.lastLine = k;
      break;
    }
    if (STOP.test(line)) break;
    if (isGroup(line)) {
      group = line;
      table.lastLine = k;
      k++;
      continue;
    }
    const start = k;
    const cells: string[] = [];
    if (numbered) {
      // A row runs from its number to the line before the next row's number (cells left empty are often left out).
      if (!/^\d{1,3}$/.test(line) || Number(line) !== expected) break;
      cells.push(line);
      k++;
      while (k < end && cells.length < width + 4) {
        const next = lines[k].trim();
        if (!next) {
          k++;
          continue;
        }
        if ((/^\d{1,3}$/.test(next) && Number(next) === expected + 1) || NOTE.test(next) || STOP.test(next) || isGroup(next)) break;
        // The table's last row ends with its width.
        if (cells.length >= width && !lines.slice(k, end).some((l) => /^\d{1,3}$/.test(l.trim()) && Number(l.trim()) === expected + 1)) break;
        cells.push(next);
        k++;
      }
      expected++;
    } else {
      while (k < end && cells.length < width) {
        const next = lines[k].trim();
        if (!next) {
          k++;
          continue;
        }
        if (NOTE.test(next) || STOP.test(next) || (cells.length > 0 && isGroup(next))) break;
        cells.push(next);
        k++;
      }
      if (cells.length < 2) break;
    }
    let last = k - 1;
    while (last > start && !lines[last].trim()) last--;
    table.lastLine = last;
    table.rowsInTable++;
    const quote = lines.slice(start, last + 1).join('\n').trim();
    const row = cells.length === width ? rowOf(cells, head.roles, quote, start + 1, group) : rowByKind(cells, head.roles, quote, start + 1, group);
    if (!row.task) table.unread.push({ line: start + 1, text: line, reason: 'division table row: no task cell' });
    else table.rows.push(row);
  }
  return table;
}

/** A cell's parts at 、，； and spaces, never inside brackets (各县（市、区）人民政府 is one). */
/** The separators between a unit cell's names. */
export const CELL_SEPARATORS = '、，,；; \t\n\r\f\v\u00a0\u3000';
const isBodies = (cell: string) => splitOutsideBrackets(cell, CELL_SEPARATORS).filter(Boolean).every((p) => AGENCY_CELL.test(p));
/** A time cell (2027年底前, 持续推进, 长期): never a unit. */
const TIME_CELL = /\d{4}年|底前|持续|长期|每年|年度/;

/**
 * A cell-a-line row with more or fewer cells than the header (a cell left empty and left out, a cell over two
 * lines): the number, the task, then the lead (the cell after the task's text: a lead is rarely left empty), then
 * the cells of bodies as supports, the rest (dates) as other columns.
 */
function rowByKind(cells: string[], roles: Role[], quote: string, line: number, group: string | null): DivisionRow {
  const numbered = roles[0] === 'number';
  const rest = numbered ? cells.slice(1) : cells;
  const firstBody = rest.findIndex((c, i) => i > 0 && isBodies(c));
  const textEnd = firstBody < 0 ? Math.min(1, rest.length) : firstBody;
  const unitRoles = roles.filter((r) => r === 'lead' || r === 'responsible' || r === 'support');
  const ordered: string[] = numbered ? [cells[0]] : [];
  const rolesOut: Role[] = numbered ? ['number'] : [];
  rest.slice(0, textEnd).forEach((c, i) => {
    ordered.push(c);
    rolesOut.push(i === 0 ? 'task' : 'detail');
  });
  let unit = 0;
  for (const c of rest.slice(textEnd)) {
    if (TIME_CELL.test(c) && !isBodies(c)) continue;
    ordered.push(c);
    rolesOut.push(unitRoles[Math.min(unit++, unitRoles.length - 1)] ?? 'support');
  }
  return rowOf(ordered, rolesOut, quote, line, group);
}
