import type { GraphReader } from '../db/reader';
import { EDGE_TYPES, type EdgeType } from '../graph/graph';
import { toNodeModel } from '../node/node.model';
import type { LinkModel } from './link.model';

/** For each node id, every edge it has to another entity, with the edge's evidence. */
export async function findLinks(db: GraphReader, ids: readonly string[]): Promise<LinkModel[][]> {
  const rows = await db.read<{ id: string; links: { relation: EdgeType; direction: 'OUT' | 'IN'; labels: string[]; props: Record<string, unknown>; edge: Record<string, unknown> }[] }>({
    cypher: `UNWIND $ids AS id
             MATCH (s:Entity {id: id})
             OPTIONAL MATCH (s)-[r]-(t:Entity) WHERE type(r) IN $types
             WITH id, s, r, t ORDER BY type(r), t.ord, t.id
             RETURN id, [x IN collect(CASE WHEN r IS NULL THEN null ELSE {relation: type(r), direction: CASE WHEN startNode(r) = s THEN 'OUT' ELSE 'IN' END,
                                       labels: labels(t), props: properties(t), edge: properties(r)} END) WHERE x IS NOT NULL] AS links`,
    params: { ids: [...ids], types: [...EDGE_TYPES] },
  });
  const byId = new Map(
    rows.map((r) => [
      r.id,
      r.links.flatMap((l) => {
        const node = toNodeModel(l.labels, l.props);
        if (!node) return [];
        const edge = l.edge as { origin?: string; sectionPath?: string[]; quote?: string | null; assignedBy?: string; assignedAt?: string };
        return [{
          relation: l.relation, direction: l.direction, node,
          origin: (edge.origin ?? 'API') as LinkModel['origin'],
          sectionPath: edge.sectionPath ?? null, quote: edge.quote ?? null,
          assignedBy: edge.assignedBy ?? null, assignedAt: edge.assignedAt ? String(edge.assignedAt) : null,
        }];
      }),
    ]),
  );
  return ids.map((id) => byId.get(id) ?? []);
}
