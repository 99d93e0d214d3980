import { CODE_CITATION, chineseNumeral, columnStandsInSubsection, isLeadParagraph, longestJunkFreePiece, splitSentences, stripJunk } from '../../src/importer/parse/text';
import type { ParsedCitation, ParsedGoal, ParsedIndicatorRow, ParsedPlan, ParsedTask, TaskLevel } from '../../src/importer/parse/types';

/** How to read one plan's published text: where the body is, what junk the page injected, where goals and Table 1 stand. */
export interface PlanTextLayout {
  /** The first body line, exactly (the plan's title as the body repeats it after the table of contents). */
  bodyStartLine: string;
  /** The first line after the body (page chrome), exactly. */
  bodyEndLine: string;
  /** Strings the web page injected that are not the plan (彩天下). Never enter the graph. */
  junk: string[];
  /** Chapter numbers (1-based) whose headings are tasks. */
  taskChapters: number[];
  /** The heading of the section that states the goals, exactly. */
  goalsSection: string;
  /** The heading line of Table 1, exactly. */
  tableHeading: string;
}


const CHAPTER = /^第([一二三四五六七八九十]+)章\s*(.+)$/;
const SECTION = /^第([一二三四五六七八九十]+)节\s*(.+)$/;
const SUBSECTION = /^[（(]([一二三四五六七八九十]+)[)）]\s*(.+)$/;
const COLUMN = /^专栏(\d+-\d+-\d+)[:：]\s*(.+)$/;
const ITEM = /^(\d{1,2})[、.．]\s*(\S.*)$/;
const MAX_ITEM_HEADING = 40;
/** '具体目标见表1': the pointer to Table 1 that closes the goals, not a goal. */
const GOAL_TABLE_POINTER = /^具体目标见表/;
interface Heading {
  level: 'CHAPTER' | 'SECTION' | 'SUBSECTION' | 'COLUMN' | 'ITEM';
  number: string;
  name: string;
  line: string;
}

function classifyHeading(line: string): Heading | null {
  let m = CHAPTER.exec(line);
  if (m) return { level: 'CHAPTER', number: String(chineseNumeral(m[1])), name: m[2].trim(), line };
  m = SECTION.exec(line);
  if (m) return { level: 'SECTION', number: String(chineseNumeral(m[1])), name: m[2].trim(), line };
  m = SUBSECTION.exec(line);
  if (m && line.length <= MAX_ITEM_HEADING) return { level: 'SUBSECTION', number: String(chineseNumeral(m[1])), name: m[2].trim(), line };
  m = COLUMN.exec(line);
  if (m) return { level: 'COLUMN', number: m[1], name: m[2].trim(), line };
  m = ITEM.exec(line);
  if (m && line.length <= MAX_ITEM_HEADING && !line.includes('。')) return { level: 'ITEM', number: m[1], name: m[2].trim(), line };
  return null;
}

/** Parses a plan's published text into its skeleton. Throws when the layout's markers are not found. */
export function parsePlanText(source: string, layout: PlanTextLayout): ParsedPlan {
  const lines = source.split('\n');
  const startIdx = lines.findIndex((l) => l.trim() === layout.bodyStartLine);
  const endIdx = lines.findIndex((l, i) => i > startIdx && l.trim() === layout.bodyEndLine);
  if (startIdx < 0) throw new Error(`body start line not found: ${layout.bodyStartLine}`);
  if (endIdx < 0) throw new Error(`body end line not found: ${layout.bodyEndLine}`);

  const tasks: ParsedTask[] = [];
  const goals: ParsedGoal[] = [];
  const citations: ParsedCitation[] = [];
  const sentences: ParsedPlan['sentences'] = [];
  const tableCategories: string[] = [];
  const indicators: ParsedIndicatorRow[] = [];

  // The current heading at each depth; deeper entries are cleared when a shallower heading starts.
  let chapter: { n: number; line: string } | null = null;
  let section: { n: number; line: string } | null = null;
  let subsection: { n: number; line: string } | null = null;
  let column: { task: ParsedTask } | null = null;
  let item: { task: ParsedTask } | null = null;
  let sectionTask: ParsedTask | null = null;
  let chapterTask: ParsedTask | null = null;
  let subsectionTask: ParsedTask | null = null;
  let inGoals = false;
  let inTable = false;
  let ord = 0;

  // Before the first chapter (the preamble) a sentence stands under the plan's own title.
  const pathHere = (): string[] =>
    chapter
      ? [chapter.line, section?.line, subsection?.line, column?.task.quote, item?.task.quote].filter((x): x is string => !!x)
      : [layout.bodyStartLine];
  const innermostTask = (): ParsedTask | null => item?.task ?? column?.task ?? subsectionTask ?? sectionTask ?? chapterTask;
  const isTaskChapter = () => chapter !== null && layout.taskChapters.includes(chapter.n);
  const measureCounts = new Map<string, number>();

  const addTask = (level: TaskLevel, code: string, name: string, quote: string, parent: ParsedTask | null, lineNo: number, path: string[]): ParsedTask => {
    const task: ParsedTask = { code, level, name, quote, parentCode: parent?.code ?? null, sectionPath: path, paragraphs: [], line: lineNo, ord: ord++ };
    tasks.push(task);
    return task;
  };

  // A task's paragraphs wait until its next heading: a lone paragraph stays its task's text, while
  // several paragraphs each led by a short heading sentence become that task's measures.
  let pending: { owner: ParsedTask; line: string; lineNo: number; path: string[] }[] = [];
  const flushParagraphs = () => {
    const splits = pending.length > 1;
    for (const { owner, line, lineNo, path } of pending) {
      const paragraphSentences = splitSentences(line);
      const lead = paragraphSentences[0] ?? '';
      let target = owner;
      if (isLeadParagraph(paragraphSentences, splits)) {
        const n = (measureCounts.get(owner.code) ?? 0) + 1;
        measureCounts.set(owner.code, n);
        target = addTask('MEASURE', `${owner.code}.m${n}`, lead.slice(0, -1), lead, owner, lineNo, path);
      }
      target.paragraphs.push(stripJunk(line, layout.junk));
      collectCitations(line, layout.junk, target.code, path, lineNo, citations);
    }
    pending = [];
  };

  for (let i = startIdx + 1; i < endIdx; i++) {
    const line = lines[i].trim();
    const lineNo = i + 1;
    if (!line) continue;

    if (line === layout.tableHeading) {
      inTable = true;
      continue;
    }
    if (inTable) {
      const consumed = readTableLine(lines, i, tableCategories, indicators);
      if (consumed === 'END') {
        inTable = false;
      } else {
        i = consumed;
        continue;
      }
    }

    const heading = classifyHeading(line);
    if (heading && heading.level !== 'ITEM') flushParagraphs();
    if (heading?.level === 'ITEM' && isTaskChapter()) flushParagraphs();
    if (heading?.level === 'CHAPTER') {
      chapter = { n: Number(heading.number), line };
      section = subsection = null;
      column = item = null;
      sectionTask = subsectionTask = null;
      inGoals = false;
      chapterTask = isTaskChapter() ? addTask('CHAPTER', heading.number, heading.name, line, null, lineNo, [line]) : null;
      continue;
    }
    if (heading?.level === 'SECTION' && chapter) {
      section = { n: Number(heading.number), line };
      subsection = null;
      column = item = null;
      subsectionTask = null;
      inGoals = line === layout.goalsSection;
      sectionTask = isTaskChapter()
        ? addTask('SECTION', `${chapter.n}.${heading.number}`, heading.name, line, chapterTask, lineNo, pathHere())
        : null;
      continue;
    }
    if (heading?.level === 'SUBSECTION' && section && chapter) {
      subsection = { n: Number(heading.number), line };
      column = item = null;
      subsectionTask = isTaskChapter()
        ? addTask('SUBSECTION', `${chapter.n}.${section.n}.${heading.number}`, heading.name, line, sectionTask, lineNo, pathHere())
        : null;
      continue;
    }
    if (heading?.level === 'COLUMN' && isTaskChapter()) {
      item = null;
      column = null;
      if (!columnStandsInSubsection(heading.number, chapter, section, subsection)) {
        subsection = null;
        subsectionTask = null;
      }
      column = { task: addTask('COLUMN', `Z${heading.number}`, heading.name, line, subsectionTask ?? sectionTask, lineNo, [...pathHere(), line]) };
      continue;
    }
    if (heading?.level === 'ITEM' && isTaskChapter()) {
      const parent = column?.task ?? subsectionTask ?? sectionTask;
      if (parent) {
        item = null;
        item = { task: addTask(column ? 'COLUMN_ITEM' : 'ITEM', `${parent.code}.i${heading.number}`, heading.name, line, parent, lineNo, [...pathHere(), line]) };
        continue;
      }
    }

    // A paragraph.
    const owner = isTaskChapter() ? innermostTask() : null;
    const path = pathHere();
    const paragraphSentences = splitSentences(line);
    for (const sentence of paragraphSentences) {
      const clean = longestJunkFreePiece(sentence, layout.junk);
      if (clean) sentences.push({ text: clean, sectionPath: path, taskCode: owner?.code ?? null, line: lineNo });
    }
    if (inGoals) {
      collectCitations(line, layout.junk, null, path, lineNo, citations);
      if (!GOAL_TABLE_POINTER.test(line)) goals.push(readGoal(line, subsection?.line ?? '', goals, path, lineNo));
      continue;
    }
    if (!owner) {
      collectCitations(line, layout.junk, null, path, lineNo, citations);
      continue;
    }
    pending.push({ owner, line, lineNo, path });
  }
  flushParagraphs();

  const title = layout.bodyStartLine;
  return { title, tasks, goals, tableCategories, indicators, citations, sentences };
}

function readGoal(line: string, subsectionLine: string, goals: ParsedGoal[], path: string[], lineNo: number): ParsedGoal {
  const first = splitSentences(line)[0] ?? line;
  if (subsectionLine.includes('总体目标')) {
    const isVision = line.startsWith('展望');
    return { kind: isVision ? 'VISION' : 'OVERALL', name: first.replace(/[。，,]$/, ''), text: line, quote: first, sectionPath: path, line: lineNo };
  }
  return { kind: 'SPECIFIC', name: first.replace(/。$/, ''), text: line, quote: first, sectionPath: path, line: lineNo };
}

function collectCitations(line: string, junk: readonly string[], taskCode: string | null, path: string[], lineNo: number, out: ParsedCitation[]) {
  for (const sentenceRaw of splitSentences(line)) {
    const sentence = longestJunkFreePiece(sentenceRaw, junk);
    for (const m of sentenceRaw.matchAll(/《([^》]{1,80})》/g)) out.push({ text: m[1], kind: 'TITLE', sentence, taskCode, sectionPath: path, line: lineNo });
    for (const m of sentenceRaw.matchAll(CODE_CITATION)) out.push({ text: m[1], kind: 'CODE', sentence, taskCode, sectionPath: path, line: lineNo });
  }
}

/**
 * Reads Table 1 from line i: category lines, then rows of four lines (number, name, target, attribute).
 * Returns the index of the last line consumed, or 'END' when line i is past the table.
 */
function readTableLine(lines: string[], i: number, categories: string[], rows: ParsedIndicatorRow[]): number | 'END' {
  const line = lines[i].trim();
  if (['类别', '序号', '指标', '2025年目标值', '指标属性'].includes(line)) return i;
  const nextNonEmpty = (from: number): number => {
    let j = from + 1;
    while (j < lines.length && !lines[j].trim()) j++;
    return j;
  };
  if (/^\d+$/.test(line)) {
    const nameIdx = nextNonEmpty(i);
    const targetIdx = nextNonEmpty(nameIdx);
    const attrIdx = nextNonEmpty(targetIdx);
    const attribute = lines[attrIdx].trim();
    if (attribute !== '约束性' && attribute !== '预期性') throw new Error(`Table 1 row at line ${i + 1}: attribute "${attribute}" is neither 约束性 nor 预期性`);
    const quoteStart = lines.slice(0, i).join('\n').length + (i > 0 ? 1 : 0) + lines[i].indexOf(line);
    const quoteEnd = lines.slice(0, attrIdx).join('\n').length + 1 + lines[attrIdx].indexOf(attribute) + attribute.length;
    rows.push({
      number: Number(line),
      category: categories[categories.length - 1] ?? '',
      name: lines[nameIdx].trim(),
      targetRaw: lines[targetIdx].trim(),
      attributeRaw: attribute,
      quote: lines.join('\n').slice(quoteStart, quoteEnd),
      line: i + 1,
    });
    return attrIdx;
  }
  if (classifyHeading(line)) return 'END';
  categories.push(line);
  return i;
}
