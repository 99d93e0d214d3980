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
    expect(quoteOf('3.3.3.i4', '36')).toContain('三升三降');
  });

  it('the weak edges of issue 24 are gone, and the two missed movers carry their sentences', () => {
    const edge = (type: string, from: string, to: string) => graph.edges.find((e) => e.type === type && e.from === from && e.to === to);
    const task = (code: string) => `Task:lps-msm-14:${code}`;
    const indicator = (code: string) => `Indicator:lps-msm-14:${code}`;
    for (const [from, to] of [['3.3.4.m3', '30'], ['Z3-3-1.i1.m1', '19'], ['3.3.3.i2', '36'], ['4.3.1', '36']]) expect([from, to, edge('MOVES', task(from), indicator(to))]).toEqual([from, to, undefined]);
    expect(graph.edges.filter((e) => e.type === 'IN_REMIT_OF' && e.to === 'Agency:lps-legal-metrology-institution')).toEqual([]);
    expect(edge('SUPPORTS', task('3.7.2.m1'), 'Goal:lps-msm-14:G-SPECIFIC-3')?.props.quote).not.toContain('积极参与,主动作为');
    expect(edge('MOVES', task('3.3.1.i2'), indicator('19'))?.props.quote).toContain('严把超市、农贸市场、冷库等在食品及食用农产品采购、储存、经营等环节质量控制关');
    expect(edge('MOVES', task('Z3-5-1.i6.m2'), indicator('T36'))?.props.quote).toContain('推动检验检测认证服务业做优做大做强');
  });

  it('text targets have names that stand on their own, and distinct indicators distinct names', () => {
    const textTargets = graph.nodes.filter((n) => n.label === 'Indicator' && n.props.source === 'TEXT');
    const name = (code: string) => textTargets.find((n) => n.props.code === code)?.props.name;
    expect(['T10', 'T14', 'T26', 'T33', 'T40', 'T43'].map(name)).toEqual([
      '查实案件进行查处', '企业安全管理人员每年抽考合格率', '特种设备隐患排查“两个清单”限期整改率', '重大隐患限期整改率', '市市场监管局县处级干部培训学时', '新进从事医疗器械监管工作的人员培训学时',
    ]);
    const names = textTargets.map((n) => n.props.name);
    expect(names.filter((n, k) => names.indexOf(n) !== k)).toEqual([]);
  });

  it('refuses a name pieced from words its quote does not write', () => {
    const inputs = readPlanInputs(PLAN_DIR);
    const t14 = inputs.indicators.text.find((t) => t.code === 'T14')!;
    t14.nameParts = ['企业安全管理人员', '考试合格率'];
    t14.name = '企业安全管理人员考试合格率';
    expect(() => buildPlanGraph(inputs)).toThrow(/考试合格率/);
  });

  it('indicator 21 is owned by the county-level regulators the text makes responsible', () => {
    const owned = graph.edges.filter((e) => e.type === 'OWNED_BY' && e.from === 'Indicator:lps-msm-14:21');
    expect(owned.map((e) => e.props.quote)).toEqual(['强化县级市场监管部门负责食品生产加工小作坊的日常监管,制定有针对性的监督检查计划。']);
  });
});
