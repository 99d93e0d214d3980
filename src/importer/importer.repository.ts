import type { GraphGateway } from '../db/gateway';
import type { KnownPlan } from './build';

/** A plan in the database, as an import compares against it. */
export interface PlanRow extends KnownPlan {
  periodStart: number | null;
  periodEnd: number | null;
  importedFrom: string | null;
  seedPlan: string | null;
}

/**
 * Every plan in the database, the most recently loaded last (then by key): where two plans share a name, the
 * import's lookup by name (a Map, last wins) takes the latest, whatever order the store keeps nodes in.
 */
export function readPlans(db: GraphGateway): Promise<PlanRow[]> {
  return db.read<PlanRow>({
    cypher: `MATCH (p:Plan) OPTIONAL MATCH (m:PlanGraphMeta {key: 'seed:' + p.key})
             RETURN p.key AS key, p.name AS name, p.periodStart AS periodStart, p.periodEnd AS periodEnd, p.importedFrom AS importedFrom, p.seedPlan AS seedPlan
             ORDER BY m.loadedAt IS NULL DESC, m.loadedAt, p.key`,
  });
}

/** A plan's indicators: what continuity compares. */
export function readPlanIndicators(db: GraphGateway, plan: string): Promise<{ id: string; name: string; unit: string | null }[]> {
  return db.read({ cypher: 'MATCH (i:Indicator {planId: $plan}) RETURN i.id AS id, i.name AS name, i.targetUnit AS unit ORDER BY i.ord', params: { plan } });
}

/** How the database scopes these agencies (null where a body predates jurisdictions); absent ids are left out. */
export function readAgencyScopes(db: GraphGateway, ids: string[]): Promise<{ id: string; jurisdiction: string | null; shared: boolean | null }[]> {
  return db.read({ cypher: 'UNWIND $ids AS id MATCH (a:Entity {id: id}) WHERE a:Agency RETURN a.id AS id, a.jurisdiction AS jurisdiction, a.shared AS shared', params: { ids } });
}
