import type { EdgeType } from '../../seed/graph';
import type { GraphGateway } from '../db/gateway';
import { toNodeModel, type NodeModel } from '../node/node.model';
import type { ImpactedNodeModel } from './impact.model';

/**
 * The directions a change travels, by design. Walked against the edge: a law → the tasks BASED_ON it; an
 * agency → what is OWNED_BY it or INVOLVES it; a task → its sub-tasks (PART_OF, parent to child: a change
 * to a section reaches its items, never its siblings). Walked along the edge: a task → the indicators it
 * MOVES and the goals it SUPPORTS; an indicator → the goals it MEASURES; a Table 1 category → the text's
 * goal it CORRESPONDS_TO.
 */
export const IMPACT_AGAINST: EdgeType[] = ['BASED_ON', 'OWNED_BY', 'INVOLVES', 'PART_OF'];
export const IMPACT_ALONG: EdgeType[] = ['MOVES', 'SUPPORTS', 'MEASURES', 'CORRESPONDS_TO'];
const AGAINST = IMPACT_AGAINST;
const ALONG = IMPACT_ALONG;

/** Everything reachable from the source within maxDepth steps, each node once with a shortest path. */
export async function impactOf(db: GraphGateway, source: NodeModel, maxDepth: number): Promise<ImpactedNodeModel[]> {
  // Variable-length bounds cannot be parameters; maxDepth is an integer checked by the resolver.
  const depth = Math.trunc(maxDepth);
  const rows = await db.read<{ path: { labels: string[]; props: Record<string, unknown> }[]; via: EdgeType[] }>({
    cypher: `MATCH (s:Entity {id: $id})
             MATCH p = (s)-[rels:${[...AGAINST, ...ALONG].join('|')}*1..${depth}]-(n)
             WHERE n <> s AND NOT n:Plan
               AND all(i IN range(0, size(rels) - 1) WHERE
                 (type(rels[i]) IN $against AND endNode(rels[i]) = nodes(p)[i]) OR
                 (type(rels[i]) IN $along AND startNode(rels[i]) = nodes(p)[i]))
             WITH n, p ORDER BY length(p)
             WITH n, head(collect(p)) AS shortest
             RETURN [x IN nodes(shortest) | {labels: labels(x), props: properties(x)}] AS path, [r IN relationships(shortest) | type(r)] AS via
             ORDER BY size(path), n.ord, n.id`,
    params: { id: source.id, against: AGAINST, along: ALONG },
  });
  return rows.map((r) => {
    const path = r.path.map((x) => toNodeModel(x.labels, x.props)).filter((m): m is NodeModel => m !== null);
    return { distance: path.length - 1, node: path[path.length - 1], path, via: r.via };
  });
}
