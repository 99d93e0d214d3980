import type { GraphReader } from '../db/reader';
import { toNodeModel, type NodeModel } from './node.model';

/** Nodes by id, in the order asked, null where none exists. */
export async function findNodesByIds(db: GraphReader, ids: readonly string[]): Promise<(NodeModel | null)[]> {
  const rows = await db.read<{ id: string; labels: string[]; props: Record<string, unknown> }>({
    cypher: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, labels(n) AS labels, properties(n) AS props',
    params: { ids: [...ids] },
  });
  const byId = new Map(rows.map((r) => [r.id, toNodeModel(r.labels, r.props)]));
  return ids.map((id) => byId.get(id) ?? null);
}
