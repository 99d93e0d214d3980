import neo4j from 'neo4j-driver';
import type { GraphGateway } from '../db/gateway';
import type { LawModel } from '../law/law.model';
import { isOfLabel, toNodeModel } from '../node/node.model';

/** The name of the imported plan the report is about (the first by id when no key is given), or null. */
export async function importedPlanName(db: GraphGateway, planKey: string | null): Promise<string | null> {
  const [plan] = await db.read<{ name: string }>({
    cypher: 'MATCH (p:Plan {imported: true}) WHERE $plan IS NULL OR p.key = $plan RETURN p.name AS name ORDER BY p.id LIMIT 1',
    params: { plan: planKey },
  });
  return plan?.name ?? null;
}

/** The laws the most tasks rest on, most first (then by id), at most `limit`. */
export async function lawsMostRestedOn(db: GraphGateway, limit: number): Promise<LawModel[]> {
  const rows = await db.read<{ labels: string[]; props: Record<string, unknown> }>({
    cypher: `MATCH (l:Law)<-[:BASED_ON]-(t:Task) WITH l, count(t) AS tasks
             RETURN labels(l) AS labels, properties(l) AS props ORDER BY tasks DESC, l.id LIMIT $limit`,
    params: { limit: neo4j.int(limit) },
  });
  return rows.map((r) => toNodeModel(r.labels, r.props)).filter((m): m is LawModel => isOfLabel(m, 'Law'));
}

/** The figures recorded with `source` up to `asOf`, as `indicatorId:year` keys. */
export async function figureKeysFromSource(db: GraphGateway, source: string, asOf: number): Promise<string[]> {
  const rows = await db.read<{ key: string }>({
    cypher: 'MATCH (m:Measurement {source: $source}) WHERE m.year <= $asOf RETURN m.indicatorId + ":" + toString(toInteger(m.year)) AS key',
    params: { source, asOf },
  });
  return rows.map((r) => r.key);
}
