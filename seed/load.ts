import type { GraphGateway } from '../src/db/gateway';
import { applyDatabaseSchema } from '../src/db/schema';
import { EDGE_ENDPOINTS, EDGE_TYPES, NODE_LABELS, type GraphEdge, type PlanGraphData } from './graph';

/** What a load did: counts per label and type, and how long it took. */
export interface LoadReport {
  planId: string;
  nodes: Record<string, number>;
  edges: Record<string, number>;
  removedNodes: number;
  removedEdges: number;
  ms: number;
}

const BATCH = 5_000;

/**
 * Writes one plan's graph in a single write transaction (all or nothing), idempotently:
 * nodes and edges are merged by id, and seed nodes and edges of this plan that the data no longer
 * has are removed, so loading twice gives the same graph. Edges written through the API survive.
 */
export async function loadPlanGraph(db: GraphGateway, graph: PlanGraphData, progress: (msg: string) => void = () => undefined): Promise<LoadReport> {
  const started = performance.now();
  progress('applying constraints and indexes');
  await applyDatabaseSchema(db);
  const nodeCounts: Record<string, number> = {};
  const edgeCounts: Record<string, number> = {};
  let removedNodes = 0;
  let removedEdges = 0;
  await db.writeTx(async (tx) => {
    // Databases seeded before every entity carried :Entity get it now, so MERGE finds their nodes.
    await db.run(tx, { cypher: `MATCH (n) WHERE n.seedPlan IS NOT NULL AND NOT n:Entity SET n:Entity` });
    for (const label of NODE_LABELS) {
      const rows = graph.nodes.filter((n) => n.label === label).map((n) => ({ id: n.id, props: { ...n.props, id: n.id, origin: 'SEED', seedPlan: graph.planId } }));
      nodeCounts[label] = rows.length;
      for (let i = 0; i < rows.length; i += BATCH) {
        // Every entity also carries :Entity, so a lookup by id alone uses one index. Label from the closed list.
        await db.run(tx, {
          // The version and an external id other systems gave survive a reload; the rest is the seed's.
          cypher: `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:${label}
                   WITH n, row, n.version AS version, n.externalId AS externalId
                   SET n = row.props SET n.version = coalesce(version, 1), n.externalId = externalId`,
          params: { rows: rows.slice(i, i + BATCH) },
        });
      }
      progress(`  ${label}: ${rows.length} nodes`);
    }
    for (const type of EDGE_TYPES) {
      const edges = graph.edges.filter((e) => e.type === type);
      edgeCounts[type] = edges.length;
      for (const [fromLabel, toLabel, group] of groupByEndpoints(edges, graph)) {
        for (let i = 0; i < group.length; i += BATCH) {
          await db.run(tx, {
            cypher: `UNWIND $rows AS row MATCH (a:${fromLabel} {id: row.from}) MATCH (b:${toLabel} {id: row.to}) MERGE (a)-[r:${type}]->(b) SET r = row.props`,
            params: { rows: group.slice(i, i + BATCH).map((e) => ({ from: e.from, to: e.to, props: { ...e.props, seedPlan: graph.planId } })) },
          });
        }
      }
      progress(`  ${type}: ${edges.length} edges`);
    }
    // Remove what an earlier load of this plan wrote and this one no longer has (through the seedPlan index:
    // every seed edge starts at a node of its plan).
    const staleEdges = await db.run<{ removed: number }>(tx, {
      cypher: `MATCH (:Entity {seedPlan: $planId})-[r]->() WHERE r.seedPlan = $planId AND NOT (startNode(r).id + '|' + type(r) + '|' + endNode(r).id) IN $keys
               DELETE r RETURN count(*) AS removed`,
      params: { planId: graph.planId, keys: graph.edges.map((e) => `${e.from}|${e.type}|${e.to}`) },
    });
    removedEdges = staleEdges[0]?.removed ?? 0;
    const staleNodes = await db.run<{ removed: number }>(tx, {
      cypher: 'MATCH (n:Entity {seedPlan: $planId}) WHERE NOT n.id IN $ids DETACH DELETE n RETURN count(*) AS removed',
      params: { planId: graph.planId, ids: graph.nodes.map((n) => n.id) },
    });
    removedNodes = staleNodes[0]?.removed ?? 0;
    await db.run(tx, {
      cypher: 'MERGE (m:PlanGraphMeta {key: $key}) SET m.loadedAt = datetime(), m.nodes = $nodes, m.edges = $edges',
      params: { key: `seed:${graph.planId}`, nodes: graph.nodes.length, edges: graph.edges.length },
    });
  });
  return { planId: graph.planId, nodes: nodeCounts, edges: edgeCounts, removedNodes, removedEdges, ms: Math.round(performance.now() - started) };
}

function groupByEndpoints(edges: GraphEdge[], graph: PlanGraphData): [string, string, GraphEdge[]][] {
  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const groups = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    const key = `${labelOf.get(e.from)}|${labelOf.get(e.to)}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups].map(([key, group]) => {
    const [from, to] = key.split('|');
    const [allowedFrom, allowedTo] = EDGE_ENDPOINTS[group[0].type];
    // Labels are interpolated into Cypher: only ever from the closed lists.
    if (!allowedFrom.includes(from as never) || !allowedTo.includes(to as never)) throw new Error(`refusing edge labels ${key}`);
    return [from, to, group];
  });
}

/** True when the database holds no plan yet (a fresh database to seed). */
export async function isDatabaseEmpty(db: GraphGateway): Promise<boolean> {
  const rows = await db.read<{ plans: number }>({ cypher: 'MATCH (p:Plan) RETURN count(p) AS plans' });
  return (rows[0]?.plans ?? 0) === 0;
}
