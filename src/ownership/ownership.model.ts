/** Why an agency is a likely owner of an indicator: one path through the graph and the quotes on it. */
export interface LikelyOwnerEvidenceModel {
  kind: 'TASK_LEAD' | 'TASK_PARTICIPANT' | 'REMIT';
  weight: number;
  /** Indicator id, then the moving task's id (task evidence), then the agency id. */
  pathIds: string[];
  quotes: string[];
}

/** An agency the graph suggests could own an indicator, with its evidence, strongest first. */
export interface LikelyOwnerModel {
  agencyId: string;
  confidence: number;
  evidence: LikelyOwnerEvidenceModel[];
}

/** How much each kind of evidence weighs (0-1); combined per agency as 1 - Π(1 - weight). */
export const EVIDENCE_WEIGHT: Record<LikelyOwnerEvidenceModel['kind'], number> = {
  // The plan says the subject is the agency's business (业务): the closest the text comes to naming an owner.
  REMIT: 0.7,
  // The agency leads work that moves the indicator.
  TASK_LEAD: 0.6,
  // The agency takes part in work that moves the indicator.
  TASK_PARTICIPANT: 0.3,
};

/** Ranks an indicator's evidence into likely owners: confidence, then strongest evidence, then agency id. */
export function rankLikelyOwners(evidence: (LikelyOwnerEvidenceModel & { agencyId: string })[]): LikelyOwnerModel[] {
  const byAgency = new Map<string, LikelyOwnerEvidenceModel[]>();
  for (const { agencyId, ...e } of evidence) (byAgency.get(agencyId) ?? byAgency.set(agencyId, []).get(agencyId)!).push(e);
  return [...byAgency]
    .map(([agencyId, items]) => {
      const sorted = [...items].sort((a, b) => b.weight - a.weight || a.pathIds.join().localeCompare(b.pathIds.join()));
      const confidence = 1 - sorted.reduce((p, e) => p * (1 - e.weight), 1);
      return { agencyId, confidence: Math.round(confidence * 1000) / 1000, evidence: sorted };
    })
    .sort((a, b) => b.confidence - a.confidence || b.evidence[0].weight - a.evidence[0].weight || a.agencyId.localeCompare(b.agencyId));
}
