import { SeedValidationError, buildPlanGraph, loadPlanGraphFromDisk, readPlanInputs } from '../../seed/build';
import { parseImportedText } from '../../src/importer/parse/planText';
import { PLAN_DIR } from '../support/paths';

const inputs = readPlanInputs(PLAN_DIR);
const parsed = parseImportedText(inputs.source);
const graph = loadPlanGraphFromDisk(PLAN_DIR);

describe('where each 专栏 sits', () => {
  it('every 专栏 sits under the subsection it stands in when its number names it, else under its section (hand-checked against the text)', () => {
    const parents = Object.fromEntries(parsed.tasks.filter((t) => t.level === 'COLUMN').map((t) => [t.code, t.parentCode]));
    expect(parents).toEqual({
      'Z3-1-1': '3.1.1', // after (一)持续深化商事制度改革's paragraphs, before (二)
      'Z3-1-2': '3.1.2',
      'Z3-2-1': '3.2.1',
      'Z3-2-2': '3.2', // after (六), its items span (三)-(六): the whole section's
      'Z3-3-1': '3.3.1',
      'Z3-3-2': '3.3.2',
      'Z3-3-3': '3.3.3', // inside (三)深入推进特种设备安全监管现代化
      'Z3-5-1': '3.5', // after (六), items 1-6 mirror (一)-(六)
      'Z3-6-1': '3.6',
      'Z4-1-4': '4.1.4',
    });
  });

  it('a 专栏 under a subsection stands in that subsection in the text: after its heading and before the next one', () => {
    const lines = inputs.source.split('\n');
    for (const column of parsed.tasks.filter((t) => t.level === 'COLUMN' && t.parentCode?.split('.').length === 3)) {
      const parent = parsed.tasks.find((t) => t.code === column.parentCode)!;
      const between = lines.slice(parent.line, column.line - 1).map((l) => l.trim());
      expect(parent.line).toBeLessThan(column.line);
      expect(between.filter((l) => /^[（(][一二三四五六七八九十]+[)）]|^第[一二三四五六七八九十]+[节章]/.test(l))).toEqual([]);
    }
  });
});

describe('evidence on judgment edges', () => {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const marked = new Set<string>();
  for (const [code, { curation }] of inputs.tasks) {
    for (const s of curation.supports) if (s.heading) marked.add(`Task:lps-msm-14:${code}|SUPPORTS|Goal:lps-msm-14:${s.goal}`);
    for (const m of curation.moves) if (m.heading) marked.add(`Task:lps-msm-14:${code}|MOVES|Indicator:lps-msm-14:${m.indicator}`);
  }

  it('no MOVES or SUPPORTS edge quotes only its task’s heading unless the curation marks heading: true', () => {
    const headingOnly = graph.edges
      .filter((e) => (e.type === 'MOVES' || e.type === 'SUPPORTS') && e.props.quote === nodes.get(e.from)!.props.quote)
      .map((e) => `${e.from}|${e.type}|${e.to}`);
    expect(headingOnly.filter((k) => !marked.has(k))).toEqual([]);
    // Each mark is used by an edge that really quotes the heading.
    expect(headingOnly.sort()).toEqual([...marked].sort());
    expect(graph.edges.filter((e) => e.type === 'MOVES' && marked.has(`${e.from}|MOVES|${e.to}`))).toEqual([]);
  });

  it('every curated MOVES or SUPPORTS quote is a sentence of its own task’s text (or its heading when marked)', () => {
    for (const e of graph.edges.filter((x) => (x.type === 'MOVES' || x.type === 'SUPPORTS') && x.props.origin === 'CURATED' && x.from.startsWith('Task:'))) {
      const task = nodes.get(e.from)!;
      expect(`${e.from}: ${String(task.props.text)}\n${task.props.quote}`).toContain(e.props.quote);
    }
  });

  it('refuses a MOVES without evidence, a quote from another task, and a quote plus heading', () => {
    const broken = readPlanInputs(PLAN_DIR);
    const task = (code: string) => broken.tasks.get(code)!.curation;
    task('3.3.3.i2').moves.push({ indicator: '35' });
    task('3.3.3.i5').moves.push({ indicator: '36', quote: '执法案件公示率达100%。' });
    task('3.3.4.m2').supports.push({ goal: 'G-SPECIFIC-5', quote: '加强农村市场和农资产品监管。', heading: true });
    let error: unknown;
    try {
      buildPlanGraph(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    const messages = (error as SeedValidationError).problems.map((p) => `${p.key}: ${p.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^3\.3\.3\.i2\.moves: indicator 35: needs a quote/),
      expect.stringMatching(/^3\.3\.3\.i5\.moves: indicator 36: quote is not in this task's own text/),
      expect.stringMatching(/^3\.3\.4\.m2\.supports: G-SPECIFIC-5: give a quote or heading: true, not both/),
    ]));
  });
});

describe('the roll-up rule in the curation', () => {
  it('a task with no text of its own (all in its items) moves nothing itself', () => {
    const textless = new Set(graph.nodes.filter((n) => n.label === 'Task' && !n.props.text).map((n) => n.id));
    expect(graph.edges.filter((e) => e.type === 'MOVES' && textless.has(e.from)).map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it('the 3.3 gaps the issue found are filled, each with the sentence that says it', () => {
    const quoteOf = (task: string, indicator: string) =>
      graph.edges.find((e) => e.type === 'MOVES' && e.from === `Task:lps-msm-14:${task}` && e.to === `Indicator:lps-msm-14:${indicator}`)?.props.quote;
    expect(quoteOf('3.3.1.i1', '21')).toContain('实施食品生产小作坊提质行动');
    expect(quoteOf('3.3.1.i5', '24')).toContain('群众满意度');
    expect(quoteOf('3.3.2', '31')).toBe('进一步完善药品不良反应监管工作机制。');
    expect(quoteOf('3.3.2', '32')).toBe('进一步完善药品不良反应监管工作机制。');
    expect(quoteOf('Z3-3-3.i2', '36')).toContain('深化“特种设备风险分级管控与隐患排查治理信息化管理系统”建设');
    expect(quoteOf('Z3-3-3.i3.m3', '36')).toContain('巩固完善隐患排查治理和行政执法相结合的机制');
    expect(quoteOf('Z3-3-3.i3.m4', '37')).toBe('执法案件公示率达100%。');
    expect(quoteOf('3.3.3.i2', '36')).toContain('进一步落实属地和行业特种设备安全监管职责');
    expect(quoteOf('3.3.3.i4', '36')).toContain('三升三降');
  });

  it('indicator 21 is owned by the county-level regulators the text makes responsible', () => {
    const owned = graph.edges.filter((e) => e.type === 'OWNED_BY' && e.from === 'Indicator:lps-msm-14:21');
    expect(owned.map((e) => e.props.quote)).toEqual(['强化县级市场监管部门负责食品生产加工小作坊的日常监管,制定有针对性的监督检查计划。']);
  });
});
