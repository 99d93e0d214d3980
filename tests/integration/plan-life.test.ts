import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestApi, type TestApi } from '../support/api';
import { ROOT } from '../support/paths';

// Tokens of this file only: two admins (one proposes, the other decides), a planner and an integrator.
const TOKENS = 'life-planner-token:PLANNER:life-planner,life-admin-token:ADMIN:life-admin,life-admin2-token:ADMIN:life-admin2,life-integrator-token:INTEGRATOR:life-registry,life-reader-token:READER:life-reader';
const PLANNER = 'life-planner-token';
const ADMIN = 'life-admin-token';
const ADMIN2 = 'life-admin2-token';
const INTEGRATOR = 'life-integrator-token';
const NAMES = ['life-planner', 'life-admin', 'life-admin2', 'life-registry'];
// Table 1 rows no other test file writes to; the areas go on 42 (SUM) and T37 (SEPARATE) and are removed after.
const ind = (code: string | number) => `Indicator:lps-msm-14:${code}`;
const TOUCHED = [21, 22, 24, 25, 27, 42, 44, 'T37', 'T38'].map(ind);

let api: TestApi;
let versions: { id: string; version: number | null }[];
beforeAll(async () => {
  api = await startTestApi({ API_TOKENS: TOKENS });
  versions = await api.db.read({ cypher: 'MATCH (i:Indicator) WHERE i.id IN $ids RETURN i.id AS id, i.version AS version', params: { ids: TOUCHED } });
});
afterAll(async () => {
  await api.db.write({ cypher: 'MATCH (i:Indicator)-[:HAS_AMENDMENT]->(a:Amendment) WHERE i.id IN $ids DETACH DELETE a', params: { ids: TOUCHED } });
  await api.db.write({ cypher: 'MATCH (m:Measurement) WHERE m.recordedBy IN $names OPTIONAL MATCH (m)-[:REPLACED]->(r) DETACH DELETE m, r', params: { names: NAMES } });
  await api.db.write({ cypher: 'UNWIND $versions AS v MATCH (i:Indicator {id: v.id}) SET i.version = v.version REMOVE i.amendmentCount, i.areas, i.areaRollUp', params: { versions } });
  await api.db.write({ cypher: 'MATCH (c:Change) WHERE c.by IN $names DELETE c', params: { names: NAMES } });
  await api.close();
});

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const PROPOSE = `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { amendment { id status effectiveYear reason document proposedBy target { raw value comparator kind } } } }`;
const DECIDE = `mutation($id: ID!, $approve: Boolean!, $comment: String) { decideAmendment(id: $id, approve: $approve, comment: $comment) { amendment { id status decidedBy comment } } }`;
const RECORD = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { measurement { id year value status area evidence checksum approvedBy recordedBy } } }`;
const REVIEW = `query($asOf: Int!, $sub: Boolean) { midTermReview(asOf: $asOf, plan: "Plan:lps-msm-14", includeSubmitted: $sub) { indicators { indicator { id } status latest { year value } target { raw value } } } }`;
const HISTORY = `query($id: ID!) { node(id: $id) { ... on Indicator { target { raw } targetInForce2022: targetInForce(asOf: 2022) { raw } targetInForce2024: targetInForce(asOf: 2024) { raw }
  targetHistory { origin status effectiveYear target { raw value } amendment { id proposedBy decidedBy reason document } } } } }`;
const record = (input: Record<string, unknown>, token = PLANNER) => api.gql(RECORD, { input: { source: 'plan-life test', ...input } }, token);
const rowOf = async (asOf: number, id: string, sub = false) => {
  const res = await api.gql(REVIEW, { asOf, sub });
  expect(res.errors).toBeUndefined();
  return res.data!.midTermReview.indicators.find((r: any) => r.indicator.id === id);
};
const count = async (cypher: string, params: Record<string, unknown> = {}) => (await api.db.read<{ n: number }>({ cypher, params }))[0].n;
const changesBy = () => count('MATCH (c:Change) WHERE c.by IN $names RETURN count(c) AS n', { names: NAMES });

describe('amended targets, with approval', () => {
  it('an amendment is proposed, refused to its proposer, approved by another admin; the review then judges against it, both targets visible, every step audited', async () => {
    const id = ind(22); // 100 %, binding
    expect((await record({ indicator: id, year: 2023, value: 96 })).errors).toBeUndefined();
    // Under the plan's 100 %: 96 / 100 = 0.96 → AT_RISK for a binding indicator.
    expect(await rowOf(2023, id)).toMatchObject({ status: 'AT_RISK', target: { raw: '100%', value: 100 } });

    const proposed = await api.gql(PROPOSE, { input: { indicator: id, target: '95%及以上', effectiveYear: 2023, reason: '监管对象数量翻番', document: '六盘水市市场监管局〔2023〕12号' } }, ADMIN);
    expect(proposed.errors).toBeUndefined();
    const amendment = proposed.data!.proposeAmendment.amendment;
    expect(amendment).toMatchObject({ id: 'Amendment:lps-msm-14:22:1', status: 'PROPOSED', effectiveYear: 2023, proposedBy: 'life-admin', target: { raw: '95%及以上', value: 95, comparator: 'GTE', kind: 'LEVEL' } });
    // Proposed, not yet in force.
    expect(await rowOf(2023, id)).toMatchObject({ status: 'AT_RISK', target: { raw: '100%' } });

    const own = await api.gql(DECIDE, { id: amendment.id, approve: true }, ADMIN);
    expect(code(own)).toBe('FORBIDDEN');
    expect(code(await api.gql(DECIDE, { id: amendment.id, approve: true }, PLANNER))).toBe('FORBIDDEN');
    const approved = await api.gql(DECIDE, { id: amendment.id, approve: true, comment: '同意' }, ADMIN2);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.decideAmendment.amendment).toEqual({ id: amendment.id, status: 'APPROVED', decidedBy: 'life-admin2', comment: '同意' });

    // The review as of 2023 judges 96 against ≥ 95 % → ACHIEVED, and says which target it used; 2022 still has the plan's.
    expect(await rowOf(2023, id)).toMatchObject({ status: 'ACHIEVED', target: { raw: '95%及以上', value: 95 } });
    expect((await rowOf(2022, id)).target.raw).toBe('100%');
    const history = (await api.gql(HISTORY, { id }, PLANNER)).data!.node;
    expect(history.target.raw).toBe('100%'); // as Table 1 writes it
    expect(history.targetInForce2022.raw).toBe('100%');
    expect(history.targetInForce2024.raw).toBe('95%及以上');
    expect(history.targetHistory).toEqual([
      { origin: 'PLAN', status: 'APPROVED', effectiveYear: 2021, target: { raw: '100%', value: 100 }, amendment: null },
      { origin: 'AMENDMENT', status: 'APPROVED', effectiveYear: 2023, target: { raw: '95%及以上', value: 95 }, amendment: { id: amendment.id, proposedBy: 'life-admin', decidedBy: 'life-admin2', reason: '监管对象数量翻番', document: '六盘水市市场监管局〔2023〕12号' } },
    ]);
    const trail = await api.gql(`{ history(of: "${id}") { edges { node { action by } } } }`, {}, ADMIN);
    expect(trail.data!.history.edges.map((e: any) => e.node)).toEqual(expect.arrayContaining([
      { action: 'PROPOSE_AMENDMENT', by: 'life-admin' },
      { action: 'APPROVE_AMENDMENT', by: 'life-admin2' },
    ]));

    // Approving twice: refused with its code, nothing changes.
    const before = await changesBy();
    const twice = await api.gql(DECIDE, { id: amendment.id, approve: false }, ADMIN2);
    expect(code(twice)).toBe('BAD_USER_INPUT');
    expect(await changesBy()).toBe(before);
    expect((await api.gql(HISTORY, { id }, PLANNER)).data!.node.targetHistory[1].status).toBe('APPROVED');
    // Who proposed and decided is the audit trail's: not for anonymous callers.
    expect(code(await api.gql(HISTORY, { id }))).toBe('UNAUTHENTICATED');
  });

  it('a rejected amendment changes nothing but its own status', async () => {
    const id = ind(21);
    await record({ indicator: id, year: 2023, value: 90 });
    const before = await rowOf(2023, id);
    const proposed = (await api.gql(PROPOSE, { input: { indicator: id, target: '80%', effectiveYear: 2022, reason: '试行' } }, PLANNER)).data!.proposeAmendment.amendment;
    const rejected = await api.gql(DECIDE, { id: proposed.id, approve: false, comment: '理由不足' }, ADMIN);
    expect(rejected.data!.decideAmendment.amendment).toMatchObject({ status: 'REJECTED', decidedBy: 'life-admin', comment: '理由不足' });
    expect(await rowOf(2023, id)).toEqual(before);
    const history = (await api.gql(HISTORY, { id }, PLANNER)).data!.node;
    expect(history.targetInForce2024.raw).toBe('100%');
    expect(history.targetHistory.map((e: any) => [e.origin, e.status, e.target.raw])).toEqual([['PLAN', 'APPROVED', '100%'], ['AMENDMENT', 'REJECTED', '80%']]);
  });

  it('of two admins deciding at once, one decides and the other is told it is decided', async () => {
    const proposed = (await api.gql(PROPOSE, { input: { indicator: ind('T38'), target: '2张以上', effectiveYear: 2025, reason: '并发测试' } }, PLANNER)).data!.proposeAmendment.amendment;
    const both = await Promise.all([api.gql(DECIDE, { id: proposed.id, approve: true }, ADMIN), api.gql(DECIDE, { id: proposed.id, approve: false }, ADMIN2)]);
    expect(both.filter((r) => r.data?.decideAmendment).length).toBe(1);
    expect(both.map(code).filter(Boolean)).toEqual(['BAD_USER_INPUT']);
    const decisions = await count("MATCH (c:Change {entity: $id}) WHERE c.action IN ['APPROVE_AMENDMENT', 'REJECT_AMENDMENT'] RETURN count(c) AS n", { id: ind('T38') });
    expect(decisions).toBe(1);
  });

  it('refuses an unparseable target and an effective year outside the plan period, storing nothing', async () => {
    const amendments = () => count('MATCH (:Indicator {id: $id})-[:HAS_AMENDMENT]->(a:Amendment) RETURN count(a) AS n', { id: ind(21) });
    const before = { amendments: await amendments(), changes: await changesBy() };
    const bad = [
      { indicator: ind(21), target: '进一步提高', effectiveYear: 2023, reason: 'x' },
      { indicator: ind(21), target: '98%', effectiveYear: 2026, reason: 'x' },
      { indicator: ind(21), target: '98%', effectiveYear: 2020, reason: 'x' },
      { indicator: ind(21), target: '98%', effectiveYear: 2023, reason: '  ' },
      { indicator: ind(9999), target: '98%', effectiveYear: 2023, reason: 'x' },
    ];
    for (const input of bad) expect(code(await api.gql(PROPOSE, { input }, PLANNER))).toBe('BAD_USER_INPUT');
    expect(code(await api.gql(PROPOSE, { input: { indicator: ind(21), target: '98%', effectiveYear: 2023, reason: 'x' } }, 'life-reader-token'))).toBe('FORBIDDEN');
    expect(code(await api.gql(DECIDE, { id: 'Amendment:lps-msm-14:21:99', approve: true }, ADMIN))).toBe('BAD_USER_INPUT');
    expect({ amendments: await amendments(), changes: await changesBy() }).toEqual(before);
  });
});

describe('figures with a workflow and evidence', () => {
  it("an INTEGRATOR's figure is not counted until approved; a returned one carries its comment", async () => {
    const id = ind(24); // ≥ 80 分
    const submitted = await record({ indicator: id, year: 2023, value: 85, evidence: 'https://amr.example.gov.cn/2023/survey.pdf', checksum: 'A'.repeat(64) }, INTEGRATOR);
    expect(submitted.errors).toBeUndefined();
    const figure = submitted.data!.recordMeasurement.measurement;
    expect(figure).toEqual({ id: 'Measurement:lps-msm-14:24@2023', year: 2023, value: 85, status: 'SUBMITTED', area: null, evidence: 'https://amr.example.gov.cn/2023/survey.pdf', checksum: 'a'.repeat(64), approvedBy: null, recordedBy: 'life-registry' });
    expect(await rowOf(2023, id)).toMatchObject({ status: 'NO_DATA', latest: null });
    expect(await rowOf(2023, id, true)).toMatchObject({ status: 'ACHIEVED', latest: { year: 2023, value: 85 } });
    const waiting = await api.gql(`{ submittedMeasurements(indicator: "${id}") { id status } }`, {}, PLANNER);
    expect(waiting.data!.submittedMeasurements).toEqual([{ id: figure.id, status: 'SUBMITTED' }]);
    expect(code(await api.gql(`mutation { approveMeasurement(id: "${figure.id}") { measurement { status } } }`, {}, INTEGRATOR))).toBe('FORBIDDEN');

    const approved = await api.gql(`mutation { approveMeasurement(id: "${figure.id}") { measurement { status approvedBy recordedBy } } }`, {}, PLANNER);
    expect(approved.data!.approveMeasurement.measurement).toEqual({ status: 'APPROVED', approvedBy: 'life-planner', recordedBy: 'life-registry' });
    expect(await rowOf(2023, id)).toMatchObject({ status: 'ACHIEVED', latest: { year: 2023, value: 85 } });
    // Approving twice is refused and changes nothing.
    const before = await changesBy();
    expect(code(await api.gql(`mutation { approveMeasurement(id: "${figure.id}") { measurement { status } } }`, {}, ADMIN))).toBe('BAD_USER_INPUT');
    expect(await changesBy()).toBe(before);

    const other = ind(25);
    const sent = (await record({ indicator: other, year: 2023, value: 70, evidence: '黔市监发〔2023〕5号' }, INTEGRATOR)).data!.recordMeasurement.measurement;
    const returned = await api.gql(`mutation { returnMeasurement(id: "${sent.id}", comment: "样本量不足,请补充调查表") { measurement { status returnedBy comment evidence } } }`, {}, ADMIN);
    expect(returned.data!.returnMeasurement.measurement).toEqual({ status: 'RETURNED', returnedBy: 'life-admin', comment: '样本量不足,请补充调查表', evidence: '黔市监发〔2023〕5号' });
    expect(await rowOf(2023, other, true)).toMatchObject({ status: 'NO_DATA' });
    const listed = await api.gql(`{ node(id: "${other}") { ... on Indicator { measurements { status comment } } } }`);
    expect(listed.data!.node.measurements).toEqual([{ status: 'RETURNED', comment: '样本量不足,请补充调查表' }]);
    const trail = await api.gql(`{ history(of: "${id}") { edges { node { action by } } } }`, {}, ADMIN);
    expect(trail.data!.history.edges.map((e: any) => e.node.action)).toEqual(expect.arrayContaining(['SUBMIT_MEASUREMENT', 'APPROVE_MEASUREMENT']));
  });

  it('county figures roll up to the city by the indicator rule: SUM for 42, SEPARATE for T37', async () => {
    const AREAS = ['六枝特区', '盘州市', '水城县', '钟山区', '六盘水高新区'];
    const set = `mutation($input: SetIndicatorAreasInput!) { setIndicatorAreas(input: $input) { indicator { areas areaRollUp } } }`;
    expect((await api.gql(set, { input: { indicator: ind(42), areas: AREAS, rollUp: 'SUM' } }, PLANNER)).data!.setIndicatorAreas.indicator).toEqual({ areas: AREAS, areaRollUp: 'SUM' });
    await api.gql(set, { input: { indicator: ind('T37'), areas: AREAS.slice(0, 3), rollUp: 'SEPARATE' } }, PLANNER);
    for (const [area, value] of [['六枝特区', 90], ['盘州市', 160], ['水城县', 110], ['钟山区', 150]] as const) {
      expect((await record({ indicator: ind(42), year: 2024, value, area })).errors).toBeUndefined();
    }
    for (const [area, value] of [['六枝特区', 1], ['盘州市', 0]] as const) await record({ indicator: ind('T37'), year: 2024, value, area });
    // 90 + 160 + 110 + 150 = 510 certificates; 六盘水高新区 has not reported.
    const years = await api.gql(`{ a: node(id: "${ind(42)}") { ... on Indicator { areaYears { year value from missingAreas figures { area value } } } }
      b: node(id: "${ind('T37')}") { ... on Indicator { areaYears { year value from missingAreas figures { area value } } } } }`);
    expect(years.data!.a.areaYears).toEqual([{ year: 2024, value: 510, from: 'AREAS', missingAreas: ['六盘水高新区'], figures: [{ area: '六枝特区', value: 90 }, { area: '盘州市', value: 160 }, { area: '水城县', value: 110 }, { area: '钟山区', value: 150 }] }]);
    expect(years.data!.b.areaYears).toEqual([{ year: 2024, value: null, from: null, missingAreas: ['水城县'], figures: [{ area: '六枝特区', value: 1 }, { area: '盘州市', value: 0 }] }]);
    // The review reads the rolled-up city value: 510 against 530张以上.
    expect(await rowOf(2024, ind(42))).toMatchObject({ latest: { year: 2024, value: 510 } });
    // A city-wide figure, once recorded, is the city value.
    await record({ indicator: ind(42), year: 2024, value: 540 });
    expect(await rowOf(2024, ind(42))).toMatchObject({ status: 'ACHIEVED', latest: { year: 2024, value: 540 } });
  });

  it('refuses evidence that is not a URL or document number, a file URL without checksum, and an area the indicator has not, storing nothing', async () => {
    const figures = () => count('MATCH (m:Measurement) WHERE m.indicatorId IN $ids RETURN count(m) AS n', { ids: [ind(25), ind('T37')] });
    const before = { figures: await figures(), changes: await changesBy() };
    const bad = [
      { indicator: ind(25), year: 2024, value: 1, evidence: '见附件表格' },
      { indicator: ind(25), year: 2024, value: 1, evidence: 'ftp://files.example.cn/a.xlsx' },
      { indicator: ind(25), year: 2024, value: 1, evidence: 'https://amr.example.gov.cn/2024/figures.xlsx' },
      { indicator: ind(25), year: 2024, value: 1, evidence: 'https://amr.example.gov.cn/2024/figures.xlsx', checksum: 'abc' },
      { indicator: ind(25), year: 2024, value: 1, evidence: '黔市监发〔2023〕5号', checksum: 'b'.repeat(64) },
      { indicator: ind(25), year: 2024, value: 1, area: '盘州市' },
      { indicator: ind('T37'), year: 2024, value: 1, area: '钟山区' },
    ];
    for (const input of bad) expect(code(await record(input))).toBe('BAD_USER_INPUT');
    expect({ figures: await figures(), changes: await changesBy() }).toEqual(before);
  });
});

describe('early warnings', () => {
  it('flags a binding rate falling behind with the hand-computed projection, and not a growth target on track', async () => {
    // 27 (100 %, binding, no baseline): 90, 92, 93 in 2021–2023. Least squares: mean year 2022, mean 91.667, slope 3 / 2 = 1.5;
    // at 2025: 91.667 + 1.5 × 3 = 96.1667, short of 100 by 3.8333.
    for (const [year, value] of [[2021, 90], [2022, 92], [2023, 93]]) await record({ indicator: ind(27), year, value });
    // 44 (商标注册量年增长 10 %, baseline 12 022 in 2020): 13 300, 14 700, 16 200 → (16 200 / 12 022)^(1/3) − 1 = 10.46 % a year: on track.
    for (const [year, value] of [[2021, 13300], [2022, 14700], [2023, 16200]]) await record({ indicator: ind(44), year, value });
    const res = await api.gql(`{ warnings(asOf: 2023, plan: "Plan:lps-msm-14") { indicator { id } binding projected shortfall required method target { raw } targetYear basis { year value } } }`);
    expect(res.errors).toBeUndefined();
    const list = res.data!.warnings;
    const w27 = list.find((w: any) => w.indicator.id === ind(27));
    expect(w27).toMatchObject({ binding: true, method: 'LINEAR', required: 100, target: { raw: '100%' }, targetYear: 2025, basis: [{ year: 2021, value: 90 }, { year: 2022, value: 92 }, { year: 2023, value: 93 }] });
    expect(w27.projected).toBeCloseTo(96.1667, 4);
    expect(w27.shortfall).toBeCloseTo(3.8333, 4);
    expect(list.find((w: any) => w.indicator.id === ind(44))).toBeUndefined();
    // Binding first.
    const flags = list.map((w: any) => w.binding);
    expect(flags).toEqual([...flags].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
    // 22's amended target (≥ 95 % from 2023) is what its figure is projected against: 96 alone is one figure, no trend, no warning.
    expect(list.find((w: any) => w.indicator.id === ind(22))).toBeUndefined();
    expect(code(await api.gql('{ warnings(asOf: 1999) { binding } }'))).toBe('BAD_USER_INPUT');
    expect(code(await api.gql('{ warnings(asOf: 2023, plan: "Plan:nowhere") { binding } }'))).toBe('BAD_USER_INPUT');
  });
});

describe('the final review', () => {
  it('judges the end year against the target in force, binding misses first, with amendment history and roll-ups', async () => {
    await record({ indicator: ind(27), year: 2025, value: 97 }); // binding, 100 % → MISSED
    await record({ indicator: ind(22), year: 2025, value: 96 }); // binding, amended to ≥ 95 % → ACHIEVED
    await record({ indicator: ind(44), year: 2025, value: 19000 }); // (19 000 / 12 022)^(1/5) − 1 = 9.59 % < 10 % → MISSED
    const res = await api.gql(`{ finalReview(plan: "Plan:lps-msm-14") { endYear method plan { id }
      indicators { indicator { id attribute } outcome target { raw } latest { year value } growth targetHistory { origin status target { raw } } }
      outcomeCounts { outcome count } bindingOutcomeCounts { outcome count } amendments { id status target { raw } }
      byGoal { goal { code } indicators { indicator { id attribute } outcome } outcomeCounts { outcome count } }
      byAgency { agency { id } indicators { indicator { id } } } } }`);
    expect(res.errors).toBeUndefined();
    const review = res.data!.finalReview;
    expect(review).toMatchObject({ endYear: 2025, plan: { id: 'Plan:lps-msm-14' } });
    expect(review.indicators).toHaveLength(47);
    const row = (id: string) => review.indicators.find((r: any) => r.indicator.id === id);
    expect(row(ind(27))).toMatchObject({ outcome: 'MISSED', target: { raw: '100%' }, latest: { year: 2025, value: 97 } });
    expect(row(ind(22))).toMatchObject({ outcome: 'ACHIEVED', target: { raw: '95%及以上' }, latest: { year: 2025, value: 96 } });
    expect(row(ind(22)).targetHistory).toEqual([{ origin: 'PLAN', status: 'APPROVED', target: { raw: '100%' } }, { origin: 'AMENDMENT', status: 'APPROVED', target: { raw: '95%及以上' } }]);
    expect(row(ind(44)).outcome).toBe('MISSED');
    expect(row(ind(44)).growth).toBeCloseTo(((19000 / 12022) ** (1 / 5) - 1) * 100, 6);
    expect(review.amendments).toEqual(expect.arrayContaining([{ id: 'Amendment:lps-msm-14:22:1', status: 'APPROVED', target: { raw: '95%及以上' } }]));
    expect(review.amendments.map((a: any) => a.status)).not.toContain('REJECTED');
    // Binding misses first, then other misses.
    const rank = (r: any) => (r.outcome === 'MISSED' ? (r.indicator.attribute === 'BINDING' ? 0 : 1) : r.outcome === 'NO_DATA' ? 2 : 3);
    const ranks = review.indicators.map(rank);
    expect(ranks).toEqual([...ranks].sort((a: number, b: number) => a - b));
    expect(rank(review.indicators[0])).toBe(0);
    const total = (cs: any[]) => cs.reduce((s, c) => s + c.count, 0);
    expect(total(review.outcomeCounts)).toBe(47);
    expect(total(review.bindingOutcomeCounts)).toBe(24);
    for (const g of review.byGoal) {
      const goalRanks = g.indicators.map(rank);
      expect(goalRanks).toEqual([...goalRanks].sort((a: number, b: number) => a - b));
    }
    expect(review.byGoal.some((g: any) => g.indicators.some((r: any) => r.indicator.id === ind(27)))).toBe(true);
    expect(review.byAgency.find((a: any) => a.agency.id === 'Agency:lps-amr-system').indicators).toEqual([{ indicator: { id: ind(47) } }]);
    expect(code(await api.gql('{ finalReview(plan: "Plan:nowhere") { endYear } }'))).toBe('BAD_USER_INPUT');
  });

  it('is served as a page at /reports/final-review, next to the mid-term review', async () => {
    const page = await fetch(`${api.url}/reports/final-review?plan=lps-msm-14`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('终期评估 Final review · 2025');
    expect(html).toContain('Amendment:lps-msm-14:22:1');
    expect(html).toContain('95%及以上 (规划原目标 plan: 100%)');
    expect((await fetch(`${api.url}/reports/final-review`)).status).toBe(400);
  });

  it('is written by the CLI, npm run report -- --final --plan lps-msm-14, as Markdown and HTML', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-final-'));
    try {
      const { stdout } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/report.ts', '--final', '--plan', 'lps-msm-14', '--out', dir], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent' }, timeout: 120_000 });
      expect(stdout).toContain('47 indicators');
      const markdown = readFileSync(path.join(dir, 'final-review-lps-msm-14.md'), 'utf8');
      expect(markdown).toContain('# 终期评估 Final review of');
      expect(markdown).toMatch(/\| Amendment:lps-msm-14:22:1 \| 95%及以上 \| 2023 \|/);
      expect(readFileSync(path.join(dir, 'final-review-lps-msm-14.html'), 'utf8')).toContain('终期评估 Final review · 2025');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
