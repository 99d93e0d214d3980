import neo4j from 'neo4j-driver';
import type { GraphGateway } from '../db/gateway';
import { lightProperties, toPartialNodeModel, type NodeModel } from '../node/node.model';
import { readRelated, relatedProjection } from '../relation/relation.repository';
import type { RelationKey } from '../relation/relations';
import type { PageRequest, SortKey } from '../shared/connection';
import type { NodeFilter } from '../shared/filters';
import { pageableId, pageRows, type Ordering } from './order.repository';

/** What every paged node has: an id to break ties with (a node without one could be neither ordered nor fetched). */
const PAGEABLE = pageableId('n.id');

/**
 * One page of nodes of a label in a total order, with the filter's total count and, for each node, its sort key
 * and its neighbours along the relations asked (read after the LIMIT, for the page's nodes only). The count and
 * the page share one WHERE, so totalCount is the number of nodes paging returns.
 */
export async function findPage<M extends NodeModel>(
  db: GraphGateway,
  label: M['label'],
  filter: NodeFilter,
  page: PageRequest,
  ordering: Ordering,
  relations: readonly RelationKey[] = [],
): Promise<{ rows: { node: M; key: SortKey; related: NodeModel[][] }[]; totalCount: number }> {
  const where = `WHERE ${[PAGEABLE, ...filter.conditions].join(' AND ')}`;
  const rowsOf = pageRows(ordering, page, `MATCH (n:${label}) ${where}`);
  const params = { ...filter.params, ...rowsOf.params, limit: neo4j.int(page.size + 1) };
  // Count and page in one statement: one round trip.
  const projected = relations.map((key) => relatedProjection(key, 'n')).join(', ');
  type Targets = { labels: string[]; pairs: [string, unknown][] }[];
  const [row] = await db.read<{ total: number; rows: { pairs: [string, unknown][]; key: SortKey; related: Targets[] }[] }>({
    cypher: `CALL { MATCH (n:${label}) ${where} RETURN count(n) AS total }
             CALL { ${rowsOf.cypher}
                    RETURN collect({pairs: ${lightProperties('n')}, key: ${rowsOf.keyList}, related: [${projected}]}) AS rows }
             RETURN total, rows`,
    params,
  });
  // Every row matched the label, so it is a model of that label (no row is dropped after the LIMIT: dropping
  // one would end paging early and leave totalCount above what paging returns).
  const rows = (row?.rows ?? []).map((r) => ({ node: toPartialNodeModel([label], r.pairs) as M, key: r.key, related: r.related.map(readRelated) }));
  return { rows, totalCount: row?.total ?? 0 };
}
