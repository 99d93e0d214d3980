import neo4j from 'neo4j-driver';
import { EDGE_TYPES, type EdgeType, type NodeLabel } from '../../seed/graph';
import type { GraphGateway } from '../db/gateway';
import type { PageRequest } from '../shared/connection';
import type { LinkModel } from './link.model';
import { lightProperties, toNodeModel, toPartialNodeModel, type NodeModel } from './node.model';
import { RELATIONS, relationPattern, type RelationKey } from './relations';

/** Nodes by id, in the order asked, null where none exists. */
export async function findNodesByIds(db: GraphGateway, ids: readonly string[]): Promise<(NodeModel | null)[]> {
  const rows = await db.read<{ id: string; labels: string[]; props: Record<string, unknown> }>({
    cypher: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, labels(n) AS labels, properties(n) AS props',
    params: { ids: [...ids] },
  });
  const byId = new Map(rows.map((r) => [r.id, toNodeModel(r.labels, r.props)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * For each source id, its neighbours along each asked relation, ordered by plan order then id. One statement per
 * relation, all sent in one read transaction without waiting for each other (pipelined), so a page asking for
 * owners and goals costs one round trip, not two.
 */
export async function findRelatedMany(db: GraphGateway, requests: { key: RelationKey; ids: readonly string[] }[]): Promise<NodeModel[][][]> {
  const results = await db.readMany<{ id: string; targets: { labels: string[]; pairs: [string, unknown][] }[] }>(
    requests.map(({ key, ids }) => ({
      cypher: `UNWIND $ids AS id
               OPTIONAL MATCH ${relationPattern(RELATIONS[key])}
               WITH id, t ORDER BY t.ord, t.id
               RETURN id, [x IN collect(t) | {labels: labels(x), pairs: ${lightProperties('x')}}] AS targets`,
      params: { ids: [...ids] },
    })),
  );
  return requests.map(({ ids }, k) => {
    const byId = new Map(results[k].map((r) => [r.id, r.targets.map((t) => toPartialNodeModel(t.labels, t.pairs)).filter((m): m is NodeModel => m !== null)]));
    return ids.map((id) => byId.get(id) ?? []);
  });
}

/** A filter as Cypher conditions on `n` (fixed strings written in code) and their parameters. */
export interface NodeFilter {
  conditions: string[];
  params: Record<string, unknown>;
}

/** One page of nodes of a label in a stable order (ord then id, or id alone), with the filter's total count. */
export async function findPage(
  db: GraphGateway,
  label: NodeLabel,
  filter: NodeFilter,
  page: PageRequest,
  orderByOrd: boolean,
): Promise<{ rows: NodeModel[]; totalCount: number }> {
  const where = filter.conditions.length ? `WHERE ${filter.conditions.join(' AND ')}` : '';
  // Every Goal, Task and Indicator has an ord (the seed and the API set it); saying so lets Neo4j walk the ord
  // index in order and stop after a page, instead of sorting every node of the label.
  const orderCondition = orderByOrd ? 'AND n.ord IS NOT NULL' : '';
  const afterCondition = page.after
    ? orderByOrd
      ? 'AND n.ord >= $afterOrd AND (n.ord > $afterOrd OR n.id > $afterId)'
      : 'AND n.id > $afterId'
    : '';
  const order = orderByOrd ? 'n.ord, n.id' : 'n.id';
  const params = { ...filter.params, afterOrd: page.after?.[0] ?? null, afterId: page.after?.[1] ?? null, limit: neo4j.int(page.first + 1) };
  // Count and page in one statement: one round trip. A label count with no condition comes from the count store.
  const [row] = await db.read<{ total: number; rows: { labels: string[]; pairs: [string, unknown][] }[] }>({
    cypher: `CALL { MATCH (n:${label}) ${where} RETURN count(n) AS total }
             CALL { MATCH (n:${label}) ${where || 'WHERE true'} ${orderCondition} ${afterCondition} WITH n ORDER BY ${order} LIMIT $limit
                    RETURN collect({labels: labels(n), pairs: ${lightProperties('n')}}) AS rows }
             RETURN total, rows`,
    params,
  });
  return { rows: (row?.rows ?? []).map((r) => toPartialNodeModel(r.labels, r.pairs)).filter((m): m is NodeModel => m !== null), totalCount: row?.total ?? 0 };
}

/** For each node id, every edge it has to another entity, with the edge's evidence. */
export async function findLinks(db: GraphGateway, ids: readonly string[]): Promise<LinkModel[][]> {
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

/**
 * A condition on `n` (the target of a relation) that holds when `n` is related to the node `$sourceId`
 * along `key`: for paging a relation with findPage.
 */
export function relatedToCondition(key: RelationKey): string {
  const relation = RELATIONS[key];
  const edge = relation.direction === 'OUT' ? `<-[:${relation.type}]-` : `-[:${relation.type}]->`;
  return `EXISTS { (n)${edge}(:${relation.from} {id: $sourceId}) }`;
}
