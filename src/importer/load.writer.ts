import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphGateway } from '../db/gateway';
import { applyDatabaseSchema } from '../db/schema';
import { EDGE_ENDPOINTS, EDGE_TYPES, NODE_LABELS, type GraphEdge, type GraphNode, type NodeLabel, type PlanGraphData } from '../graph/graph';
import { makeId, parseId } from '../graph/ids';
import { recordChange } from '../audit/audit.repository';
import { graphOffences, refuseOffences, type StoredFacts } from '../integration/graphCheck';
import { readStoredFacts } from '../integration/graphCheck.repository';
import { searchWordsOf } from '../search/words';

/** What a load did: counts per label and type, and how long it took. */
export interface LoadReport {
  planId: string;
  nodes: Record<string, number>;
  edges: Record<string, number>;
  removedNodes: number;
  removedEdges: number;
  ms: number;
}

/** How a load behaves. */
export interface LoadOptions {
  /** Apply constraints and indexes first (once per call); default true. */
  applySchema?: boolean;
  /**
   * Replace an earlier load of the same plans: edges merged and what the data no longer has removed
   * (default). `false` is for plans new to the database (bulk loads): edges are created outright.
   */
  replace?: boolean;
  progress?: (msg: string) => void;
  /**
   * Shared nodes (agencies, laws, plans of other keys) already in the database are left as they are and only
   * created when missing: an imported plan links to the registry's agencies without rewriting them.
   */
  keepShared?: boolean;
  /** Runs last inside the load's transaction (an import stores its proposals there): all or nothing. */
  inTransaction?: (tx: ManagedTransaction) => Promise<void>;
  /**
   * Check edges against what is stored too (ends outside the plans, PART_OF cycles through stored edges), and write
   * one audit entry for the load: `npm run plan:import` does both. Every load is checked by the validator first.
   */
  audited?: { by: string; action: string };
}

const BATCH = 5_000;

/** The properties a seed node is stored with (the online loader and the bulk CSV share this); `version` is added as 1. */
export function seedNodeProps(node: GraphNode, planId: string): GraphNode['props'] {
  return { ...node.props, ...searchWordsOf(node.label, node.props), id: node.id, origin: 'SEED', seedPlan: planId };
}

/** The properties a seed edge is stored with (the online loader and the bulk CSV share this). */
export function seedEdgeProps(edge: GraphEdge, planId: string): GraphEdge['props'] & { seedPlan: string } {
  return { ...edge.props, seedPlan: planId };
}

/** A seed node's version when first written. */
export const SEED_NODE_VERSION = 1;

/** What the meta node of a loaded plan records. */
export interface LoadedPlan {
  planId: string;
  nodes: number;
  edges: number;
}

const RECORD_LOADED_PLANS =
  'UNWIND $plans AS p MERGE (m:PlanGraphMeta {key: p.key}) SET m.loadedAt = datetime(), m.nodes = p.nodes, m.edges = p.edges';

function loadedPlansParam(plans: LoadedPlan[]): { plans: { key: string; nodes: number; edges: number }[] } {
  return { plans: plans.map((p) => ({ key: `seed:${p.planId}`, nodes: p.nodes, edges: p.edges })) };
}

/**
 * Writes one plan's graph in a single write transaction (all or nothing), idempotently:
 * nodes and edges are merged by id, and seed nodes and edges of this plan that the data no longer
 * has are removed, so loading twice gives the same graph. Edges written through the API survive.
 */
export async function loadPlanGraph(db: GraphGateway, graph: PlanGraphData, progress: (msg: string) => void = () => undefined): Promise<LoadReport> {
  return loadPlanGraphs(db, [graph], { progress });
}

/** Writes several plans' graphs in one write transaction (all or nothing); see loadPlanGraph. */
export async function loadPlanGraphs(db: GraphGateway, graphs: PlanGraphData[], options: LoadOptions = {}): Promise<LoadReport> {
  const { applySchema = true, replace = true, progress = () => undefined, keepShared = false } = options;
  const started = performance.now();
  if (applySchema) {
    progress('applying constraints and indexes');
    await applyDatabaseSchema(db);
    // Databases seeded before every entity carried :Entity get it now, so MERGE finds their nodes.
    await db.write({ cypher: 'MATCH (n) WHERE n.seedPlan IS NOT NULL AND NOT n:Entity SET n:Entity' });
  }
  const nodeCounts: Record<string, number> = {};
  const edgeCounts: Record<string, number> = {};
  let removedNodes = 0;
  let removedEdges = 0;
  const labelOf = new Map(graphs.flatMap((g) => g.nodes.map((n) => [n.id, n.label] as const)));
  // The one validator every write passes (src/integration/graphCheck.ts): a plan that breaks a rule stores nothing.
  const known: StoredFacts = { labels: new Map([...labelOf].map(([id, label]) => [id, [label]])), partOf: [] };
  for (const g of graphs) refuseOffences(graphOffences(g.nodes.map((n) => ({ labels: [n.label], key: n.id, props: seedNodeProps(n, g.planId) })), g.edges, known), `plan ${g.planId} not loaded`);
  await db.writeTx(async (tx) => {
    if (options.audited) {
      const edges = graphs.flatMap((g) => g.edges);
      const stored = await readStoredFacts(db, tx, edges.flatMap((e) => [e.from, e.to]).filter((k) => !labelOf.has(k)), new Set(), edges.filter((e) => e.type === 'PART_OF').map((e) => e.to));
      const facts: StoredFacts = { labels: new Map([...known.labels, ...stored.labels]), partOf: stored.partOf };
      for (const g of graphs) refuseOffences(graphOffences(g.nodes.map((n) => ({ labels: [n.label], key: n.id, props: seedNodeProps(n, g.planId) })), g.edges, facts), `plan ${g.planId} not loaded`);
    }
    // Statements are pipelined: sent without waiting for the one before, so packing the next batch overlaps the
    // database's work on this one. Bolt runs them in order, so nodes exist before the edges that need them.
    const pending: Promise<unknown>[] = [];
    const send = (cypher: string, rows: unknown[]) => {
      const sent = db.run(tx, { cypher, params: { rows } });
      sent.catch(() => undefined); // rejections surface through Promise.all below
      pending.push(sent);
    };
    for (const label of NODE_LABELS) {
      const rows = graphs.flatMap((g) => g.nodes.filter((n) => n.label === label).map((n) => ({ id: n.id, fresh: !replace && isOwnedByPlan(n.id, g.planId), props: seedNodeProps(n, g.planId) })));
      nodeCounts[label] = rows.length;
      // A new plan's own nodes are created outright; shared ones (agencies, laws, followed plans) are merged.
      const fresh = rows.filter((r) => r.fresh).map((r) => r.props);
      // A shared node appears once per plan that uses it: write it once.
      const merged = [...new Map(rows.filter((r) => !r.fresh).map(({ id, props }) => [id, { id, props }] as const)).values()];
      const kept = keepShared ? merged.filter((r) => !graphs.some((g) => isOwnedByPlan(r.id, g.planId))) : [];
      if (kept.length) {
        send(`UNWIND $rows AS row MERGE (n:Entity {id: row.id}) ON CREATE SET n:${label}, n = row.props, n.version = 1`, kept);
        merged.splice(0, merged.length, ...merged.filter((r) => !kept.includes(r)));
      }
      for (let i = 0; i < fresh.length; i += BATCH) {
        // Label from the closed list; every entity also carries :Entity, so a lookup by id alone uses one index.
        send(`UNWIND $rows AS props CREATE (n:Entity:${label}) SET n = props SET n.version = 1`, fresh.slice(i, i + BATCH));
      }
      for (let i = 0; i < merged.length; i += BATCH) {
        send(
          replace
            ? // The version and an external id other systems gave survive a reload; the rest is the seed's.
              `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:${label}
               WITH n, row, n.version AS version, n.externalId AS externalId
               SET n = row.props SET n.version = coalesce(version, 1), n.externalId = externalId`
            : // Loading new plans: a shared node already there is left as it is (rewriting it would re-index it).
              `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) ON CREATE SET n:${label}, n = row.props, n.version = 1`,
          merged.slice(i, i + BATCH),
        );
      }
      progress(`  ${label}: ${rows.length} nodes`);
    }
    for (const type of EDGE_TYPES) {
      const edges = graphs.flatMap((g) => g.edges.filter((e) => e.type === type).map((e) => ({ edge: e, planId: g.planId })));
      edgeCounts[type] = edges.length;
      for (const [fromLabel, toLabel, group] of groupByEndpoints(edges, labelOf)) {
        // A plan loaded fresh (replace: false) has no edges yet: CREATE skips MERGE's scan of busy nodes' edges.
        const write = replace ? 'MERGE (a)-[r:' + type + ']->(b) SET r = row.props' : 'CREATE (a)-[r:' + type + ']->(b) SET r = row.props';
        for (let i = 0; i < group.length; i += BATCH) {
          send(
            `UNWIND $rows AS row MATCH (a:${fromLabel} {id: row.from}) MATCH (b:${toLabel} {id: row.to}) ${write}`,
            group.slice(i, i + BATCH).map(({ edge, planId }) => ({ from: edge.from, to: edge.to, props: seedEdgeProps(edge, planId) })),
          );
        }
      }
      progress(`  ${type}: ${edges.length} edges`);
    }
    await Promise.all(pending);
    for (const graph of replace ? graphs : []) {
      // Through the seedPlan index: every seed edge starts at a node of its plan.
      const staleEdges = await db.run<{ removed: number }>(tx, {
        cypher: `MATCH (:Entity {seedPlan: $planId})-[r]->() WHERE r.seedPlan = $planId AND NOT (startNode(r).id + '|' + type(r) + '|' + endNode(r).id) IN $keys
                 DELETE r RETURN count(*) AS removed`,
        params: { planId: graph.planId, keys: graph.edges.map((e) => `${e.from}|${e.type}|${e.to}`) },
      });
      removedEdges += staleEdges[0]?.removed ?? 0;
      const staleNodes = await db.run<{ removed: number }>(tx, {
        // A shared node another plan's seed edges still use stays, whichever plan wrote it last.
        cypher: `MATCH (n:Entity {seedPlan: $planId}) WHERE NOT n.id IN $ids
                   AND NOT EXISTS { (n)-[r]-() WHERE r.seedPlan IS NOT NULL AND r.seedPlan <> $planId }
                 DETACH DELETE n RETURN count(*) AS removed`,
        params: { planId: graph.planId, ids: graph.nodes.map((n) => n.id) },
      });
      removedNodes += staleNodes[0]?.removed ?? 0;
    }
    await options.inTransaction?.(tx);
    for (const g of options.audited ? graphs : []) {
      await recordChange(db, tx, { entity: `Plan:${g.planId}`, action: options.audited!.action, by: options.audited!.by, before: null, after: { nodes: g.nodes.length, edges: g.edges.length } });
    }
    await db.run(tx, { cypher: RECORD_LOADED_PLANS, params: loadedPlansParam(graphs.map((g) => ({ planId: g.planId, nodes: g.nodes.length, edges: g.edges.length }))) });
  });
  const planId = graphs.length === 1 ? graphs[0].planId : `${graphs.length} plans`;
  return { planId, nodes: nodeCounts, edges: edgeCounts, removedNodes, removedEdges, ms: Math.round(performance.now() - started) };
}

/** A bulk-imported node whose listed properties were empty lists (CSV cannot say "empty list": the import leaves them out). */
export interface EmptyListsOfNode {
  id: string;
  keys: string[];
}

/** A bulk-imported edge whose listed properties were empty lists. */
export interface EmptyListsOfEdge {
  from: string;
  type: string;
  to: string;
  seedPlan: string;
  keys: string[];
}

/** What `neo4j-admin database import` cannot do itself, done once Neo4j runs on the imported store. */
export interface BulkFinish {
  plans: LoadedPlan[];
  emptyLists: { nodes: EmptyListsOfNode[]; edges: EmptyListsOfEdge[] };
}

/**
 * Completes a bulk import so the database holds what loadPlanGraphs would have written: the schema (its indexes
 * are populated from the imported nodes), the empty lists CSV could not carry, and each plan's meta node.
 * Phases are reported with their seconds.
 */
export async function finishBulkLoad(db: GraphGateway, finish: BulkFinish, phase: (name: string, seconds: number) => void = () => undefined): Promise<void> {
  let started = performance.now();
  const lap = (name: string) => {
    phase(name, (performance.now() - started) / 1000);
    started = performance.now();
  };
  await applyDatabaseSchema(db);
  lap('schema');
  for (const key of new Set(finish.emptyLists.nodes.flatMap((n) => n.keys))) {
    const ids = finish.emptyLists.nodes.filter((n) => n.keys.includes(key)).map((n) => n.id);
    for (let i = 0; i < ids.length; i += BATCH) {
      await db.write({ cypher: `UNWIND $ids AS id MATCH (n:Entity {id: id}) SET n.${propertyKey(key)} = []`, params: { ids: ids.slice(i, i + BATCH) } });
    }
  }
  for (const type of EDGE_TYPES) {
    const ofType = finish.emptyLists.edges.filter((e) => e.type === type);
    for (const key of new Set(ofType.flatMap((e) => e.keys))) {
      const rows = ofType.filter((e) => e.keys.includes(key)).map(({ from, to, seedPlan }) => ({ from, to, seedPlan }));
      for (let i = 0; i < rows.length; i += BATCH) {
        await db.write({
          // Anchored on the start node's index, then its edges: no join between two lookups.
          cypher: `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (a)-[r:${type}]->(b) WHERE b.id = row.to AND r.seedPlan = row.seedPlan SET r.${propertyKey(key)} = []`,
          params: { rows: rows.slice(i, i + BATCH) },
        });
      }
    }
  }
  await db.write({ cypher: RECORD_LOADED_PLANS, params: loadedPlansParam(finish.plans) });
  lap('finish');
}

/** A property name safe to write into Cypher (they come from the seed's data, but are interpolated). */
function propertyKey(key: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) throw new Error(`refusing property name ${JSON.stringify(key)}`);
  return key;
}

/** True for ids a plan owns (`Plan:<plan>`, `<Kind>:<plan>:<code>`), as opposed to shared agencies, laws and followed plans. */
export function isOwnedByPlan(id: string, planId: string): boolean {
  const parsed = parseId(id);
  return id === makeId('Plan', planId) || (parsed?.code !== null && parsed?.key === planId);
}

function groupByEndpoints(edges: { edge: GraphEdge; planId: string }[], labelOf: Map<string, NodeLabel>): [string, string, { edge: GraphEdge; planId: string }[]][] {
  const groups = new Map<string, { edge: GraphEdge; planId: string }[]>();
  for (const item of edges) {
    const key = `${labelOf.get(item.edge.from)}|${labelOf.get(item.edge.to)}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, group]) => {
    const [from, to] = key.split('|');
    const [allowedFrom, allowedTo] = EDGE_ENDPOINTS[group[0].edge.type];
    // Labels are interpolated into Cypher: only ever from the closed lists.
    if (!allowedFrom.includes(from as NodeLabel) || !allowedTo.includes(to as NodeLabel)) throw new Error(`refusing edge labels ${key}`);
    return [from, to, group];
  });
}

/** True when the database holds no plan yet (a fresh database to seed). */
export async function isDatabaseEmpty(db: GraphGateway): Promise<boolean> {
  const rows = await db.read<{ plans: number }>({ cypher: 'MATCH (p:Plan) RETURN count(p) AS plans' });
  return (rows[0]?.plans ?? 0) === 0;
}
