import { startTestApi, type TestApi } from '../support/api';
import { SOURCE_TEXT } from '../support/paths';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const LIKELY = `query($n: Int) { indicators(filter: { number: $n }, first: 1) { edges { node { code ownedBy { id }
  likelyOwners { agency { id name } confidence path { id } quotes evidence { kind weight path { id } quotes } } } } } }`;

const likelyOf = async (n: number) => {
  const res = await api.gql(LIKELY, { n });
  expect(res.errors).toBeUndefined();
  return res.data!.indicators.edges[0].node;
};

describe('Indicator.likelyOwners: inferred, kept apart from ownedBy', () => {
  it.each([43, 44, 45, 46])('indicator %i lists 六盘水市知识产权局 first, with the path and the sentence that makes it its business', async (n) => {
    const node = await likelyOf(n);
    expect(node.ownedBy).toEqual([]);
    const [first] = node.likelyOwners;
    expect(first.agency).toEqual({ id: 'Agency:lps-ipo', name: '六盘水市知识产权局' });
    expect(first.path.map((x: any) => x.id)).toEqual([`Indicator:lps-msm-14:${n}`, 'Agency:lps-ipo']);
    expect(first.quotes[0]).toBe('2019年,六盘水市知识产权局挂牌成立,实现商标、专利、地理标志等业务集中管理,知识产权管理体制机制不断完善。');
    expect(first.evidence[0].kind).toBe('REMIT');
    for (const o of node.likelyOwners) {
      expect(o.confidence).toBeGreaterThan(0);
      expect(o.confidence).toBeLessThanOrEqual(1);
      for (const q of o.quotes) expect(SOURCE_TEXT).toContain(q);
    }
  });

  it.each([38, 39])('indicator %i lists the legal metrology institution, with path and quote', async (n) => {
    const node = await likelyOf(n);
    const metrology = node.likelyOwners.find((o: any) => o.agency.id === 'Agency:lps-legal-metrology-institution');
    expect(metrology).toBeDefined();
    expect(node.likelyOwners[0].agency.id).toBe('Agency:lps-legal-metrology-institution');
    expect(metrology.path.map((x: any) => x.id)).toEqual([`Indicator:lps-msm-14:${n}`, 'Agency:lps-legal-metrology-institution']);
    expect(metrology.quotes).toContain('全面提升六盘水市法定计量检验检定机构科研能力。');
  });

  it('task evidence runs indicator → moving task → agency, quoting the MOVES and the OWNED_BY sentences', async () => {
    const node = await likelyOf(21);
    expect(node.ownedBy).toEqual([{ id: 'Agency:lps-county-amr' }]);
    const county = node.likelyOwners.find((o: any) => o.agency.id === 'Agency:lps-county-amr');
    expect(county.evidence[0].kind).toBe('TASK_LEAD');
    expect(county.path.map((x: any) => x.id)).toEqual(['Indicator:lps-msm-14:21', 'Task:lps-msm-14:Z3-3-1.i1.m2', 'Agency:lps-county-amr']);
    expect(county.evidence[0].quotes).toEqual(['2025年底实现对辖区内小作坊100%建档。', '强化县级市场监管部门负责食品生产加工小作坊的日常监管,制定有针对性的监督检查计划。']);
  });

  it('ranks by confidence, highest first', async () => {
    for (const n of [36, 44, 31]) {
      const confidences = (await likelyOf(n)).likelyOwners.map((o: any) => o.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    }
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
      onlyLikely: bindingIndicatorsWithOnlyLikelyOwner(first: 100) { totalCount edges { node { ownedBy { id } likelyOwners { agency { id } } } } } } }`);
    expect(res.errors).toBeUndefined();
    const { plain, neither, onlyLikely } = res.data!.gaps;
    expect(plain.totalCount).toBe(23);
    expect(neither.totalCount + onlyLikely.totalCount).toBe(plain.totalCount);
    for (const e of neither.edges) expect(e.node.likelyOwners).toEqual([]);
    for (const e of onlyLikely.edges) {
      expect(e.node.ownedBy).toEqual([]);
      expect(e.node.likelyOwners.length).toBeGreaterThan(0);
    }
  });

  it('the review keeps byAgency to explicit owners and puts each ownerless indicator under its top likely owner in byLikelyOwner', async () => {
    const res = await api.gql(`{ midTermReview(asOf: 2023, plan: "Plan:lps-msm-14") {
      byAgency { agency { id } indicators { indicator { code } } }
      byLikelyOwner { agency { id } indicators { indicator { code ownedBy { id } likelyOwners { agency { id } } } } } } }`);
    expect(res.errors).toBeUndefined();
    const { byAgency, byLikelyOwner } = res.data!.midTermReview;
    expect(byAgency.flatMap((g: any) => g.indicators.map((i: any) => i.indicator.code)).sort()).toEqual(['21', '47']);
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
