import neo4j from 'neo4j-driver';
import type { GraphGateway } from '../db/gateway';
import { lightProperties, toPartialNodeModel, type NodeModel } from '../node/node.model';
import { readRelated, relatedProjection } from '../relation/relation.repository';
import type { RelationKey } from '../relation/relations';
import type { PageRequest } from '../shared/connection';
import type { NodeFilter } from '../shared/filters';

/**
 * One page of nodes of a label in a stable order (ord then id, or id alone), with the filter's total count and,
 * for each node, its neighbours along the relations asked (read after the LIMIT, for the page's nodes only).
 */
export async function findPage<M extends NodeModel>(
  db: GraphGateway,
  label: M['label'],
  filter: NodeFilter,
  page: PageRequest,
  orderByOrd: boolean,
  relations: readonly RelationKey[] = [],
): Promise<{ rows: { node: M; related: NodeModel[][] }[]; totalCount: number }> {
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
  const projected = relations.map((key) => relatedProjection(key, 'n')).join(', ');
  type Targets = { labels: string[]; pairs: [string, unknown][] }[];
  const [row] = await db.read<{ total: number; rows: { labels: string[]; pairs: [string, unknown][]; related: Targets[] }[] }>({
    cypher: `CALL { MATCH (n:${label}) ${where} RETURN count(n) AS total }
             CALL { MATCH (n:${label}) ${where || 'WHERE true'} ${orderCondition} ${afterCondition} WITH n ORDER BY ${order} LIMIT $limit
                    RETURN collect({labels: labels(n), pairs: ${lightProperties('n')}, related: [${projected}]}) AS rows }
             RETURN total, rows`,
    params,
  });
  const rows = (row?.rows ?? [])
    .map((r) => ({ node: toPartialNodeModel(r.labels, r.pairs), related: r.related.map(readRelated) }))
    .filter((r): r is { node: M; related: NodeModel[][] } => r.node !== null && r.node.label === label);
  return { rows, totalCount: row?.total ?? 0 };
}
