import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded/embeddedNeo4j';
import { GraphGateway, openDriver } from '../../src/db/gateway';
import { createLogger } from '../../src/logger';
import { loadPlanGraphFromDisk } from '../../seed/build';
import { loadPlanGraph } from '../../src/importer/load.writer';
import { PLAN_DIR } from './paths';

/**
 * Starts one real Neo4j for the integration and contract tests (embedded, in a throwaway directory,
 * on a free port) and seeds the plan. With NEO4J_URI set, uses that database instead.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  if (!process.env.NEO4J_URI) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-test-neo4j-'));
    const neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0, log: (msg) => process.stdout.write(`[neo4j] ${msg}\n`) });
    Object.assign(globalThis, { __PLANGRAPH_NEO4J__: neo4j, __PLANGRAPH_NEO4J_DIR__: dataDir });
    process.env.NEO4J_URI = neo4j.uri;
    // Auth is always on: every test reaches this database with the password generated beside its store.
    process.env.NEO4J_USER = neo4j.user;
    process.env.NEO4J_PASSWORD = neo4j.password;
    process.env.PLANGRAPH_TEST_EMBEDDED = '1';
  }
  const log = createLogger('warn');
  const db = new GraphGateway(openDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' }), process.env.NEO4J_DATABASE, log).forBulkWork();
  try {
    const [component] = await db.read<{ name: string; versions: string[]; edition: string }>({ cypher: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition' });
    const where = process.env.PLANGRAPH_TEST_EMBEDDED ? 'embedded' : 'NEO4J_URI';
    process.env.PLANGRAPH_TEST_NEO4J_INFO = `${component.name} ${component.versions.join('/')} ${component.edition} (${where}) at ${process.env.NEO4J_URI}`;
    await loadPlanGraph(db, loadPlanGraphFromDisk(PLAN_DIR));
  } finally {
    await db.close();
  }
  process.stdout.write(`\n[setup] Neo4j at ${process.env.NEO4J_URI}, plan seeded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
