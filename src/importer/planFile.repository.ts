import type { GraphGateway } from '../db/gateway';

/** What the database holds under a plan's key now: its nodes with their versions, and its proposals with their status. */
export interface StoredPlanState {
  nodes: string[];
  proposals: string[];
}

/**
 * The plan stored under `key` as an import would meet it: every node the plan's loads wrote (id and version) and
 * every proposal of the plan (id and status). A preview's digest includes it, so a write between preview and
 * confirmation (another import of the key, a proposal judged) makes the preview stale.
 */
export async function readStoredPlanState(db: GraphGateway, key: string): Promise<StoredPlanState> {
  const [row] = await db.read<StoredPlanState>({
    cypher: `CALL () { MATCH (n:Entity {seedPlan: $key}) RETURN collect(n.id + '@' + toString(coalesce(n.version, 0))) AS nodes }
             CALL () { MATCH (:Entity)-[p:PROPOSED {plan: $key}]->(:Entity) RETURN collect(p.id + '@' + p.status) AS proposals }
             RETURN nodes, proposals`,
    params: { key },
  });
  return { nodes: [...(row?.nodes ?? [])].sort(), proposals: [...(row?.proposals ?? [])].sort() };
}
