import type { GraphNode, PlanGraphData } from '../graph/graph';
import { allottedPlaces, judgeLikelyOwners, taskEvidenceKind, type LikelyOwnerJudgmentModel, type OwnerCandidate, type RawOwnerEvidence } from './ownership.model';

/**
 * The likely-owner model over a plan's graph in memory (as the seed builds it, before it is loaded): the same
 * evidence `ownership.repository.ts` reads from Neo4j, for `npm run owners:score` and the unit tests.
 */
export function judgeFromGraph(graph: PlanGraphData, indicatorId: string): LikelyOwnerJudgmentModel {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const agency = (id: string): OwnerCandidate | null => {
    const n = nodes.get(id);
    return n?.label === 'Agency' ? candidateOf(n) : null;
  };
  const plan = graph.edges.filter((e) => e.type === 'PART_OF' && e.from === indicatorId).map((e) => nodes.get(e.to)).find((n) => n?.label === 'Plan');
  const evidence: RawOwnerEvidence[] = [];
  const push = (kind: RawOwnerEvidence['kind'], agencyId: string, pathIds: string[], quotes: (string | null)[]) => {
    const a = agency(agencyId);
    if (a) evidence.push({ kind, agency: a, pathIds, quotes: quotes.filter((q): q is string => !!q) });
  };
  for (const e of graph.edges) {
    if (e.type === 'IN_REMIT_OF' && e.from === indicatorId) push('REMIT', e.to, [indicatorId, e.to], [e.props.quote]);
    if (plan && e.type === 'IN_REMIT_OF' && e.from === plan.id) push('PLAN_BODY', e.to, [indicatorId, plan.id, e.to], [e.props.quote]);
    if (e.type === 'MOVES' && e.to === indicatorId) {
      for (const r of graph.edges) {
        if (r.from !== e.from || (r.type !== 'OWNED_BY' && r.type !== 'INVOLVES')) continue;
        push(taskEvidenceKind(r.type, r.props.quote), r.to, [indicatorId, e.from, r.to], [e.props.quote, r.props.quote]);
      }
    }
  }
  const issuer = plan?.props.issuer;
  if (plan && typeof issuer === 'string') {
    for (const n of graph.nodes) {
      const samePlace = !plan.props.jurisdiction || !n.props.jurisdiction || n.props.jurisdiction === plan.props.jurisdiction;
      if (n.label === 'Agency' && samePlace && (n.props.name === issuer || (n.props.aliases as string[] | undefined)?.includes(issuer)))
        push('PLAN_BODY', n.id, [indicatorId, plan.id, n.id], [`issuer: ${issuer}`]);
    }
  }
  const indicator = nodes.get(indicatorId);
  // A text target's quote is its sentence; a table row's is the row, which allots nothing.
  const sentence = indicator?.props.source === 'TEXT' ? String(indicator.props.quote) : null;
  const allotted = allottedPlaces(sentence, (plan?.props.jurisdiction as string | undefined) ?? null);
  return judgeLikelyOwners(evidence, (plan?.props.jurisdictionLevel as string | undefined) ?? null, allotted);
}

function candidateOf(n: GraphNode): OwnerCandidate {
  return { id: n.id, name: String(n.props.name), level: (n.props.level as string | null) ?? null, kind: (n.props.kind as string | null) ?? null };
}
