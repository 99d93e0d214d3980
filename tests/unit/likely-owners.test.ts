import { loadPlanGraphFromDisk } from '../../seed/build';
import { allottedPlaces, judgeLikelyOwners, neverOwns, taskEvidenceKind, type OwnerCandidate, type RawOwnerEvidence } from '../../src/ownership/ownership.model';
import { OWNER_JUDGMENTS } from '../support/likelyOwnerJudgments';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { judgeFromGraph } from '../../src/ownership/ownership.graph';
import { ownerScoreMarkdown, scoreLikelyOwners } from '../support/likelyOwnerScore';
import { PLAN_DIR, ROOT, SOURCE_TEXT } from '../support/paths';

const agency = (id: string, name: string, level: string | null = 'CITY', kind: string | null = 'GOVERNMENT'): OwnerCandidate => ({ id, name, level, kind });
const cityBureau = agency('Agency:a', '市市场监管局');
const ipOffice = agency('Agency:ip', '六盘水市知识产权局');
const county = agency('Agency:c', '县级市场监督管理局', 'COUNTY');
const evidence = (kind: RawOwnerEvidence['kind'], a: OwnerCandidate, path = 'T1'): RawOwnerEvidence => ({ kind, agency: a, pathIds: ['I', path, a.id], quotes: [`q-${kind}-${a.id}`] });

describe('the likely-owner model (docs/ownership.md)', () => {
  it('ranks by rule: a remit beats a lead in words, which beats the body answering for the plan', () => {
    const judged = judgeLikelyOwners([evidence('PLAN_BODY', cityBureau, 'P'), evidence('TASK_LEAD', county), evidence('REMIT', ipOffice, 'I')], 'CITY');
    expect(judged.owners.map((o) => [o.agencyId, o.rule])).toEqual([['Agency:ip', 'REMIT'], ['Agency:c', 'LEAD'], ['Agency:a', 'PLAN_BODY']]);
    expect(judged.owners[0].reason).toMatch(/^REMIT: /);
    expect(judged.abstention).toBeNull();
  });

  it('never lets participation, or an owner named without a lead word, make an owner by itself', () => {
    const judged = judgeLikelyOwners([evidence('TASK_PARTICIPANT', county), evidence('TASK_OWNER', agency('Agency:x', '市场监管部门', 'OTHER'))], 'CITY');
    expect(judged).toEqual({ owners: [], abstention: null });
    // Support still adds to a body that has a rule of its own.
    const supported = judgeLikelyOwners([evidence('PLAN_BODY', cityBureau, 'P'), evidence('TASK_PARTICIPANT', cityBureau)], 'CITY');
    expect(supported.owners[0].confidence).toBeCloseTo(1 - 0.4 * 0.9);
    expect(supported.owners[0].evidence.map((e) => e.kind)).toEqual(['PLAN_BODY', 'TASK_PARTICIPANT']);
  });

  it('counts a task owner as a lead only when the sentence says 负责 or 牵头', () => {
    expect(taskEvidenceKind('OWNED_BY', '强化县级市场监管部门负责食品生产加工小作坊的日常监管')).toBe('TASK_LEAD');
    expect(taskEvidenceKind('OWNED_BY', '组织市、县两级市场监管部门对查实案件100%进行查处')).toBe('TASK_OWNER');
    expect(taskEvidenceKind('INVOLVES', '由市公安局牵头')).toBe('TASK_PARTICIPANT');
  });

  it('never suggests a higher-level body, a platform, a hotline, a centre, an institution or an association, even as a lead', () => {
    const never = [
      agency('Agency:samr', '国家市场监管总局', 'NATIONAL'),
      agency('Agency:gz', '贵州省市场监管局', 'PROVINCIAL'),
      agency('Agency:p', '贵州政务服务网企业开办“一网通办”平台', 'PROVINCIAL', 'PLATFORM'),
      agency('Agency:h', '12345热线', 'OTHER', 'PLATFORM'),
      agency('Agency:g', '政务服务中心', 'OTHER', 'GOVERNMENT'),
      agency('Agency:m', '六盘水市法定计量检验检定机构', 'CITY', 'INSTITUTION'),
      agency('Agency:ad', '广告商会', 'OTHER', 'ASSOCIATION'),
      agency('Agency:j', '整治虚假违法广告联席会议', 'CITY', 'GOVERNMENT'),
      agency('Agency:r', '相关业务环节办理部门', 'OTHER', 'GOVERNMENT'),
    ];
    for (const a of never) expect([a.name, neverOwns(a, 'CITY')]).toEqual([a.name, expect.any(String)]);
    expect(judgeLikelyOwners(never.map((a) => evidence('TASK_LEAD', a)), 'CITY').owners).toEqual([]);
    // The province's bureau may own a province's plan.
    expect(neverOwns(agency('Agency:gz', '贵州省市场监管局', 'PROVINCIAL'), 'PROVINCIAL')).toBeNull();
  });

  it('does not let the plan’s body answer for a target the text allots to places below it', () => {
    expect(allottedPlaces('六枝特区、盘州市、水城县每年新增有机产品认证证书1张以上、其他质量认证证书1张以上;', '六盘水市')).toEqual(['六枝特区', '盘州市', '水城县']);
    expect(allottedPlaces('钟山区、高新区每年新增各类质量认证证书2张以上。', '六盘水市')).toEqual(['钟山区', '高新区']);
    for (const s of ['全市每年新增认证证书10张', '市、县两级市场监管部门每年开展检查', '每年报告药品不良反应报告达到500份/百万人', '六盘水市每年新增证书5张']) expect([s, allottedPlaces(s, '六盘水市')]).toEqual([s, []]);
    const allotted = judgeLikelyOwners([evidence('PLAN_BODY', cityBureau, 'P')], 'CITY', ['钟山区', '高新区']);
    expect(allotted.owners).toEqual([]);
    expect(allotted.abstention).toBe('no confident suggestion: the text allots the target to 钟山区、高新区, whose bodies answer for it, and names none of them');
    // A body the text makes responsible still answers.
    expect(judgeLikelyOwners([evidence('PLAN_BODY', cityBureau, 'P'), evidence('TASK_LEAD', county)], 'CITY', ['钟山区']).owners[0].agencyId).toBe('Agency:c');
  });

  it('breaks a tie by the stated rule (the plan’s own body), or abstains', () => {
    const other = agency('Agency:o', '县级市场监督管理局', 'COUNTY');
    const tied = judgeLikelyOwners([evidence('TASK_LEAD', cityBureau), evidence('TASK_LEAD', other, 'T2')], 'CITY');
    expect(tied.owners).toEqual([]);
    expect(tied.abstention).toMatch(/^no confident suggestion: .*市市场监管局.*县级市场监督管理局.*LEAD/);
    const broken = judgeLikelyOwners([evidence('TASK_LEAD', cityBureau), evidence('TASK_LEAD', other, 'T2'), evidence('PLAN_BODY', cityBureau, 'P')], 'CITY');
    expect(broken.owners.map((o) => o.agencyId)).toEqual(['Agency:a', 'Agency:o']);
    expect(broken.owners[0].reason).toMatch(/because it answers for the plan/);
  });
});

describe('the model against a careful reader, over lps-msm-14’s ownerless indicators', () => {
  const graph = loadPlanGraphFromDisk(PLAN_DIR);
  const score = scoreLikelyOwners(graph, 'lps-msm-14', OWNER_JUDGMENTS);

  it('judges every ownerless indicator once, each judgment resting on a sentence of the plan', () => {
    expect(score.ownerless).toBe(OWNER_JUDGMENTS.length);
    expect(new Set(OWNER_JUDGMENTS.map((j) => j.indicator)).size).toBe(OWNER_JUDGMENTS.length);
    const body = SOURCE_TEXT.replace(/\s+/g, ' ');
    for (const j of OWNER_JUDGMENTS) expect([j.indicator, body.includes(j.sentence.replace(/\s+/g, ' '))]).toEqual([j.indicator, true]);
    // Every body the reader names exists in the graph.
    const agencies = new Set(graph.nodes.filter((n) => n.label === 'Agency').map((n) => n.id));
    for (const j of OWNER_JUDGMENTS) if (j.body) expect(agencies).toContain(`Agency:${j.body}`);
  });

  it('agrees with the reader on at least 85% of them, and never puts a body that never owns on top', () => {
    expect(score.agree / score.ownerless).toBeGreaterThanOrEqual(0.85);
    expect(score.rows.filter((r) => r.neverOwns)).toEqual([]);
    // The figures docs/ownership.md reports.
    expect([score.ownerless, score.agree, score.abstain, score.wrong]).toEqual([86, 82, 3, 1]);
  });

  it('docs/ownership.md keeps the table npm run owners:score prints', () => {
    expect(readFileSync(path.join(ROOT, 'docs/ownership.md'), 'utf8')).toContain(ownerScoreMarkdown(score));
  });

  it('says which rule put each suggestion there', () => {
    expect(score.rows.find((r) => r.indicator === '43')).toMatchObject({ model: 'lps-ipo', rule: 'REMIT' });
    expect(score.rows.find((r) => r.indicator === 'T15')).toMatchObject({ model: 'lps-county-amr', rule: 'LEAD' });
    expect(score.rows.find((r) => r.indicator === '26')).toMatchObject({ model: 'lps-amr', rule: 'PLAN_BODY' });
  });
});

describe('the plan’s issuer, when its metadata gives one', () => {
  it('makes the agency of that name in the plan’s place the plan’s body, with the issuer as its evidence', () => {
    const graph = loadPlanGraphFromDisk(PLAN_DIR);
    const plan = graph.nodes.find((n) => n.id === 'Plan:lps-msm-14')!;
    // Without the text's implementation clause, only the issuer can name the plan's body.
    const withIssuer = {
      ...graph,
      nodes: graph.nodes.map((n) => (n === plan ? { ...n, props: { ...n.props, issuer: '市市场监管局' } } : n)),
      edges: graph.edges.filter((e) => !(e.type === 'IN_REMIT_OF' && e.from === plan.id)),
    };
    const judged = judgeFromGraph(withIssuer, 'Indicator:lps-msm-14:5');
    expect(judged.owners.map((o) => [o.agencyId, o.rule])).toEqual([['Agency:lps-amr', 'PLAN_BODY']]);
    expect(judged.owners[0].evidence[0].quotes).toEqual(['issuer: 市市场监管局']);
    const withoutEither = { ...withIssuer, nodes: graph.nodes, edges: withIssuer.edges };
    expect(judgeFromGraph(withoutEither, 'Indicator:lps-msm-14:5')).toEqual({ owners: [], abstention: null });
  });
});
