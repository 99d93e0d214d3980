import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { loadPlanGraphFromDisk } from '../../seed/build';
import { loadPlanGraph } from '../../src/importer/load.writer';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded/embeddedNeo4j';
import type { GraphGateway } from '../../src/db/gateway';
import { startTestApi, type TestApi } from './api';
import { PLAN_DIR } from './paths';

/** A Neo4j of one test file's own, seeded with the plan, and the API on it: a whole-store checksum sees only that file's writes. */
export interface PrivateStore {
  api: TestApi;
  uri: string;
  /** NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD for a process (a CLI, another API) that uses this store. */
  neo4jEnv: Record<string, string>;
  close(): Promise<void>;
}

/** Starts a private embedded Neo4j, seeds the plan and starts the API on it (env as for startTestApi). */
export async function startPrivateStore(env: Record<string, string> = {}): Promise<PrivateStore> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-private-'));
  let neo4j: EmbeddedNeo4j | null = null;
  try {
    neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0 });
    const api = await startTestApi({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, ...env });
    await loadPlanGraph(api.db.forBulkWork(), loadPlanGraphFromDisk(PLAN_DIR));
    const started = neo4j;
    return {
      api,
      uri: started.uri,
      neo4jEnv: { NEO4J_URI: started.uri, NEO4J_USER: started.user, NEO4J_PASSWORD: started.password },
      async close() {
        await api.close();
        await started.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** What the store holds: node and edge counts and a checksum of every node's labels and properties and every edge's ends, type and properties. */
export interface StoreFingerprint {
  nodes: number;
  edges: number;
  checksum: string;
}

// Each property as name:type=value, written by Cypher (lists element by element), so a changed type changes it too.
const PROPS = (v: string) => `[k IN keys(${v}) | k + ':' + valueType(${v}[k]) + '=' +
  CASE WHEN valueType(${v}[k]) STARTS WITH 'LIST' THEN reduce(s = '', x IN ${v}[k] | s + toString(x) + '\u001f') ELSE toString(${v}[k]) END]`;

/** The store's fingerprint: equal before and after means the same graph, property by property (Neo4j's own ids aside). */
export async function storeFingerprint(db: GraphGateway): Promise<StoreFingerprint> {
  const nodes = await db.read<{ head: string; props: string[] }>({
    cypher: `MATCH (n) RETURN reduce(s = '', l IN labels(n) | s + l + ',') AS head, ${PROPS('n')} AS props`,
  });
  const edges = await db.read<{ head: string; props: string[] }>({
    cypher: `MATCH (a)-[r]->(b)
             RETURN coalesce(a.id, a.key, toString(a.seq), elementId(a)) + '-' + type(r) + '->' + coalesce(b.id, b.key, toString(b.seq), elementId(b)) AS head, ${PROPS('r')} AS props`,
  });
  // Sorted in JS so the checksum does not depend on the order Neo4j returns rows or keys in.
  const lines = (rows: { head: string; props: string[] }[]) => rows.map((r) => `${r.head}|${[...r.props].sort().join('\u001e')}`).sort();
  const hash = createHash('sha256');
  for (const line of [...lines(nodes), '#', ...lines(edges)]) hash.update(line).update('\n');
  return { nodes: nodes.length, edges: edges.length, checksum: hash.digest('hex') };
}

/** Copies entities' properties aside (in Cypher, so integer stays integer) for restoreNodes. */
export async function snapshotNodes(db: GraphGateway, ids: readonly string[]): Promise<void> {
  await db.write({ cypher: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) CREATE (s:TestSnapshot) SET s = properties(n), s.snapshotOf = id', params: { ids } });
}

/** Puts back what snapshotNodes copied, and removes the copies. */
export async function restoreNodes(db: GraphGateway): Promise<void> {
  await db.write({ cypher: 'MATCH (s:TestSnapshot) MATCH (n:Entity {id: s.snapshotOf}) SET n = properties(s) REMOVE n.snapshotOf WITH s DELETE s' });
}

/** The audit trail's last seq (null before any change). */
export async function auditSeq(db: GraphGateway): Promise<number | null> {
  return (await db.read<{ v: number | null }>({ cypher: "OPTIONAL MATCH (s:PlanGraphMeta {key: 'changeSeq'}) RETURN s.value AS v" }))[0].v;
}

/** Rewinds the audit trail to `seq` (as auditSeq read it): entries after it removed, the counter set back. */
export async function rewindAudit(db: GraphGateway, seq: number | null): Promise<void> {
  await db.write({ cypher: 'MATCH (c:Change) WHERE $seq IS NULL OR c.seq > $seq DETACH DELETE c', params: { seq } });
  await db.write({
    cypher: seq === null ? "MATCH (s:PlanGraphMeta {key: 'changeSeq'}) DELETE s" : "MATCH (s:PlanGraphMeta {key: 'changeSeq'}) SET s.value = toInteger($seq)",
    params: { seq },
  });
}
