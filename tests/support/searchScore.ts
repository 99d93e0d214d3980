import type { PlanGraphData } from '../../src/graph/graph';
import { HAND_JUDGMENTS, type SearchJudgment, type QueryClass } from './searchJudgments';

/**
 * The search judgments table: number and code queries generated from the seed (every Table 1 indicator number, every
 * text indicator's code, every task code, every 专栏 number, every indicator, agency and law name as typed), and
 * the hand-written word queries (tests/support/searchJudgments.ts). Precision at 5 counts the expected results in
 * the first five over as many as there are (at most five); the first hit counts when it is one expected, or the one
 * a judgment names as `first`.
 */

const PLAN = 'lps-msm-14';

/** Every judgment: generated from the plan's graph, then the hand-written ones. */
export function searchJudgments(graph: PlanGraphData): SearchJudgment[] {
  const out: SearchJudgment[] = [];
  const byName = new Map<string, string[]>();
  for (const n of graph.nodes) {
    const name = String(n.props.name ?? '');
    byName.set(name, [...(byName.get(name) ?? []), n.id]);
  }
  const indicators = graph.nodes.filter((n) => n.label === 'Indicator');
  for (const n of indicators) {
    if (typeof n.props.number === 'number') {
      out.push({ query: String(n.props.number), cls: 'number', relevant: [n.id], first: n.id });
      out.push({ query: `指标${n.props.number}`, cls: 'number', relevant: [n.id], first: n.id });
    } else {
      out.push({ query: String(n.props.code), cls: 'code', relevant: [n.id], first: n.id });
    }
  }
  const tableNumbers = new Set(indicators.map((n) => n.props.number).filter((x) => typeof x === 'number').map(String));
  for (const n of graph.nodes.filter((x) => x.label === 'Task')) {
    const code = String(n.props.code);
    // A bare number names both the indicator of that number (first) and the task of that code (「3」).
    if (tableNumbers.has(code)) out.push({ query: code, cls: 'code', relevant: [`Indicator:${PLAN}:${code}`, n.id], first: `Indicator:${PLAN}:${code}` });
    else out.push({ query: code, cls: 'code', relevant: [n.id], first: n.id });
    if (/^Z\d+(?:-\d+)*$/.test(code)) out.push({ query: `专栏${code.slice(1)}`, cls: 'code', relevant: [n.id], first: n.id });
  }
  for (const n of graph.nodes.filter((x) => x.label === 'Indicator' || x.label === 'Agency' || x.label === 'Law')) {
    const name = String(n.props.name);
    out.push({ query: name, cls: 'name', relevant: byName.get(name)!, first: undefined });
  }
  return [...out, ...HAND_JUDGMENTS.map((j) => ({ ...j, relevant: j.relevant.map((id) => qualify(id)), first: j.first ? qualify(j.first) : undefined }))];
}

/** Hand judgments name plan-scoped nodes without the plan (Indicator:44, Task:3.2.1). */
function qualify(id: string): string {
  const [label, rest] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  return ['Indicator', 'Task', 'Goal'].includes(label) && !rest.startsWith(`${PLAN}:`) ? `${label}:${PLAN}:${rest}` : id;
}

export interface ScoredQuery {
  judgment: SearchJudgment;
  top: string[];
  precisionAt5: number;
  firstHit: boolean;
  /** 1-based rank of the first expected result in the top 20, or null. */
  rank: number | null;
}

export interface ClassScore {
  cls: QueryClass;
  queries: number;
  precisionAt5: number;
  firstHitRate: number;
  meanRank: number;
}

export interface SearchScore {
  rows: ScoredQuery[];
  classes: ClassScore[];
  overall: ClassScore;
}

export function scoreQuery(judgment: SearchJudgment, top: string[]): ScoredQuery {
  const relevant = new Set(judgment.relevant);
  const inTop5 = top.slice(0, 5).filter((id) => relevant.has(id)).length;
  const precisionAt5 = inTop5 / Math.min(5, relevant.size);
  const firstHit = judgment.first ? top[0] === judgment.first : relevant.has(top[0]);
  const at = top.findIndex((id) => relevant.has(id));
  return { judgment, top, precisionAt5, firstHit, rank: at < 0 ? null : at + 1 };
}

function summarize(cls: QueryClass, rows: ScoredQuery[]): ClassScore {
  const ranks = rows.map((r) => r.rank ?? 21);
  return {
    cls,
    queries: rows.length,
    precisionAt5: rows.reduce((s, r) => s + r.precisionAt5, 0) / rows.length,
    firstHitRate: rows.filter((r) => r.firstHit).length / rows.length,
    meanRank: ranks.reduce((a, b) => a + b, 0) / ranks.length,
  };
}

export const CLASS_ORDER: QueryClass[] = ['number', 'code', 'name', 'word', 'agency', 'law', 'english'];

/** Runs every judgment through `search` (ids best first) and scores it. */
export async function scoreSearch(judgments: SearchJudgment[], search: (query: string) => Promise<string[]>): Promise<SearchScore> {
  const rows: ScoredQuery[] = [];
  for (const j of judgments) rows.push(scoreQuery(j, await search(j.query)));
  const classes = CLASS_ORDER.filter((c) => rows.some((r) => r.judgment.cls === c)).map((c) => summarize(c, rows.filter((r) => r.judgment.cls === c)));
  return { rows, classes, overall: summarize('all' as QueryClass, rows) };
}

const pct = (x: number) => x.toFixed(3);

/** The summary table (per class) and the misses, as docs/search.md prints them. */
export function searchScoreMarkdown(score: SearchScore): string {
  const lines = ['| class | queries | precision at 5 | first hit | mean rank of first expected |', '|---|---:|---:|---:|---:|'];
  for (const c of [...score.classes, score.overall]) lines.push(`| ${c.cls} | ${c.queries} | ${pct(c.precisionAt5)} | ${pct(c.firstHitRate)} | ${c.meanRank.toFixed(2)} |`);
  const misses = score.rows.filter((r) => r.precisionAt5 < 1 || !r.firstHit);
  lines.push('', `Queries below precision 1 or without the expected first hit: ${misses.length} of ${score.rows.length}.`);
  if (misses.length) {
    lines.push('', '| class | query | P@5 | first hit | rank | top 3 |', '|---|---|---:|---|---:|---|');
    for (const r of misses) lines.push(`| ${r.judgment.cls} | ${r.judgment.query} | ${pct(r.precisionAt5)} | ${r.firstHit ? 'yes' : 'no'} | ${r.rank ?? '—'} | ${r.top.slice(0, 3).map(short).join(', ')} |`);
  }
  return lines.join('\n');
}

const short = (id: string) => id.replace(`:${PLAN}:`, ':');
