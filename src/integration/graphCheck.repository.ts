import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphGateway } from '../db/gateway';
import type { StoredFacts } from './graphCheck';

/** Keys looked up per statement. */
const BATCH = 5_000;

/** A stored node the validator and the write rules need: its labels and, when asked for, its properties. */
export interface StoredNode {
  labels: string[];
  props: Record<string, unknown> | null;
}

/**
 * What the database holds for a write: the stored nodes among `keys` (entities by id, measurements by key; with
 * their properties for `withProps`), and the PART_OF edges above `partOfTargets`, so a cycle through stored edges
 * is found before anything is written.
 */
export async function readStoredFacts(
  db: GraphGateway,
  tx: ManagedTransaction,
  keys: readonly string[],
  withProps: ReadonlySet<string>,
  partOfTargets: readonly string[],
): Promise<StoredFacts & { nodes: Map<string, StoredNode> }> {
  const nodes = new Map<string, StoredNode>();
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += BATCH) {
    const rows = await db.run<{ key: string; labels: string[]; props: Record<string, unknown> | null }>(tx, {
      cypher: `UNWIND $keys AS k OPTIONAL MATCH (e:Entity {id: k}) OPTIONAL MATCH (m:Measurement {key: k})
               WITH k, coalesce(e, m) AS n WHERE n IS NOT NULL
               RETURN k AS key, labels(n) AS labels, CASE WHEN k IN $withProps THEN properties(n) END AS props`,
      params: { keys: unique.slice(i, i + BATCH), withProps: unique.slice(i, i + BATCH).filter((k) => withProps.has(k)) },
    });
    for (const row of rows) nodes.set(row.key, { labels: row.labels, props: row.props });
  }
  const partOf: [string, string][] = [];
  const targets = [...new Set(partOfTargets)];
  for (let i = 0; i < targets.length; i += BATCH) {
    const rows = await db.run<{ from: string; to: string }>(tx, {
      cypher: `UNWIND $keys AS k MATCH (b:Entity {id: k})-[:PART_OF*0..50]->(x)-[:PART_OF]->(y)
               RETURN DISTINCT x.id AS from, y.id AS to`,
      params: { keys: targets.slice(i, i + BATCH) },
    });
    for (const row of rows) partOf.push([row.from, row.to]);
  }
  return { labels: new Map([...nodes].map(([k, n]) => [k, n.labels])), partOf, nodes };
}
