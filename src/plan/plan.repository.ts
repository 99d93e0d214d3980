import type { GraphGateway } from '../db/gateway';
import type { PlanModel } from './plan.model';

/** Every plan: imported ones first, then in their stored order. */
export async function listPlans(db: GraphGateway): Promise<PlanModel[]> {
  const rows = await db.read<{ props: Omit<PlanModel, 'label'> }>({
    cypher: 'MATCH (p:Plan) RETURN properties(p) AS props ORDER BY p.imported DESC, p.ord, p.id',
  });
  return rows.map((r) => ({ ...r.props, sectionPath: r.props.sectionPath ?? [], quote: r.props.quote ?? null, label: 'Plan' }));
}
