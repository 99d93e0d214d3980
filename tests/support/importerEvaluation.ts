import { loadPlanGraphFromDisk } from '../../seed/build';
import { buildImport, readRegistry, type ImportBuild } from '../../src/importer/build';
import type { ImportedText } from '../../src/importer/parse/model';
import { parseImportedText } from '../../src/importer/parse/planText';
import type { PlanGraphData } from '../../src/graph/graph';
import { PLAN_DIR, SOURCE_TEXT } from './paths';

/** The first plan's text, read by the importer as if PlanGraph had never seen it (its curation set aside). */
export function importRealPlan(): { text: ImportedText; build: ImportBuild; seed: PlanGraphData; source: string } {
  const source = SOURCE_TEXT;
  const text = parseImportedText(source);
  // The same key as the seed, so ids of tasks (same codes), indicators, agencies and laws compare directly.
  const build = buildImport(text, 'lps-msm-14', readRegistry());
  return { text, build, seed: loadPlanGraphFromDisk(PLAN_DIR), source };
}

/** Precision and recall of one relation's proposals against the curated edges. */
export interface Score {
  relation: string;
  curated: number;
  proposed: number;
  agreed: number;
  precision: number;
  recall: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Maps an imported indicator's id to the curated one it stands for (a text target to the curated T… whose quote holds it). */
export function curatedIdOf(seed: PlanGraphData, text: ImportedText): (id: string) => string {
  const curatedText = seed.nodes.filter((n) => n.label === 'Indicator' && n.props.source === 'TEXT');
  const toSeed = new Map<string, string>();
  for (const r of text.indicators.filter((i) => i.source === 'TEXT')) {
    const sameSentence = curatedText.filter((n) => String(n.props.quote).includes(r.quote) || r.quote.includes(String(n.props.quote)));
    // The same name first (two targets of one sentence can end alike: 有机产品认证证书, 其他质量认证证书), else the same ending.
    const match = sameSentence.find((n) => String(n.props.name) === r.name || r.name.endsWith(String(n.props.name))) ?? sameSentence.find((n) => String(n.props.name).includes(r.name.slice(-4)));
    if (match) toSeed.set(`Indicator:lps-msm-14:${r.code}`, match.id);
  }
  return (id: string) => toSeed.get(id) ?? (/^Indicator:lps-msm-14:T/.test(id) ? `${id}#not-curated` : id);
}

/**
 * Scores the proposals (and, for owners, the edges the plan states) against the seed's curated edges. A target the importer finds in the text is matched to the
 * curated text target (T1…) whose quote holds it (or is held by it) and whose name ends the same.
 */
export function scoreProposals(build: ImportBuild, seed: PlanGraphData, text: ImportedText): Score[] {
  const norm = curatedIdOf(seed, text);
  return ['MOVES', 'SUPPORTS', 'OWNED_BY', 'INVOLVES', 'MEASURES'].map((relation) => {
    const curated = new Set(seed.edges.filter((e) => e.type === relation && e.props.origin === 'CURATED').map((e) => `${e.from}|${e.to}`));
    // Owners the plan states are edges (origin PARSED), not proposals: they are scored with them.
    const stated = relation === 'OWNED_BY' || relation === 'INVOLVES' ? build.graph.edges.filter((e) => e.type === relation && e.props.origin === 'PARSED') : [];
    const proposed = new Set([...build.proposals.filter((p) => p.relation === relation), ...stated].map((p) => `${norm(p.from)}|${norm(p.to)}`));
    const agreed = [...proposed].filter((k) => curated.has(k)).length;
    return { relation, curated: curated.size, proposed: proposed.size, agreed, precision: round(proposed.size ? agreed / proposed.size : 0), recall: round(curated.size ? agreed / curated.size : 0) };
  });
}
