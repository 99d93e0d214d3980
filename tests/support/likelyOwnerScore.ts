import type { PlanGraphData } from '../../src/graph/graph';
import { judgeFromGraph } from '../../src/ownership/ownership.graph';
import { neverOwns, type LikelyOwnerRule } from '../../src/ownership/ownership.model';
import type { OwnerJudgment } from './likelyOwnerJudgments';

/** One ownerless indicator: the reader's judgment beside the model's. */
export interface OwnerScoreRow {
  indicator: string;
  name: string;
  reader: string | null;
  model: string | null;
  rule: LikelyOwnerRule | null;
  abstention: string | null;
  verdict: 'AGREE' | 'ABSTAIN' | 'WRONG';
  /** Set when the model's top suggestion is a body that never owns (a partner-only, higher-level or platform body). */
  neverOwns: string | null;
}

export interface OwnerScore {
  ownerless: number;
  agree: number;
  abstain: number;
  wrong: number;
  rows: OwnerScoreRow[];
}

/** Agency key from an id (Agency:lps-amr → lps-amr). */
const keyOf = (id: string) => id.replace(/^Agency:/, '');

/** The model against the reader, over the plan's indicators that have no OWNED_BY (every one must be judged). */
export function scoreLikelyOwners(graph: PlanGraphData, planKey: string, judgments: readonly OwnerJudgment[]): OwnerScore {
  const owned = new Set(graph.edges.filter((e) => e.type === 'OWNED_BY').map((e) => e.from));
  const ownerless = graph.nodes.filter((n) => n.label === 'Indicator' && n.props.planId === planKey && !owned.has(n.id));
  const byCode = new Map(judgments.map((j) => [j.indicator, j]));
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const planLevel = (graph.nodes.find((n) => n.id === `Plan:${planKey}`)?.props.jurisdictionLevel as string | undefined) ?? null;
  const rows = ownerless.map((n): OwnerScoreRow => {
    const code = String(n.props.code);
    const judgment = byCode.get(code);
    if (!judgment) throw new Error(`indicator ${code} (${String(n.props.name)}) has no reader's judgment`);
    const judged = judgeFromGraph(graph, n.id);
    const top = judged.owners[0] ?? null;
    const model = top ? keyOf(top.agencyId) : null;
    const agency = top ? nodes.get(top.agencyId) : undefined;
    return {
      indicator: code,
      name: String(n.props.name),
      reader: judgment.body,
      model,
      rule: top?.rule ?? null,
      abstention: judged.abstention,
      verdict: model === judgment.body ? 'AGREE' : model === null ? 'ABSTAIN' : 'WRONG',
      neverOwns: agency ? neverOwns({ id: agency.id, name: String(agency.props.name), level: (agency.props.level as string) ?? null, kind: (agency.props.kind as string) ?? null }, planLevel) : null,
    };
  });
  const count = (v: OwnerScoreRow['verdict']) => rows.filter((r) => r.verdict === v).length;
  return { ownerless: rows.length, agree: count('AGREE'), abstain: count('ABSTAIN'), wrong: count('WRONG'), rows };
}

/** The score as a Markdown table and summary (printed by `npm run owners:score`, kept in docs/ownership.md). */
export function ownerScoreMarkdown(score: OwnerScore): string {
  const pct = (x: number) => `${((100 * x) / score.ownerless).toFixed(1)}%`;
  const lines = [
    `Ownerless indicators: ${score.ownerless}. Top-1 agreement with the reader: ${score.agree} (${pct(score.agree)}); abstentions: ${score.abstain}; wrong suggestions: ${score.wrong}.`,
    '',
    '| indicator | name | reader | model (top) | rule | verdict |',
    '| --- | --- | --- | --- | --- | --- |',
    ...score.rows.map((r) => `| ${r.indicator} | ${r.name} | ${r.reader ?? '(none can be said)'} | ${r.model ?? '(abstains)'} | ${r.rule ?? '—'} | ${r.verdict} |`),
  ];
  return lines.join('\n');
}
