import { parse as parseYaml } from 'yaml';
import { tasksFileSchema } from '../../src/graph/curation';
import { importPlanText } from '../../src/importer/importer';
import { ImportRefusedError } from '../../src/importer/parse/planText';
import { startTestApi, type TestApi } from '../support/api';
import { syntheticPlan } from '../support/syntheticPlan';

const RUN = `t${Date.now().toString(36)}`;
const KEY = `${RUN}-qs-15`;
const K14 = `${RUN}-qs-14`;
const K15 = `${RUN}-qs-15b`;
const PLANNER = 'planner-token';
let api: TestApi;

const code = (res: any) => res.errors?.[0]?.extensions?.code;
const countOf = async (key: string) => {
  const [row] = await api.db.read<{ nodes: number; edges: number; proposals: number }>({
    cypher: `MATCH (n:Entity {seedPlan: $key}) WITH count(n) AS nodes
             OPTIONAL MATCH (:Entity {seedPlan: $key})-[r]->() WHERE r.seedPlan = $key WITH nodes, count(r) AS edges
             OPTIONAL MATCH ()-[p:PROPOSED {plan: $key}]->() RETURN nodes, edges, count(p) AS proposals`,
    params: { key },
  });
  return row;
};
const everything = async () => (await api.db.read<{ n: number }>({ cypher: 'MATCH (n) RETURN count(n) AS n' }))[0].n;
const PROPOSALS = `query($plan: ID!, $status: [ProposalStatus!], $relation: ProposedRelation, $after: String) {
  proposals(plan: $plan, status: $status, relation: $relation, first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id relation status confidence evidence from { id } to { id ... on Agency { name } } provenance { quote sectionPath } } } } }`;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.db.write({ cypher: 'MATCH (i:Indicator)-[:HAS_MEASUREMENT]->(m:Measurement) WHERE i.seedPlan IN $keys DETACH DELETE m', params: { keys: [KEY, K14, K15] } });
  await api.db.write({ cypher: 'MATCH (n:Entity) WHERE n.seedPlan IN $keys DETACH DELETE n', params: { keys: [KEY, K14, K15] } });
  await api.db.write({ cypher: 'MATCH (m:PlanGraphMeta) WHERE m.key IN $keys DELETE m', params: { keys: [KEY, K14, K15].map((k) => `seed:${k}`) } });
  await api.close();
});

describe('npm run plan:import against the database', () => {
  it('imports a plan it has never seen, and importing it again changes nothing', async () => {
    const plan = syntheticPlan('B');
    const first = await importPlanText(api.db, Buffer.from(plan.text), KEY);
    expect(first.text.tasks).toHaveLength(plan.tasks.length);
    const after1 = await countOf(KEY);
    const second = await importPlanText(api.db, Buffer.from(plan.text), KEY);
    expect(await countOf(KEY)).toEqual(after1);
    expect(second.stored.stored).toBe(first.stored.stored);
    expect(after1.proposals).toBe(first.stored.stored);
  });

  it('filters indicators, tasks, goals and agencies by plan', async () => {
    const plan = `Plan:${KEY}`;
    const res = await api.gql(`query($plan: ID!) {
      indicators(filter: {plan: $plan, source: [TABLE, TEXT]}) { totalCount edges { node { code name target { raw kind ceiling } } } }
      tasks(filter: {plan: $plan}) { totalCount }
      goals(filter: {plan: $plan}) { totalCount }
      agencies(filter: {plan: $plan}) { totalCount }
      seeded: tasks(filter: {plan: "Plan:lps-msm-14"}) { totalCount } }`, { plan });
    expect(res.errors).toBeUndefined();
    expect(res.data!.indicators.totalCount).toBe(6);
    expect(res.data!.indicators.edges.map((e: any) => e.node.target.kind)).toEqual(['LEVEL', 'LEVEL', 'LEVEL', 'CUMULATIVE', 'LEVEL', 'LEVEL']);
    expect(res.data!.indicators.edges[4].node.target).toEqual({ raw: '≤0.15', kind: 'LEVEL', ceiling: true });
    expect(res.data!.tasks.totalCount).toBe(18);
    expect(res.data!.goals.totalCount).toBe(6); // overall, vision, 2 specific, 2 categories
    expect(res.data!.seeded.totalCount).toBe(186);
    // The bodies the plan states as owners or as taking part (由市市场监管局牵头，会同市税务局、市公安局…, 市农业农村局配合,
    // 各区县人民政府负责): stated edges count, proposals do not.
    expect(res.data!.agencies.totalCount).toBe(5);
    const bad = await api.gql('{ tasks(filter: {plan: "Task:x:1"}) { totalCount } }');
    expect(code(bad)).toBe('BAD_USER_INPUT');
  });

  it('lists proposals with status and confidence, and no other query counts them', async () => {
    const all = await api.gql(PROPOSALS, { plan: `Plan:${KEY}` });
    expect(all.errors).toBeUndefined();
    const { totalCount, edges, pageInfo } = all.data!.proposals;
    expect(totalCount).toBe((await countOf(KEY)).proposals);
    expect(pageInfo.hasNextPage).toBe(totalCount > 50);
    const confidences = edges.map((e: any) => e.node.confidence);
    expect(confidences).toEqual([...confidences].sort((a: number, b: number) => b - a));
    // Owners the plan states are edges, not proposals: origin PARSED, the sentence as the quote.
    const owner = await api.gql(PROPOSALS, { plan: `Plan:${KEY}`, relation: 'OWNED_BY' });
    expect(owner.data!.proposals.edges).toEqual([]);
    const links = await api.gql(`{ node(id: "Task:${KEY}:3.1.i1") { ... on Task { ownedBy { name } links(relation: OWNED_BY) { origin provenance { quote } } } } }`);
    expect(links.data!.node.ownedBy).toEqual([{ name: '市市场监管局' }]);
    expect(links.data!.node.links).toEqual([{ origin: 'PARSED', provenance: { quote: expect.stringContaining('由市市场监管局牵头') } }]);
    // Moves proposed: equal confidences are ordered by id (a hash), so compare as a set.
    const moves = await api.gql(PROPOSALS, { plan: `Plan:${KEY}`, relation: 'MOVES' });
    expect(moves.data!.proposals.edges.map((e: any) => [e.node.from.id, e.node.to.id, e.node.status]).filter(([from]: string[]) => from === `Task:${KEY}:3.1.i1`).sort()).toEqual([
      [`Task:${KEY}:3.1.i1`, `Indicator:${KEY}:1`, 'PROPOSED'],
      [`Task:${KEY}:3.1.i1`, `Indicator:${KEY}:2`, 'PROPOSED'],
      [`Task:${KEY}:3.1.i1`, `Indicator:${KEY}:T1`, 'PROPOSED'],
    ]);
    const moved = await api.gql(`{ node(id: "Task:${KEY}:3.1.i1") { ... on Task { moves { id } } } }`);
    expect(moved.data!.node.moves).toEqual([]);
    if (pageInfo.hasNextPage) {
      const next = await api.gql(PROPOSALS, { plan: `Plan:${KEY}`, after: pageInfo.endCursor });
      expect(next.data!.proposals.edges[0].node.id).not.toBe(edges[0].node.id);
    }
  });

  it('confirmLink and rejectLink need PLANNER, are audited, and a rejected edge is not proposed again on re-import', async () => {
    const proposed = (await api.gql(PROPOSALS, { plan: `Plan:${KEY}`, relation: 'MOVES' })).data!.proposals.edges.map((e: any) => e.node).filter((p: any) => p.from.id === `Task:${KEY}:3.1.i1`);
    const lead = proposed.find((p: any) => p.to.id === `Indicator:${KEY}:T1`);
    const county = proposed.find((p: any) => p.to.id === `Indicator:${KEY}:2`);
    expect(code(await api.gql(`mutation { confirmLink(id: "${lead.id}") { outcome } }`))).toBe('UNAUTHENTICATED');
    expect(code(await api.gql(`mutation { confirmLink(id: "${lead.id}") { outcome } }`, {}, 'reader-token'))).toBe('FORBIDDEN');
    const confirmed = await api.gql(`mutation { confirmLink(id: "${lead.id}") { outcome proposal { status decidedBy } } }`, {}, PLANNER);
    expect(confirmed.data!.confirmLink).toEqual({ outcome: 'UPDATED', proposal: { status: 'CONFIRMED', decidedBy: 'planner-bot' } });
    const again = await api.gql(`mutation { confirmLink(id: "${lead.id}") { outcome } }`, {}, PLANNER);
    expect(again.data!.confirmLink.outcome).toBe('UNCHANGED');
    const rejected = await api.gql(`mutation { rejectLink(id: "${county.id}") { outcome proposal { status } } }`, {}, PLANNER);
    expect(rejected.data!.rejectLink).toEqual({ outcome: 'UPDATED', proposal: { status: 'REJECTED' } });
    expect(code(await api.gql('mutation { rejectLink(id: "Proposal:nope:0123456789abcdef") { outcome } }', {}, PLANNER))).toBe('NOT_FOUND');

    const task = await api.gql(`{ node(id: "Task:${KEY}:3.1.i1") { ... on Task { moves { id } links(relation: MOVES) { origin provenance { quote } } } } }`);
    expect(task.data!.node.moves).toEqual([{ id: `Indicator:${KEY}:T1` }]);
    expect(task.data!.node.links[0]).toEqual({ origin: 'CURATED', provenance: { quote: lead.provenance.quote } });
    const history = await api.gql(`{ history(of: "Task:${KEY}:3.1.i1") { edges { node { action by } } } }`, {}, 'admin-token');
    expect(history.data!.history.edges.map((e: any) => e.node)).toContainEqual({ action: 'CONFIRM_MOVES', by: 'planner-bot' });

    await importPlanText(api.db, Buffer.from(syntheticPlan('B').text), KEY);
    const after = await api.gql(PROPOSALS, { plan: `Plan:${KEY}`, relation: 'MOVES', status: ['PROPOSED', 'CONFIRMED', 'REJECTED'] });
    expect(after.data!.proposals.edges.filter((e: any) => e.node.from.id === `Task:${KEY}:3.1.i1`).map((e: any) => e.node.status).sort()).toEqual(['CONFIRMED', 'PROPOSED', 'REJECTED']);
    const still = await api.gql(`{ node(id: "Task:${KEY}:3.1.i1") { ... on Task { moves { id } ownedBy { name } } } }`);
    expect(still.data!.node).toEqual({ moves: [{ id: `Indicator:${KEY}:T1` }], ownedBy: [{ name: '市市场监管局' }] });
    const agencies = await api.gql(`{ agencies(filter: {plan: "Plan:${KEY}"}) { totalCount } }`);
    expect(agencies.data!.agencies.totalCount).toBe(5);
  });

  it('exports the curation as the seed’s YAML', async () => {
    const res = await api.gql(`{ curationExport(plan: "Plan:${KEY}") { path content } }`, {}, PLANNER);
    expect(res.errors).toBeUndefined();
    const tasks = res.data!.curationExport.find((f: any) => f.path === 'tasks/imported.yaml').content as string;
    const curation = tasksFileSchema.parse(parseYaml(tasks));
    expect(curation['3.1.i1'].moves).toEqual([{ indicator: 'T1', quote: expect.stringContaining('由市市场监管局牵头') }]);
    expect(Object.values(curation).flatMap((t) => t.moves)).toHaveLength(1); // the rejected one is not exported
    // The owners the plan states are not the curator's: every import states them again.
    expect(Object.values(curation).flatMap((t) => t.ownedBy)).toEqual([]);
    expect(code(await api.gql(`{ curationExport(plan: "Plan:${KEY}") { path } }`, {}, 'reader-token'))).toBe('FORBIDDEN');
  });

  it('refuses an empty file, a binary file, a text with no structure and a seeded plan’s key, storing nothing', async () => {
    const before = await everything();
    await expect(importPlanText(api.db, Buffer.alloc(0), `${RUN}-empty`)).rejects.toThrow(ImportRefusedError);
    await expect(importPlanText(api.db, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), `${RUN}-zip`)).rejects.toThrow(/binary/);
    await expect(importPlanText(api.db, Buffer.from('一段没有章节的文字。\n另一段文字。'), `${RUN}-flat`)).rejects.toThrow(/no plan structure/);
    await expect(importPlanText(api.db, Buffer.from(syntheticPlan('A').text), 'lps-msm-14')).rejects.toThrow(/curated plan/);
    expect(await everything()).toBe(before);
  });

  it('proposes continuity for renamed measures between a plan and the plan it follows', async () => {
    const p14 = syntheticPlan('A', { title: '青山市“十四五”市场监管规划' });
    await importPlanText(api.db, Buffer.from(p14.text), K14);
    const p15 = syntheticPlan('D', {
      follows: ['青山市“十四五”市场监管规划'],
      renames: { 食品抽检合格率: '食品安全抽检合格率', 特种设备万台死亡率: '特种设备万台设备死亡率' },
    });
    const report = await importPlanText(api.db, Buffer.from(p15.text), K15);
    expect(report.continuity).toEqual([{ plan: K14, relation: 'CONTINUES', proposals: 6 }]);
    const res = await api.gql(PROPOSALS, { plan: `Plan:${K15}`, relation: 'CONTINUES' });
    const byFrom = Object.fromEntries(res.data!.proposals.edges.map((e: any) => [e.node.from.id, [e.node.to.id, e.node.evidence]]));
    expect(byFrom[`Indicator:${K15}:3`]).toEqual([`Indicator:${K14}:3`, 'renamed measure: 食品抽检合格率 → 食品安全抽检合格率']);
    expect(byFrom[`Indicator:${K15}:5`]).toEqual([`Indicator:${K14}:5`, 'renamed measure: 特种设备万台死亡率 → 特种设备万台设备死亡率']);
    expect(byFrom[`Indicator:${K15}:1`]).toEqual([`Indicator:${K14}:1`, 'same measure: 市场主体总量']);

    const renamed = res.data!.proposals.edges.find((e: any) => e.node.from.id === `Indicator:${K15}:3`).node;
    const q = `{ node(id: "Indicator:${K14}:3") { ... on Indicator { continuedBy { id } proposed: continuedBy(includeProposed: true) { id } } } }`;
    expect((await api.gql(q)).data!.node).toEqual({ continuedBy: [], proposed: [{ id: `Indicator:${K15}:3` }] });

    // The 14th plan's review carries each indicator's history on into the 15th: the link, how sure it is, the later figures.
    const recorded = await api.gql(`mutation { recordMeasurement(input: {indicator: "Indicator:${K15}:3", year: 2027, value: 98.4, source: "continuity test"}) { measurement { year } } }`, {}, PLANNER);
    expect(recorded.errors).toBeUndefined();
    const ROW = `continuation { status } proposed: continuation(includeProposed: true) { indicator { id name } status confidence measurements { year value } }`;
    const REVIEWS = `{ midTermReview(asOf: 2023, plan: "Plan:${K14}") { indicators { indicator { id } ${ROW} } }
      finalReview(plan: "Plan:${K14}") { indicators { indicator { id } ${ROW} } } }`;
    const rowOf = (review: any) => review.indicators.find((r: any) => r.indicator.id === `Indicator:${K14}:3`);
    const proposedRow = [{ indicator: { id: `Indicator:${K15}:3`, name: '食品安全抽检合格率' }, status: 'PROPOSED', confidence: renamed.confidence, measurements: [{ year: 2027, value: 98.4 }] }];
    const before = await api.gql(REVIEWS);
    expect(before.errors).toBeUndefined();
    for (const review of [before.data!.midTermReview, before.data!.finalReview]) expect(rowOf(review)).toMatchObject({ continuation: [], proposed: proposedRow });

    await api.gql(`mutation { confirmLink(id: "${renamed.id}") { outcome } }`, {}, PLANNER);
    expect((await api.gql(q)).data!.node.continuedBy).toEqual([{ id: `Indicator:${K15}:3` }]);
    const after = await api.gql(REVIEWS);
    const confirmedRow = [{ ...proposedRow[0], status: 'CONFIRMED' }];
    for (const review of [after.data!.midTermReview, after.data!.finalReview]) expect(rowOf(review)).toMatchObject({ continuation: [{ status: 'CONFIRMED' }], proposed: confirmedRow });
    const forward = await api.gql(`{ node(id: "Indicator:${K15}:3") { ... on Indicator { continues { id name } } } }`);
    expect(forward.data!.node.continues).toEqual([{ id: `Indicator:${K14}:3`, name: '食品抽检合格率' }]);
  });
});
