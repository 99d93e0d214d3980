import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { GraphGateway } from '../db/gateway';
import { BadUserInputError } from '../errors';
import { EDGE_TYPES, NODE_LABELS } from '../graph/graph';

/** Node labels an export carries: the entities and the measurements (the audit trail stays behind). */
const EXPORTED_LABELS = [...NODE_LABELS, 'Measurement'] as const;
const EXPORTED_EDGES = [...EDGE_TYPES, 'HAS_MEASUREMENT'] as const;
export const EXPORT_FORMAT = 'plangraph-export/1';

/** A property value with the Neo4j type it had, so integers come back as integers. */
type Props = Record<string, unknown>;

const documentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  nodes: z.array(z.object({ labels: z.array(z.enum(EXPORTED_LABELS)).min(1), key: z.string().min(1), props: z.record(z.string(), z.unknown()), ints: z.array(z.string()).default([]) })),
  edges: z.array(z.object({ type: z.enum(EXPORTED_EDGES), from: z.string(), to: z.string(), props: z.record(z.string(), z.unknown()), ints: z.array(z.string()).default([]) })),
});

/** The export document. */
export type ExportDocument = z.infer<typeof documentSchema> & { exportedAt: string; plan: string | null };

const keyOf = "coalesce(n.id, n.key)";

/** Exports the whole graph, or one plan (its nodes, the shared agencies and laws and plans they touch, measurements). */
export async function exportGraph(db: GraphGateway, planKey: string | null): Promise<ExportDocument> {
  return db.readTx(async (tx) => {
    const nodes = await db.run<{ labels: string[]; key: string; props: Props; ints: string[] }>(tx, {
      cypher: `MATCH (n) WHERE (n:Entity OR n:Measurement)
                 AND ($plan IS NULL OR n.planId = $plan OR n.key = $plan
                      OR ((n:Agency OR n:Law OR n:Plan) AND EXISTS { (n)--(m:Entity) WHERE m.planId = $plan OR m.key = $plan })
                      OR (n:Measurement AND EXISTS { (:Indicator {planId: $plan})-[:HAS_MEASUREMENT]->(n) }))
               RETURN [l IN labels(n) WHERE l <> 'Entity'] AS labels, ${keyOf} AS key, properties(n) AS props,
                      [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'INTEGER' OR valueType(n[k]) STARTS WITH 'LIST<INTEGER'] AS ints
               ORDER BY key`,
      params: { plan: planKey },
    }, 'READ');
    const keys = nodes.map((n) => n.key);
    const edges = await db.run<{ type: string; from: string; to: string; props: Props; ints: string[] }>(tx, {
      cypher: `UNWIND $keys AS k OPTIONAL MATCH (e:Entity {id: k}) OPTIONAL MATCH (m:Measurement {key: k})
               WITH k, coalesce(e, m) AS a WHERE a IS NOT NULL
               MATCH (a)-[r]->(b) WHERE type(r) IN $types AND coalesce(b.id, b.key) IN $keys
               RETURN type(r) AS type, k AS from, coalesce(b.id, b.key) AS to, properties(r) AS props,
                      [x IN keys(r) WHERE valueType(r[x]) STARTS WITH 'INTEGER' OR valueType(r[x]) STARTS WITH 'LIST<INTEGER'] AS ints
               ORDER BY from, type, to`,
      params: { keys, types: [...EXPORTED_EDGES] },
    }, 'READ');
    return { format: EXPORT_FORMAT, exportedAt: new Date().toISOString(), plan: planKey, nodes: nodes as ExportDocument['nodes'], edges: edges as ExportDocument['edges'] };
  });
}

/** Restores integer-typed properties (JSON numbers arrive as floats otherwise). */
function typed(props: Props, ints: string[]): Props {
  const out: Props = { ...props };
  for (const k of ints) {
    const v = out[k];
    out[k] = Array.isArray(v) ? v.map((x) => neo4j.int(x as number)) : neo4j.int(v as number);
  }
  return out;
}

/** How many dangling edges an error names in full; the rest are counted. */
const NAMED_DANGLING_EDGES = 20;

/**
 * Refuses, before anything is written, a document with an edge to a node that is neither in the document nor in
 * the database: the edge could not be stored, and dropping it silently would report an import that did not happen.
 */
async function refuseDanglingEdges(db: GraphGateway, tx: ManagedTransaction, doc: z.infer<typeof documentSchema>): Promise<void> {
  const inDocument = new Set(doc.nodes.map((n) => n.key));
  const outside = [...new Set(doc.edges.flatMap((e) => [e.from, e.to]).filter((key) => !inDocument.has(key)))];
  if (outside.length === 0) return;
  const rows = await db.run<{ key: string }>(tx, {
    cypher: `UNWIND $keys AS k OPTIONAL MATCH (e:Entity {id: k}) OPTIONAL MATCH (m:Measurement {key: k})
             WITH k, e, m WHERE e IS NULL AND m IS NULL RETURN k AS key`,
    params: { keys: outside },
  });
  const missing = new Set(rows.map((r) => r.key));
  if (missing.size === 0) return;
  const dangling = doc.edges.filter((e) => missing.has(e.from) || missing.has(e.to)).map((e) => `${e.from} -[${e.type}]-> ${e.to}`);
  const named = dangling.slice(0, NAMED_DANGLING_EDGES).join('; ');
  const more = dangling.length > NAMED_DANGLING_EDGES ? ` and ${dangling.length - NAMED_DANGLING_EDGES} more` : '';
  throw new BadUserInputError(`nothing imported: ${dangling.length} edge(s) point at nodes neither in the document nor in the database: ${named}${more}`, {
    argument: 'document',
    danglingEdges: dangling,
  });
}

/** Reads an export document back in one write transaction: nodes merged by id (or key), properties and edges replaced. */
export async function importGraph(db: GraphGateway, raw: unknown): Promise<{ nodes: number; edges: number }> {
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BadUserInputError(`not a ${EXPORT_FORMAT} document: ${issue.path.join('.')}: ${issue.message}`, { argument: 'document' });
  }
  const doc = parsed.data;
  return db.writeTx(async (tx) => {
    await refuseDanglingEdges(db, tx, doc);
    for (const label of EXPORTED_LABELS) {
      const rows = doc.nodes.filter((n) => n.labels[0] === label).map((n) => ({ key: n.key, props: typed(n.props, n.ints) }));
      if (rows.length === 0) continue;
      // Labels come from the closed list EXPORTED_LABELS, validated above.
      const cypher =
        label === 'Measurement'
          ? 'UNWIND $rows AS row MERGE (n:Measurement {key: row.key}) SET n = row.props'
          : `UNWIND $rows AS row MERGE (n:Entity {id: row.key}) SET n:${label} SET n = row.props`;
      for (let i = 0; i < rows.length; i += 5000) await db.run(tx, { cypher, params: { rows: rows.slice(i, i + 5000) } });
    }
    for (const type of EXPORTED_EDGES) {
      const rows = doc.edges.filter((e) => e.type === type).map((e) => ({ from: e.from, to: e.to, props: typed(e.props, e.ints) }));
      if (rows.length === 0) continue;
      // Both ends by index: entities by id, measurements by key.
      const end = (v: string, k: string) => `OPTIONAL MATCH (${v}e:Entity {id: ${k}}) OPTIONAL MATCH (${v}m:Measurement {key: ${k}}) WITH *, coalesce(${v}e, ${v}m) AS ${v}`;
      await db.run(tx, {
        cypher: `UNWIND $rows AS row ${end('a', 'row.from')} ${end('b', 'row.to')} WITH row, a, b WHERE a IS NOT NULL AND b IS NOT NULL MERGE (a)-[r:${type}]->(b) SET r = row.props`,
        params: { rows },
      });
    }
    return { nodes: doc.nodes.length, edges: doc.edges.length };
  });
}
