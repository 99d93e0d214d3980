import { buildImport, readRegistry } from '../../src/importer/build';
import { importPlanText, refuseForeignAgencies } from '../../src/importer/importer';
import { parseJurisdiction } from '../../src/importer/jurisdiction';
import { ImportRefusedError, parseImportedText } from '../../src/importer/parse/planText';
import { migrateJurisdictionsOnce, scopeStoredAgencies } from '../../src/importer/scopeAgencies';
import type { GraphGateway } from '../../src/db/gateway';
import { startTestApi, type TestApi } from '../support/api';
import { syntheticPlan } from '../support/syntheticPlan';

/**
 * An agency belongs to a jurisdiction: importing another city's plan, or a county plan of another city, adds no edge
 * (parsed or proposed) to any of Liupanshui's agencies, and the importer refuses to write one even when handed it.
 */
const RUN = `j${Date.now().toString(36)}`;
const COUNTY = `${RUN}-tz-15`;
const CITY = `${RUN}-zy-15`;
const KEYS = [COUNTY, CITY];
const ZY = parseJurisdiction('贵州省遵义市')!;
const TZ = parseJurisdiction('贵州省遵义市桐梓县')!;
const registry = readRegistry();
let api: TestApi;
let nodesBefore = 0;

/** 桐梓县 (a county of 遵义市, not of 六盘水市): its text names 县市场监管局, 县工业和信息化局 and 市市场监管局 (its city's). */
function countyPlan(): string {
  return syntheticPlan('B', { title: '桐梓县“十五五”市场监管规划', follows: ['遵义市“十五五”市场监管规划'] })
    .text.replace('由市市场监管局牵头，会同市税务局、市公安局', '由县市场监管局牵头，会同县工业和信息化局、市市场监管局')
    .replace('市农业农村局配合', '县（区）市场监管局配合')
    .replace('各区县人民政府负责', '各乡镇人民政府负责');
}
/** 遵义市: a second city's plan, with 市市场监管局, 市税务局, 市公安局, 市农业农村局, 各区县人民政府 as the seed plan writes them. */
const cityPlan = () => syntheticPlan('C', { title: '遵义市“十五五”市场监管规划', follows: ['贵州省“十五五”市场监管规划'] }).text;

/** Every Liupanshui agency's relationships (parsed, curated and proposed), by id. */
async function liupanshuiEdges(): Promise<Record<string, number>> {
  const rows = await api.db.read<{ id: string; n: number }>({
    cypher: `MATCH (a:Agency) WHERE a.jurisdiction = '六盘水市' OR a.id STARTS WITH 'Agency:lps-'
             OPTIONAL MATCH (a)-[r]-() RETURN a.id AS id, count(r) AS n ORDER BY id`,
  });
  return Object.fromEntries(rows.map((r) => [r.id, r.n]));
}
// The change sequence only counts up (a confirmation here moves it): it is no trace of this test's data.
const everything = async () => (await api.db.read<{ n: number }>({ cypher: "MATCH (n) WHERE NOT (n:PlanGraphMeta AND n.key = 'changeSeq') RETURN count(n) AS n" }))[0].n;
/** Removes what the imports wrote: their nodes (and agencies first created by them), load records and audit rows. */
async function removeImports(): Promise<void> {
  await api.db.write({ cypher: 'MATCH (n:Entity) WHERE n.seedPlan IN $keys DETACH DELETE n', params: { keys: KEYS } });
  await api.db.write({ cypher: 'MATCH (m:PlanGraphMeta) WHERE m.key IN $keys DELETE m', params: { keys: KEYS.map((k) => `seed:${k}`) } });
  await api.db.write({ cypher: "MATCH (c:Change) WHERE any(k IN $keys WHERE c.entity STARTS WITH 'Task:' + k + ':' OR c.entity = 'Plan:' + k) DELETE c", params: { keys: KEYS } });
}

beforeAll(async () => {
  api = await startTestApi();
  nodesBefore = await everything();
});
afterAll(async () => {
  await removeImports();
  await api.close();
});

describe('an agency belongs to a jurisdiction', () => {
  it('the seed’s agencies keep their ids and carry their jurisdiction; the seed plan is 六盘水市’s', async () => {
    const res = await api.gql(`{ lps: node(id: "Agency:lps-amr") { ... on Agency { name jurisdiction shared } }
      police: node(id: "Agency:lps-psb") { ... on Agency { name jurisdiction shared } }
      samr: node(id: "Agency:cn-samr") { ... on Agency { jurisdiction shared } }
      gz: node(id: "Agency:gz-amr") { ... on Agency { jurisdiction shared } }
      tax: node(id: "Agency:gen-tax") { ... on Agency { jurisdiction shared } }
      plans { id jurisdiction { key name level parent } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.lps).toEqual({ name: '市市场监管局', jurisdiction: '六盘水市', shared: false });
    expect(res.data!.police).toEqual({ name: '市公安局', jurisdiction: '六盘水市', shared: false });
    expect(res.data!.samr).toEqual({ jurisdiction: null, shared: true });
    expect(res.data!.gz).toEqual({ jurisdiction: '贵州省', shared: true });
    expect(res.data!.tax).toEqual({ jurisdiction: null, shared: true });
    expect(res.data!.plans.find((p: any) => p.id === 'Plan:lps-msm-14').jurisdiction).toEqual({ key: 'lps', name: '六盘水市', level: 'CITY', parent: '贵州省' });
    const unscoped = await api.db.read({ cypher: "MATCH (a:Agency) WHERE a.id STARTS WITH 'Agency:lps-' AND a.jurisdiction IS NULL RETURN a.id AS id" });
    expect(unscoped).toEqual([]);
  });

  it('a county plan of another city and a second city’s plan add no edge to any Liupanshui agency', async () => {
    const before = await liupanshuiEdges();
    expect(Object.keys(before).length).toBeGreaterThan(20);
    const county = await importPlanText(api.db, Buffer.from(countyPlan()), COUNTY, registry, { jurisdiction: '贵州省/遵义市/桐梓县' });
    const city = await importPlanText(api.db, Buffer.from(cityPlan()), CITY);
    expect(await liupanshuiEdges()).toEqual(before);

    expect(county.build.jurisdiction).toMatchObject({ key: TZ.key, name: '桐梓县', level: 'COUNTY', parent: { name: '遵义市' } });
    expect(city.build.jurisdiction).toMatchObject({ key: ZY.key, name: '遵义市', level: 'CITY', parent: { name: '贵州省' } });
    const targets = (r: typeof county) => Object.fromEntries([...r.build.statedOwners, ...r.build.proposals.filter((p) => p.relation === 'OWNED_BY' || p.relation === 'INVOLVES')].map((p) => [p.mention, p.to]));
    // The county's 市市场监管局 is its city's: the same body as the city plan's own.
    expect(targets(county)).toMatchObject({
      县市场监管局: `Agency:${TZ.key}-amr`,
      县工业和信息化局: expect.stringMatching(new RegExp(`^Agency:${TZ.key}-agency-`)),
      市市场监管局: `Agency:${ZY.key}-amr`,
      '县（区）市场监管局': `Agency:${TZ.key}-amr`,
      各乡镇人民政府: `Agency:${TZ.key}-township-gov`,
    });
    expect(targets(city)).toMatchObject({ 市市场监管局: `Agency:${ZY.key}-amr`, 市公安局: `Agency:${ZY.key}-psb`, 市税务局: `Agency:${ZY.key}-tax`, 各区县人民政府: `Agency:${ZY.key}-county-gov` });
    for (const r of [county, city]) expect([...r.build.proposals, ...r.build.graph.edges].filter((p) => p.to.startsWith('Agency:lps-') || p.from.startsWith('Agency:lps-'))).toEqual([]);

    const res = await api.gql(`{ plans { id jurisdiction { key name level parent } }
      amr: node(id: "Agency:${ZY.key}-amr") { ... on Agency { name level jurisdiction shared } }
      head: agencies(filter: {text: "县工业和信息化局"}) { edges { node { name jurisdiction } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.plans.find((p: any) => p.id === `Plan:${COUNTY}`).jurisdiction).toEqual({ key: TZ.key, name: '桐梓县', level: 'COUNTY', parent: '遵义市' });
    expect(res.data!.amr).toEqual({ name: '市市场监管局', level: 'CITY', jurisdiction: '遵义市', shared: false });
    expect(res.data!.head.edges.map((e: any) => e.node)).toEqual([{ name: '县工业和信息化局', jurisdiction: '桐梓县' }]);

    // The owners the county plan states (由县市场监管局牵头，会同县工业和信息化局、市市场监管局) are the county's bureau and its
    // city's, stored as edges: none is Liupanshui's.
    const task = await api.gql(`{ node(id: "Task:${COUNTY}:3.1.i1") { ... on Task { ownedBy { id } involves { id } links(relation: OWNED_BY) { origin } } } }`);
    expect(task.data!.node.ownedBy).toEqual([{ id: `Agency:${TZ.key}-amr` }]);
    expect(task.data!.node.links).toEqual([{ origin: 'PARSED' }]);
    expect(task.data!.node.involves.map((a: any) => a.id)).toContain(`Agency:${ZY.key}-amr`);
  });

  it('the importer refuses to write an edge to another jurisdiction’s agency, even one the build claims is its own', async () => {
    const text = parseImportedText(countyPlan());
    const build = buildImport(text, COUNTY, registry, [], undefined, TZ);
    const forged = [...build.proposals, { relation: 'OWNED_BY' as const, from: `Task:${COUNTY}:3.1.i1`, to: 'Agency:lps-amr', confidence: 0.8, quote: 'x', sectionPath: [], evidence: 'forged' }];
    await expect(refuseForeignAgencies(api.db, TZ, build, forged, registry)).rejects.toThrow(ImportRefusedError);
    await expect(refuseForeignAgencies(api.db, TZ, build, forged, registry)).rejects.toThrow(/Agency:lps-amr \(六盘水市\)/);
    // A node that claims Liupanshui's id for the county: the database's scope wins.
    build.graph.nodes.push({ label: 'Agency', id: 'Agency:lps-psb', props: { key: 'lps-psb', name: '市公安局', jurisdiction: '桐梓县', shared: false } });
    build.graph.edges.push({ type: 'INVOLVES', from: `Task:${COUNTY}:3.1.i1`, to: 'Agency:lps-psb', props: { sectionPath: [], quote: 'x', origin: 'PARSED' } });
    await expect(refuseForeignAgencies(api.db, TZ, build, build.proposals, registry)).rejects.toThrow(/Agency:lps-psb/);
    // Liupanshui's own county may reach Liupanshui's bodies.
    const lone = { ...build, graph: { ...build.graph, nodes: [], edges: [] } };
    await expect(refuseForeignAgencies(api.db, parseJurisdiction('钟山区')!, lone, forged.slice(-1), registry)).resolves.toBeUndefined();
  });

  it('refuses a plan whose place cannot be read, storing nothing; and removing the imports leaves no trace', async () => {
    const nodes = await everything();
    await expect(importPlanText(api.db, Buffer.from(syntheticPlan('B', { title: '“十五五”市场监管规划' }).text), `${RUN}-noplace`)).rejects.toThrow(/names no place/);
    await expect(importPlanText(api.db, Buffer.from(syntheticPlan('B', { title: '桐梓县“十五五”市场监管规划' }).text), `${RUN}-nocity`)).rejects.toThrow(/city is not written/);
    expect(await everything()).toBe(nodes);
    await removeImports();
    const left = await api.db.read<{ n: number }>({ cypher: `MATCH (a:Agency) WHERE a.id STARTS WITH $zy OR a.id STARTS WITH $tz RETURN count(a) AS n`, params: { zy: `Agency:${ZY.key}-`, tz: `Agency:${TZ.key}-` } });
    expect(left[0].n).toBe(0);
    expect(await everything()).toBe(nodesBefore);
  });

  it('migrates agencies stored before jurisdictions without losing an edge or an id: one body reached by two cities’ plans is split', async () => {
    const [a, b] = [`${RUN}-old-a`, `${RUN}-old-b`];
    const merged = `Agency:${RUN}-agency-merged`;
    const orphan = `Agency:${RUN}-agency-orphan`;
    // As an import before jurisdictions left it: two cities' 「市市场监管局」 merged into one unscoped body.
    await api.db.write({
      cypher: `CREATE (pa:Entity:Plan {id: 'Plan:' + $a, key: $a, name: 'A', seedPlan: $a, jurisdiction: '甲城市', jurisdictionKey: $a + 'j', jurisdictionLevel: 'CITY'})
               CREATE (pb:Entity:Plan {id: 'Plan:' + $b, key: $b, name: 'B', seedPlan: $b, jurisdiction: '乙城市', jurisdictionKey: $b + 'j', jurisdictionLevel: 'CITY'})
               CREATE (ta1:Entity:Task {id: 'Task:' + $a + ':1', planId: $a, seedPlan: $a, name: 't'})
               CREATE (ta2:Entity:Task {id: 'Task:' + $a + ':2', planId: $a, seedPlan: $a, name: 't'})
               CREATE (tb:Entity:Task {id: 'Task:' + $b + ':1', planId: $b, seedPlan: $b, name: 't'})
               CREATE (m:Entity:Agency {id: $merged, name: '市市场监管局', kind: 'GOVERNMENT', seedPlan: $a})
               CREATE (:Entity:Agency {id: $orphan, name: '某某中心', kind: 'GOVERNMENT'})
               CREATE (ta1)-[:OWNED_BY {seedPlan: $a, quote: 'q1'}]->(m)
               CREATE (ta2)-[:INVOLVES {seedPlan: $a, quote: 'q2'}]->(m)
               CREATE (tb)-[:OWNED_BY {seedPlan: $b, quote: 'q3'}]->(m)
               CREATE (tb)-[:PROPOSED {plan: $b, relation: 'INVOLVES', status: 'PROPOSED', quote: 'q4'}]->(m)`,
      params: { a, b, merged, orphan },
    });
    const edgesOf = async () => api.db.read<{ from: string; type: string; to: string; quote: string }>({
      cypher: 'MATCH (t)-[r]->(g:Agency) WHERE t.planId IN $plans RETURN t.id AS from, type(r) AS type, g.id AS to, r.quote AS quote ORDER BY r.quote',
      params: { plans: [a, b] },
    });
    try {
      const before = await edgesOf();
      const report = await scopeStoredAgencies(api.db, registry, [merged, orphan]);
      const copy = `Agency:${b}j-amr`;
      expect(report).toEqual({ scoped: 1, split: [{ id: merged, copies: [copy], moved: 2 }], left: [{ id: orphan, name: '某某中心', reason: 'no plan reaches it' }] });
      const after = await edgesOf();
      // Every edge is still there, with its quote; plan B's now reach B's own body.
      expect(after.map((e) => e.quote)).toEqual(before.map((e) => e.quote));
      expect(after.map((e) => `${e.quote} ${e.to}`)).toEqual([`q1 ${merged}`, `q2 ${merged}`, `q3 ${copy}`, `q4 ${copy}`]);
      const scopes = await api.db.read<{ id: string; jurisdiction: string | null; shared: boolean | null; name: string }>({
        cypher: 'MATCH (g:Agency) WHERE g.id IN $ids RETURN g.id AS id, g.jurisdiction AS jurisdiction, g.shared AS shared, g.name AS name ORDER BY id',
        params: { ids: [merged, copy, orphan] },
      });
      expect(scopes).toEqual([
        { id: merged, jurisdiction: '甲城市', shared: false, name: '市市场监管局' },
        { id: orphan, jurisdiction: null, shared: null, name: '某某中心' },
        { id: copy, jurisdiction: '乙城市', shared: false, name: '市市场监管局' },
      ]);
      // Idempotent: a second run finds only the body it cannot scope.
      expect(await scopeStoredAgencies(api.db, registry, [merged, orphan, copy])).toEqual({ scoped: 0, split: [], left: [{ id: orphan, name: '某某中心', reason: 'no plan reaches it' }] });
    } finally {
      await api.db.write({ cypher: "MATCH (n:Entity) WHERE n.id IN $ids OR n.planId IN $plans OR n.key IN $plans DETACH DELETE n", params: { ids: [merged, orphan, `Agency:${b}j-amr`], plans: [a, b] } });
      await api.db.write({ cypher: "MATCH (c:Change) WHERE c.by = 'jurisdiction-migration' AND (c.entity IN $ids) DELETE c", params: { ids: [merged, `Agency:${b}j-amr`] } });
    }
  });

  it('runs the migration once per database, recorded in PlanGraphMeta; a run stopped half way leaves no record and the next one finishes it', async () => {
    const plan = `${RUN}-once`;
    const id = `test-${RUN}`;
    const bodies = [1, 2, 3].map((n) => `Agency:${RUN}-once-${n}`);
    // Three bodies as an import before jurisdictions left them (no `shared`), each reached by a plan of 丙城市.
    await api.db.write({
      cypher: `CREATE (p:Entity:Plan {id: 'Plan:' + $plan, key: $plan, name: 'C', seedPlan: $plan, jurisdiction: '丙城市', jurisdictionKey: $plan + 'j', jurisdictionLevel: 'CITY'})
               CREATE (t:Entity:Task {id: 'Task:' + $plan + ':1', planId: $plan, seedPlan: $plan, name: 't'})
               WITH t UNWIND range(0, size($bodies) - 1) AS i
               CREATE (a:Entity:Agency {id: $bodies[i], name: '市机构' + toString(i) + '局', kind: 'GOVERNMENT', seedPlan: $plan})
               CREATE (t)-[:INVOLVES {seedPlan: $plan, quote: 'q' + toString(i)}]->(a)`,
      params: { plan, bodies },
    });
    const scoped = async () => (await api.db.read<{ id: string; shared: boolean | null }>({ cypher: 'MATCH (a:Agency) WHERE a.id IN $ids RETURN a.id AS id, a.shared AS shared ORDER BY id', params: { ids: bodies } })).map((r) => r.shared !== null);
    const record = async () => api.db.read<{ scoped: number; left: number; at: boolean }>({ cypher: "MATCH (m:PlanGraphMeta {key: 'migration:' + $id}) RETURN m.scoped AS scoped, m.left AS left, m.appliedAt IS NOT NULL AS at", params: { id } });
    try {
      // Stopped after the first agency (the second agency's transaction fails): no record, the first one done.
      let writes = 0;
      const stopping: GraphGateway = Object.create(api.db);
      stopping.writeTx = (work) => (++writes === 2 ? Promise.reject(new Error('stopped')) : api.db.writeTx(work));
      await expect(migrateJurisdictionsOnce(stopping, { id, registry, only: bodies.slice(0, 2) })).rejects.toThrow('stopped');
      expect(await record()).toEqual([]);
      expect(await scoped()).toEqual([true, false, false]);
      // The next start finishes it (the first agency is not looked at again) and records it.
      expect(await migrateJurisdictionsOnce(api.db, { id, registry, only: bodies.slice(0, 2) })).toEqual({ scoped: 1, split: [], left: [] });
      expect(await record()).toEqual([{ scoped: 1, left: 0, at: true }]);
      expect(await scoped()).toEqual([true, true, false]);
      // Once recorded, it never runs again: an unscoped agency stays as it is, and the record is the first run's.
      expect(await migrateJurisdictionsOnce(api.db, { id, registry, only: bodies })).toBeNull();
      expect(await scoped()).toEqual([true, true, false]);
      expect(await record()).toEqual([{ scoped: 1, left: 0, at: true }]);
      // Every edge is still there.
      const edges = await api.db.read<{ n: number }>({ cypher: 'MATCH (:Task {planId: $plan})-[r:INVOLVES]->(a:Agency) WHERE a.id IN $ids RETURN count(r) AS n', params: { plan, ids: bodies } });
      expect(edges[0].n).toBe(3);
    } finally {
      await api.db.write({ cypher: 'MATCH (n:Entity) WHERE n.id IN $ids OR n.planId = $plan OR n.key = $plan DETACH DELETE n', params: { ids: bodies, plan } });
      await api.db.write({ cypher: "MATCH (c:Change) WHERE c.by = 'jurisdiction-migration' AND c.entity IN $ids DELETE c", params: { ids: bodies } });
      await api.db.write({ cypher: "MATCH (m:PlanGraphMeta {key: 'migration:' + $id}) DELETE m", params: { id } });
    }
  });
});
