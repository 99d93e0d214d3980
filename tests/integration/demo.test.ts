import { DEMO_RECORDER, DEMO_SOURCE, implausible, recordDemoFigures, removeDemoFigures } from '../../src/demo/demo';
import type { IndicatorModel } from '../../src/indicator/indicator.model';
import { toNodeModel } from '../../src/node/node.model';
import { startTestApi, TEST_TOKENS, type TestApi } from '../support/api';

const TOKEN = 'demo-test-token';
const WHO = 'demo-test';
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ API_TOKENS: `${TEST_TOKENS},${TOKEN}:PLANNER:${WHO}` });
});
afterAll(async () => {
  await removeDemoFigures(api.db);
  await api.db.write({ cypher: 'MATCH (m:Measurement {recordedBy: $by}) OPTIONAL MATCH (m)-[:REPLACED]->(r) DETACH DELETE m, r', params: { by: WHO } });
  await api.db.write({ cypher: 'MATCH (c:Change) WHERE c.by IN [$by, $demo] DELETE c', params: { by: WHO, demo: DEMO_RECORDER } });
  await api.close();
});

describe('npm run demo', () => {
  it('records figures labelled "synthetic demo" so every status shows, never touching a real figure, and removes only its own', async () => {
    const before = await api.db.read<{ n: number }>({ cypher: 'MATCH (m:Measurement {source: $s}) RETURN count(m) AS n', params: { s: DEMO_SOURCE } });
    expect(before[0].n).toBe(0); // off by default: nothing synthetic until asked
    // A real figure the demo must leave alone.
    const recorded = await api.gql('mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { measurement { year } } }', { input: { indicator: 'Indicator:lps-msm-14:1', year: 2022, value: 23.5, source: 'statistics bureau' } }, TOKEN);
    expect(recorded.errors).toBeUndefined();

    const result = await recordDemoFigures(api.db);
    expect(result.recorded).toBeGreaterThan(60);
    expect(result.skipped).toEqual(['Indicator:lps-msm-14:1']);
    const review = await api.gql('{ midTermReview(asOf: 2023) { statusCounts { status count } } }');
    const counts = Object.fromEntries(review.data!.midTermReview.statusCounts.map((c: { status: string; count: number }) => [c.status, c.count]));
    for (const status of ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA']) expect(counts[status]).toBeGreaterThan(0);

    const figures = await api.gql('{ node(id: "Indicator:lps-msm-14:2") { ... on Indicator { measurements { year source recordedBy } } } }', {}, TOKEN); // recordedBy needs a token
    for (const m of figures.data!.node.measurements) expect(m).toMatchObject({ source: DEMO_SOURCE, recordedBy: DEMO_RECORDER });
    const real = await api.gql('{ node(id: "Indicator:lps-msm-14:1") { ... on Indicator { measurements { year value source } } } }');
    expect(real.data!.node.measurements).toEqual([{ year: 2022, value: 23.5, source: 'statistics bureau' }]);

    // Over the seed: every indicator's demo series is believable and lies in its plan's period.
    const seeded = await api.db.read<{ labels: string[]; props: Record<string, unknown>; start: number; end: number; figures: { year: number; value: number }[] }>({
      cypher: `MATCH (i:Indicator)-[:HAS_MEASUREMENT]->(m:Measurement {source: $s}) MATCH (p:Plan {key: i.planId})
               WITH i, p, m ORDER BY m.year RETURN labels(i) AS labels, properties(i) AS props, p.periodStart AS start, p.periodEnd AS end, collect({year: m.year, value: m.value}) AS figures`,
      params: { s: DEMO_SOURCE },
    });
    expect(seeded.length).toBe(result.indicators);
    const problems = seeded.flatMap((row) => {
      const indicator = toNodeModel(row.labels, row.props) as IndicatorModel;
      const outside = row.figures.filter((f) => f.year < row.start || f.year > row.end).map((f) => `${f.year} outside ${row.start}–${row.end}`);
      return [...implausible(indicator, row.figures), ...outside].map((p) => `${indicator.number ?? indicator.code} ${indicator.name}: ${p}`);
    });
    expect(problems).toEqual([]);
    const trademarks = seeded.find((row) => row.props.number === 44);
    if (trademarks) console.log(`indicator 44 (商标注册量, baseline ${trademarks.props.baselineValue} in ${trademarks.props.baselineYear}): ${trademarks.figures.map((f) => `${f.year} ${f.value}`).join(', ')}`);
    console.log(`demo: ${result.recorded} figures for ${result.indicators} indicators, ${JSON.stringify(result.statuses)}; ${result.outOfPeriod} outside their plan's period`);

    // Every report says so.
    const html = await (await fetch(`${api.url}/reports/mid-term-review?asOf=2023`)).text();
    expect(html).toContain(`synthetic demo figures (source “${DEMO_SOURCE}”)`);
    const final = await (await fetch(`${api.url}/reports/final-review?plan=lps-msm-14`)).text();
    expect(final).toContain('SYNTHETIC DEMO DATA');
    expect(final).toMatch(/no 2025 figure: judged from 2023/);

    expect(await removeDemoFigures(api.db)).toBe(result.recorded);
    const after = await api.gql('{ node(id: "Indicator:lps-msm-14:1") { ... on Indicator { measurements { year source } } } }');
    expect(after.data!.node.measurements).toEqual([{ year: 2022, source: 'statistics bureau' }]);
  });
});
