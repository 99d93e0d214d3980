import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { DEFAULT_GENERATOR, generatePlan } from '../../bench/generator';
import { loadPlanGraphFromDisk } from '../../seed/build';
import { BULK_ARRAY_DELIMITER, writeBulkCsv } from '../../seed/bulk';
import { finishBulkLoad, loadPlanGraphs } from '../../src/importer/load.writer';
import { BulkImportError, importIntoEmptyDatabase } from '../../src/db/embedded/bulkImport';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded/embeddedNeo4j';
import { GraphGateway, openDriver } from '../../src/db/gateway';
import { createLogger } from '../../src/logger';
import { PLAN_DIR } from '../support/paths';

// Two private embedded Neo4js in temp dirs, one after the other: the shared test database is not touched.

const template = loadPlanGraphFromDisk(PLAN_DIR);
const graphs = [template, ...[0, 1, 2].map((k) => generatePlan(template, k, DEFAULT_GENERATOR))];
let tmpRoot = '';

/** Every node, edge and meta node with its properties and their Cypher types, sorted: the database's exact content. */
async function dump(instance: EmbeddedNeo4j): Promise<{ nodes: string[]; edges: string[]; meta: unknown[] }> {
  const driver = neo4j.driver(instance.uri, neo4j.auth.basic(instance.user, instance.password), { disableLosslessIntegers: true });
  const rows = async (cypher: string) => (await driver.executeQuery(cypher)).records.map((record) => record.get(0));
  try {
    const nodes = await rows("MATCH (n:Entity) RETURN [labels(n), properties(n), [k IN keys(n) | k + ':' + valueType(n[k])]] AS n");
    const edges = await rows("MATCH (a)-[r]->(b) RETURN [a.id, type(r), b.id, properties(r), [k IN keys(r) | k + ':' + valueType(r[k])]] AS e");
    const meta = await rows('MATCH (m:PlanGraphMeta) RETURN [m.key, m.nodes, m.edges, m.loadedAt IS NOT NULL] AS meta ORDER BY m.key');
    // The last element lists each property's Cypher type, in no particular order: sorted here.
    const withSortedTypes = (row: unknown[]) => canonical([...row.slice(0, -1), [...(row.at(-1) as string[])].sort()]);
    return { nodes: nodes.map(withSortedTypes).sort(), edges: edges.map(withSortedTypes).sort(), meta };
  } finally {
    await driver.close();
  }
}

/** JSON with object keys and type lists sorted, so equal content compares equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

async function started(dataDir: string): Promise<EmbeddedNeo4j> {
  return startEmbeddedNeo4j({ dataDir, boltPort: 0, heap: '384m', pageCache: '64m', startTimeoutMs: 120_000 });
}

beforeAll(() => {
  tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'plangraph-bulk-'));
});
afterAll(() => {
  rmSync(tmpRoot, { recursive: true, force: true });
});

describe('the bulk path (CSV + neo4j-admin import)', () => {
  it('stores the same nodes, edges, property maps and types as the online loader', async () => {
    const bulkDir = path.join(tmpRoot, 'bulk');
    const csv = await writeBulkCsv(graphs, path.join(tmpRoot, 'csv'));
    await importIntoEmptyDatabase({ dataDir: bulkDir, nodes: csv.nodes, relationships: csv.relationships, arrayDelimiter: BULK_ARRAY_DELIMITER, workDir: path.join(tmpRoot, 'csv'), heap: '512m' });
    const bulk = await started(bulkDir);
    let bulkDump;
    try {
      const db = new GraphGateway(openDriver({ uri: bulk.uri, user: bulk.user, password: bulk.password }), undefined, createLogger('silent')).forBulkWork();
      await finishBulkLoad(db, csv);
      await db.close();
      bulkDump = await dump(bulk);
    } finally {
      await bulk.stop();
    }

    // The bulk path refuses a database that exists.
    const refused = await importIntoEmptyDatabase({ dataDir: bulkDir, nodes: csv.nodes, relationships: csv.relationships, arrayDelimiter: BULK_ARRAY_DELIMITER }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BulkImportError);
    expect(refused).toMatchObject({ code: 'DATABASE_NOT_EMPTY' });

    const online = await started(path.join(tmpRoot, 'online'));
    let onlineDump;
    try {
      const db = new GraphGateway(openDriver({ uri: online.uri, user: online.user, password: online.password }), undefined, createLogger('silent')).forBulkWork();
      await loadPlanGraphs(db, graphs, { replace: false });
      await db.close();
      onlineDump = await dump(online);
    } finally {
      await online.stop();
    }

    expect(bulkDump.nodes.length).toBe(csv.nodeCount);
    expect(bulkDump.edges.length).toBe(graphs.reduce((sum, g) => sum + g.edges.length, 0));
    expect(bulkDump.meta).toHaveLength(graphs.length);
    // Empty lists survive (CSV cannot carry them; finishBulkLoad restores them).
    expect(bulkDump.nodes.some((n) => n.includes('"aliases":[]'))).toBe(true);
    expect(bulkDump.nodes.some((n) => n.includes('"aliases:LIST<NOTHING> NOT NULL"'))).toBe(true);
    // Compared as sets first, so a failure shows only the rows that differ.
    expect(bulkDump.nodes.filter((n) => !onlineDump.nodes.includes(n))).toEqual([]);
    expect(onlineDump.nodes.filter((n) => !bulkDump.nodes.includes(n))).toEqual([]);
    expect(bulkDump.edges.filter((e) => !onlineDump.edges.includes(e))).toEqual([]);
    expect(bulkDump.nodes).toEqual(onlineDump.nodes);
    expect(bulkDump.edges).toEqual(onlineDump.edges);
    expect(bulkDump.meta).toEqual(onlineDump.meta);
  }, 300_000);
});
