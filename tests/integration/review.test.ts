import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
const WRITER = 'planner-token'; // PLANNER, named planner-bot: this test's measurements are removed after
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.db.write({ cypher: "MATCH (m:Measurement {recordedBy: 'planner-bot'}) OPTIONAL MATCH (m)-[:REPLACED]->(r) DETACH DELETE m, r" });
  await api.db.write({ cypher: "MATCH (c:Change {by: 'planner-bot'}) DELETE c" });
  await api.close();
});

const RECORD = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { measurement { year value source recordedBy indicator { number } } } }`;
const REVIEW = `query($asOf: Int!) { midTermReview(asOf: $asOf) { asOf indicators { indicator { number attribute } status latest { year value } expected }
  byGoal { goal { code } indicators { indicator { number attribute } } bindingStatusCounts { status count } } byAgency { agency { id } indicators { indicator { number } } } } }`;
const record = (number: number, year: number, value: number) =>
  api.gql(RECORD, { input: { indicator: `Indicator:lps-msm-14:${number}`, year, value, source: 'review test' } }, WRITER);
const statusOf = (review: any, number: number) => review.indicators.find((r: any) => r.indicator.number === number);

describe('the mid-term review', () => {
  it('after 2023 figures, statuses equal the hand-computed ones for ≥, ≤, 100 %, annual and growth targets', async () => {
    for (const [n, year, value] of [[30, 2023, 95.0], [36, 2023, 3.3], [5, 2023, 100], [28, 2023, 36], [43, 2022, 60], [43, 2023, 66], [19, 2023, 97]] as const) {
      const res = await record(n, year, value);
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordMeasurement.measurement).toMatchObject({ year, value, recordedBy: 'planner-bot', indicator: { number: n } });
    }
    const res = await api.gql(REVIEW, { asOf: 2023 });
    expect(res.errors).toBeUndefined();
    const review = res.data!.midTermReview;
    // 30, ≥ 96 %, binding, baseline 94.1 (2020): expected 94.1 + 1.9 × 3/5 = 95.24; progress 0.9 / 1.14 = 0.79 → AT_RISK (binding needs 1).
    expect(statusOf(review, 30)).toMatchObject({ status: 'AT_RISK', latest: { year: 2023, value: 95 } });
    expect(statusOf(review, 30).expected).toBeCloseTo(95.24);
    // 36, ≤ 3 %, binding, no baseline: 3 / 3.3 = 0.91 → AT_RISK.
    expect(statusOf(review, 36).status).toBe('AT_RISK');
    // 5, 100 %, binding: 100 meets it → ACHIEVED.
    expect(statusOf(review, 5).status).toBe('ACHIEVED');
    // 28, 每年40批, binding: 36 / 40 = 0.9 → AT_RISK.
    expect(statusOf(review, 28).status).toBe('AT_RISK');
    // 43, 年增长5%, expected: 60 → 66 is 10 % growth, ratio 2 → ON_TRACK.
    expect(statusOf(review, 43).status).toBe('ON_TRACK');
    // 19, ≥ 98 %, binding, baseline 98.33 already met it: 97 / 98 = 0.99 → AT_RISK.
    expect(statusOf(review, 19).status).toBe('AT_RISK');
    // An indicator with nothing recorded.
    expect(statusOf(review, 2)).toMatchObject({ status: 'NO_DATA', latest: null });
    // Roll-ups: binding first in every goal.
    for (const g of review.byGoal) {
      const attrs = g.indicators.map((r: any) => r.indicator.attribute);
      expect(attrs).toEqual([...attrs].sort((a: string, b: string) => (a === b ? 0 : a === 'BINDING' ? -1 : 1)));
    }
    expect(review.byAgency.find((a: any) => a.agency.id === 'Agency:lps-amr-system').indicators.map((r: any) => r.indicator.number)).toEqual([47]);
  });

  it('reviews one plan when asked, and refuses a plan that does not exist', async () => {
    const one = await api.gql('{ midTermReview(asOf: 2023, plan: "Plan:lps-msm-14") { indicators { indicator { id } } } }');
    expect(one.data!.midTermReview.indicators).toHaveLength(47);
    expect((await api.gql('{ midTermReview(asOf: 2023, plan: "Plan:nowhere") { asOf } }')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('midTermReview(asOf: 2021) never sees a 2023 figure', async () => {
    await record(30, 2023, 95.0);
    const res = await api.gql(REVIEW, { asOf: 2021 });
    for (const r of res.data!.midTermReview.indicators) if (r.latest) expect(r.latest.year).toBeLessThanOrEqual(2021);
    expect(statusOf(res.data!.midTermReview, 30)).toMatchObject({ status: 'NO_DATA', latest: { year: 2020, value: 94.1 } });
  });

  it('recording a year again replaces the value and keeps the old one in the history', async () => {
    await record(29, 2023, 90);
    await record(29, 2023, 92);
    const res = await api.gql(`{ node(id: "Indicator:lps-msm-14:29") { ... on Indicator { measurements { year value } measurementRevisions { year value replacedBy } } } }`, undefined, 'analyst-token');
    expect(res.data!.node.measurements).toEqual([{ year: 2023, value: 92 }]);
    expect(res.data!.node.measurementRevisions[0]).toEqual({ year: 2023, value: 90, replacedBy: 'planner-bot' });
  });
});

describe('writes are guarded', () => {
  // This file's own figures: other test files record figures into the same database at the same time.
  const countMeasurements = async () => (await api.db.read<{ n: number }>({ cypher: "MATCH (m:Measurement {recordedBy: 'planner-bot'}) RETURN count(m) AS n" }))[0].n;

  it('no token → UNAUTHENTICATED, READER → FORBIDDEN, unknown indicator → BAD_USER_INPUT; nothing stored', async () => {
    const before = await countMeasurements();
    const input = { indicator: 'Indicator:lps-msm-14:12', year: 2023, value: 100, source: 'x' };
    expect((await api.gql(RECORD, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(RECORD, { input }, 'reader-token')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(RECORD, { input }, 'not-a-token')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(RECORD, { input: { ...input, indicator: 'Indicator:lps-msm-14:999' } }, WRITER)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(RECORD, { input: { ...input, year: 1066 } }, WRITER)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await countMeasurements()).toBe(before);
  });

  it('a CSV with one bad row among a hundred is refused whole, naming the line', async () => {
    const before = await countMeasurements();
    const lines = ['indicator,year,value,source'];
    for (let i = 0; i < 100; i++) lines.push(`${(i % 47) + 1},${2021 + Math.floor(i / 47)},${50 + i},csv test`);
    lines[58] = '12,2022,not-a-number,csv test';
    const res = await api.gql('mutation($csv: String!) { importMeasurementsCsv(csv: $csv) { created replaced } }', { csv: lines.join('\n') }, WRITER);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('line 59');
    expect(await countMeasurements()).toBe(before);
    const good = await api.gql('mutation($csv: String!) { importMeasurementsCsv(csv: $csv) { created replaced } }', { csv: 'indicator,year,value,source\n12,2022,99,csv test\nIndicator:lps-msm-14:13,2022,60,csv test' }, WRITER);
    expect(good.data!.importMeasurementsCsv).toEqual({ created: 2, replaced: 0 });
  });

  it('assigning and removing an owner needs PLANNER, and is idempotent', async () => {
    const assign = 'mutation { assignIndicatorOwner(indicator: "Indicator:lps-msm-14:12", agency: "Agency:lps-amr") { indicator { ownedBy { id } } } }';
    expect((await api.gql(assign, {}, 'reader-token')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await api.gql(assign, {}, WRITER);
    const twice = await api.gql(assign, {}, WRITER);
    expect(twice.data!.assignIndicatorOwner.indicator.ownedBy).toEqual([{ id: 'Agency:lps-amr' }]);
    const removed = await api.gql('mutation { removeIndicatorOwner(indicator: "Indicator:lps-msm-14:12", agency: "Agency:lps-amr") { indicator { ownedBy { id } } } }', {}, WRITER);
    expect(removed.data!.removeIndicatorOwner.indicator.ownedBy).toEqual([]);
  });
});

describe('the report to hand round', () => {
  it('serves the review as an HTML page that headless Chromium renders to a non-blank screenshot', async () => {
    const res = await fetch(`${api.url}/reports/mid-term-review?asOf=2023`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<canvas');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script[^>]+src=/); // self-contained
    const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
    if (!chromium) {
      if (process.env.PLANGRAPH_REQUIRE_CHROMIUM) throw new Error('Chromium is required here (apt-get install chromium)');
      console.warn('Chromium not installed: the screenshot check is skipped (CI installs it)');
      return;
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-shot-'));
    const shot = path.join(dir, 'review.png');
    // Asynchronously: the API answering Chromium runs in this very process.
    await promisify(execFile)(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--user-data-dir=${dir}/profile`, '--window-size=1200,1600', `--screenshot=${shot}`, `${api.url}/reports/mid-term-review?asOf=2023`], { timeout: 60_000 });
    const png = PNG.sync.read(readFileSync(shot));
    rmSync(dir, { recursive: true, force: true });
    const colours = new Set<number>();
    let nonWhite = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      colours.add((r << 16) | (g << 8) | b);
      if (r < 240 || g < 240 || b < 240) nonWhite++;
    }
    expect(colours.size).toBeGreaterThan(50);
    expect(nonWhite / (png.width * png.height)).toBeGreaterThan(0.05);
  });

  it('refuses a bad asOf with BAD_USER_INPUT', async () => {
    const res = await fetch(`${api.url}/reports/mid-term-review?asOf=abc`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
