/**
 * Synthetic plan texts for the importer's tests: one fictional plan (青山市, 十五五) written in four layouts, as
 * scraped web pages (chrome, a table of contents, injected junk), with the outline the importer must recover. No
 * real plan's text is used.
 */

/** The layouts the generator writes. */
export type Layout = 'A' | 'B' | 'C' | 'D';

interface Part {
  title: string;
  paragraphs?: string[];
  children?: Part[];
  box?: { title: string; items: { title: string; text: string }[] };
}

/** One expected task: code, level, name, parent. */
export interface ExpectedTask {
  code: string;
  level: string;
  name: string;
  parentCode: string | null;
}

/** An expected indicator row. */
export interface ExpectedIndicator {
  number: number;
  name: string;
  unit: string | null;
  category: string | null;
  baseline: { value: number; year: number | null } | null;
  target: { value: number; unit: string | null; comparator: string; kind: string; ceiling: boolean; year: number };
  attribute: 'BINDING' | 'EXPECTED';
}

export const JUNK = '好运来';
const ZH = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const CIRCLED = ['', '①', '②', '③', '④', '⑤'];

/** The work chapters (chapters 3–5), the same in every layout. */
function workChapters(title: (n: string) => string): Part[] {
  return [
    {
      title: '优化营商环境',
      children: [
        {
          title: '深化登记注册改革',
          children: [
            { title: '推进企业开办便利化', paragraphs: [`由市市场监管局牵头，会同市税务局、市公安局推进企业开办全程网办，企业开办全程网办率达到95%以上。贯彻落实《中华人民共和国市场主体登记管理条例》，${JUNK}简化登记材料。`] },
            {
              title: '完善企业退出机制',
              children: [
                { title: '推行简易注销', paragraphs: ['扩大简易注销适用范围，压缩公告时间。'] },
                { title: '清理长期停业企业', paragraphs: ['依据《青山市企业信用监管办法》，分类清理长期停业企业。'] },
              ],
            },
          ],
          box: { title: `${title('登记便利化')}专项行动`, items: [{ title: '企业开办一网通办', text: '企业开办时间压缩至1个工作日。' }, { title: '电子营业执照推广', text: '推广电子营业执照跨区域应用。' }] },
        },
        {
          title: '加强网络市场监管',
          children: [{ title: '规范网络交易', paragraphs: ['加强网络交易监管。依法查处网络交易违法行为，执行青府办发〔2025〕12号文件要求。', '规范直播营销。督促直播营销平台落实主体责任。'] }],
        },
      ],
    },
    {
      title: '守牢质量安全底线',
      children: [
        {
          title: '强化食品安全监管',
          children: [{ title: '加强食品抽检', paragraphs: ['严格执行GB 2763-2021，市农业农村局配合做好食用农产品抽检，提高食品抽检合格率。落实《青山市食品安全条例》。'] }],
        },
      ],
    },
    {
      title: '保障措施',
      children: [{ title: '加强组织领导', paragraphs: ['各区县人民政府负责本地区规划实施，将规划任务纳入年度考核。'] }],
    },
  ];
}

const INDICATORS: ExpectedIndicator[] = [
  { number: 1, name: '市场主体总量', unit: '万户', category: '营商环境', baseline: { value: 30, year: 2025 }, target: { value: 40, unit: '万户', comparator: 'EQ', kind: 'LEVEL', ceiling: false, year: 2030 }, attribute: 'EXPECTED' },
  { number: 2, name: '企业开办全程网办率', unit: '%', category: '营商环境', baseline: { value: 90, year: 2025 }, target: { value: 98, unit: '%', comparator: 'GTE', kind: 'LEVEL', ceiling: false, year: 2030 }, attribute: 'BINDING' },
  { number: 3, name: '食品抽检合格率', unit: '%', category: '质量安全', baseline: { value: 97, year: 2025 }, target: { value: 98, unit: '%', comparator: 'GTE', kind: 'LEVEL', ceiling: false, year: 2030 }, attribute: 'BINDING' },
  { number: 4, name: '新增有效发明专利', unit: '件', category: '质量安全', baseline: { value: 1200, year: 2025 }, target: { value: 2000, unit: '件', comparator: 'EQ', kind: 'CUMULATIVE', ceiling: false, year: 2030 }, attribute: 'EXPECTED' },
  { number: 5, name: '特种设备万台死亡率', unit: '人/万台', category: '质量安全', baseline: { value: 0.2, year: 2025 }, target: { value: 0.15, unit: '人', comparator: 'LTE', kind: 'LEVEL', ceiling: true, year: 2030 }, attribute: 'BINDING' },
];
const TARGET_CELLS = ['40万户', '98%以上', '不低于98%', '[2000]件', '≤0.15人/万台'];
const BASE_CELLS = ['30', '90', '97', '[1200]', '0.2'];
const BARE_TARGETS = ['40', '98以上', '不低于98', '[2000]', '≤0.15'];

/** The layouts' numbering of a heading at depth 0..3. */
function marker(layout: Layout, depth: number, n: number): string {
  const table: Record<Layout, ((n: number) => string)[]> = {
    A: [(k) => `第${ZH[k]}章 `, (k) => `第${ZH[k]}节 `, (k) => `(${ZH[k]})`, (k) => `${k}、`],
    B: [(k) => `${ZH[k]}、`, (k) => `（${ZH[k]}）`, (k) => `${k}.`, (k) => `(${k})`],
    C: [(k) => `${ZH[k]}、`, (k) => `（${ZH[k]}）`, (k) => `${k}、`, (k) => CIRCLED[k]],
    D: [(k) => `第${ZH[k]}章 `, (k) => `（${ZH[k]}）`, (k) => `${k}.`, (k) => `(${k})`],
  };
  return table[layout][depth](n);
}

/** How many levels the layout numbers as structure (chapters, sections, subsections); deeper levels are items. */
const STRUCTURAL_DEPTH: Record<Layout, number> = { A: 3, B: 2, C: 2, D: 2 };

function boxHeading(layout: Layout, chapter: number, section: number, k: number, title: string): { line: string; number: string } {
  if (layout === 'A') return { line: `专栏${chapter}-${section}-${k}：${title}`, number: `${chapter}-${section}-${k}` };
  if (layout === 'B') return { line: `专栏${k} ${title}`, number: `${k}` };
  if (layout === 'C') return { line: `【专栏${k}】${title}`, number: `${k}` };
  return { line: `专栏${chapter}-${k}：${title}`, number: `${chapter}-${k}` };
}

function boxItem(layout: Layout, k: number, title: string): string {
  return layout === 'A' || layout === 'D' ? `${k}、${title}` : layout === 'B' ? `0${k} ${title}` : `0${k}、${title}`;
}

function goalsAndTable(layout: Layout): string[] {
  const h = (depth: number, n: number, t: string) => `${marker(layout, depth, n)}${t}`;
  const overall = '到2030年，现代市场监管体系基本建成，市场环境更加公平有序。';
  const vision = '展望2035年，市场监管治理能力全面现代化。';
  const specific = ['营商环境更加优化。企业开办更加便利，市场主体活力充分激发。', '质量安全更有保障。食品和特种设备安全形势稳定向好。'];
  const lines: string[] = [];
  if (layout === 'A') {
    lines.push(h(0, 2, '总体要求'), h(1, 1, '指导思想'), '坚持以人民为中心，统筹发展和安全。', h(1, 2, '发展目标'), h(2, 1, '总体目标'), overall, vision, h(2, 2, '具体目标'), ...specific, '具体目标见表1');
    lines.push('表1 主要指标', '类别', '序号', '指标', '2030年目标值', '指标属性');
    INDICATORS.forEach((ind, i) => {
      if (i === 0 || INDICATORS[i - 1].category !== ind.category) lines.push(ind.category!);
      lines.push(`${ind.number} `, ind.name, TARGET_CELLS[i], ind.attribute === 'BINDING' ? '约束性' : '预期性');
    });
  } else if (layout === 'B') {
    lines.push(h(0, 2, '总体要求'), h(1, 1, '指导思想'), '坚持以人民为中心，统筹发展和安全。', h(1, 2, '主要目标'), overall, vision, ...specific.map((s, i) => `${i + 1}.${s}`));
    lines.push('表1  主要指标', '序号    指标名称    单位    2025年基期值    2030年目标值    属性');
    INDICATORS.forEach((ind, i) => {
      if (i === 0 || INDICATORS[i - 1].category !== ind.category) lines.push(ind.category!);
      lines.push(`${ind.number}    ${ind.name}    ${ind.unit}    ${BASE_CELLS[i]}    ${BARE_TARGETS[i]}    ${ind.attribute === 'BINDING' ? '约束性' : '预期性'}`);
    });
  } else if (layout === 'C') {
    lines.push(h(0, 2, '总体要求'), h(1, 1, '指导思想'), '坚持以人民为中心，统筹发展和安全。', h(1, 2, '主要目标'), overall, vision, ...specific.map((s, i) => `${i + 1}.${s}`), h(1, 3, '主要指标'));
    const list = [
      '1. 市场主体总量：2025年30万户，2030年达到40万户（预期性）。',
      '2. 企业开办全程网办率：2025年90%，2030年达到98%以上（约束性）。',
      '3. 食品抽检合格率：2025年97%，2030年不低于98%（约束性）。',
      '4. 新增有效发明专利：2025年[1200]件，2030年[2000]件（预期性）。',
      '5. 特种设备万台死亡率：2025年0.2人/万台，2030年≤0.15人/万台（约束性）。',
      '6. 每万人口高价值发明专利拥有量：2025年4.2件，2030年达到8件（预期性）。',
    ];
    lines.push(...list);
  } else {
    lines.push(h(0, 2, '发展目标'), h(1, 1, '总体目标'), overall, vision, h(1, 2, '具体目标'), ...specific, '主要指标如下表。');
    lines.push('表1 “十五五”市场监管主要指标', '类别', '序号', '指标名称', '单位', '2025年', '2030年', '属性');
    INDICATORS.forEach((ind, i) => {
      if (i === 0 || INDICATORS[i - 1].category !== ind.category) lines.push(ind.category!);
      lines.push(String(ind.number), ind.name, ind.unit!, BASE_CELLS[i], BARE_TARGETS[i], ind.attribute === 'BINDING' ? '约束性' : '预期性');
    });
  }
  return lines;
}

/** What the importer must find in a generated text. */
export interface SyntheticPlan {
  text: string;
  title: string;
  tasks: ExpectedTask[];
  indicators: ExpectedIndicator[];
  junk: string;
}

/**
 * A plan text in one of four layouts, as a scraped page: breadcrumb and field chrome, a table of contents (A, B),
 * injected junk, the body, and a footer. `title` and `follows` let a test write a plan that follows another.
 */
export function syntheticPlan(layout: Layout, options: { title?: string; follows?: string[]; renames?: Record<string, string>; tableOnly?: boolean } = {}): SyntheticPlan {
  const title = options.title ?? '青山市“十五五”市场监管规划';
  const follows = options.follows ?? ['青山市国民经济和社会发展第十五个五年规划纲要', '青山省“十五五”市场监管规划'];
  const chapters = workChapters((t) => t);
  const tasks: ExpectedTask[] = [];
  const body: string[] = [];
  const depthN = STRUCTURAL_DEPTH[layout];
  const levelName = (depth: number) => (depth < depthN ? ['CHAPTER', 'SECTION', 'SUBSECTION'][depth] : 'ITEM');
  let boxes = 0;
  const walk = (part: Part, depth: number, n: number, parent: ExpectedTask | null, path: number[]) => {
    const code = parent === null ? String(n) : depth < depthN ? `${parent.code}.${n}` : `${parent.code}.i${n}`;
    const task = { code, level: levelName(depth), name: part.title, parentCode: parent?.code ?? null };
    tasks.push(task);
    body.push(`${marker(layout, depth, n)}${part.title}`);
    const paragraphs = part.paragraphs ?? [];
    if (paragraphs.length > 1) {
      // Several paragraphs led by a short sentence: each is a measure of the task.
      paragraphs.forEach((p, i) => tasks.push({ code: `${code}.m${i + 1}`, level: 'MEASURE', name: p.slice(0, p.indexOf('。')), parentCode: code }));
    }
    body.push(...paragraphs);
    (part.children ?? []).forEach((c, i) => walk(c, depth + 1, i + 1, task, [...path, i + 1]));
    if (part.box) {
      boxes++;
      const b = boxHeading(layout, path[0], path[1], 1, part.box.title);
      const boxTask = { code: `Z${b.number}`, level: 'COLUMN', name: part.box.title, parentCode: code };
      tasks.push(boxTask);
      body.push(b.line);
      part.box.items.forEach((item, i) => {
        tasks.push({ code: `${boxTask.code}.i${i + 1}`, level: 'COLUMN_ITEM', name: item.title, parentCode: boxTask.code });
        body.push(boxItem(layout, i + 1, item.title), item.text);
      });
    }
  };
  chapters.forEach((c, i) => walk(c, 0, i + 3, null, [i + 3]));
  void boxes;
  const renamed = (name: string) => options.renames?.[name] ?? name;
  const context = [
    `${marker(layout, 0, 1)}发展基础`,
    '“十四五”时期，全市市场监管工作取得积极成效，市场主体总量达到30万户。',
    ...goalsAndTable(layout).map((l) => Object.entries(options.renames ?? {}).reduce((x, [from, to]) => x.split(from).join(to), l)),
  ];
  const preamble = `为推进市场监管现代化，根据${follows.map((f) => `《${f}》`).join('和')}，结合本市实际，编制本规划。`;
  const toc = layout === 'A' || layout === 'B' ? ['目  录', context[0], `${marker(layout, 0, 2)}总体要求`, ...chapters.map((c, i) => `${marker(layout, 0, i + 3)}${c.title}`)] : [];
  const page = [
    JUNK,
    '',
    `您现在的位置：首页 » 政策文件 » ${title}`,
    '发布机构：青山市市场监督管理局    发布日期：2026-03-01',
    '',
    ...toc.flatMap((l) => [l, '']),
    title,
    '',
    preamble,
    '',
    ...context.flatMap((l) => [l, '']),
    ...body.flatMap((l) => [l, '']),
    layout === 'D' ? '上一篇：青山市市场监管工作要点' : '扫一扫在手机打开当前页面',
    '下一篇：无',
    '版权所有：青山市人民政府',
  ];
  const text = layout === 'B' ? page.join('\r\n') : page.join('\n');
  const indicators = INDICATORS.map((i) => ({ ...i, name: renamed(i.name) }));
  return { text, title, tasks, indicators, junk: JUNK };
}
