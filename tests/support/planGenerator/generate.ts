import type { PlanBlock, PlanDoc, PlanTruth, TruthIndicator, TruthTask } from '../planDoc';
import { CATEGORIES, MEASURES, writeBase, writeTarget, type Shape } from './indicators';
import { Pool, Random } from './random';
import * as V from './vocab';

/** How a template numbers its headings: structural kinds (outermost first), then item kinds. */
export type Numbering = 'CHAPTER_SECTION' | 'ENUM' | 'CHAPTER_ENUM' | 'PART_ENUM' | 'DECIMAL' | 'PIAN';

/** What a template varies. A layout is a template and a rendering (tests/support/planGenerator/index.ts). */
export interface TemplateOptions {
  numbering: Numbering;
  /** The indicators as a table (rendered per the rendering) or as a numbered list in the goals. */
  indicators: 'TABLE' | 'LIST';
  /** Boxes (专栏) in every style and place, not just at a section's end. */
  boxesAnywhere: boolean;
  /** Page chrome around the body (a scraped page). */
  pageChrome: boolean;
  /** Chrome lines and injected junk inside the body too. */
  junkInside: boolean;
  /** A 重点任务分工表 appendix naming each task's lead and supporting units. */
  divisionTable?: boolean;
  /** Chapter and section numbers on a line of their own, the title on the next (as a PDF centres them). */
  bareMarkers?: boolean;
  /** The indicator table's header in two rows (指标值 over 2025年 | 2030年), as a real table's merged cells give it. */
  twoRowHeader?: boolean;
  /**
   * Plans as a big provincial department writes them: the indicator table with a five-year total's column beside the
   * target year's (“十五五”累计: a total's row leaves the target year —) and a 备注 column mostly blank; boxes whose items
   * are led by a dash (——…工程。…); tasks whose text enumerates (一是…。二是…。), which is text, not measures.
   */
  provincial?: boolean;
  /**
   * A Word file's look: boxes as tables (工程名称 | 主要内容, maybe a 序号 column), header cells spaced out (指　标),
   * a table of the last plan's results in the background (not this plan's indicators), headings closed by 。.
   */
  wordLook?: boolean;
  /**
   * Targets listed in the goals' sentences too (到2030年，A达到9件；B年均增长8%；“十五五”期间，C累计达到30家), and table
   * rows named with the period or a note's mark (2026—2030年新增…, “十五五”期间累计…, 占比*): the plan's indicators,
   * a listed one without attribute.
   */
  goalTargets?: boolean;
}

/** A generated plan: the document, its truth, and what the renderer needs to know. */
export interface GeneratedPlan {
  seed: number;
  doc: PlanDoc;
  truth: PlanTruth;
}

const ZH = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const CIRCLED = ['', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'];
type Kind = 'DECIMAL_1' | 'DECIMAL_2' | 'DECIMAL_3' | 'PIAN_ZH' | 'PART_ZH' | 'CHAPTER_ZH' | 'SECTION_ZH' | 'ENUM_ZH' | 'PAREN_ZH' | 'NUMBER' | 'PAREN_NUMBER' | 'CIRCLED';

const SCHEMES: Record<Numbering, { structural: Kind[]; items: Kind[] }> = {
  CHAPTER_SECTION: { structural: ['CHAPTER_ZH', 'SECTION_ZH', 'PAREN_ZH'], items: ['NUMBER', 'PAREN_NUMBER'] },
  ENUM: { structural: ['ENUM_ZH', 'PAREN_ZH'], items: ['NUMBER', 'PAREN_NUMBER'] },
  CHAPTER_ENUM: { structural: ['CHAPTER_ZH', 'ENUM_ZH', 'PAREN_ZH'], items: ['CIRCLED'] },
  PART_ENUM: { structural: ['PART_ZH', 'ENUM_ZH', 'PAREN_ZH'], items: ['NUMBER', 'PAREN_NUMBER'] },
  // A Word outline: 3 / 3.1 / 3.1.1, items under a 3.1.1 numbered 1. or （1）.
  DECIMAL: { structural: ['DECIMAL_1', 'DECIMAL_2'], items: ['DECIMAL_3', 'NUMBER'] },
  // A big provincial plan: 第一篇 / 第一章 / 第一节, items 1. and （1）.
  PIAN: { structural: ['PIAN_ZH', 'CHAPTER_ZH', 'SECTION_ZH'], items: ['NUMBER', 'PAREN_NUMBER'] },
};
const LEVELS: TruthTask['level'][] = ['CHAPTER', 'SECTION', 'SUBSECTION'];

/** Writes a heading's marker in one of the ways plans write it; `at` is the enclosing chapter's and section's numbers. */
function mark(r: Random, kind: Kind, n: number, at: [number, number] = [1, 1]): string {
  switch (kind) {
    case 'DECIMAL_1': return `${n}${r.pick(['  ', '　', ' '])}`;
    case 'DECIMAL_2': return `${at[0]}.${n}${r.pick(['  ', '　', ' '])}`;
    case 'DECIMAL_3': return `${at[0]}.${at[1]}.${n}${r.pick([' ', '　', ''])}`;
    case 'PIAN_ZH': return `第${ZH[n]}篇${r.pick([' ', '　', ''])}`;
    case 'PART_ZH': return `第${ZH[n]}部分${r.pick([' ', '　', ''])}`;
    case 'CHAPTER_ZH': return `第${ZH[n]}章${r.pick([' ', '　', '  ', ''])}`;
    case 'SECTION_ZH': return `第${ZH[n]}节${r.pick([' ', '　', ''])}`;
    case 'ENUM_ZH': return `${ZH[n]}、`;
    case 'PAREN_ZH': return r.pick([`（${ZH[n]}）`, `(${ZH[n]})`]);
    case 'NUMBER': return r.pick([`${n}.`, `${n}、`, `${n}．`, `${String(n).replace(/\d/g, (d) => '０１２３４５６７８９'[Number(d)])}．`]);
    case 'PAREN_NUMBER': return r.pick([`（${n}）`, `(${n})`, `${n}）`]);
    case 'CIRCLED': return CIRCLED[n];
  }
}

/**
 * Writes one plan from a template, with its truth: each heading, row and citation is recorded as it is written, so the
 * truth is known by construction.
 */
export function generatePlan(seed: number, options: TemplateOptions): GeneratedPlan {
  const r = new Random(seed);
  const place = r.pick(V.PLACES);
  const here = place.county ?? place.city;
  const level = place.county ? (place.county.endsWith('市') ? '市' : '县') : '市';
  const topic = r.pick(V.TOPICS);
  const title = r.pick([`${here}“十五五”${topic}规划`, `${here}${topic}“十五五”规划`, `${here}“十五五”${topic}发展规划（2026—2030年）`]);
  const scheme = SCHEMES[options.numbering];
  const blocks: PlanBlock[] = [];
  const tasks: TruthTask[] = [];
  const indicators: TruthIndicator[] = [];
  const citations: string[] = [];
  const owners: PlanTruth['owners'] = [];
  const junk = r.pick(V.JUNK);
  const pools = {
    work: new Pool(r, V.WORK_CHAPTERS), section: new Pool(r, V.SECTIONS), sub: new Pool(r, V.SUBSECTIONS), item: new Pool(r, V.ITEMS),
    box: new Pool(r, V.BOX_TITLES), boxItem: new Pool(r, V.BOX_ITEMS), clause: new Pool(r, V.CLAUSES), lead: new Pool(r, V.MEASURE_LEADS),
    law: new Pool(r, V.LAWS), doc: new Pool(r, V.DOCUMENT_TITLES), std: new Pool(r, V.STANDARDS), agency: new Pool(r, V.AGENCIES),
  };
  const para = (text: string) => blocks.push({ kind: 'paragraph', text, role: 'body' });
  const heading = (text: string) => blocks.push({ kind: 'paragraph', text, role: 'heading' });
  const agency = () => `${level}${pools.agency.take()}`;

  /** A sentence of two or three clauses, maybe citing a law, a standard or a document (recorded as cited). */
  const sentence = (cite: boolean): string => {
    const clauses = [pools.clause.take(), pools.clause.take()];
    if (cite) {
      const which = r.int(0, 2);
      if (which === 0) {
        const law = pools.law.take();
        citations.push(law);
        clauses.push(r.pick([`严格落实《${law}》`, `依据《${law}》开展监管`, `贯彻实施《${law}》`]));
      } else if (which === 1) {
        const std = pools.std.take();
        citations.push(std);
        clauses.push(`推动企业执行${std}等标准`);
      } else {
        const doc = pools.doc.take();
        // Issuers as bureaus abbreviate them: a government's office (遵府办发) or a department (遵市监, 遵市监规).
        const issuer = r.chance(0.3) ? `${place.docPrefix.slice(0, 1)}${r.pick(['市监', '市监规', '市监质'])}` : place.docPrefix;
        const number = `${issuer}〔${r.int(2023, 2025)}〕${r.int(1, 60)}号`;
        citations.push(doc, number);
        // The number also stands alone after a verb, the match then starting before the issuer (…按照铜政发〔2025〕3号).
        clauses.push(r.chance(0.5) ? `按照《${doc}》（${number}）要求` : `评估结果按照《${doc}》和${number}执行`);
      }
    }
    return `${r.sample(clauses, clauses.length).join('，')}。`;
  };
  /** A task's paragraph: one to three sentences, maybe an owner sentence (recorded) at its end. */
  const paragraph = (of: string | null, lead?: string): string => {
    let text = (lead ? `${lead}。` : '') + Array.from({ length: r.int(1, 2) }, () => sentence(r.chance(0.3))).join('');
    if (of && r.chance(0.35)) {
      const lead_ = agency();
      const support = r.chance(0.7) ? Array.from({ length: r.int(1, 2) }, agency).filter((a) => a !== lead_) : [];
      text += support.length ? `（${lead_}牵头，${support.join('、')}配合）` : `（${lead_}负责）`;
      owners.push({ of, ofKind: 'TASK', lead: [lead_], support: [...new Set(support)], source: 'SENTENCE' });
    }
    return text;
  };
  const addTask = (name: string, parent: string | null, lvl: TruthTask['level']) => tasks.push({ name, parent, level: lvl });

  // Chrome before the page's body, and the title.
  if (options.pageChrome) {
    blocks.push({ kind: 'paragraph', text: junk, role: 'chrome' });
    for (const line of r.sample(V.CHROME_BEFORE(here), r.int(3, 6))) blocks.push({ kind: 'paragraph', text: line, role: 'chrome' });
  }
  blocks.push({ kind: 'paragraph', text: title, role: 'title' });
  const followed = [`${place.city}国民经济和社会发展第十五个五年规划纲要`, `贵州省“十五五”${topic}规划`];
  citations.push(...followed);
  const scope = place.county ? `${place.city}${place.county}` : `${place.province}${place.city}`;
  para(`为推动${scope}${topic}工作高质量发展，根据《${followed[0]}》和《${followed[1]}》，结合实际，编制本规划。规划期为2026—2030年。`);

  const [top, second, third] = scheme.structural;
  const counters = new Map<number, number>();
  /** A marker where the text stands now: a decimal outline's number carries its chapter's and section's. */
  const markHere = (kind: Kind, n: number) => mark(r, kind, n, [counters.get(0) ?? 1, counters.get(1) ?? 1]);
  const next = (depth: number) => {
    const n = (counters.get(depth) ?? 0) + 1;
    counters.set(depth, n);
    for (const d of [...counters.keys()]) if (d > depth) counters.delete(d);
    return n;
  };
  const toc: string[] = [];
  const head = (depth: number, name: string) => {
    const marker = markHere(scheme.structural[depth], next(depth));
    const line = `${marker}${name}${options.wordLook && depth > 0 && r.chance(0.3) ? '。' : ''}`;
    if (depth <= 1) toc.push(line);
    // 第三章 on its own line, the title under it.
    if (options.bareMarkers && /^第/.test(marker) && r.chance(0.5)) {
      heading(marker.trim());
      heading(name);
    } else {
      heading(line);
    }
  };
  /** A heading with its text on the same line: （一）加强食品安全监管。坚持… */
  const headInline = (depth: number, name: string, text: string) => {
    const marker = markHere(scheme.structural[depth], next(depth));
    if (depth <= 1) toc.push(`${marker}${name}`);
    para(`${marker}${name}。${text}`);
  };
  /** Numbered lines of a context part (principles, specific goals): text, not tasks. */
  const contextItems = (lines: string[]) => lines.forEach((text, k) => para(`${markHere(scheme.items[0], k + 1)}${text}`));

  // 1. The background (context, no tasks).
  head(0, r.pick(V.CONTEXT_CHAPTERS));
  for (const name of r.sample(V.CONTEXT_SECTIONS, r.int(1, 2))) {
    head(1, name);
    para(`${r.sample(V.BACKGROUND_CLAUSES, 3).join('，')}。${sentence(r.chance(0.4))}`);
  }
  if (options.wordLook && r.chance(0.7)) {
    // The last plan's results: this plan's measures with past figures, no indicator of this plan.
    heading(r.pick(['表1 “十四五”主要指标完成情况', '表1　“十四五”时期主要指标实现情况']));
    blocks.push({ kind: 'table', rows: [['指标', '单位', '2025年目标', '完成值'], ...r.sample(MEASURES, 3).map((m) => [m.name, m.unit, String(r.int(10, 90)), String(r.int(10, 90))])] });
  }

  // 2. The goals, with the indicators.
  head(0, r.pick(V.GOALS_CHAPTERS));
  head(1, '指导思想');
  para(`${r.sample(V.GUIDING_CLAUSES, 4).join('，')}，为建设更高水平的现代化${here}提供有力保障。`);
  if (r.chance(0.5)) {
    head(1, '基本原则');
    contextItems(r.sample(['坚持人民至上。把人民群众生命安全和身体健康放在首位。', '坚持依法监管。运用法治思维和法治方式履行监管职责。', '坚持改革创新。以改革激发市场活力。', '坚持系统观念。统筹发展和安全。'], r.int(2, 4)));
  }
  head(1, r.pick(V.GOALS_SECTIONS));
  para(`到2030年，${here}现代化${topic}体系基本建成，市场环境更加公平有序，质量安全水平稳步提升。`);
  if (r.chance(0.5)) contextItems(r.sample(['营商环境更加优化。企业开办更加便利，市场主体活力充分激发。', '质量安全更有保障。食品药品安全形势稳定向好。', '市场秩序更加规范。公平竞争环境持续改善。', '监管效能显著提升。智慧监管水平明显提高。'], r.int(2, 3)));
  para('展望2035年，市场监管治理体系和治理能力现代化基本实现。');
  // The table in the goals, or at the plan's end as an appendix the goals point to (主要指标见附表1).
  const tableInAppendix = options.indicators === 'TABLE' && r.chance(0.2);
  const tableBlocks: PlanBlock[] = [];
  writeIndicators(r, options, tableInAppendix ? tableBlocks : blocks, indicators, scheme.structural.length > 2 && options.indicators === 'LIST' ? (name) => head(2, name) : (name) => heading(`${markHere(scheme.structural[1], next(1))}${name}`), tableInAppendix);
  if (tableInAppendix) para('“十五五”主要指标见附表1。');
  if (options.goalTargets) writeGoalTargets(r, para, indicators);

  // 3. The work: chapters of sections, subsections, items, measures and boxes.
  let boxNumber = 0;
  const box = (parent: string, numbers: number[], style = r.int(0, options.boxesAnywhere ? 4 : 1)) => {
    boxNumber++;
    const name = pools.box.take();
    const number = numbers.length ? numbers.join('-') : String(boxNumber);
    if (style === 4) {
      heading(r.pick([`专栏${boxNumber}`, `【专栏${boxNumber}】`]));
      heading(name);
    } else {
      heading([`专栏${number}：${name}`, `专栏${boxNumber}　${name}`, r.pick([`【专栏${boxNumber}】${name}`, `【专栏${boxNumber} ${name}】`]), `专栏${number} ${name}`][style]);
    }
    addTask(name, parent, 'COLUMN');
    const itemStyle = options.wordLook && r.chance(0.5) ? 5 : options.provincial && r.chance(0.5) ? 4 : r.int(0, options.boxesAnywhere ? 3 : 1);
    const n = r.int(2, 4);
    if (itemStyle === 5) {
      // The box as a table: each row an item, named in the 工程名称 column.
      const numbered = r.chance(0.5);
      const rows = [[...(numbered ? ['序号'] : []), r.pick(['工程名称', '项目名称', '重点工程']), r.pick(['主要内容', '建设内容'])]];
      for (let k = 1; k <= n; k++) {
        const item = pools.boxItem.take();
        addTask(item, name, 'COLUMN_ITEM');
        rows.push([...(numbered ? [String(k)] : []), item, `${pools.clause.take()}。`]);
      }
      blocks.push({ kind: 'table', rows });
      return;
    }
    for (let k = 1; k <= n; k++) {
      const item = pools.boxItem.take();
      addTask(item, name, 'COLUMN_ITEM');
      const text = `${pools.clause.take()}。`;
      if (itemStyle === 4) para(`——${item}。${text}`);
      else if (itemStyle === 0) para(`${k}.${item}。${text}`);
      else if (itemStyle === 1) {
        heading(`0${k} ${item}`);
        para(text);
      } else if (itemStyle === 2) para(`${k}、${item}：${text}`);
      else heading(`（${k}）${item}`);
    }
  };
  const items = (parent: string, kindIndex: number, count: number) => {
    const kind = scheme.items[kindIndex];
    for (let k = 1; k <= count; k++) {
      const name = pools.item.take();
      addTask(name, parent, 'ITEM');
      const sub = kindIndex + 1 < scheme.items.length && r.chance(0.15);
      if (!sub && r.chance(0.5)) {
        para(`${markHere(kind, k)}${name}。${paragraph(name)}`);
        continue;
      }
      heading(`${markHere(kind, k)}${name}`);
      if (sub) items(name, kindIndex + 1, r.int(2, 3));
      else para(paragraph(name));
    }
  };
  /** A leaf's text: one paragraph, or several each led by a short sentence (its measures). */
  const leaf = (name: string) => {
    if (options.provincial && r.chance(0.3)) {
      // 一是…。二是…。 on lines of their own: the task's text, not its measures.
      for (let k = 1; k <= r.int(2, 3); k++) para(`${ZH[k]}是${pools.lead.take()}。${sentence(false)}`);
    } else if (r.chance(0.2)) {
      for (let k = r.int(2, 3); k > 0; k--) {
        const lead = pools.lead.take();
        addTask(lead, name, 'MEASURE');
        para(paragraph(null, lead));
      }
    } else {
      para(paragraph(name));
    }
  };

  const workChapters = r.int(2, 4);
  for (let c = 0; c < workChapters; c++) {
    const chapterName = pools.work.take();
    const chapterNo = (counters.get(0) ?? 0) + 1;
    head(0, chapterName);
    addTask(chapterName, null, 'CHAPTER');
    if (r.chance(0.5)) para(paragraph(chapterName));
    if (options.boxesAnywhere && r.chance(0.3)) box(chapterName, [chapterNo]);
    const sections = r.int(2, 3);
    for (let s = 0; s < sections; s++) {
      const sectionName = pools.section.take();
      const sectionNo = (counters.get(1) ?? 0) + 1;
      head(1, sectionName);
      addTask(sectionName, chapterName, 'SECTION');
      if (third) {
        if (r.chance(0.4)) para(paragraph(sectionName));
        const subsections = r.int(1, 3);
        for (let k = 0; k < subsections; k++) {
          const subName = pools.sub.take();
          const subNo = (counters.get(2) ?? 0) + 1;
          const shape = r.chance(0.4) ? 'ITEMS' : r.chance(0.25) ? 'INLINE' : 'LEAF';
          if (shape === 'INLINE') {
            // Written on the heading's line: the heading is the first sentence, its text follows.
            headInline(2, subName, paragraph(subName));
            addTask(subName, sectionName, 'SUBSECTION');
          } else {
            head(2, subName);
            addTask(subName, sectionName, 'SUBSECTION');
            if (shape === 'ITEMS') {
              if (r.chance(0.5)) para(paragraph(subName));
              items(subName, 0, r.int(2, 4));
            } else {
              leaf(subName);
            }
          }
          // 专栏3-1-2 standing in (二) of 第三章第一节 sits under that subsection.
          if (options.boxesAnywhere && options.numbering === 'CHAPTER_SECTION' && r.chance(0.15)) {
            box(subName, [chapterNo, sectionNo, subNo], 0);
          } else if (options.boxesAnywhere && k < subsections - 1 && r.chance(0.15)) {
            box(sectionName, []);
          }
        }
      } else if (r.chance(0.6)) {
        if (r.chance(0.5)) para(paragraph(sectionName));
        items(sectionName, 0, r.int(2, 4));
      } else {
        leaf(sectionName);
      }
      if (r.chance(options.boxesAnywhere ? 0.45 : 0.2)) box(sectionName, [chapterNo, sectionNo]);
    }
  }
  // The closing chapter (after the goals every chapter assigns work).
  const finalName = r.pick(V.FINAL_CHAPTERS);
  head(0, finalName);
  addTask(finalName, null, 'CHAPTER');
  for (const name of r.sample(V.FINAL_SECTIONS, r.int(2, 4))) {
    head(1, name);
    addTask(name, finalName, 'SECTION');
    para(paragraph(name));
  }

  if (tableInAppendix) blocks.push(...(r.chance(0.5) ? [{ kind: 'paragraph' as const, text: '附件', role: 'heading' as const }] : []), ...tableBlocks);
  if (options.divisionTable) {
    const named = owners.filter((o) => o.source === 'SENTENCE').slice(0, 0);
    void named;
    const rows = r.sample(tasks.filter((t) => t.level === 'SUBSECTION' || t.level === 'ITEM' || t.level === 'SECTION'), 6);
    blocks.push({ kind: 'paragraph', text: '附件', role: 'heading' }, { kind: 'paragraph', text: '重点任务分工表', role: 'heading' });
    blocks.push({
      kind: 'table',
      rows: [['序号', '重点任务', '牵头单位', '配合单位'], ...rows.map((t, i) => {
        const lead = agency();
        const support = [agency(), agency()].filter((a) => a !== lead);
        owners.push({ of: t.name, ofKind: 'TASK', lead: [lead], support, source: 'DIVISION_TABLE' });
        return [String(i + 1), t.name, lead, support.join('、')];
      })],
    });
  }

  if (options.pageChrome) for (const line of r.sample(V.CHROME_AFTER(here), r.int(3, 7))) blocks.push({ kind: 'paragraph', text: line, role: 'chrome' });
  // A table of contents before the title, as pages and Word files carry it: the headings again, maybe with page numbers.
  if (options.pageChrome && r.chance(0.6)) {
    const leaders = r.chance(0.5);
    const entries = toc.map((line, k) => (leaders ? `${line}${r.pick(['……', '…………', ' ', '\t'])}${k + 1}` : line));
    const titleAt = blocks.findIndex((b) => b.kind === 'paragraph' && b.role === 'title');
    // Or a cover page: the title above the contents, not repeated after them, the preamble following the contents.
    const cover = r.chance(0.4);
    const at = cover ? titleAt + 1 : titleAt;
    blocks.splice(at, 0, ...[r.pick(['目录', '目  录']), ...entries].map((text) => ({ kind: 'paragraph' as const, text, role: 'chrome' as const })));
  }
  if (options.junkInside) injectJunk(r, blocks, junk);

  const jurisdiction = [place.province, place.city, place.county].filter(Boolean).join('/');
  return {
    seed,
    doc: { blocks, runningHeader: title.replace(/（2026—2030年）$/, '') },
    truth: { title, period: { start: 2026, end: 2030 }, jurisdiction, tasks, indicators, citations, owners },
  };
}

/** Chrome lines and the page's junk string put anywhere in the body: between blocks, and inside paragraphs. */
function injectJunk(r: Random, blocks: PlanBlock[], junk: string): void {
  const first = blocks.findIndex((b) => b.kind === 'paragraph' && b.role === 'title') + 2;
  const last = blocks.length - 1 - [...blocks].reverse().findIndex((b) => b.kind === 'paragraph' && b.role !== 'chrome');
  for (let n = r.int(3, 6); n > 0; n--) {
    const at = r.int(first, last);
    const line = r.chance(0.4) ? junk : r.pick(V.CHROME_INSIDE);
    blocks.splice(at, 0, { kind: 'paragraph', text: line, role: 'chrome' });
  }
  // Inside a paragraph's text, after its first sentence (a measure's lead stays whole).
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || b.role !== 'body' || !r.chance(0.15)) continue;
    const cut = b.text.indexOf('，', b.text.indexOf('。') + 1);
    if (cut > 0) b.text = `${b.text.slice(0, cut + 1)}${junk}${b.text.slice(cut + 1)}`;
  }
}

/** A goals paragraph listing targets, one a clause, with measures the table does not hold. */
function writeGoalTargets(r: Random, para: (text: string) => void, truth: TruthIndicator[]): void {
  const taken = new Set(truth.map((t) => t.name));
  const measures = r.sample(MEASURES.filter((m) => !taken.has(m.name) && !m.name.startsWith('新建')), r.int(2, 4));
  const clauses = measures.map((m) => {
    const shape: Shape = r.pick(m.shapes);
    const w = writeTarget(r, m, shape, false, false);
    const v = w.truth.value;
    const u = m.unit;
    const [clause, kind, ceiling] = ((): [string, TruthIndicator['kind'], boolean] => {
      switch (shape) {
        case 'GROWTH': return [`${m.name}年均增长${v}%`, 'GROWTH', false];
        case 'CUMULATIVE': return [r.pick([`“十五五”期间，${m.name}累计达到${v}${u}`, `2026—2030年${m.name}累计达到${v}${u}`]), 'CUMULATIVE', false];
        case 'ANNUAL': return [r.pick([`${m.name}每年保持在${v}${u}以上`, `${m.name}每年新增${v}${u}以上`]), 'ANNUAL', false];
        case 'CEILING': return [`${m.name}控制在${v}${u}以内`, 'LEVEL', true];
        default: return [`${m.name}达到${v}${u}${r.pick(['', '以上'])}`, 'LEVEL', false];
      }
    })();
    truth.push({ name: m.name, attribute: null, kind, value: v, ceiling, unit: shape === 'GROWTH' ? '%' : u });
    return clause;
  });
  para(`——${r.pick(['发展基础更加坚实', '监管效能明显提升', '质量水平稳步提高'])}。到2030年，${clauses.join('；')}。`);
}

/** The indicators: a table (with a caption, maybe a note and a duplicated row) or numbered lines. */
function writeIndicators(r: Random, options: TemplateOptions, blocks: PlanBlock[], truth: TruthIndicator[], subheading: (name: string) => void, inAppendix: boolean): void {
  const measures = r.sample(MEASURES, r.int(6, 14));
  const attributeOf = () => (r.chance(0.4) ? 'BINDING' : 'EXPECTED') as 'BINDING' | 'EXPECTED';
  const zh = (a: 'BINDING' | 'EXPECTED') => (a === 'BINDING' ? '约束性' : '预期性');
  if (options.indicators === 'LIST') {
    subheading(r.pick(['主要指标', '具体指标']));
    measures.forEach((m, i) => {
      const shape = r.pick(m.shapes);
      const attribute = attributeOf();
      if (r.chance(0.35)) {
        // A sentence, its attribute after it: ——到2030年，名称达到98%（约束性）。 / 3.名称每年不少于10项（预期性）。
        const target = writeTarget(r, m, shape, false, false);
        truth.push({ name: m.name, attribute, ...target.truth });
        // A sentence writes a five-year total in words ([53] is a table's way).
        const joined = target.text.replace(/^力争/, '达到').replace(/^[[［](\d+(?:\.\d+)?)[\]］]/, '累计达到$1');
        const verb = /^\d/.test(joined) && !/[—-]/.test(joined) ? r.pick(['达到', '保持在']) : '';
        const period = shape === 'GROWTH' || shape === 'CUMULATIVE' ? r.pick(['', '“十五五”期间，', '2026—2030年，']) : r.pick(['', '到2030年，']);
        const lead = r.pick(['——', `${i + 1}.`, `（${i + 1}）`]);
        blocks.push({ kind: 'paragraph', text: `${lead}${period}${m.name}${verb}${joined}（${zh(attribute)}）。`, role: 'body' });
        return;
      }
      // 市场主体总量（万户）：2025年30，2030年40 — the unit after the name, the figures bare.
      const unitAfterName = shape !== 'GROWTH' && r.chance(0.25);
      const target = writeTarget(r, m, shape, unitAfterName, r.chance(0.4));
      truth.push({ name: m.name, attribute, ...target.truth });
      const value = /^(?:到|\d{4}—|“)/.test(target.text) || r.chance(0.3) ? target.text : `2025年${writeBase(r, m, shape, unitAfterName)}，2030年${target.text}`;
      const number = r.pick([`${i + 1}. `, `${i + 1}.`, `${i + 1}、`, `（${i + 1}）`]);
      blocks.push({ kind: 'paragraph', text: `${number}${m.name}${unitAfterName ? `（${m.unit}）` : ''}：${value}（${zh(attribute)}）${r.pick(['。', '；', ''])}`, role: 'body' });
    });
    return;
  }
  const withCategory = r.chance(0.6);
  const withUnit = r.chance(0.7);
  // With no unit column, the unit may follow the name: 食品抽检合格率（%）.
  const unitAfterName = !withUnit && r.chance(0.5);
  const withBase = r.chance(0.7);
  const header = [
    ...(withCategory ? [r.pick(['类别', '领域', '分类'])] : []), r.pick(['序号', '编号']), r.pick(['指标', '指标名称']),
    ...(withUnit ? [r.pick(['单位', '计量单位'])] : []), ...(withBase ? [r.pick(['2025年基期值', '2025年', '基期值（2025年）'])] : []),
    r.pick(['2030年目标值', '2030年', '目标值（2030年）']), ...(options.provincial ? [r.pick(['“十五五”累计', '五年累计', '累计'])] : []),
    r.pick(['属性', '指标属性', '指标性质']), ...(options.provincial ? ['备注'] : []),
  ];
  const title = `${r.pick(['“十五五”', ''])}${r.pick(['市场监管', '规划'])}主要${r.pick(['指标', '目标指标', '发展指标'])}`;
  // 表1 …指标, 专栏1 …指标, or the title alone; 附表1 in an appendix.
  const caption = inAppendix ? `附表1${r.pick([' ', '　', ''])}${title}` : r.pick([`${r.pick(['表1', '表 1'])}${r.pick([' ', '　', ''])}${title}`, `专栏1 ${title}`, title]);
  blocks.push({ kind: 'paragraph', text: caption, role: 'heading' });
  // A Word table centres short headings with a space: 指　标, 单　位.
  const rows: string[][] = [options.wordLook ? header.map((h) => (h.length === 2 && r.chance(0.6) ? `${h[0]}　${h[1]}` : h)) : header];
  if (options.twoRowHeader) {
    // 基期值 and 目标值 under one merged cell: the years go to a second header row.
    const years = header.map((h) => (/\d{4}/.test(h) ? /(\d{4})/.exec(h)![1] + '年' : ''));
    if (years.filter(Boolean).length === 2) {
      const first = years.findIndex(Boolean);
      rows[0] = header.map((h, c) => (years[c] ? (c === first ? '指标值' : '') : h));
      rows.push(years);
    }
  }
  const categories = r.sample(CATEGORIES, 3);
  let duplicated = false;
  measures.forEach((m, i) => {
    const shape: Shape = r.pick(m.shapes);
    const attribute = attributeOf();
    // A row named for the period (“十五五”期间累计…, 2026—2030年…: a total over it, the figure bare) or with a note's mark.
    const overPeriod = options.goalTargets && shape === 'CUMULATIVE' && !unitAfterName && r.chance(0.5);
    const written = writeTarget(r, m, shape, withUnit || (unitAfterName && shape !== 'GROWTH'), r.chance(0.1));
    const target = overPeriod ? { ...written, text: `${written.truth.value}${withUnit ? '' : m.unit}` } : written;
    const rowName = overPeriod ? `${r.pick(['“十五五”期间累计', '2026—2030年', '“十五五”期间'])}${m.name}` : options.goalTargets && r.chance(0.1) ? `${m.name}*` : m.name;
    truth.push({ name: m.name, attribute, ...target.truth });
    const category = categories[Math.min(2, Math.floor((i * 3) / measures.length))];
    const firstOfCategory = i === 0 || categories[Math.min(2, Math.floor(((i - 1) * 3) / measures.length))] !== category;
    const row = [
      ...(withCategory ? [firstOfCategory ? category : ''] : []), String(i + 1), unitAfterName ? `${rowName}（${shape === 'GROWTH' ? '%' : m.unit}）` : rowName,
      ...(withUnit ? [shape === 'GROWTH' ? '%' : m.unit] : []), ...(withBase ? [writeBase(r, m, shape, withUnit || unitAfterName)] : []),
      // A five-year total stands in the total's column, the target year's left —.
      ...(options.provincial ? (shape === 'CUMULATIVE' ? ['—', target.text] : [target.text, '—']) : [target.text]), zh(attribute),
      ...(options.provincial ? [r.chance(0.7) ? '' : r.pick(['第三方测评', '含国家级和省级', '五年新增'])] : []),
    ];
    rows.push(row);
    // A row printed twice (a page break repeats it): one indicator, not two.
    if (!duplicated && r.chance(0.08)) {
      rows.push(row.map((c, k) => (k === 0 && withCategory ? '' : c)));
      duplicated = true;
    }
  });
  blocks.push({ kind: 'table', rows });
  if (r.chance(0.5)) blocks.push({ kind: 'paragraph', text: r.pick(['注：[ ]内为五年累计数。', '注：带[]的指标为2026—2030年累计数，其余为2030年目标值。', '注：1.基期值为2025年数据；2.“—”表示无基期值。']), role: 'body' });
}
