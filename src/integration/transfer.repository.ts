import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { trackImport } from '../metrics/progress';
import { recordChange } from '../audit/audit.repository';
import type { GraphGateway } from '../db/gateway';
import { BadUserInputError, ImportTimeoutError } from '../errors';
import { EDGE_TYPES, NODE_LABELS } from '../graph/graph';
import { graphOffences, refuseOffences } from './graphCheck';
import { readStoredEdges, readStoredFacts } from './graphCheck.repository';
import { authorizeWrite, type Touch, type WriteCaller } from '../auth/writeRules';

/** Node labels an export carries: the entities and the measurements (the audit trail stays behind). */
const EXPORTED_LABELS = [...NODE_LABELS, 'Measurement'] as const;
const EXPORTED_EDGES = [...EDGE_TYPES, 'HAS_MEASUREMENT'] as const;
export const EXPORT_FORMAT = 'plangraph-export/1';

/** A property value with the Neo4j type it had, so integers come back as integers. */
type Props = Record<string, unknown>;

// The document's shape only; what it says (labels, ids, edges, cycles) is the validator's (graphCheck.ts), which
// names every offence rather than the first.
const propsSchema = z.record(z.string(), z.unknown());
const intsSchema = z.array(z.string()).default([]);
const documentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  nodes: z.array(z.object({ labels: z.array(z.string()), key: z.string(), props: propsSchema, ints: intsSchema })),
  edges: z.array(z.object({ type: z.string(), from: z.string(), to: z.string(), props: propsSchema, ints: intsSchema })),
  // A plan's life beyond its nodes and edges, each kept with what it belongs to (older documents have none).
  /** Amended targets, each with its indicator (proposed, approved or rejected). */
  amendments: z.array(z.object({ indicator: z.string(), props: propsSchema, ints: intsSchema })).default([]),
  /** Earlier values of a measurement, replaced by a later recording. */
  revisions: z.array(z.object({ measurement: z.string(), props: propsSchema, ints: intsSchema })).default([]),
  /** The importer's proposed edges (open, accepted or rejected), kept apart from the plan's own. */
  proposals: z.array(z.object({ from: z.string(), to: z.string(), props: propsSchema, ints: intsSchema })).default([]),
});

/** The export document. */
export type ExportDocument = z.infer<typeof documentSchema> & { exportedAt: string; plan: string | null };

const keyOf = "coalesce(n.id, n.key)";

/**
 * Exports the whole graph, or one plan (its nodes, the shared agencies and laws and plans they touch, measurements),
 * with what a restore needs of its life: amendments, measurement revisions and proposals (the audit trail stays
 * behind: `npm run backup` keeps it).
 */
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
    const { amendments, revisions, proposals } = await exportLife(db, tx, keys);
    return { format: EXPORT_FORMAT, exportedAt: new Date().toISOString(), plan: planKey, nodes: nodes as ExportDocument['nodes'], edges: edges as ExportDocument['edges'], amendments, revisions, proposals };
  });
}

const INTS_OF = (v: string) => `[k IN keys(${v}) WHERE valueType(${v}[k]) STARTS WITH 'INTEGER' OR valueType(${v}[k]) STARTS WITH 'LIST<INTEGER'] AS ints`;

/** The amendments, measurement revisions and proposals of the exported nodes (a proposal: both its ends exported). */
async function exportLife(db: GraphGateway, tx: ManagedTransaction, keys: string[]): Promise<Pick<ExportDocument, 'amendments' | 'revisions' | 'proposals'>> {
  const amendments = await db.run<ExportDocument['amendments'][number]>(tx, {
    cypher: `UNWIND $keys AS k MATCH (i:Indicator {id: k})-[:HAS_AMENDMENT]->(a:Amendment)
             RETURN k AS indicator, properties(a) AS props, ${INTS_OF('a')} ORDER BY a.id`,
    params: { keys },
  }, 'READ');
  const revisions = await db.run<ExportDocument['revisions'][number]>(tx, {
    cypher: `UNWIND $keys AS k MATCH (m:Measurement {key: k})-[:REPLACED]->(r:MeasurementRevision)
             RETURN k AS measurement, properties(r) AS props, ${INTS_OF('r')} ORDER BY k, r.replacedAt, r.value`,
    params: { keys },
  }, 'READ');
  const proposals = await db.run<ExportDocument['proposals'][number]>(tx, {
    cypher: `UNWIND $keys AS k MATCH (a:Entity {id: k})-[p:PROPOSED]->(b:Entity) WHERE b.id IN $keys
             RETURN a.id AS from, b.id AS to, properties(p) AS props, ${INTS_OF('p')} ORDER BY p.id, a.id, b.id`,
    params: { keys },
  }, 'READ');
  return { amendments, revisions, proposals };
}

/**
 * Writes a document's amendments (merged by id onto their indicator), measurement revisions (a measurement in the
 * document gets exactly the document's) and proposals (merged by id between their ends); throws, rolling the import
 * back, when one's owner or end is not there.
 */
async function importLife(db: GraphGateway, tx: ManagedTransaction, doc: z.infer<typeof documentSchema>): Promise<void> {
  const check = (what: string, wrote: number | undefined, expected: number) => {
    if ((wrote ?? 0) !== expected) throw new BadUserInputError(`${what}: ${wrote ?? 0} of ${expected} found what they belong to; nothing imported`, { argument: 'document' });
  };
  if (doc.amendments.length) {
    const rows = doc.amendments.map((a) => ({ indicator: a.indicator, props: typed(a.props, a.ints) }));
    if (rows.some((r) => typeof r.props.id !== 'string')) throw new BadUserInputError('every amendment needs its id', { argument: 'document' });
    const [written] = await db.run<{ n: number }>(tx, {
      cypher: `UNWIND $rows AS row MATCH (i:Indicator {id: row.indicator}) MERGE (a:Amendment {id: row.props.id}) SET a = row.props MERGE (i)-[:HAS_AMENDMENT]->(a) RETURN count(a) AS n`,
      params: { rows },
    });
    check('amendments', written?.n, rows.length);
  }
  const measured = [...new Set(doc.nodes.filter((n) => n.labels[0] === 'Measurement').map((n) => n.key))];
  if (measured.length || doc.revisions.length) {
    await db.run(tx, { cypher: `UNWIND $keys AS k MATCH (:Measurement {key: k})-[:REPLACED]->(r:MeasurementRevision) DETACH DELETE r`, params: { keys: measured } });
    const rows = doc.revisions.map((r) => ({ measurement: r.measurement, props: typed(r.props, r.ints) }));
    const [written] = await db.run<{ n: number }>(tx, {
      cypher: `UNWIND $rows AS row MATCH (m:Measurement {key: row.measurement}) CREATE (m)-[:REPLACED]->(r:MeasurementRevision) SET r = row.props RETURN count(r) AS n`,
      params: { rows },
    });
    check('measurement revisions', written?.n, rows.length);
  }
  if (doc.proposals.length) {
    const rows = doc.proposals.map((p) => ({ from: p.from, to: p.to, props: typed(p.props, p.ints) }));
    if (rows.some((r) => typeof r.props.id !== 'string')) throw new BadUserInputError('every proposal needs its id', { argument: 'document' });
    const [written] = await db.run<{ n: number }>(tx, {
      cypher: `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) MERGE (a)-[p:PROPOSED {id: row.props.id}]->(b) SET p = row.props RETURN count(p) AS n`,
      params: { rows },
    });
    check('proposals', written?.n, rows.length);
  }
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

/** How an import runs: who imports (and why, for changes to the plan's meaning), progress, and its time limit. */
export interface ImportOptions {
  caller: WriteCaller;
  /** Told after each batch written ("nodes 5000/120000"). */
  progress?: (message: string) => void;
  /** Milliseconds the whole import may take (0 or absent: no limit); past it the import is rolled back with IMPORT_TIMEOUT. */
  timeoutMs?: number;
  /** Rows per statement. */
  batchSize?: number;
}

/** What an import stored. */
export interface ImportResult {
  nodes: number;
  edges: number;
  created: number;
  updated: number;
}

/** Properties the document says are integers but are not (they could not be restored as integers). */
function intOffences(doc: z.infer<typeof documentSchema>): string[] {
  const isInt = (v: unknown) => Number.isSafeInteger(v);
  const bad = (props: Props, ints: string[]) => ints.filter((k) => !(Array.isArray(props[k]) ? (props[k] as unknown[]).every(isInt) : isInt(props[k])));
  return [
    ...doc.nodes.flatMap((n) => bad(n.props, n.ints).map((k) => `node ${JSON.stringify(n.key)}: property ${k} is listed in ints but is not an integer`)),
    ...doc.edges.flatMap((e) => bad(e.props, e.ints).map((k) => `edge ${e.from} -[${e.type}]-> ${e.to}: property ${k} is listed in ints but is not an integer`)),
  ];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What an import would change, as write-rule touches: each changed property of a stored node, each new node, each
 * new edge, and each stored edge whose properties it would replace (the plan's own when not written through the API).
 */
function importTouches(
  doc: z.infer<typeof documentSchema>,
  stored: Map<string, { props: Record<string, unknown> | null }>,
  storedEdges: Map<string, Record<string, unknown>>,
): Touch[] {
  const touches: Touch[] = [];
  for (const node of doc.nodes) {
    const label = node.labels[0] as Touch['subject'];
    const before = stored.get(node.key)?.props;
    if (!before) {
      touches.push({ subject: label === 'Measurement' ? 'Measurement' : 'new node', field: label, id: node.key });
      continue;
    }
    for (const field of new Set([...Object.keys(before), ...Object.keys(node.props)])) {
      if (!same(before[field], node.props[field])) touches.push({ subject: label, field, id: node.key });
    }
  }
  for (const edge of doc.edges) {
    if (edge.type === 'HAS_MEASUREMENT') continue; // a measurement's edge comes with the measurement (its own row)
    const before = storedEdges.get(`${edge.from}|${edge.type}|${edge.to}`);
    if (!before) touches.push({ subject: 'edge', field: edge.type, id: edge.from });
    else if (!same(sorted(before), sorted(edge.props))) touches.push({ subject: before.origin === 'API' ? 'edge' : 'edge the plan states', field: edge.type, id: edge.from });
  }
  return touches;
}

const sorted = (props: Props) => Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));

/**
 * Reads an export document back, all or nothing: every node and edge is checked by the one validator first
 * (labels, ids, required properties, edge endpoints, PART_OF cycles against what is stored, duplicates) and the
 * write rules (changes to the plan's meaning need an ADMIN's reason); one offence refuses the whole document,
 * naming each. Then nodes are merged by id (or key) and their properties replaced, edges merged, in batches inside
 * one transaction, with progress and a time limit (IMPORT_TIMEOUT, rolled back). One audit entry records the
 * import (who, why, counts). The counts are what the statements stored.
 */
export async function importGraph(gateway: GraphGateway, raw: unknown, options: ImportOptions): Promise<ImportResult> {
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BadUserInputError(`not a ${EXPORT_FORMAT} document: ${issue.path.join('.')}: ${issue.message}`, { argument: 'document' });
  }
  const doc = parsed.data;
  const { caller, progress = () => undefined, timeoutMs = 0, batchSize = 2_000 } = options;
  const started = Date.now();
  const deadline = () => {
    if (timeoutMs > 0 && Date.now() - started > timeoutMs) throw new ImportTimeoutError(timeoutMs);
  };
  // An import is a load: it runs under its own deadline, not a request's transaction timeout.
  const db = gateway.forBulkWork();
  return trackImport('graph', (tracked) => db.writeTx(async (tx) => {
    const docKeys = new Set(doc.nodes.map((n) => n.key));
    const stored = await readStoredFacts(db, tx, [...docKeys, ...doc.edges.flatMap((e) => [e.from, e.to])], docKeys, doc.edges.filter((e) => e.type === 'PART_OF').map((e) => e.to));
    refuseOffences([...graphOffences(doc.nodes, doc.edges, stored), ...intOffences(doc)], 'nothing imported');
    const labelOf = new Map<string, string>([...stored.labels].map(([k, ls]) => [k, ls.find((l) => l !== 'Entity')!]));
    for (const n of doc.nodes) labelOf.set(n.key, n.labels[0]);
    const storedEdges = await readStoredEdges(db, tx, doc.edges.map((e) => ({ ...e, fromLabel: labelOf.get(e.from)!, toLabel: labelOf.get(e.to)! })));
    const reason = authorizeWrite(caller, importTouches(doc, stored.nodes, storedEdges));
    // The time limit is checked once what is wrong with a document has been said: a refusal beats a timeout.
    deadline();
    progress(`checked ${doc.nodes.length} nodes and ${doc.edges.length} edges`);

    let nodes = 0;
    for (const label of EXPORTED_LABELS) {
      const rows = doc.nodes.filter((n) => n.labels[0] === label).map((n) => ({ key: n.key, props: typed(n.props, n.ints) }));
      // Labels come from the closed list EXPORTED_LABELS; the validator checked each node's against it and its id.
      const cypher =
        label === 'Measurement'
          ? 'UNWIND $rows AS row MERGE (n:Measurement {key: row.key}) SET n = row.props RETURN count(n) AS n'
          : `UNWIND $rows AS row MERGE (n:Entity {id: row.key}) SET n:${label} SET n = row.props RETURN count(n) AS n`;
      for (let i = 0; i < rows.length; i += batchSize) {
        const [written] = await db.run<{ n: number }>(tx, { cypher, params: { rows: rows.slice(i, i + batchSize) } });
        nodes += written?.n ?? 0;
        tracked.advance(written?.n ?? 0);
        deadline();
        progress(`nodes ${nodes}/${doc.nodes.length}`);
      }
    }
    const end = (v: string, label: string, key: string) => (label === 'Measurement' ? `(${v}:Measurement {key: ${key}})` : `(${v}:${label} {id: ${key}})`);
    let edges = 0;
    for (const type of EXPORTED_EDGES) {
      const groups = new Map<string, { from: string; to: string; props: Props }[]>();
      for (const e of doc.edges.filter((x) => x.type === type)) {
        const group = `${labelOf.get(e.from)}|${labelOf.get(e.to)}`;
        if (!groups.has(group)) groups.set(group, []);
        groups.get(group)!.push({ from: e.from, to: e.to, props: typed(e.props, e.ints) });
      }
      for (const [group, rows] of groups) {
        const [fromLabel, toLabel] = group.split('|');
        // Labels are the validated ends' (closed list), so each end is found by its label's unique index.
        const cypher = `UNWIND $rows AS row MATCH ${end('a', fromLabel, 'row.from')} MATCH ${end('b', toLabel, 'row.to')} MERGE (a)-[r:${type}]->(b) SET r = row.props RETURN count(r) AS n`;
        for (let i = 0; i < rows.length; i += batchSize) {
          const [written] = await db.run<{ n: number }>(tx, { cypher, params: { rows: rows.slice(i, i + batchSize) } });
          edges += written?.n ?? 0;
          tracked.advance(written?.n ?? 0);
          deadline();
          progress(`edges ${edges}/${doc.edges.length}`);
        }
      }
    }
    await importLife(db, tx, doc);
    deadline();
    // The validator let through only edges whose ends exist, so every one is written; if not, store nothing.
    if (nodes !== doc.nodes.length || edges !== doc.edges.length) {
      throw new Error(`import wrote ${nodes}/${doc.nodes.length} nodes and ${edges}/${doc.edges.length} edges; rolled back`);
    }
    const created = doc.nodes.filter((n) => !stored.nodes.has(n.key)).length;
    const result = { nodes, edges, created, updated: nodes - created };
    const plan = (raw as { plan?: unknown }).plan;
    await recordImport(db, tx, caller.name, reason, typeof plan === 'string' && /^[a-z0-9][a-z0-9-]{0,79}$/.test(plan) ? plan : null, result);
    return result;
  }));
}

/** One audit entry per import (not one per node: an import may hold a hundred thousand): who, why and the counts. */
async function recordImport(db: GraphGateway, tx: ManagedTransaction, by: string, reason: string | null, plan: string | null, result: ImportResult): Promise<void> {
  await recordChange(db, tx, { entity: plan ? `Plan:${plan}` : 'graph', action: 'IMPORT_GRAPH', by, reason, before: null, after: { ...result, plan } });
}
