import { loadPlanGraphFromDisk } from '../../seed/build';
import { judgeFromGraph } from '../../src/ownership/ownership.graph';
import { startTestApi, type TestApi } from '../support/api';
import { PLAN_DIR, SOURCE_TEXT } from '../support/paths';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const OWNERS = `likelyOwners { agency { id name level kind } rule reason confidence path { id } quotes evidence { kind weight path { id } quotes } } likelyOwnerAbstention`;
const likelyOf = async (code: string) => {
  const res = await api.gql(`query($id: ID!) { node(id: $id) { ... on Indicator { code ownedBy { id } ${OWNERS} } } }`, { id: `Indicator:lps-msm-14:${code}` });
  expect(res.errors).toBeUndefined();
  return res.data!.node;
};
// The sentence by which the text gives the plan's implementation to the market-supervision departments (chapter 5).
const IMPLEMENTATION = '坚持党对规划组织实施的全面领导,依法认真落实属地人民政府组织协调作用,切实发挥市场监管部门规划组织实施作用,统筹推进相关部门协同落实规划组织保障作用,强化市场主体依法开展规划任务落实的基础作用。';

describe('Indicator.likelyOwners: the likely-owner model, kept apart from ownedBy (docs/ownership.md)', () => {
  it.each(['43', '44', '45', '46'])('indicator %s: 六盘水市知识产权局 by REMIT, with its path and sentence; the city bureau after it', async (code) => {
    const node = await likelyOf(code);
    expect(node.ownedBy).toEqual([]);
    const [first, second] = node.likelyOwners;
    expect([first.agency.id, first.rule]).toEqual(['Agency:lps-ipo', 'REMIT']);
    expect(first.reason).toMatch(/^REMIT: /);
    expect(first.path.map((x: any) => x.id)).toEqual([`Indicator:lps-msm-14:${code}`, 'Agency:lps-ipo']);
    expect(first.quotes[0]).toBe('2019年,六盘水市知识产权局挂牌成立,实现商标、专利、地理标志等业务集中管理,知识产权管理体制机制不断完善。');
    expect([second.agency.id, second.rule]).toEqual(['Agency:lps-amr', 'PLAN_BODY']);
    for (const o of node.likelyOwners) for (const q of o.quotes) expect(SOURCE_TEXT).toContain(q);
  });

  it.each(['38', '39'])('indicator %s: the city bureau, which answers for the plan — no longer the metrology institution’s research capacity', async (code) => {
    const node = await likelyOf(code);
    expect(node.likelyOwners.map((o: any) => [o.agency.id, o.rule])).toEqual([['Agency:lps-amr', 'PLAN_BODY']]);
    expect(node.likelyOwners[0].path.map((x: any) => x.id)).toEqual([`Indicator:lps-msm-14:${code}`, 'Plan:lps-msm-14', 'Agency:lps-amr']);
    expect(node.likelyOwners[0].quotes).toEqual([IMPLEMENTATION]);
    expect(node.likelyOwnerAbstention).toBeNull();
  });

  it('a lead in the plan’s words (负责) beats the plan’s body: T15 goes to the county bureaus, through the task that moves it', async () => {
    const node = await likelyOf('T15');
    const [first] = node.likelyOwners;
    expect([first.agency.id, first.rule]).toEqual(['Agency:lps-county-amr', 'LEAD']);
    expect(first.path.map((x: any) => x.id)).toEqual(['Indicator:lps-msm-14:T15', 'Task:lps-msm-14:Z3-3-1.i1.m2', 'Agency:lps-county-amr']);
    expect(first.evidence[0].quotes[1]).toBe('强化县级市场监管部门负责食品生产加工小作坊的日常监管,制定有针对性的监督检查计划。');
  });

  it('partners support but never make an owner: 26 (drug sampling) goes to the city bureau, not 国家药监局 or 省药监局', async () => {
    const node = await likelyOf('26');
    expect(node.likelyOwners.map((o: any) => o.agency.id)).toEqual(['Agency:lps-amr']);
  });

  it('answers, for every indicator, what the model answers over the seed graph in memory — and never puts a partner-only, higher-level or platform body on top', async () => {
    const graph = loadPlanGraphFromDisk(PLAN_DIR);
    const res = await api.gql(`{ indicators(filter: { source: [TABLE, TEXT] }, first: 100) { totalCount edges { node { id ${OWNERS} } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.indicators.totalCount).toBe(90);
    for (const { node } of res.data!.indicators.edges) {
      const expected = judgeFromGraph(graph, node.id);
      expect([node.id, node.likelyOwners.map((o: any) => [o.agency.id, o.rule, o.confidence])]).toEqual([node.id, expected.owners.map((o) => [o.agencyId, o.rule, o.confidence])]);
      expect(node.likelyOwnerAbstention).toBe(expected.abstention);
      const top = node.likelyOwners[0]?.agency;
      if (top) {
        expect([node.id, top.level]).not.toEqual([node.id, expect.stringMatching(/^(NATIONAL|PROVINCIAL)$/)]);
        expect([node.id, top.kind]).not.toEqual([node.id, expect.stringMatching(/^(PLATFORM|ASSOCIATION|INSTITUTION|ENTERPRISE)$/)]);
      }
    }
  });

  it('abstains on a tie no stated rule breaks — "no confident suggestion" — and the review then puts the indicator under no one', async () => {
    const LINK = `mutation($input: LinkInput!) { link(input: $input) { outcome version } }`;
    const UNLINK = `mutation($input: LinkInput!) { unlink(input: $input) { outcome version } }`;
    const versionOf = async () => (await api.gql(`{ node(id: "Indicator:lps-msm-14:46") { ... on Indicator { version } } }`)).data!.node.version;
    // A second remit for 46 (an ADMIN's change to what the plan says, with a reason): two bodies equal under REMIT.
    const input = { relation: 'IN_REMIT_OF', from: 'Indicator:lps-msm-14:46', to: 'Agency:lps-county-amr', reason: 'likely-owner tie test' };
    const linked = await api.gql(LINK, { input: { ...input, expectedVersion: await versionOf() } }, 'admin-token');
    expect(linked.errors).toBeUndefined();
    try {
      const node = await likelyOf('46');
      expect(node.likelyOwners).toEqual([]);
      expect(node.likelyOwnerAbstention).toBe('no confident suggestion: 县级市场监督管理局, 六盘水市知识产权局 stand equal under rule REMIT (the plan says the indicator’s subject is its business)');
      const review = await api.gql(`{ midTermReview(asOf: 2023, plan: "Plan:lps-msm-14") { byLikelyOwner { agency { id } indicators { indicator { code } } } } }`);
      expect(review.data!.midTermReview.byLikelyOwner.flatMap((g: any) => g.indicators.map((i: any) => i.indicator.code))).not.toContain('46');
    } finally {
      const unlinked = await api.gql(UNLINK, { input: { ...input, expectedVersion: await versionOf() } }, 'admin-token');
      expect(unlinked.errors).toBeUndefined();
    }
    expect((await likelyOf('46')).likelyOwners[0].agency.id).toBe('Agency:lps-ipo');
  });

  it('filters by hasLikelyOwner; ownedBy stays the explicit owners only', async () => {
    const q = `query($f: IndicatorFilter) { indicators(filter: $f, first: 100) { totalCount edges { node { code ownedBy { id } likelyOwners { agency { id } } } } } }`;
    const all = await api.gql(q, { f: {} });
    const withLikely = await api.gql(q, { f: { hasLikelyOwner: true } });
    const without = await api.gql(q, { f: { hasLikelyOwner: false } });
    expect(withLikely.data!.indicators.totalCount + without.data!.indicators.totalCount).toBe(all.data!.indicators.totalCount);
    for (const e of withLikely.data!.indicators.edges) expect(e.node.likelyOwners.length).toBeGreaterThan(0);
    for (const e of without.data!.indicators.edges) expect(e.node.likelyOwners).toEqual([]);
    expect(all.data!.indicators.edges.filter((e: any) => e.node.ownedBy.length > 0).map((e: any) => e.node.code)).toEqual(['21', '47']);
  });
});

describe('gaps and the review use likely owners only when asked, as a separate group', () => {
  it('bindingIndicatorsWithoutOwner is the plan’s word unless includeLikelyOwners is given; the inferred group is its own field', async () => {
    const res = await api.gql(`{ gaps {
      plain: bindingIndicatorsWithoutOwner(first: 100) { totalCount }
      neither: bindingIndicatorsWithoutOwner(first: 100, includeLikelyOwners: true) { totalCount edges { node { likelyOwners { agency { id } } } } }
      onlyLikely: bindingIndicatorsWithOnlyLikelyOwner(first: 100) { totalCount edges { node { number ownedBy { id } likelyOwners { agency { id } rule } } } } } }`);
    expect(res.errors).toBeUndefined();
    const { plain, neither, onlyLikely } = res.data!.gaps;
    expect(plain.totalCount).toBe(23);
    expect(neither.totalCount + onlyLikely.totalCount).toBe(plain.totalCount);
    for (const e of neither.edges) expect(e.node.likelyOwners).toEqual([]);
    for (const e of onlyLikely.edges) {
      expect(e.node.ownedBy).toEqual([]);
      expect(e.node.likelyOwners.length).toBeGreaterThan(0);
    }
    // Every binding ownerless indicator of this plan has a confident suggestion: the city bureau answers for the plan.
    expect([neither.totalCount, onlyLikely.totalCount]).toEqual([0, 23]);
    expect(new Set(onlyLikely.edges.map((e: any) => e.node.likelyOwners[0].agency.id))).toEqual(new Set(['Agency:lps-amr']));
  });

  it('the review keeps byAgency to explicit owners and puts each ownerless indicator under the model’s top suggestion in byLikelyOwner', async () => {
    const res = await api.gql(`{ midTermReview(asOf: 2023, plan: "Plan:lps-msm-14") {
      byAgency { agency { id } indicators { indicator { code } } }
      byLikelyOwner { agency { id } indicators { indicator { code ownedBy { id } likelyOwners { agency { id } } } } } } }`);
    expect(res.errors).toBeUndefined();
    const { byAgency, byLikelyOwner } = res.data!.midTermReview;
    expect(byAgency.flatMap((g: any) => g.indicators.map((i: any) => i.indicator.code)).sort()).toEqual(['21', '47']);
    expect(byLikelyOwner.map((g: any) => g.agency.id)).toEqual(['Agency:lps-amr', 'Agency:lps-ipo']);
    const ipo = byLikelyOwner.find((g: any) => g.agency.id === 'Agency:lps-ipo');
    expect(ipo.indicators.map((i: any) => i.indicator.code).sort()).toEqual(['43', '44', '45', '46']);
    for (const g of byLikelyOwner) {
      for (const i of g.indicators) {
        expect(i.indicator.ownedBy).toEqual([]);
        expect(i.indicator.likelyOwners[0].agency.id).toBe(g.agency.id);
      }
    }
  });
});
