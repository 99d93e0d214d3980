import neo4j, { type Driver } from 'neo4j-driver';
import { startTestApi, type TestApi } from '../support/api';

// Reads are cached under the database version (the bookmark) they were read at: these tests check a repeated
// question is answered without Cypher, and that any commit, through PlanGraph or straight to Neo4j, retires it.
const OWNERLESS = '{ indicators(filter: {attribute: BINDING, hasOwner: false}, first: 100) { totalCount edges { node { id name } } } }';
const INDICATOR = 'Indicator:lps-msm-14:30';
const AGENCY = 'Agency:lps-amr';

let api: TestApi;
let uncached: TestApi;
let driver: Driver;

beforeAll(async () => {
  api = await startTestApi();
  uncached = await startTestApi({ QUERY_CACHE_MB: '0' });
  driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
});

afterAll(async () => {
  await api.gql(`mutation { removeIndicatorOwner(indicator: "${INDICATOR}", agency: "${AGENCY}") { indicator { id } } }`, {}, 'admin-token');
  await api.close();
  await uncached.close();
  await driver.close();
});

async function statementsFor(target: TestApi, query: string): Promise<{ statements: number; data: any }> {
  let statements = 0;
  const off = target.db.onQuery(() => statements++);
  const res = await target.gql(query);
  off();
  expect(res.errors).toBeUndefined();
  return { statements, data: res.data };
}

async function costOf(target: TestApi, query: string): Promise<{ statements: number; transactions: number }> {
  let statements = 0;
  let transactions = 0;
  const offQuery = target.db.onQuery(() => statements++);
  const offTx = target.db.onTransaction(() => transactions++);
  const res = await target.gql(query);
  offQuery();
  offTx();
  expect(res.errors).toBeUndefined();
  return { statements, transactions };
}

describe('the read cache', () => {
  it('answers a repeated question without sending Cypher, with the same answer', async () => {
    const first = await statementsFor(api, OWNERLESS);
    const again = await statementsFor(api, OWNERLESS);
    expect(first.statements).toBeGreaterThan(0);
    expect(again.statements).toBe(0);
    expect(again.data).toEqual(first.data);
  });

  it('is retired by a write through the API', async () => {
    const before = await statementsFor(api, OWNERLESS);
    const assigned = await api.gql(`mutation { assignIndicatorOwner(indicator: "${INDICATOR}", agency: "${AGENCY}") { indicator { id } } }`, {}, 'admin-token');
    expect(assigned.errors).toBeUndefined();
    const after = await statementsFor(api, OWNERLESS);
    expect(after.statements).toBeGreaterThan(0);
    expect(after.data.indicators.totalCount).toBe(before.data.indicators.totalCount - 1);
    expect(after.data.indicators.edges.map((e: any) => e.node.id)).not.toContain(INDICATOR);
  });

  it('is retired by a write straight to Neo4j, outside PlanGraph', async () => {
    await statementsFor(api, OWNERLESS);
    const [edge] = (await driver.executeQuery('MATCH (i:Indicator)-[r:OWNED_BY]->(:Agency {id: $agency}) WHERE i.id = $id RETURN count(r) AS n', { id: INDICATOR, agency: AGENCY })).records;
    expect(edge.get('n').toNumber()).toBe(1);
    await driver.executeQuery('MATCH (:Indicator {id: $id})-[r:OWNED_BY]->(:Agency {id: $agency}) DELETE r', { id: INDICATOR, agency: AGENCY });
    const after = await statementsFor(api, OWNERLESS);
    expect(after.statements).toBeGreaterThan(0);
    expect(after.data.indicators.edges.map((e: any) => e.node.id)).toContain(INDICATOR);
    expect(after.data).toEqual((await statementsFor(uncached, OWNERLESS)).data);
  });

  it('costs a miss no round trip of its own: a new question is one transaction, as with the cache off', async () => {
    // Questions never asked before (fresh arguments each), so nothing cached may answer them.
    for (const n of [3, 4, 5]) {
      const query = `{ indicators(filter: {attribute: BINDING}, first: ${n}) { edges { node { id } } } }`;
      const cached = await costOf(api, query);
      const off = await costOf(uncached, query);
      expect(cached).toEqual(off);
      expect(cached.transactions).toBe(1);
    }
  });

  it('checks the version only for a candidate, and knows a result is past after a write without asking', async () => {
    const query = '{ indicators(filter: {attribute: BINDING}, first: 6) { edges { node { id } } } }';
    await costOf(api, query);
    // A candidate: one version check (a transaction with no statement of ours), then the hit.
    expect(await costOf(api, query)).toEqual({ statements: 0, transactions: 1 });
    const assigned = await api.gql(`mutation { assignIndicatorOwner(indicator: "${INDICATOR}", agency: "${AGENCY}") { indicator { id } } }`, {}, 'admin-token');
    expect(assigned.errors).toBeUndefined();
    // The write's bookmark told the process every older result is past: read at once, no check.
    expect(await costOf(api, query)).toEqual({ statements: 1, transactions: 1 });
    await api.gql(`mutation { removeIndicatorOwner(indicator: "${INDICATOR}", agency: "${AGENCY}") { indicator { id } } }`, {}, 'admin-token');
  });

  it('is off with QUERY_CACHE_MB=0: every request reads Neo4j', async () => {
    await statementsFor(uncached, OWNERLESS);
    expect((await statementsFor(uncached, OWNERLESS)).statements).toBeGreaterThan(0);
    expect(uncached.db.readCache).toBeNull();
  });
});
