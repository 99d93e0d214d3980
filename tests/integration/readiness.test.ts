import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPlanGraphFromDisk } from '../../seed/build';
import { loadPlanGraph } from '../../src/importer/load.writer';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded/embeddedNeo4j';
import { startTestApi, type TestApi } from '../support/api';
import { PLAN_DIR } from '../support/paths';

// Its own Neo4j, so stopping it does not disturb the other tests.
let neo4j: EmbeddedNeo4j;
let api: TestApi;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-readiness-'));

beforeAll(async () => {
  neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0 });
  api = await startTestApi({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password });
  await loadPlanGraph(api.db.forBulkWork(), loadPlanGraphFromDisk(PLAN_DIR));
}, 180_000);

afterAll(async () => {
  await api?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const readyz = async () => (await fetch(`${api.url}/readyz`)).status;
const INDICATOR_QUERY = '{ indicators(first: 3) { totalCount } }';

describe('when Neo4j goes away and comes back', () => {
  it('is ready once Neo4j answers and the plan is seeded', async () => {
    expect(await readyz()).toBe(200);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect((await api.gql(INDICATOR_QUERY)).data?.indicators.totalCount).toBe(47);
  });

  it('turns not-ready and answers GraphQL with SERVICE_UNAVAILABLE within seconds, then recovers without a restart', async () => {
    const port = neo4j.boltPort;
    await neo4j.stop();

    const started = Date.now();
    expect(await readyz()).toBe(503);
    const down = await api.gql(INDICATOR_QUERY);
    const elapsed = Date.now() - started;
    expect(down.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(down)).not.toMatch(/neo4j|bolt|ECONNREFUSED|stack/i);
    expect(elapsed).toBeLessThan(15_000);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);

    neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: port });
    let status = 0;
    for (let i = 0; i < 30 && status !== 200; i++) {
      status = await readyz();
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
    expect((await api.gql(INDICATOR_QUERY)).data?.indicators.totalCount).toBe(47);
  }, 600_000);
});
