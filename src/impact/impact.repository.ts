import type { EdgeType } from '../graph/graph';
import type { GraphGateway } from '../db/gateway';
import { lightProperties, toNodeModel, toPartialNodeModel, type NodeModel } from '../node/node.model';
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

/**
 * What an impact's answer needs, from the query's selection (as pages read only the relations they are asked for):
 * `paths` the shortest path of each node with its relations (path, via, derived, diagrams), `quotes` each step's
 * quote, `nodes` each node's light properties ('light') or only its id ('id', for `node { id }`).
 */
export interface ImpactShape {
  paths: boolean;
  quotes: boolean;
  nodes: 'light' | 'id';
}

/** Everything: for callers without a selection (diagrams, code). */
export const FULL_IMPACT: ImpactShape = { paths: true, quotes: true, nodes: 'light' };

/**
 * Everything reachable from the source within maxDepth steps, each node once with its distance (and, when the shape
 * asks, a shortest path), and the source itself (all its properties, as the nodeById loader reads them), in one
 * statement; a null source means it does not exist (then nothing is returned). Without `paths`, path, via and quotes
 * are empty and derived false: the shape says no one reads them.
 */
export async function impactOf(db: GraphGateway, sourceId: string, maxDepth: number, shape: ImpactShape = FULL_IMPACT): Promise<{ source: NodeModel | null; affected: ImpactedNodeModel[] }> {
  // Variable-length bounds cannot be parameters; maxDepth is an integer checked by the resolver.
  const depth = Math.trunc(maxDepth);
  type Reached = { labels: string[]; pairs: [string, unknown][]; distance: number; pathIds?: string[]; via?: EdgeType[]; quotes?: (string | null)[] };
  const pairs = shape.nodes === 'light' ? lightProperties('n') : "[['id', n.id]]";
  // Each affected node's properties once, and its path as ids: every node on a shortest path is the source or
  // itself affected (a path's prefix is a shorter path), so paths are rebuilt here without sending nodes twice.
  // Without paths, the distance is an aggregate (min) and no path is kept per node.
  const reach = shape.paths
    ? `WITH n, p ORDER BY length(p)
               WITH n, head(collect(p)) AS shortest
               WITH n, shortest, length(shortest) AS distance ORDER BY distance, n.ord, n.id
               RETURN collect({labels: labels(n), pairs: ${pairs}, distance: distance, pathIds: [x IN nodes(shortest) | x.id], via: [r IN relationships(shortest) | type(r)]${
                 shape.quotes ? ', quotes: [r IN relationships(shortest) | r.quote]' : ''
               }}) AS rows`
    : `WITH n, min(length(p)) AS distance
               WITH n, distance ORDER BY distance, n.ord, n.id
               RETURN collect({labels: labels(n), pairs: ${pairs}, distance: distance}) AS rows`;
  const [row] = await db.read<{ labels: string[]; props: Record<string, unknown>; rows: Reached[] }>({
    // A quantified path pattern checks each step's direction as it expands, so a hub (an agency owning
    // thousands of indicators) is never walked the wrong way; a variable-length pattern filtered afterwards was
    // 20x slower at a million nodes.
    cypher: `MATCH (s:Entity {id: $id})
             CALL (s) {
               MATCH p = (s)((a)-[r:${[...AGAINST, ...ALONG].join('|')}]-(b)
                             WHERE (type(r) IN $against AND endNode(r) = a) OR (type(r) IN $along AND startNode(r) = a)){1,${depth}}(n)
               WHERE n <> s AND NOT n:Plan
               ${reach}
             }
             RETURN labels(s) AS labels, properties(s) AS props, rows`,
    params: { id: sourceId, against: AGAINST, along: ALONG },
  });
  const found = row ? toNodeModel(row.labels, row.props) : null;
  if (!found) return { source: null, affected: [] };
  const reached = row.rows.map((r) => ({ ...r, node: toPartialNodeModel(r.labels, r.pairs) }));
  if (!shape.paths) {
    return { source: found, affected: reached.flatMap(({ node, distance }) => (node ? [{ distance, node, path: [], via: [], quotes: [], derived: false }] : [])) };
  }
  const byId = new Map<string, NodeModel>([[found.id, found]]);
  for (const { node } of reached) if (node) byId.set(node.id, node);
  const affected = reached.flatMap(({ node, pathIds = [], via = [], quotes }) => {
    const path = pathIds.map((id) => byId.get(id));
    if (!node || path.some((x) => x === undefined)) return []; // a node kind the API does not serve
    return [{ distance: path.length - 1, node, path: path as NodeModel[], via, quotes: quotes ?? via.map(() => null), derived: via.includes('PART_OF') }];
  });
  return { source: found, affected };
}
