import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphGateway } from '../db/gateway';
import { EDGE_ENDPOINTS, type EdgeType } from '../graph/graph';

/** The relationship types that reach an Agency (OWNED_BY, INVOLVES, IN_REMIT_OF) and the proposals (PROPOSED). */
const TO_AGENCY: string[] = [...(Object.keys(EDGE_ENDPOINTS) as EdgeType[]).filter((t) => EDGE_ENDPOINTS[t][1].includes('Agency')), 'PROPOSED'];

/** An agency stored before jurisdictions: no `shared` property. Each edge's plan is the one that wrote it. */
export interface UnscopedAgency {
  id: string;
  name: string;
  /** The plans whose edges reach it, with each plan's place (null for a plan stored before jurisdictions). */
  plans: { plan: string; jurisdiction: string | null; jurisdictionKey: string | null; jurisdictionLevel: string | null; jurisdictionParent: string | null; edges: number }[];
}

export function readUnscopedAgencies(db: GraphGateway, only: string[] | null): Promise<UnscopedAgency[]> {
  return db.read<UnscopedAgency>({
    cypher: `MATCH (a:Agency) WHERE a.shared IS NULL AND ($only IS NULL OR a.id IN $only)
             OPTIONAL MATCH (x)-[r]->(a) WHERE type(r) IN $types
             WITH a, coalesce(r.seedPlan, r.plan, x.planId, x.seedPlan) AS plan, count(r) AS edges
             OPTIONAL MATCH (p:Plan {key: plan})
             WITH a, collect(CASE WHEN plan IS NULL THEN null ELSE {plan: plan, jurisdiction: p.jurisdiction, jurisdictionKey: p.jurisdictionKey,
                  jurisdictionLevel: p.jurisdictionLevel, jurisdictionParent: p.jurisdictionParent, edges: edges} END) AS plans
             RETURN a.id AS id, a.name AS name, plans ORDER BY a.id`,
    params: { types: TO_AGENCY, only },
  });
}

/** Sets an agency's scope in place (its id is kept: other systems hold it). */
export async function setScope(db: GraphGateway, tx: ManagedTransaction, id: string, jurisdiction: string | null, shared: boolean): Promise<void> {
  await db.run(tx, { cypher: 'MATCH (a:Agency {id: $id}) SET a.jurisdiction = $jurisdiction, a.shared = $shared', params: { id, jurisdiction, shared } });
}

/**
 * Gives the edges `plans` wrote to agency `from` to a body of their own place (`to`, created as a copy of `from`
 * with that scope when it does not exist yet): each relationship is recreated with its properties, then removed.
 */
export async function moveEdgesToCopy(db: GraphGateway, tx: ManagedTransaction, from: string, to: string, plans: string[], jurisdiction: string | null, shared: boolean): Promise<number> {
  await db.run(tx, {
    cypher: `MATCH (a:Agency {id: $from})
             MERGE (c:Entity:Agency {id: $to})
             ON CREATE SET c = a {.*, id: $to, jurisdiction: $jurisdiction, shared: $shared}`,
    params: { from, to, jurisdiction, shared },
  });
  let moved = 0;
  // A relationship's type cannot be a parameter: the types come from the graph's own vocabulary, never from input.
  for (const type of TO_AGENCY) {
    const rows = await db.run<{ moved: number }>(tx, {
      cypher: `MATCH (x)-[r:${type}]->(a:Agency {id: $from}) WHERE coalesce(r.seedPlan, r.plan, x.planId, x.seedPlan) IN $plans
               MATCH (c:Agency {id: $to})
               CREATE (x)-[r2:${type}]->(c) SET r2 = properties(r)
               DELETE r
               RETURN count(*) AS moved`,
      params: { from, to, plans },
    });
    moved += Number(rows[0]?.moved ?? 0);
  }
  return moved;
}

/** The record of a migration that ran to its end: PlanGraphMeta {key: 'migration:<id>'}; null when it has not. */
export async function readMigration(db: GraphGateway, id: string): Promise<{ appliedAt: string } | null> {
  const rows = await db.read<{ appliedAt: string }>({
    cypher: "MATCH (m:PlanGraphMeta {key: 'migration:' + $id}) RETURN toString(m.appliedAt) AS appliedAt",
    params: { id },
  });
  return rows[0] ?? null;
}

/** Records that a migration ran to its end, with what it did (kept as the first run's when it is recorded again). */
export async function recordMigration(db: GraphGateway, id: string, summary: Record<string, number>): Promise<void> {
  await db.write({
    cypher: "MERGE (m:PlanGraphMeta {key: 'migration:' + $id}) ON CREATE SET m.appliedAt = datetime(), m += $summary",
    params: { id, summary },
  });
}
