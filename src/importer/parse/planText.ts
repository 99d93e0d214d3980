import { CODE_CITATION, CONJUNCTION, columnStandsInSubsection, isLeadParagraph, longestJunkFreePiece, splitSentences, stripJunk } from './text';
import type { ParsedCitation, ParsedGoal, ParsedTask, TaskLevel } from './types';
import { boxItemOf, boxOf, ITEM_KINDS, markerOf, STRUCTURAL, type Marker } from './markers';
import type { ImportedIndicator, ImportedText, MarkerKind, SkippedLine, UnreadLine } from './model';
import { readListRow, readTable, TABLE_CAPTION, TABLE_NOTE } from './table';
import { joinBareMarkers, joinOpenTitles, unwrapPages } from './unwrap';
import { parseImportedTarget, PERIOD_PHRASE } from './target';
import { readDivisionTable, type DivisionTable } from './division';
import { measureBigrams, overlap } from '../propose';

import { ImportRefusedError } from '../refused';

export { ImportRefusedError };

const MAX_HEADING = 40;
const MAX_INLINE_HEADING = 30;
/** A heading with no sentence end may run this long (two clauses joined by a comma). */
const MAX_LONG_HEADING = 60;
/**
 * Lines that start a web page's footer: the body ends before the first of them that no numbered structure follows
 * (the same lines standing inside the body, as pages and copies put them, are chrome and the body goes on).
 */
const CHROME_END = /^(?:扫一扫在手机打开当前页面|扫一扫|上一篇|下一篇|【?打印本?页】?|【?关闭窗口】?|【?关闭】?$|分享到|相关链接|相关文件|主办[:：]|主办单位|版权所有|网站标识码|.*ICP备|联系我们|网站地图)/;
/** A whole line of a web page's furniture, wherever it stands: left out of the plan, listed as skipped. */
const CHROME_LINE = /^(?:扫一扫.{0,12}|【?打印本?页】?(?:\s*【?关闭窗口】?)?|【?关闭(?:窗口)?】?|分享到[:：]?.{0,20}|【?字[体号][:：].{0,20}|字号[:：]?.{0,20}|上一篇[:：]?.{0,60}|下一篇[:：]?.{0,60}|相关链接|相关文件|浏览次数[:：].{0,10}|(?:您现在的|当前)位置[:：].{0,60}|首页\s*[>»].{0,60}|索\s*引\s*号[:：].{0,60}|发布机构[:：].{0,60}|发布日期[:：].{0,30}|生成日期[:：].{0,30}|来源[:：].{0,30}|版权所有.{0,60}|网站标识码.{0,30}|.{0,20}ICP备.{0,30}|主办单位.{0,40}|联系我们|网站地图)$/;
/** An appendix after the plan's text (附件, 附件1：重点任务分工表, 附表2): its lines are no task's text. */
const APPENDIX = /^附\s*件\s*\d*\s*[:：]?\s*(?:\S{0,30})$|^附表\s*\d*\s*[:：]?\s*\S{0,30}$/;
/** A title line: a plan's name, alone on its line. */
const TITLE = /^[^\s:：。，,；]{4,60}(?:规划|纲要|计划|方案)(?:[（(][^）)]*[)）])?$/;
/** Chapters that set the scene rather than assign work (the background, the guiding thought, the goals). */
const CONTEXT_CHAPTER = /背景|形势|基础|回顾|现状|成效|成就|机遇|挑战|总体要求|指导思想|发展目标|主要目标|总体思路|发展环境|目标/;
const GOALS_HEADING = /目标/;
const NOT_GOALS = /指导思想|原则|任务|措施/;
const INDICATOR_HEADING = /指标/;
const TABLE_POINTER = /见表\s*\d*|如下表|见附表/;
/** A sentence that names the plans this one follows (根据《…规划》和《…纲要》…编制本规划). */
const FOLLOWS_SENTENCE = /(?:根据|依据|按照|依照|贯彻落实?|衔接)[^。]*《/;
const FOLLOWED_TITLE = /《([^》]*(?:规划|纲要)[^》]*)》/g;
/** Verbs a document number is written after (执行青府办发〔2025〕12号): not part of it. */
// The code's match may start a few characters before the issuer (评估结果按照苏政发〔2025〕30号, 《…》和铜政发〔2025〕3号):
// everything up to the verb or conjunction goes (an issuer named 和政… would lose its 和: not seen yet).
// A conjunction, not the 和 of 和平区政办发〔2025〕3号 (a place's name).
const LEADING_VERB = new RegExp(`^.*(?:执行|按照|根据|依据|落实|贯彻|印发|转发|参照|依照|${CONJUNCTION})`);
/**
 * A document number as cited, without the verb or conjunction before its issuer (依据|和平区政办发〔2025〕3号): the
 * verb is looked for from a few characters before the match too, so one the issuer's five-character window cut in
 * two (依|据和平区政办发…) still goes.
 */
function codeText(sentence: string, at: number, code: string): string {
  const stripped = (sentence.slice(Math.max(0, at - 3), at) + code).replace(LEADING_VERB, '');
  return stripped.length < code.length ? stripped : code.replace(LEADING_VERB, '');
}
const PERIOD_IN_TITLE = /(?:(\d{4})\s*[-—–~～至]\s*(\d{4})年?)/;
const FIVE_YEAR: Record<string, number> = { 十三五: 2016, 十四五: 2021, 十五五: 2026, 十六五: 2031 };
/** Sentences that set a quantified target in the text: 互认率达100%, 年报率不低于95%, 力争全市检验检测产值达1亿元以上. */
const TEXT_TARGET = /((?:[\u4e00-\u9fa5“”"、（）()A-Za-z]){2,24}?(?:率|量|比例|覆盖面|产值|数量|满意度|知晓率|人数))(?:在?\d{4}年底?前?)?(?:应|要|须|必须|确保|力争)?(?:达到|达|不低于|不少于|高于|超过|保持在|提高到|提升到|提升至|提高至|控制在|降至)(\d+(?:\.\d+)?\s*(?:%|％|个百分点|亿元|万元|万户|户|个|家|件|项|张|学时|人次|人)(?:以上|及以上|以下|以内)?)/;
const NAME = '[\\u4e00-\\u9fa5“”"、（）()A-Za-z]';
/**
 * The other shapes a target takes in a sentence, each giving the measure's name and the figure as parseImportedTarget
 * reads it: 1个工作日办结 (a time limit), 参加550学时以上的培训 / 证书1张以上 (a count and 以上), 培训不少于90学时
 * (a count after 不少于), …工作达100% (any measure reaching a share), 查办率100% (a rate with no verb), 建设26家示范单位
 * (the count before the measure).
 */
const TEXT_TARGET_SHAPES: { pattern: RegExp; read: (m: RegExpExecArray) => { name: string; figure: string } }[] = [
  { pattern: new RegExp(`(${NAME}{2,24}?)(?:同日内)?(?:压缩至|压缩到|缩短至|缩短到)?(\\d+(?:\\.\\d+)?个工作日)(?:以内|内)?办结`, 'g'), read: (m) => ({ name: m[1], figure: `不超过${m[2]}` }) },
  { pattern: new RegExp(`(${NAME}{4,24}?)(?:参加)?(\\d+(?:\\.\\d+)?(?:学时|张|家|项|件)(?:及以上|以上))`, 'g'), read: (m) => ({ name: m[1], figure: m[2] }) },
  { pattern: new RegExp(`(${NAME}{4,24}?)(?:不少于|不低于)(\\d+(?:\\.\\d+)?(?:学时|张|家|项|件))`, 'g'), read: (m) => ({ name: m[1], figure: `不少于${m[2]}` }) },
  { pattern: new RegExp(`(${NAME}{4,24}?)(?:达到|达)(\\d+(?:\\.\\d+)?%)`, 'g'), read: (m) => ({ name: m[1], figure: m[2] }) },
  { pattern: new RegExp(`(${NAME}{2,24}?率)(\\d+(?:\\.\\d+)?%)`, 'g'), read: (m) => ({ name: m[1], figure: m[2] }) },
  { pattern: /(?:建设|建成|创建|培育|打造)(\d+(?:家|个))([\u4e00-\u9fa5“”"]{4,20})$/g, read: (m) => ({ name: m[2], figure: m[1] }) },
];

/**
 * A target the text sets that restates a table indicator's (the same measure, the same figure: 企业年报率不低于95% and
 * row 11 企业年报率 95%及以上) is that indicator, not a new one: it is dropped from the text targets (T1… renumbered)
 * and the task that sets it is kept on the row (`setBy`).
 */
function restatedTargets(indicators: ImportedIndicator[]): void {
  const rows = indicators.filter((r) => r.source === 'TABLE').map((r) => ({ r, grams: measureBigrams(r.name) }));
  let n = 0;
  for (let i = 0; i < indicators.length; i++) {
    const t = indicators[i];
    if (t.source !== 'TEXT') continue;
    const grams = measureBigrams(t.name);
    const row = grams.size >= 3 ? rows.find(({ r, grams: g }) => g.size >= 3 && r.target.value === t.target.value && r.target.unit === t.target.unit && Math.max(overlap(grams, g), overlap(g, grams)) >= 0.8) : undefined;
    if (row && t.taskCode) {
      row.r.setBy = [...(row.r.setBy ?? []), { taskCode: t.taskCode, quote: t.quote, sectionPath: t.sectionPath }];
      indicators.splice(i--, 1);
      continue;
    }
    t.code = `T${++n}`;
  }
}

/**
 * A target the goals list, one to a clause: the measure, then how it is counted and the figure (有效发明专利拥有量达到2200件,
 * 注册商标申请量年均增长10%, 知识产权优势企业每年新增10家以上, …平均结案周期控制在3个月以内), or a count over the period
 * before the measure (累计培训标准化人员2万人次). The whole clause must be the target: a clause that says more is prose.
 */
// How a listed target joins its measure to its figure: a verb, a comparison word or sign, or both (每年不少于10项,
// 不合格率≤7个工作日, 达到600个以上); a range needs neither (覆盖率90%—95%).
const LISTED_VERB = '(?:年均(?:增长|增速)|累计[\\u4e00-\\u9fa5]{0,4}?|每年(?:新增|保持在|达到|不少于|不低于|不超过|不高于)?|达到|达|提高到|提升到|提升至|提高至|保持在|稳定在|控制在|降至|降低到|不低于|不少于|不高于|不超过|低于|高于)';
const LISTED_FIGURE = '\\d+(?:\\.\\d+)?\\s*%?(?:\\s*[—–~～-]\\s*\\d+(?:\\.\\d+)?)?\\s*[^\\d\\s，,。；;]{0,6}';
const LISTED_TARGET = new RegExp(`^(${NAME}{3,30}?)((?:${LISTED_VERB}\\s*[≥≤<>＜＞]?|[≥≤<>＜＞])\\s*${LISTED_FIGURE}|\\d+(?:\\.\\d+)?%?\\s*[—–~～-]\\s*\\d+(?:\\.\\d+)?%)$`);
const LISTED_COUNT = new RegExp(`^累计((?:培训|新增|建成|培育|创建|制定|完成|引进|认定)${NAME}{2,24}?)(\\d+(?:\\.\\d+)?[万亿]?[^\\d\\s，,。；;]{0,4})$`);
/** The attribute a listed target states after it: …达到95%（约束性）. */
const TRAILING_ATTRIBUTE = /\s*[（(](约束性|预期性)[)）]\s*$/;

/** The targets a goals paragraph lists: each clause (apart by ，；。) that is wholly one, with its period phrase read off. */
function listedTargets(paragraph: string): { name: string; figure: string; clause: string; attribute: ImportedIndicator['attribute'] }[] {
  const found: { name: string; figure: string; clause: string; attribute: ImportedIndicator['attribute'] }[] = [];
  for (const raw of paragraph.split(/[，,；;。]/)) {
    let clause = raw.trim().replace(/^[—－-]+/, '').replace(PERIOD_PHRASE, '').replace(/^(?:力争|确保)/, '');
    const stated = TRAILING_ATTRIBUTE.exec(clause);
    const attribute = stated ? (stated[1] === '约束性' ? 'BINDING' : 'EXPECTED') : null;
    if (stated) clause = clause.slice(0, stated.index);
    const m = LISTED_TARGET.exec(clause);
    if (m) {
      found.push({ name: m[1], figure: m[2], clause: raw.trim(), attribute });
      continue;
    }
    const c = LISTED_COUNT.exec(clause);
    if (c) found.push({ name: c[1], figure: `累计${c[2]}`, clause: raw.trim(), attribute });
  }
  return found;
}

/** The measure's name and figure of each target a clause sets: the main pattern first, else the other shapes. */
function targetsInClause(clause: string): { name: string; figure: string }[] {
  const m = TEXT_TARGET.exec(clause);
  if (m) return [{ name: m[1], figure: m[2] }];
  for (const { pattern, read } of TEXT_TARGET_SHAPES) {
    const found = [...clause.matchAll(pattern)].map((x) => read(x));
    if (found.length) return found;
  }
  return [];
}

/** A heading's number in the shape columnStandsInSubsection reads. */
const numbered = (o: Open | null): { n: number } | null => (o ? { n: o.number } : null);

interface Open {
  kind: MarkerKind;
  depth: number;
  number: number;
  line: string;
  name: string;
  task: ParsedTask | null;
}

/** The numbering styles a text uses, outermost first: structural kinds with at least two headings, then item kinds. */
function detectStyle(lines: string[]): MarkerKind[] {
  const counts = new Map<MarkerKind, number>();
  for (const raw of lines) {
    const line = raw.trim();
    const m = markerOf(line);
    // Headings, short or with their text on the line (1.加强监管。…, however long the text).
    if (m && (line.length <= MAX_HEADING * 2 || (ITEM_KINDS.includes(m.kind) && inlineItemHeading(m.rest) !== null))) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
    // 1.12315平台升级: an item that reads like a decimal still counts towards its list's style.
    else if (!m && /^\d{1,2}\.\d+[^\d.\s%]/.test(line) && line.length <= MAX_HEADING * 2) counts.set('NUMBER', (counts.get('NUMBER') ?? 0) + 1);
  }
  const structural = STRUCTURAL.filter((k) => (counts.get(k) ?? 0) >= 2);
  return [...structural, ...ITEM_KINDS.filter((k) => (counts.get(k) ?? 0) >= 2)];
}

/** Where the body begins and ends, which line is the title, and what junk the page injected. */
function findBody(lines: string[], top: MarkerKind, structural: MarkerKind[]): { start: number; end: number; titleIdx: number | null; titleLines: number } {
  const trimmed = lines.map((l) => l.trim());
  const topIdx = trimmed.findIndex((l) => markerOf(l)?.kind === top);
  let bodyHeading = topIdx;
  // A table of contents repeats the first heading (with dot leaders and a page number, or without): the body starts
  // at its second appearance.
  const tocKey = (l: string) => l.replace(/[^\u4e00-\u9fa5A-Za-z）)》”]*\d{1,3}$/, '').replace(/[\s.．…·]+/g, '');
  const again = trimmed.findIndex((l, i) => i > topIdx && tocKey(l) === tocKey(trimmed[topIdx]) && !/\d$/.test(l));
  if (again > 0) bodyHeading = again;
  const searchFrom = again > 0 ? topIdx : 0;
  let titleIdx: number | null = null;
  let titleLines = 1;
  for (let i = bodyHeading - 1; i >= searchFrom; i--) {
    if (TITLE.test(trimmed[i])) {
      titleIdx = i;
      break;
    }
    // A long title a page set on two lines (…规划（2026—2030 / 年）).
    if (i + 1 < bodyHeading && trimmed[i + 1] && TITLE.test(trimmed[i] + trimmed[i + 1])) {
      titleIdx = i;
      titleLines = 2;
      break;
    }
  }
  let start = titleIdx ?? bodyHeading;
  // A title set above its table of contents (a cover page: title, issuer, date, 目录), the body not repeating it:
  // the title is the last title line above the contents, and the body starts after the contents' last entry, so a
  // preamble between the contents and the first chapter (根据《…》…编制本规划) is read.
  if (titleIdx === null && again > 0) {
    for (let i = topIdx - 1; i >= 0; i--) {
      if (TITLE.test(trimmed[i])) {
        titleIdx = i;
        break;
      }
    }
    if (titleIdx !== null) {
      let lastEntry = topIdx;
      for (let i = topIdx; i < bodyHeading; i++) if (markerOf(trimmed[i]) || /\d{1,3}$/.test(trimmed[i])) lastEntry = i;
      // The body is read from the line after `start` (normally the title line): here, after the contents' last entry.
      start = lastEntry;
    }
  }
  let lastHeading = bodyHeading;
  trimmed.forEach((l, i) => {
    const m = markerOf(l);
    if (m && structural.includes(m.kind) && l.length <= MAX_HEADING) lastHeading = Math.max(lastHeading, i);
  });
  // …nor the plan's prose (a sentence closed by 。) or a table: a 关闭窗口 line between the last section's paragraphs is chrome.
  let lastProse = lastHeading;
  trimmed.forEach((l, i) => {
    // Prose, or an appendix's table (附表1 主要指标) that follows the text.
    if (i > lastHeading && ((l.length >= 15 && /[。；]\S{0,12}$/.test(l) && !CHROME_LINE.test(l)) || (TABLE_CAPTION.test(l) && l.length <= 60))) lastProse = i;
  });
  let end = trimmed.findIndex((l, i) => i > lastProse && CHROME_END.test(l));
  if (end < 0) end = lines.length;
  return { start, end, titleIdx, titleLines };
}

/** Short standalone lines of the page chrome that also turn up inside the body: injected junk (彩天下). */
function findJunk(lines: string[], start: number, end: number, headingLines: Set<string>): string[] {
  const body = lines.slice(start, end).join('\n');
  const chrome = [...lines.slice(0, start), ...lines.slice(end)].map((l) => l.trim());
  const junk = new Set<string>();
  for (const line of chrome) {
    if (!/^[\u4e00-\u9fa5]{2,8}$/.test(line) || headingLines.has(line)) continue;
    // Inside the body's sentences, or standing alone as a line of its own between them.
    if (body.includes(line)) junk.add(line);
  }
  return [...junk];
}

function periodOf(title: string, text: string): ImportedText['period'] {
  const explicit = PERIOD_IN_TITLE.exec(title);
  if (explicit) return { start: Number(explicit[1]), end: Number(explicit[2]), quote: title };
  for (const [name, start] of Object.entries(FIVE_YEAR)) {
    if (title.includes(name)) return { start, end: start + 4, quote: title };
  }
  const sentence = splitSentences(text).find((s) => PERIOD_IN_TITLE.test(s));
  const m = sentence ? PERIOD_IN_TITLE.exec(sentence) : null;
  return m && sentence ? { start: Number(m[1]), end: Number(m[2]), quote: sentence } : null;
}

const NOTICE_TITLE = /关于印发.{2,80}的通知$/;
const DOCUMENT_NUMBER_FIELD = /(?:^|\t)\s*(?:文\s*号|发文字号)\s*[:：]/;

/**
 * The lines before the body that belong to the notice issuing the plan, when the page carries one (a title line
 * …关于印发…的通知): the notice's sentences (ending in 。) after it, up to the plan's title, and the 文号 field of the
 * page's metadata (the notice's number). Without a notice, the metadata is the page's, not the document's.
 */
function issuingNoticeLines(lines: string[], start: number): number[] {
  const out: number[] = [];
  let noticeTitle = -1;
  for (let i = 0; i < start; i++) if (NOTICE_TITLE.test(lines[i].trim())) noticeTitle = i;
  if (noticeTitle < 0) return out;
  lines.slice(0, start).forEach((raw, i) => {
    const l = raw.trim();
    if ((DOCUMENT_NUMBER_FIELD.test(raw) || (i > noticeTitle && /。$/.test(l)))) out.push(i);
  });
  return out;
}

/**
 * A grid table drawn in text (+----+ borders, | cell | cell | rows, as pandoc or a Markdown table writes a Word box):
 * borders become blank lines and a row its cells apart by TABs, so the box's lines read as any other. Line numbers
 * stay as they were.
 */
function gridTablesAsCells(lines: string[]): string[] {
  return lines.map((raw) => {
    const line = raw.trim();
    if (/^\+[-=+:]+\+$/.test(line)) return '';
    const row = /^\|(.*)\|$/.exec(line);
    return row ? row[1].split('|').map((c) => c.trim()).filter(Boolean).join('\t') : raw;
  });
}

/** A table's caption that reports the last plan's results, not this plan's targets. */
const PAST_RESULTS_CAPTION = /完成情况|实现情况|完成值|落实情况|“十四五”(?!.*(?:十五五|2030))/;

/** A box's table header: 序号 | 工程名称 | 主要内容 | 建设内容 | 责任单位. */
const BOX_TABLE_HEADER = /名称|主要内容|建设内容|工程|项目/;

/** The plain text of a heading: the marker's rest, or the box's title. */
function headingName(rest: string): string {
  // （一）规范维护保养行为。 standing alone: the heading is the sentence without its stop.
  return rest.trim().replace(/。$/, '');
}

/**
 * Reads a plan's text that new to PlanGraph: finds the chrome and injected junk, the title, period and the
 * plans it follows, the hierarchy in whichever common numbering style the text uses, boxes (专栏) and their items,
 * the goals, the indicator table in whichever common layout, targets set in the text, and citations. Refuses
 * (ImportRefusedError) a text with no plan structure.
 */
export function parseImportedText(source: string): ImportedText {
  if (!source.trim()) throw new ImportRefusedError('the file is empty');
  const CONTROL = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;
  const controls = (source.match(CONTROL) ?? []).length;
  // A binary file is full of them; a PDF's text copy has a few (a table of contents' leaders read as NUL): those are spaces.
  if (controls > 0 && controls / source.length > 0.01) throw new ImportRefusedError('the file is not text (binary content)');
  if (controls > 0) source = source.replace(CONTROL, ' ');
  // A PDF's text copy: page numbers and running headers out, wrapped lines joined (line numbers kept).
  const unwrapped = unwrapPages(gridTablesAsCells(source.split('\n').map((l) => l.replace(/\r$/, ''))));
  const lines = unwrapped.lines;
  const joined = [...unwrapped.joined, ...joinBareMarkers(lines), ...joinOpenTitles(lines)];
  const skipped: SkippedLine[] = [...unwrapped.removed];
  const style = detectStyle(lines);
  const structural = style.filter((k) => STRUCTURAL.includes(k));
  if (structural.length === 0) throw new ImportRefusedError('no plan structure found: no chapter or section headings (第一章, 一、, （一）…)');
  const itemKinds = style.filter((k) => ITEM_KINDS.includes(k));
  const body = findBody(lines, structural[0], structural);
  const { end, titleLines } = body;
  let { start, titleIdx } = body;
  if (titleIdx === null) {
    // A PDF's running header is often the plan's own title, taken out as page furniture: its last appearance before
    // the first heading is the title line, and the preamble after it (the plans this one follows) is the plan's.
    const header = unwrapped.removed.filter((r) => r.reason === 'running header or footer' && r.line - 1 < start && TITLE.test(r.text)).at(-1);
    if (header) {
      titleIdx = header.line - 1;
      start = titleIdx;
      lines[titleIdx] = header.text;
      skipped.splice(skipped.indexOf(header), 1);
    }
  }
  if (titleIdx !== null && titleLines === 2) {
    lines[titleIdx] = `${lines[titleIdx].trim()}${lines[titleIdx + 1].trim()}`;
    lines[titleIdx + 1] = '';
    joined.push({ line: titleIdx + 2, into: titleIdx + 1 });
  }
  const headingLines = new Set(lines.map((l) => l.trim()).filter((l) => markerOf(l) !== null));
  const junk = findJunk(lines, start, end, headingLines);
  const title = titleIdx !== null ? lines[titleIdx].trim() : '';
  lines.forEach((l, i) => {
    // `start` is the title line, or a cover page's last contents entry (the title then stands above the contents).
    const before = i < start || (i === start && i !== titleIdx);
    if (l.trim() && i !== titleIdx && (before || i >= end)) skipped.push({ line: i + 1, text: l.trim(), reason: before ? 'before the plan\'s body (page chrome, table of contents)' : 'after the plan\'s body (page footer)', kind: 'OUTSIDE' });
  });
  /** A whole line that is page furniture or an injected string, not the plan's. */
  const chromeOrJunk = (line: string): SkippedLine['kind'] | null => (junk.includes(line) ? 'JUNK' : CHROME_LINE.test(line) ? 'CHROME' : null);
  const listFurniture = (idx: number, kind: SkippedLine['kind']) =>
    skipped.push({ line: idx + 1, text: lines[idx].trim(), reason: kind === 'JUNK' ? 'a string the page injected' : 'web page furniture inside the body', kind });
  let appendix: string | null = null;

  const tasks: ParsedTask[] = [];
  const goals: ParsedGoal[] = [];
  const citations: ParsedCitation[] = [];
  const sentences: ImportedText['sentences'] = [];
  const categories: string[] = [];
  const indicators: ImportedIndicator[] = [];
  const unread: UnreadLine[] = [];
  const follows: ImportedText['follows'] = [];
  let tableLayout: ImportedText['tableLayout'] = null;
  let tableHeading: string | null = null;
  const division: DivisionTable[] = [];

  const open: Open[] = []; // structural headings, outermost first
  let items: ParsedTask[] = []; // open items, outermost first
  let itemOpenKinds: string[] = []; // the marker kind of each open item (BOX for a box's 01 items)
  let box: ParsedTask | null = null;
  // A box written as a table (工程名称 | 主要内容): which cell of its rows names the item, once its header is read.
  let boxTable: { nameAt: number } | null = null;
  let goalsDepth: number | null = null;
  let goalsSeen = false;
  let ord = 0;
  let textTargets = 0;
  const measureCounts = new Map<string, number>();
  const depthOf = (kind: MarkerKind) => structural.indexOf(kind);
  const levelOf = (depth: number): TaskLevel => (['CHAPTER', 'SECTION', 'SUBSECTION'] as const)[depth] ?? 'ITEM';
  const chapter = () => open.find((o) => o.depth === 0) ?? null;
  let taskChapter = false;
  const targetYear = () => periodEnd ?? 2025;
  let periodEnd: number | null = null;
  const period = periodOf(title, lines.slice(start, end).join('\n'));
  periodEnd = period?.end ?? null;

  const pathHere = (): string[] => {
    if (open.length === 0) return title ? [title] : [];
    return [...open.map((o) => o.line), ...(box ? [box.quote] : []), ...items.map((t) => t.quote)];
  };
  const innermostTask = (): ParsedTask | null => items.at(-1) ?? box ?? [...open].reverse().find((o) => o.task)?.task ?? null;
  // Two parts numbered alike (两个专栏5, a heading number repeated) stay two tasks: the later one's code is marked.
  const codes = new Set<string>();
  // The next suffix to try per code: counting up from 2 every time made many repeats of one heading quadratic.
  const nextSuffix = new Map<string, number>();
  const uniqueCode = (code: string): string => {
    let unique = code;
    let n = nextSuffix.get(code) ?? 2;
    while (codes.has(unique)) unique = `${code}#${n++}`;
    nextSuffix.set(code, n);
    codes.add(unique);
    return unique;
  };
  // How many units each task holds so far (a box's unnumbered items are numbered by it), kept as tasks are added.
  const childCount = new Map<string, number>();
  const addTask = (level: TaskLevel, code: string, name: string, quote: string, parent: ParsedTask | null, lineNo: number, path: string[]): ParsedTask => {
    const task: ParsedTask = { code: uniqueCode(code), level, name, quote, parentCode: parent?.code ?? null, sectionPath: path, paragraphs: [], line: lineNo, ord: ord++ };
    tasks.push(task);
    if (parent) childCount.set(parent.code, (childCount.get(parent.code) ?? 0) + 1);
    return task;
  };
  const collect = (line: string, taskCode: string | null, path: string[], lineNo: number) => {
    for (const raw of splitSentences(line)) {
      const sentence = longestJunkFreePiece(raw, junk);
      for (const m of raw.matchAll(/《([^》]{1,80})》/g)) citations.push({ text: m[1], kind: 'TITLE', sentence, taskCode, sectionPath: path, line: lineNo });
      for (const m of raw.matchAll(CODE_CITATION)) citations.push({ text: codeText(raw, m.index, m[1]), kind: 'CODE', sentence, taskCode, sectionPath: path, line: lineNo });
    }
  };
  const findTextTargets = (line: string, owner: ParsedTask, path: string[], lineNo: number) => {
    for (const raw of splitSentences(line)) {
      const sentence = longestJunkFreePiece(raw, junk);
      for (const clause of sentence.split(/[，,；;：:]/)) {
        for (const m of targetsInClause(clause)) {
        const target = parseImportedTarget(m.figure, m.name, targetYear());
        if (target.value === null) continue;
        // 设置率、持证率达100%: one target for each measure named.
        const names = m.name.split('、').every((n) => /率$/.test(n)) ? m.name.split('、') : [m.name];
        for (const raw of names) {
          const name = raw.replace(/^[、]+/, '').replace(/^(?:确保|力争|实现|推动|全面|其中|并|且|使)/, '');
          // 自受理之日起3个工作日办结: a time limit counted from an event, not a measure.
          if (/之日起$/.test(name)) continue;
          textTargets++;
          indicators.push({
            code: `T${textTargets}`, number: null, name, unit: target.unit, category: null, baseline: null, target, attribute: null, source: 'TEXT',
            quote: sentence, line: lineNo, sectionPath: path, taskCode: owner.code,
          });
        }
        }
      }
    }
  };

  /**
   * 2.12315平台升级 reads like a decimal (2.1…) but is item 2 when item 1 is open: an item number that continues the
   * open numbering is taken as one.
   */
  const continuedNumber = (line: string, idx: number): Marker | null => {
    const d = /^(\d{1,2})\.(\d+[^\d.\s%].*)$/.exec(line);
    if (!d) return null;
    const marker: Marker = { kind: 'NUMBER', number: Number(d[1]), rest: d[2].trim() };
    const at = itemOpenKinds.lastIndexOf('NUMBER');
    const open = at >= 0 ? /\.i(\d+)$/.exec(items[at]?.code ?? '') : null;
    if (open) return Number(open[1]) + 1 === marker.number ? marker : null;
    // The first of a list (1.12315平台升级): an item when item 2 follows before the next heading.
    if (marker.number !== 1) return null;
    for (let k = idx + 1; k < end; k++) {
      const next = markerOf(lines[k].trim());
      if (next && STRUCTURAL.includes(next.kind)) return null;
      if (next?.kind === 'NUMBER' && next.number === 2) return marker;
    }
    return null;
  };

  // A task's paragraphs wait until its next heading: a lone paragraph stays its task's text, while several
  // paragraphs each led by a short heading sentence become that task's measures (as the seed's parser reads them).
  let pending: { owner: ParsedTask; line: string; lineNo: number; path: string[] }[] = [];
  const flush = () => {
    const several = pending.length > 1;
    for (const { owner, line, lineNo, path } of pending) {
      const paragraphSentences = splitSentences(line);
      let target = owner;
      if (isLeadParagraph(paragraphSentences, several)) {
        const lead = paragraphSentences[0];
        const n = (measureCounts.get(owner.code) ?? 0) + 1;
        measureCounts.set(owner.code, n);
        target = addTask('MEASURE', `${owner.code}.m${n}`, lead.slice(0, -1), lead, owner, lineNo, path);
      }
      target.paragraphs.push(stripJunk(line, junk));
      collect(line, target.code, path, lineNo);
      findTextTargets(line, target, path, lineNo);
      for (const s of splitSentences(line)) {
        const clean = longestJunkFreePiece(s, junk);
        if (clean) sentences.push({ text: clean, sectionPath: path, taskCode: target.code, line: lineNo });
      }
    }
    pending = [];
  };
  const ends = (line: string) => {
    const m = markerOf(line);
    return (m !== null && STRUCTURAL.includes(m.kind) && line.length <= MAX_HEADING) || CHROME_END.test(line) || boxOf(line) !== null || chromeOrJunk(line) !== null || APPENDIX.test(line);
  };

  // The notice that issues the plan, above its title (文号：光政办〔2026〕4号, …关于印发…的通知, 现将《…》印发给你们。):
  // part of the document, so what it cites is the plan's (its own title and number among them); no other chrome is read.
  for (const i of issuingNoticeLines(lines, start)) collect(lines[i].trim(), null, [], i + 1);

  // The preamble's sentences: the plans this one follows.
  for (let i = start + 1; i < end; i++) {
    const line = lines[i].trim();
    const m = markerOf(line);
    if (m && structural.includes(m.kind)) break;
    for (const s of splitSentences(line)) {
      if (!FOLLOWS_SENTENCE.test(s)) continue;
      for (const f of s.matchAll(FOLLOWED_TITLE)) {
        if (!follows.some((x) => x.name === f[1])) follows.push({ name: f[1], quote: longestJunkFreePiece(s, junk), line: i + 1 });
      }
    }
  }

  for (let i = start + 1; i < end; i++) {
    const line = lines[i].trim();
    const lineNo = i + 1;
    if (!line) continue;
    // Page furniture and injected strings standing on their own line, anywhere in the body: skipped, named.
    const furniture = chromeOrJunk(line);
    if (furniture) {
      listFurniture(i, furniture);
      continue;
    }

    // The division-of-work table (重点任务分工表): its rows name owners; its lines are no part of the last task.
    const divisionTable = readDivisionTable(lines, i, end);
    if (divisionTable) {
      flush();
      division.push(divisionTable);
      unread.push(...divisionTable.unread);
      i = divisionTable.lastLine;
      continue;
    }

    // The indicator table, in whichever layout, wherever it stands (in the goals, or as an appendix: 附表1 主要指标).
    if (TABLE_CAPTION.test(line) && line.length <= 60 && !line.includes('。')) {
      // Page furniture standing among a table's lines is read past (and listed), as blank lines are.
      const tableLines = lines.slice(0, end).map((l) => (chromeOrJunk(l.trim()) ? '' : l));
      const table = readTable(tableLines, i, targetYear(), [...pathHere(), line], ends);
      if (table) {
        for (let k = i + 1; k <= table.lastLine; k++) {
          const furniture = chromeOrJunk(lines[k].trim());
          if (furniture) listFurniture(k, furniture);
        }
        flush();
        // The last plan's results (表1 “十四五”主要指标完成情况, or any table in the background before the goals): its
        // rows name this plan's measures with past figures; they are listed, not read as this plan's indicators.
        if (PAST_RESULTS_CAPTION.test(line) || (!taskChapter && !goalsSeen)) {
          for (let k = i; k <= table.lastLine; k++) {
            if (lines[k].trim()) skipped.push({ line: k + 1, text: lines[k].trim(), reason: `a table of past results (${line})`, kind: 'NOTE' });
          }
          i = table.lastLine;
          continue;
        }
        tableLayout = table.layout;
        tableHeading = line;
        categories.push(...table.categories);
        indicators.push(...table.rows);
        unread.push(...table.unread);
        skipped.push(...table.skipped);
        i = table.lastLine;
        continue;
      }
    }
    // An appendix (附件 重点任务分工表) after the plan's text: its lines are listed, not read as the last task's.
    if (!appendix && APPENDIX.test(line) && !TABLE_CAPTION.test(line) && tasks.length > 0) appendix = line;
    if (appendix) {
      flush();
      skipped.push({ line: lineNo, text: line, reason: `appendix ${appendix}`, kind: 'APPENDIX' });
      continue;
    }

    const inGoals = goalsDepth !== null;
    if (!taskChapter) {
      const innermost = open.at(-1);
      const category = innermost && goalsDepth !== null && innermost.depth > goalsDepth && !INDICATOR_HEADING.test(innermost.name) ? innermost.name : null;
      const listRow = readListRow(line, lineNo, targetYear(), category, [...pathHere()]);
      if (listRow && 'reason' in listRow) {
        unread.push(listRow);
        continue;
      }
      if (listRow) {
        tableLayout = 'LIST';
        tableHeading ??= innermost?.line ?? null;
        if (listRow.category && !categories.includes(listRow.category)) categories.push(listRow.category);
        indicators.push(listRow);
        continue;
      }
    }

    const marker = markerOf(line) ?? continuedNumber(line, i);
    // A heading: no sentence in it (a long two-clause heading too: 深化商事制度改革，塑造宽松便捷的市场准入环境), or its
    // first sentence is the heading and the text follows.
    const isStructural = marker !== null && structural.includes(marker.kind) && ((line.length <= MAX_LONG_HEADING && !/[。；;！？]/.test(line)) || inlineHeading(marker.rest) !== null || (line.length <= MAX_HEADING && /。$/.test(line)));
    if (isStructural && marker) {
      flush();
      const depth = depthOf(marker.kind);
      while (open.length && open.at(-1)!.depth >= depth) open.pop();
      items = [];
      itemOpenKinds = [];
      box = null;
      // A heading with its text on the line (（一）加强监管。坚持…), however short: the first sentence is the heading.
      const inline = line.length > MAX_HEADING || line.includes('。') ? inlineHeading(marker.rest) : null;
      const name = inline ? inline.heading : headingName(marker.rest);
      const quote = inline ? `${line.slice(0, line.length - marker.rest.length)}${inline.heading}` : line;
      if (depth === 0) {
        goalsDepth = null;
        // After the goals every chapter assigns work (组织实施 too); before them, only chapters that are not context.
        taskChapter = goalsSeen || !CONTEXT_CHAPTER.test(name);
      } else if (goalsDepth !== null && depth <= goalsDepth) {
        goalsDepth = null;
      }
      // The goals, or the indicators' part beside them ((二)主要目标 / (三)具体指标): what they list is the plan's targets.
      if (!taskChapter && goalsDepth === null && (GOALS_HEADING.test(name) || INDICATOR_HEADING.test(name)) && !NOT_GOALS.test(name)) {
        goalsDepth = depth;
        goalsSeen = true;
      }
      const parent = [...open].reverse().find((o) => o.task)?.task ?? null;
      const code = parent ? `${parent.code}.${marker.number}` : String(marker.number);
      const path = [...open.map((o) => o.line), quote];
      const task = taskChapter ? addTask(levelOf(depth), code, name, quote, parent, lineNo, path) : null;
      open.push({ kind: marker.kind, depth, number: marker.number, line: quote, name, task });
      if (inline) pending.push(...(task ? [{ owner: task, line: inline.rest, lineNo, path }] : []));
      continue;
    }

    const boxHeading = taskChapter ? boxOf(line) : null;
    if (boxHeading) {
      flush();
      items = [];
      itemOpenKinds = [];
      // A box numbered like 专栏3-1-1 sits under the subsection its number names when it stands in it (as the seed
      // hangs it: columnStandsInSubsection); any other box belongs to the section it stands in (专栏3-5-1 under
      // 第五节, 专栏1 under the part), not to a subsection before it.
      const at = (depth: number) => open.find((o) => o.depth === depth) ?? null;
      const subsection = at(2);
      const inSubsection = /^\d+-\d+-\d+$/.test(boxHeading.number) && subsection?.task != null
        && columnStandsInSubsection(boxHeading.number, numbered(at(0)), numbered(at(1)), numbered(subsection));
      const holder = inSubsection ? subsection!.task : open.find((o) => o.depth === 1 && o.task)?.task ?? chapter()?.task ?? null;
      const keep = inSubsection ? 2 : 1;
      while (open.length && open.at(-1)!.depth > keep) open.pop();
      let name = boxHeading.title;
      let quote = line;
      if (!name) {
        // The title on the next line (page furniture between them is passed over, and listed).
        let k = i + 1;
        while (k < end && (!lines[k].trim() || chromeOrJunk(lines[k].trim()))) {
          const furniture = chromeOrJunk(lines[k].trim());
          if (furniture) listFurniture(k, furniture);
          k++;
        }
        name = lines[k]?.trim() ?? '';
        quote = name;
        i = k;
      }
      box = addTask('COLUMN', `Z${boxHeading.number}`, name, quote, holder, lineNo, [...open.map((o) => o.line), quote]);
      boxTable = null;
      continue;
    }

    // A box written as a table: its header names the columns, each row after it is one of the box's items (its name
    // from the 名称/工程/项目 column, the other cells its text).
    if (box && lines[i].includes('\t') && items.length === 0) {
      const cells = lines[i].split('\t').map((c) => c.trim());
      if (!boxTable && cells.every((c) => c.length <= 8) && cells.some((c) => BOX_TABLE_HEADER.test(c))) {
        const named = cells.findIndex((c) => /名称/.test(c));
        const project = cells.findIndex((c) => /工程|项目|任务/.test(c) && !/内容/.test(c));
        boxTable = { nameAt: named >= 0 ? named : project >= 0 ? project : cells.findIndex((c) => !/序号/.test(c)) };
        pending.push({ owner: box, line, lineNo, path: pathHere() });
        continue;
      }
      const nameAt = boxTable?.nameAt ?? cells.findIndex((c) => c && !/^\d+$/.test(c));
      const itemName = cells[nameAt] ?? '';
      if (itemName && itemName.length <= MAX_HEADING && !/[。；]/.test(itemName)) {
        flush();
        const n = (childCount.get(box.code) ?? 0) + 1;
        const task = addTask('COLUMN_ITEM', `${box.code}.i${n}`, itemName, line, box, lineNo, [...pathHere(), line]);
        const text = cells.filter((c, k) => k !== nameAt && c && !/^\d+$/.test(c)).join(' ');
        if (text) pending.push({ owner: task, line: text, lineNo, path: [...pathHere(), line] });
        continue;
      }
    }
    const boxItem = box ? boxItemOf(line, childCount.get(box.code) ?? 0) : null;
    const itemMarker = boxItem ? { kind: 'NUMBER' as MarkerKind, number: boxItem.number, rest: boxItem.rest } : marker && itemKinds.includes(marker.kind) ? marker : null;
    if (taskChapter && itemMarker && isItemHeading(line, itemMarker)) {
      // Items nest as the text nests them: a kind already open is a sibling of that item, a new kind a child of the
      // innermost open item (1. then （1）, or ① alone), whatever order other parts of the plan use.
      const kindKey = boxItem ? 'BOX' : itemMarker.kind;
      const openAt = itemOpenKinds.indexOf(kindKey);
      const itemDepth = openAt >= 0 ? openAt : items.length;
      const parentOf = () => (itemDepth > 0 ? items[itemDepth - 1] : undefined) ?? box ?? [...open].reverse().find((o) => o.task && o.depth > 0)?.task ?? null;
      const parent = parentOf();
      if (parent) {
        flush();
        items = items.slice(0, itemDepth);
        itemOpenKinds = [...itemOpenKinds.slice(0, itemDepth), kindKey];
        const inline = line.length > MAX_HEADING || line.includes('。') ? inlineItemHeading(itemMarker.rest) : null;
        const name = inline ? inline.heading : headingName(itemMarker.rest);
        const quote = inline ? `${line.slice(0, line.length - itemMarker.rest.length)}${inline.heading}` : line;
        const task = addTask(box && itemDepth === 0 ? 'COLUMN_ITEM' : 'ITEM', `${parent.code}.i${itemMarker.number}`, name, quote, parent, lineNo, [...pathHere(), quote]);
        items.push(task);
        if (inline) pending.push({ owner: task, line: inline.rest, lineNo, path: pathHere() });
        continue;
      }
    }

    // A paragraph.
    const owner = taskChapter ? innermostTask() : null;
    const path = pathHere();
    if (owner) {
      pending.push({ owner, line, lineNo, path });
      continue;
    }
    for (const s of splitSentences(line)) {
      const clean = longestJunkFreePiece(s, junk);
      if (clean) sentences.push({ text: clean, sectionPath: path, taskCode: null, line: lineNo });
    }
    collect(line, null, path, lineNo);
    if (goalsDepth !== null && !(TABLE_POINTER.test(line) && line.length < 30)) {
      const innermost = open.at(-1);
      // Under 主要指标 the lines are indicators, not goals: a sentence one (——名称达到98%（约束性）。) is read below.
      const indicatorPart = innermost !== undefined && INDICATOR_HEADING.test(innermost.name);
      const sub = innermost && innermost.depth > goalsDepth ? innermost.name : '';
      if (!indicatorPart) goals.push(readGoal(stripJunk(marker && ITEM_KINDS.includes(marker.kind) ? marker.rest : line, junk), sub, goals, path, lineNo));
      // A numbered goal (1.覆盖率达到100%（约束性）。) is read without its number.
      for (const t of listedTargets(stripJunk(marker && ITEM_KINDS.includes(marker.kind) ? marker.rest : line, junk))) {
        const target = parseImportedTarget(t.figure, t.name, targetYear());
        if (target.value === null) continue;
        textTargets++;
        indicators.push({ code: `T${textTargets}`, number: null, name: t.name, unit: target.unit, category: null, baseline: null, target, attribute: t.attribute, source: 'TEXT', quote: t.clause, line: lineNo, sectionPath: path, taskCode: null, listed: true });
      }
    }
  }
  flush();
  restatedTargets(indicators);
  skipped.sort((a, b) => a.line - b.line);
  const warnings = importWarnings(lines, start, end, skipped, unread);
  return {
    title, titleLine: (titleIdx ?? start) + 1, period, follows, bodyStart: start + 1, bodyEnd: end, junk, style, tasks, goals,
    tableLayout, tableHeading, categories, indicators, citations, sentences, unread, skipped, joined, warnings, division,
  };
}

/** Share of the body's lines that may go unread before the import says so. */
const UNREAD_SHARE = 0.02;

/**
 * What the person importing must look at: a numbered heading among the lines left out (its part of the plan is
 * lost), more than a small share of the body unread, rows of the indicator table that did not read.
 */
function importWarnings(lines: string[], start: number, end: number, skipped: SkippedLine[], unread: UnreadLine[]): string[] {
  const warnings: string[] = [];
  // Lines after `start` (the title line, or a cover page's last contents entry; `line` is 1-based).
  const inBody = skipped.filter((s) => s.line > start + 1 && s.line <= end);
  for (const s of inBody) {
    const m = markerOf(s.text);
    if ((m && s.text.length <= MAX_HEADING) || boxOf(s.text)) warnings.push(`line ${s.line}: a numbered heading was skipped (${s.reason}): ${s.text}`);
  }
  const bodyLines = lines.slice(start, end).filter((l) => l.trim()).length;
  const lost = inBody.filter((s) => s.kind === 'UNREAD').length + unread.length;
  if (bodyLines && lost / bodyLines > UNREAD_SHARE) warnings.push(`${lost} of ${bodyLines} body lines (${((lost / bodyLines) * 100).toFixed(1)}%) were not read: see the skipped lines`);
  if (unread.length) warnings.push(`${unread.length} indicator row(s) did not read: ${unread.map((u) => `line ${u.line}`).join(', ')}`);
  return warnings;
}

/** A heading written with its text on the same line (1.加强广告监管。充分运用…): the heading and the rest. */
function inlineHeading(rest: string): { heading: string; rest: string } | null {
  const s = splitSentences(rest);
  if (s.length < 2 || !/[。：:]$/.test(s[0]) || s[0].length - 1 > MAX_INLINE_HEADING) return null;
  const heading = s[0].slice(0, -1);
  return { heading, rest: rest.slice(s[0].length).trim() };
}

/** An item's heading with its text on the line: after a full stop (1.加强监管。…) or a colon (1、加强监管：…). */
function inlineItemHeading(rest: string): { heading: string; rest: string } | null {
  const bySentence = inlineHeading(rest);
  if (bySentence) return bySentence;
  const m = /^([^：:。，,；;（(《]{2,30})[：:]\s*(\S.*)$/.exec(rest);
  return m ? { heading: m[1], rest: m[2] } : null;
}

function isItemHeading(line: string, marker: Marker): boolean {
  if (line.length <= MAX_HEADING && !line.includes('。')) return true;
  return inlineItemHeading(marker.rest) !== null;
}

function readGoal(line: string, sub: string, goals: ParsedGoal[], path: string[], lineNo: number): ParsedGoal {
  const first = splitSentences(line)[0] ?? line;
  const overall = sub.includes('总体目标') || (sub === '' && goals.length === 0) || (sub === '' && line.startsWith('展望'));
  if (overall) {
    return { kind: line.startsWith('展望') ? 'VISION' : 'OVERALL', name: first.replace(/[。，,]$/, ''), text: line, quote: first, sectionPath: path, line: lineNo };
  }
  return { kind: 'SPECIFIC', name: first.replace(/[。：:]$/, ''), text: line, quote: first, sectionPath: path, line: lineNo };
}
