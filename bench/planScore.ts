/**
 * `npm run plan:score`: imports every generated plan (tests/support/planGenerator) and the hand-written fixtures
 * (tests/fixtures/plans/*) and scores what was read against their truth, one row per layout, with the real plan
 * (seed/source against the seed's curated graph) beside them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPlanGraphFromDisk } from '../seed/build';
import { buildImport, readRegistry } from '../src/importer/build';
import { parseJurisdiction } from '../src/importer/jurisdiction';
import { parseImportedText } from '../src/importer/parse/planText';
import { MOVES_TUNING } from '../src/importer/propose';
import { readPlanFile } from '../src/importer/read';
import type { PlanTruth } from '../tests/support/planDoc';
import { generateLayout, LAYOUTS, PDF_LAYOUTS } from '../tests/support/planGenerator';
import { scoreOwners } from '../tests/support/ownerScore';
import { refusedScore, scorePlan, sumScores, type PlanScore } from '../tests/support/planScore';
import { PLAN_DIR, ROOT, SOURCE_TEXT } from '../tests/support/paths';

/** Plans generated per layout. */
export const PLANS_PER_LAYOUT = Number(process.env.PLANS_PER_LAYOUT ?? 25);

/** The real plan's truth: the seed's curated tasks and Table 1, and the citations the seed's parser read (its skeleton). */
export function realPlanTruth(): PlanTruth {
  const seed = loadPlanGraphFromDisk(PLAN_DIR);
  const tasks = seed.nodes.filter((n) => n.label === 'Task');
  const nameOf = new Map(tasks.map((t) => [t.id, String(t.props.name)]));
  const parentOf = new Map(seed.edges.filter((e) => e.type === 'PART_OF' && e.from.startsWith('Task:') && e.to.startsWith('Task:')).map((e) => [e.from, e.to]));
  // The citations the seed's own parser read, kept as the real plan's skeleton (the parser itself is gone).
  const skeleton = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/lps-msm-14.skeleton.json'), 'utf8')) as { citations: { text: string }[] };
  return {
    title: '六盘水市“十四五”市场监管现代化规划', period: { start: 2021, end: 2025 }, jurisdiction: '贵州省/六盘水市', owners: [],
    tasks: tasks.map((t) => ({ name: String(t.props.name), parent: parentOf.has(t.id) ? nameOf.get(parentOf.get(t.id)!) ?? null : null, level: t.props.level as PlanTruth['tasks'][number]['level'] })),
    indicators: seed.nodes.filter((n) => n.label === 'Indicator' && n.props.source === 'TABLE').map((n) => ({
      name: String(n.props.name), attribute: n.props.attribute as 'BINDING' | 'EXPECTED', kind: n.props.targetKind as PlanTruth['indicators'][number]['kind'],
      value: n.props.targetValue as number, ceiling: n.props.targetComparator === 'LTE' || n.props.targetComparator === 'LT', unit: (n.props.targetUnit as string | null) ?? null,
    })),
    citations: skeleton.citations.map((c) => c.text),
  };
}

/**
 * Hand-written fixtures: <folder>/<name>/plan.{txt,html,docx,pdf} and truth.json, read as plan:import reads them.
 * tests/fixtures/plans holds the first three (scored held out once, then tuned on: docs/importer.md says which
 * score is which); tests/fixtures/plans-heldout holds plans nobody has tuned the importer on.
 */
async function fixtures(folder = 'tests/fixtures/plans'): Promise<{ name: string; text: string; truth: PlanTruth }[]> {
  const dir = path.join(ROOT, folder);
  if (!existsSync(dir)) return [];
  const out: { name: string; text: string; truth: PlanTruth }[] = [];
  for (const name of readdirSync(dir)) {
    const at = (f: string) => path.join(dir, name, f);
    const file = ['plan.txt', 'plan.html', 'plan.docx', 'plan.pdf'].find((f) => existsSync(at(f)));
    if (!existsSync(at('truth.json')) || !file) continue;
    const source = await readPlanFile(readFileSync(at(file)), file);
    out.push({ name, text: source.text, truth: JSON.parse(readFileSync(at('truth.json'), 'utf8')) as PlanTruth });
  }
  return out;
}

export interface ScoreRow {
  name: string;
  plans: number;
  score: PlanScore;
  /** Plans whose import was refused, with why. */
  refused: string[];
}

/** A plan's score; a refused import counts as having read nothing (it is not left out of the sums). */
function scoreText(text: string, truth: PlanTruth, refused: string[]): PlanScore {
  try {
    return scorePlan(parseImportedText(text), truth);
  } catch (e) {
    refused.push((e as Error).message);
    return refusedScore(truth, (e as Error).message);
  }
}

/** Every row of the table: each layout's generated plans, the real plan, each fixture. */
export async function scoreTable(perLayout = PLANS_PER_LAYOUT, withPdf = false): Promise<ScoreRow[]> {
  const rows: ScoreRow[] = [];
  for (const layout of [...LAYOUTS, ...(withPdf ? PDF_LAYOUTS : [])]) {
    const refused: string[] = [];
    const plans = await generateLayout(layout, perLayout);
    const scores = plans.map((p) => scoreText(p.text, p.truth, refused));
    rows.push({ name: layout.name, plans: plans.length, score: sumScores(scores), refused });
  }
  const refused: string[] = [];
  rows.push({ name: 'real plan (lps-msm-14)', plans: 1, score: scoreText(SOURCE_TEXT, realPlanTruth(), refused), refused });
  for (const [folder, label] of [['tests/fixtures/plans', 'fixture (tuned on)'], ['tests/fixtures/plans-heldout', 'fixture (held out)']]) {
    for (const f of await fixtures(folder)) {
      const why: string[] = [];
      const s = scoreText(f.text, f.truth, why);
      rows.push({ name: `${label} ${f.name}`, plans: 1, score: s, refused: why });
    }
  }
  return rows;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatTable(rows: ScoreRow[]): string {
  const head = ['layout', 'plans', 'task F1', 'indicator F1', 'citation F1', 'unit', 'ceiling', 'skipped lines', 'unread', 'warnings', 'refused'];
  const body = rows.map((r) => [
    r.name, String(r.plans), pct(r.score.tasks.f1), pct(r.score.indicators.f1), pct(r.score.citations.f1),
    r.score.units.of ? pct(r.score.units.agreed / r.score.units.of) : '—', r.score.ceilings.of ? pct(r.score.ceilings.agreed / r.score.ceilings.of) : '—',
    String(r.score.skipped), String(r.score.unread), String(r.score.warnings.length), String(r.refused.length),
  ]);
  const generated = rows.filter((r) => !r.name.startsWith('real') && !r.name.startsWith('fixture') && !r.name.endsWith('(pdf)'));
  const all = sumScores(generated.map((r) => r.score));
  body.push(['all generated (pdf apart)', String(generated.reduce((n, r) => n + r.plans, 0)), pct(all.tasks.f1), pct(all.indicators.f1), pct(all.citations.f1), pct(all.units.agreed / Math.max(1, all.units.of)), pct(all.ceilings.agreed / Math.max(1, all.ceilings.of)), String(all.skipped), String(all.unread), String(all.warnings.length), String(generated.reduce((n, r) => n + r.refused.length, 0))]);
  const lines = [head, ...body].map((cells) => `| ${cells.join(' | ')} |`);
  lines.splice(1, 0, `| ${head.map(() => '---').join(' | ')} |`);
  return lines.join('\n');
}

/**
 * Owners against the hand-written plans' truth: leads (OWNED_BY) and supports (INVOLVES) the import states or proposes
 * (at 0.6 or above), and each division table's rows read against the rows it has.
 */
export async function ownerTable(): Promise<string> {
  const registry = readRegistry();
  const head = ['fixture', 'lead pairs (truth)', 'lead precision', 'lead recall', 'support precision', 'support recall', 'division rows read'];
  const body: string[][] = [];
  for (const [folder, label] of [['tests/fixtures/plans', 'tuned on'], ['tests/fixtures/plans-heldout', 'held out']]) {
    for (const f of await fixtures(folder)) {
      let text;
      try {
        text = parseImportedText(f.text);
      } catch (e) {
        body.push([`${f.name} (${label})`, String(f.truth.owners.length), 'refused', 'refused', 'refused', 'refused', (e as Error).message.slice(0, 40)]);
        continue;
      }
      const build = buildImport(text, `score-${f.name}`, registry, [], MOVES_TUNING, parseJurisdiction(f.truth.jurisdiction) ?? undefined);
      const { leads, supports } = scoreOwners(build, f.truth);
      const rows = build.division.length ? `${build.division.reduce((n, d) => n + d.rowsRead, 0)} of ${build.division.reduce((n, d) => n + d.rowsInTable, 0)}` : '—';
      body.push([`${f.name} (${label})`, String(leads.truth), pct(leads.precision), pct(leads.recall), pct(supports.precision), pct(supports.recall), rows]);
    }
  }
  const lines = [head, ...body].map((cells) => `| ${cells.join(' | ')} |`);
  lines.splice(1, 0, `| ${head.map(() => '---').join(' | ')} |`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const rows = await scoreTable(PLANS_PER_LAYOUT, !process.argv.includes('--no-pdf'));
  console.log(formatTable(rows));
  console.log(`\n${await ownerTable()}`);
  if (process.argv.includes('--misses')) {
    for (const r of rows) {
      const s = r.score;
      if (s.tasks.f1 < 1 || s.indicators.f1 < 1 || s.citations.f1 < 1 || r.refused.length) {
        console.log(`\n## ${r.name}`, JSON.stringify({ tasks: [s.tasks.missed, s.tasks.extra], indicators: [s.indicators.missed, s.indicators.extra], citations: [s.citations.missed, s.citations.extra], refused: r.refused.slice(0, 3), warnings: s.warnings.slice(0, 3) }, null, 1));
      }
    }
  }
}

if (require.main === module) void main();
