import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPlanGraphFromDisk } from '../../seed/build';
import { loadPlanGraph } from '../../src/importer/load.writer';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded/embeddedNeo4j';
import { upsertEntity } from '../../src/integration/entity.writer';
import { writeLink } from '../../src/integration/link.writer';
import { startTestApi, type TestApi } from '../support/api';
import { PLAN_DIR } from '../support/paths';
import { livePlan } from '../support/planLife';
import { snapshotDatabase } from '../../src/db/backup';

const RUN = `t${Date.now().toString(36)}`;
const INTEGRATOR = 'integrator-token';
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.db.write({ cypher: 'MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', params: { prefix: `Agency:${RUN}` } });
  await api.close();
});

const UPSERT_AGENCY = `mutation($input: UpsertAgencyInput!) { upsertAgency(input: $input) { outcome version agency { id name nameEn version externalId } } }`;
const LINK = `mutation($input: LinkInput!) { link(input: $input) { outcome version } }`;
const UNLINK = `mutation($input: LinkInput!) { unlink(input: $input) { outcome version } }`;
const latestSeq = async () => (await api.gql('{ changes(first: 0) { latestSeq } }', undefined, 'analyst-token')).data!.changes.latestSeq as number;
const code = (res: any) => res.errors?.[0]?.extensions?.code;

describe('safe writes', () => {
  it('creates by key, finds by external id, and a repeated request changes nothing', async () => {
    const input = { key: `${RUN}-registry`, externalId: `ext-${RUN}`, name: '测试登记机关', nameEn: 'Test registry', level: 'CITY', kind: 'GOVERNMENT' };
    const created = await api.gql(UPSERT_AGENCY, { input }, INTEGRATOR);
    expect(created.data!.upsertAgency).toMatchObject({ outcome: 'CREATED', version: 1, agency: { id: `Agency:${RUN}-registry`, externalId: `ext-${RUN}` } });
    const again = await api.gql(UPSERT_AGENCY, { input }, INTEGRATOR);
    expect(again.data!.upsertAgency).toMatchObject({ outcome: 'UNCHANGED', version: 1 });
    const byExternal = await api.gql(UPSERT_AGENCY, { input: { externalId: `ext-${RUN}`, expectedVersion: 1, name: '测试登记机关', nameEn: 'Test registry office', level: 'CITY', kind: 'GOVERNMENT' } }, INTEGRATOR);
    expect(byExternal.data!.upsertAgency).toMatchObject({ outcome: 'UPDATED', version: 2, agency: { id: `Agency:${RUN}-registry`, nameEn: 'Test registry office' } });
    const stale = await api.gql(UPSERT_AGENCY, { input: { id: `Agency:${RUN}-registry`, expectedVersion: 1, name: '测试登记机关', nameEn: 'stale', level: 'CITY', kind: 'GOVERNMENT' } }, INTEGRATOR);
    expect(code(stale)).toBe('CONFLICT');
    const history = await api.gql(`{ history(of: "Agency:${RUN}-registry") { edges { node { action by before after } } } }`, undefined, 'analyst-token');
    expect(history.data!.history.edges.map((e: any) => e.node.action)).toEqual(['CREATE_AGENCY', 'UPDATE_AGENCY']);
    expect(history.data!.history.edges[1].node).toMatchObject({ by: 'integrator', before: { nameEn: 'Test registry' }, after: { nameEn: 'Test registry office' } });
  });

  it('links and unlinks an edge with the source’s version; twice is harmless', async () => {
    await api.gql(UPSERT_AGENCY, { input: { key: `${RUN}-linker`, name: '测试', level: 'CITY', kind: 'GOVERNMENT' } }, INTEGRATOR);
    const task = (await api.gql('{ node(id: "Task:lps-msm-14:3.4.4") { ... on Task { version } } }')).data!.node;
    const input = { relation: 'INVOLVES', from: 'Task:lps-msm-14:3.4.4', to: `Agency:${RUN}-linker`, expectedVersion: task.version };
    const linked = await api.gql(LINK, { input }, INTEGRATOR);
    expect(linked.data!.link).toEqual({ outcome: 'CREATED', version: task.version + 1 });
    expect((await api.gql(LINK, { input }, INTEGRATOR)).data!.link.outcome).toBe('UNCHANGED');
    const links = await api.gql(`{ node(id: "Task:lps-msm-14:3.4.4") { ... on Task { involves { id } links(relation: INVOLVES) { origin assignedBy node { id } } } } }`, undefined, 'analyst-token');
    expect(links.data!.node.links).toEqual(expect.arrayContaining([{ origin: 'API', assignedBy: 'integrator', node: { id: `Agency:${RUN}-linker` } }]));
    expect(code(await api.gql(UNLINK, { input }, INTEGRATOR))).toBe('CONFLICT'); // version moved on
    const unlinked = await api.gql(UNLINK, { input: { ...input, expectedVersion: task.version + 1 } }, INTEGRATOR);
    expect(unlinked.data!.unlink.outcome).toBe('UPDATED');
  });
});

describe('bad writes get their code and change nothing', () => {
  it.each([
    ['no token', UPSERT_AGENCY, { input: { key: `${RUN}-x`, name: 'x', level: 'CITY', kind: 'GOVERNMENT' } }, undefined, 'UNAUTHENTICATED'],
    ['PLANNER may not', UPSERT_AGENCY, { input: { key: `${RUN}-x`, name: 'x', level: 'CITY', kind: 'GOVERNMENT' } }, 'planner-token', 'FORBIDDEN'],
    ['invalid enum', UPSERT_AGENCY, { input: { key: `${RUN}-x`, name: 'x', level: 'GALACTIC', kind: 'GOVERNMENT' } }, INTEGRATOR, 'BAD_USER_INPUT'],
    ['oversize name', UPSERT_AGENCY, { input: { key: `${RUN}-x`, name: '长'.repeat(600), level: 'CITY', kind: 'GOVERNMENT' } }, INTEGRATOR, 'BAD_USER_INPUT'],
    ['bad key', UPSERT_AGENCY, { input: { key: 'Bad Key!', name: 'x', level: 'CITY', kind: 'GOVERNMENT' } }, INTEGRATOR, 'BAD_USER_INPUT'],
    ['unknown id', UPSERT_AGENCY, { input: { id: 'Agency:no-such-agency-here', expectedVersion: 1, name: 'x', level: 'CITY', kind: 'GOVERNMENT' } }, INTEGRATOR, 'BAD_USER_INPUT'],
    ['wrong kinds on an edge', LINK, { input: { relation: 'OWNED_BY', from: 'Law:advertising-law', to: 'Agency:lps-amr', expectedVersion: 1 } }, INTEGRATOR, 'BAD_USER_INPUT'],
    ['unknown edge end', LINK, { input: { relation: 'OWNED_BY', from: 'Task:lps-msm-14:3.1', to: 'Agency:nobody', expectedVersion: 1 } }, INTEGRATOR, 'BAD_USER_INPUT'],
    ['PART_OF is the plan’s structure, not an integrator’s', LINK, { input: { relation: 'PART_OF', from: 'Task:lps-msm-14:3', to: 'Task:lps-msm-14:3.1', expectedVersion: 1 } }, INTEGRATOR, 'FORBIDDEN'],
    ['a PART_OF cycle, even by an ADMIN with a reason', LINK, { input: { relation: 'PART_OF', from: 'Task:lps-msm-14:3', to: 'Task:lps-msm-14:3.1', expectedVersion: 1, reason: 'test' } }, 'admin-token', 'BAD_USER_INPUT'],
    ['a Table 1 target, by an INTEGRATOR', `mutation { upsertIndicator(input: {id: "Indicator:lps-msm-14:9", expectedVersion: 1, name: "x", targetRaw: "50%", targetKind: LEVEL}) { outcome } }`, {}, INTEGRATOR, 'FORBIDDEN'],
  ] as const)('%s', async (_name, mutation, variables, token, expected) => {
    const before = await latestSeq();
    const count = (await api.db.read<{ n: number }>({ cypher: 'MATCH (n:Entity) RETURN count(n) AS n' }))[0].n;
    expect(code(await api.gql(mutation, variables as Record<string, unknown>, token))).toBe(expected);
    expect(await latestSeq()).toBe(before);
    expect((await api.db.read<{ n: number }>({ cypher: 'MATCH (n:Entity) RETURN count(n) AS n' }))[0].n).toBe(count);
  });
});

describe('a write that fails half-way leaves nothing behind', () => {
  it('an upsert and a link that throw before commit write neither the change nor its audit entry', async () => {
    const before = await latestSeq();
    const boom = () => {
      throw new Error('injected failure');
    };
    await expect(upsertEntity(api.db, { label: 'Agency', newId: `Agency:${RUN}-doomed`, props: { name: '注定失败', level: 'CITY', kind: 'OTHER' } }, { name: 'test', role: 'ADMIN', reason: 'failure injection' }, { beforeCommit: boom })).rejects.toThrow();
    expect(await api.db.read({ cypher: 'MATCH (n:Entity {id: $id}) RETURN n', params: { id: `Agency:${RUN}-doomed` } })).toEqual([]);
    const task = (await api.db.read<{ v: number }>({ cypher: "MATCH (t:Task {id: 'Task:lps-msm-14:3.1'}) RETURN t.version AS v" }))[0].v;
    await expect(writeLink(api.db, { relation: 'OWNED_BY', from: 'Task:lps-msm-14:3.1', to: 'Agency:lps-amr', expectedVersion: task }, true, { name: 'test', role: 'ADMIN' }, { beforeCommit: boom })).rejects.toThrow();
    expect((await api.db.read<{ v: number }>({ cypher: "MATCH (t:Task {id: 'Task:lps-msm-14:3.1'}) RETURN t.version AS v" }))[0].v).toBe(task);
    expect(await api.db.read({ cypher: "MATCH (:Task {id: 'Task:lps-msm-14:3.1'})-[r:OWNED_BY]->(:Agency {id: 'Agency:lps-amr'}) RETURN r" })).toEqual([]);
    expect(await latestSeq()).toBe(before);
  });
});

describe('concurrency', () => {
  it('20 clients × 50 mutations on 4 shared agencies: every write applied or CONFLICT, no lost update, one audit entry each', async () => {
    const ids = [0, 1, 2, 3].map((i) => `${RUN}-shared-${i}`);
    for (const key of ids) await api.gql(UPSERT_AGENCY, { input: { key, name: '共享', nameEn: 'start', level: 'CITY', kind: 'OTHER' } }, INTEGRATOR);
    const startSeq = await latestSeq();
    const applied = new Map<string, number>(ids.map((k) => [`Agency:${k}`, 0]));
    let conflicts = 0;
    let other = 0;
    await Promise.all(
      Array.from({ length: 20 }, async (_, client) => {
        for (let i = 0; i < 50; i++) {
          const id = `Agency:${ids[(client + i) % ids.length]}`;
          const read = await api.gql(`query($id: ID!) { node(id: $id) { ... on Agency { version } } }`, { id });
          const version = read.data!.node.version;
          const res = await api.gql(UPSERT_AGENCY, { input: { id, expectedVersion: version, name: '共享', nameEn: `client ${client} write ${i}`, level: 'CITY', kind: 'OTHER' } }, INTEGRATOR);
          if (res.data?.upsertAgency?.outcome === 'UPDATED') applied.set(id, applied.get(id)! + 1);
          else if (code(res) === 'CONFLICT') conflicts++;
          else other++;
        }
      }),
    );
    expect(other).toBe(0);
    const totalApplied = [...applied.values()].reduce((a, b) => a + b, 0);
    expect(totalApplied + conflicts).toBe(1000);
    for (const [id, count] of applied) {
      const node = (await api.gql(`query($id: ID!) { node(id: $id) { ... on Agency { version } } }`, { id })).data!.node;
      expect(node.version).toBe(1 + count); // every applied write moved the version exactly once: none lost
      const audit = await api.db.read<{ n: number }>({ cypher: "MATCH (c:Change {entity: $id, action: 'UPDATE_AGENCY'}) WHERE c.seq > $since RETURN count(c) AS n", params: { id, since: startSeq } });
      expect(audit[0].n).toBe(count);
    }
    // The feed is gap-free over the run.
    const feed = await api.gql(`query($since: Int) { changes(since: $since, first: 1000) { edges { node { seq } } } }`, { since: startSeq }, 'analyst-token');
    const seqs = feed.data!.changes.edges.map((e: any) => e.node.seq);
    seqs.forEach((s: number, i: number) => expect(s).toBe(seqs[0] + i));
    console.log(`concurrency: ${totalApplied} applied, ${conflicts} CONFLICT of 1000`);
  }, 240_000);
});

describe('export and import', () => {
  let neo4j: EmbeddedNeo4j;
  let own: TestApi;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-export-'));
  beforeAll(async () => {
    neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0 });
    own = await startTestApi({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password });
    await loadPlanGraph(own.db.forBulkWork(), loadPlanGraphFromDisk(PLAN_DIR));
  }, 600_000);
  afterAll(async () => {
    await own?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('export → wipe → import restores the database as it was: every node, edge and property, amendments, revisions, areas and proposals', async () => {
    await livePlan(own);
    // A proposal the importer would make (an edge it suggests, kept apart from the plan's own until judged).
    await own.db.write({
      cypher: `MATCH (t:Task {id: 'Task:lps-msm-14:3.4.4'}), (a:Agency {id: 'Agency:lps-amr'})
               CREATE (t)-[:PROPOSED {id: 'Proposal:lps-msm-14:roundtrip', plan: 'lps-msm-14', relation: 'INVOLVES', status: 'PROPOSED', confidence: 0.75, evidence: ['mention'], quote: '市市场监管局牵头', sectionPath: ['三'], mention: null}]->(a)`,
    });
    // The audit trail and the service's counters stay behind an export (npm run backup keeps them); all else must come back.
    const skipLabels = ['Change', 'PlanGraphMeta'];
    const before = await snapshotDatabase(own.db, { skipLabels });
    const labels = new Set(before.nodes.map((n) => JSON.parse(n)[0].join(':')));
    for (const label of ['Amendment', 'MeasurementRevision', 'Measurement']) expect(labels).toContain(label);
    expect(before.relationships.some((r) => JSON.parse(r)[1] === 'PROPOSED')).toBe(true);
    expect(before.nodes.some((n) => n.includes('"area"'))).toBe(true);
    const exported = await own.gql('{ exportGraph }', {}, 'admin-token');
    expect(exported.errors).toBeUndefined();
    const doc = exported.data!.exportGraph;
    await own.db.write({ cypher: 'MATCH (n) WHERE n:Entity OR n:Measurement OR n:Amendment OR n:MeasurementRevision DETACH DELETE n' });
    expect((await own.gql('{ indicators { totalCount } }')).data!.indicators.totalCount).toBe(0);
    // Restoring a plan's goals, tasks and indicators is plan content: an ADMIN's import of them states why.
    const imported = await own.gql('mutation($d: JSON!) { importGraph(document: $d, reason: "restore after wipe") { nodes edges } }', { d: doc }, 'admin-token');
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importGraph).toEqual({ nodes: doc.nodes.length, edges: doc.edges.length });
    const after = await snapshotDatabase(own.db, { skipLabels });
    expect(after.nodes).toEqual(before.nodes);
    expect(after.relationships).toEqual(before.relationships);
    expect((await own.gql('{ indicators { totalCount } }')).data!.indicators.totalCount).toBe(47);
  }, 180_000);

  it('export and import need ADMIN', async () => {
    expect(code(await own.gql('{ exportGraph }', {}, 'planner-token'))).toBe('FORBIDDEN');
    expect(code(await own.gql('mutation { importGraph(document: {format: "nope"}) { nodes } }', {}, 'admin-token'))).toBe('BAD_USER_INPUT');
  });
});
