import type { GraphGateway } from '../db/gateway';

/** How many imported plans the database holds (readiness wants at least one). */
export async function countImportedPlans(db: GraphGateway): Promise<number> {
  const rows = await db.read<{ plans: number }>({ cypher: 'MATCH (p:Plan {imported: true}) RETURN count(p) AS plans' });
  return rows[0]?.plans ?? 0;
}
