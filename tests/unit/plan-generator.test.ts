import { formatTable, scoreTable, type ScoreRow } from '../../bench/planScore';
import { parseImportedText } from '../../src/importer/parse/planText';
import { generateLayout, generatePlan, LAYOUTS } from '../support/planGenerator';
import { renderTxt } from '../support/planGenerator/renderText';
import { scorePlan } from '../support/planScore';

/** The aim the issue sets: every layout's plans read at 98% or better on tasks, indicators and citations. */
const AIM = 0.98;

describe('plans the generator writes, read by the importer', () => {
  let rows: ScoreRow[];
  beforeAll(async () => {
    rows = await scoreTable(25);
  });

  it('writes at least eight layouts, 25 plans each, over 200 in all', () => {
    const generated = rows.filter((r) => LAYOUTS.some((l) => l.name === r.name));
    expect(generated.length).toBeGreaterThanOrEqual(9);
    expect(generated.every((r) => r.plans >= 25)).toBe(true);
    expect(generated.reduce((n, r) => n + r.plans, 0)).toBeGreaterThanOrEqual(200);
  });

  it.each(LAYOUTS.map((l) => l.name))('layout %s: task units, indicators and citations at 98%% or better, none refused', (name) => {
    const row = rows.find((r) => r.name === name)!;
    expect(row.refused).toEqual([]);
    const f1 = { tasks: row.score.tasks.f1, indicators: row.score.indicators.f1, citations: row.score.citations.f1 };
    for (const [metric, value] of Object.entries(f1)) expect({ metric, ok: value >= AIM, value, table: value >= AIM ? '' : formatTable(rows) }).toMatchObject({ metric, ok: true });
  });

  it('reads the real plan as the seed curated it (186 tasks, 47 indicators, 50 citations)', () => {
    const real = rows.find((r) => r.name.startsWith('real plan'))!;
    expect(real.score.tasks).toMatchObject({ truth: 186, agreed: 186 });
    expect(real.score.indicators).toMatchObject({ truth: 47, agreed: 47 });
    expect(real.score.citations).toMatchObject({ truth: 50, agreed: 50 });
  });
});

describe('the generator', () => {
  it('writes the same plan from the same seed, and another from another seed', () => {
    const options = LAYOUTS[0].template(3);
    expect(generatePlan(3, options)).toEqual(generatePlan(3, options));
    expect(generatePlan(4, options).truth.tasks).not.toEqual(generatePlan(3, options).truth.tasks);
  });

  it('writes every target shape the issue names', async () => {
    const plans = (await Promise.all(LAYOUTS.map((l) => generateLayout(l, 25)))).flat();
    const cells = plans.flatMap((p) => p.doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : [b.text])));
    const all = cells.join('\n');
    for (const shape of [/\d以上/, /不低于\d/, /控制在[\d.]+%以内/, /≤[\d.]/, /年均增长\d/, /\[\d+\]/, /累计新增\d/, /累计达到\d/, /每年≥\d/, /每年保持在[\d.]+%以上/, /\d%—\d/, /2026—2030年累计/, /“十五五”期间年均增长/, /^注：/m]) {
      expect({ shape: String(shape), found: shape.test(all) }).toEqual({ shape: String(shape), found: true });
    }
  });
});

describe('nothing is dropped silently', () => {
  const plan = generatePlan(77, { numbering: 'CHAPTER_SECTION', indicators: 'TABLE', boxesAnywhere: true, pageChrome: true, junkInside: true });
  const text = renderTxt(plan.doc, 'CELLS', 77);

  it('keeps, attaches or lists every line of the file', () => {
    const imported = parseImportedText(text);
    expect(lostLines(text)).toEqual([]);
    expect(imported.skipped.filter((s) => s.kind === 'CHROME' || s.kind === 'JUNK').length).toBeGreaterThan(0);
    expect(imported.skipped.filter((s) => s.kind === 'OUTSIDE').length).toBeGreaterThan(0);
    expect(imported.warnings).toEqual([]);
  });

  it.each(LAYOUTS.map((l) => l.name))('layout %s: no line of any plan lost', async (name) => {
    const plans = await generateLayout(LAYOUTS.find((l) => l.name === name)!, 8);
    expect(plans.map((p) => ({ seed: p.seed, lost: lostLines(p.text) }))).toEqual(plans.map((p) => ({ seed: p.seed, lost: [] })));
  });

  it('says so loudly when a numbered heading is skipped', () => {
    const lines = text.split('\n');
    // An appendix marker standing before the closing chapter: the chapter's headings are listed as skipped, and warned of.
    const closing = lines.map((l, i) => (/^第[一二三四五六七八九十]+章/.test(l) ? i : -1)).reduce((a, b) => Math.max(a, b));
    lines.splice(closing, 0, '附件');
    const imported = parseImportedText(lines.join('\n'));
    expect(imported.skipped).toContainEqual(expect.objectContaining({ line: closing + 2, kind: 'APPENDIX' }));
    expect(imported.warnings.some((w) => w.includes(`line ${closing + 2}: a numbered heading was skipped`))).toBe(true);
  });
});

/** Lines of the file that the import neither kept (as a heading, text, a row, a goal) nor listed as skipped. */
function lostLines(text: string): { line: number; text: string }[] {
  const imported = parseImportedText(text);
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const listed = new Set([...imported.skipped.map((s) => s.line), ...imported.joined.map((j) => j.line)]);
  const kept = new Set([imported.titleLine, ...imported.tasks.map((t) => t.line), ...imported.sentences.map((s) => s.line), ...imported.unread.map((u) => u.line), ...imported.goals.map((g) => g.line)]);
  // The indicator table: from its caption to its last row, header cells and category lines included.
  const caption = lines.indexOf(imported.tableHeading ?? '\u0000') + 1;
  const rows = imported.indicators.filter((i) => i.source === 'TABLE');
  const lastRow = Math.max(0, ...rows.map((i) => i.line + i.quote.split('\n').length - 1));
  const headings = new Set([...imported.sentences, ...imported.tasks, ...imported.goals].flatMap((x) => x.sectionPath));
  const written = [...imported.tasks.flatMap((t) => t.paragraphs), ...imported.sentences.map((s) => s.text), ...rows.map((r) => r.quote), ...headings].join('\n');
  return lines
    .map((t, i) => ({ line: i + 1, text: t }))
    .filter((l) => l.text && !listed.has(l.line) && !kept.has(l.line) && !(caption > 0 && l.line >= caption && l.line <= lastRow) && !headings.has(l.text) && !written.includes(l.text));
}
