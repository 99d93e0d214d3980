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

/** An edge a write names, with its ends' labels (validated) so each end is found by its label's index. */
export interface EdgeKey {
  type: string;
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
}

/** The stored properties of the edges among `edges` that exist (key `from|type|to`). */
export async function readStoredEdges(db: GraphGateway, tx: ManagedTransaction, edges: readonly EdgeKey[]): Promise<Map<string, Record<string, unknown>>> {
  const groups = new Map<string, EdgeKey[]>();
  for (const e of edges) {
    const group = `${e.type}|${e.fromLabel}|${e.toLabel}`;
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push(e);
  }
  const end = (v: string, label: string, key: string) => (label === 'Measurement' ? `(${v}:Measurement {key: ${key}})` : `(${v}:${label} {id: ${key}})`);
  const found = new Map<string, Record<string, unknown>>();
  for (const [group, rows] of groups) {
    const [type, fromLabel, toLabel] = group.split('|');
    // Type and labels were checked against the closed lists by the validator before this is called.
    const cypher = `UNWIND $rows AS row MATCH ${end('a', fromLabel, 'row.from')}-[r:${type}]->${end('b', toLabel, 'row.to')} RETURN row.from AS from, row.to AS to, properties(r) AS props`;
    for (let i = 0; i < rows.length; i += BATCH) {
      const stored = await db.run<{ from: string; to: string; props: Record<string, unknown> }>(tx, { cypher, params: { rows: rows.slice(i, i + BATCH).map(({ from, to }) => ({ from, to })) } });
      for (const s of stored) found.set(`${s.from}|${type}|${s.to}`, s.props);
    }
  }
  return found;
}
