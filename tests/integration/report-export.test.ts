import ExcelJS from 'exceljs';
import { REVIEW_COLUMNS } from '../../src/review/xlsx';
import { startTestApi, TEST_TOKENS, type TestApi } from '../support/api';

const TOKEN = 'xlsx-token';
const WHO = 'xlsx-test';
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ API_TOKENS: `${TEST_TOKENS},${TOKEN}:PLANNER:${WHO}` });
  for (const [n, year, value] of [[30, 2023, 95], [5, 2023, 100], [43, 2022, 60], [43, 2023, 66]]) {
    await api.gql('mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { measurement { year } } }', { input: { indicator: `Indicator:lps-msm-14:${n}`, year, value, source: 'xlsx test' } }, TOKEN);
  }
});
afterAll(async () => {
  await api.db.write({ cypher: 'MATCH (m:Measurement {recordedBy: $by}) OPTIONAL MATCH (m)-[:REPLACED]->(r) DETACH DELETE m, r', params: { by: WHO } });
  await api.db.write({ cypher: 'MATCH (c:Change {by: $by}) DELETE c', params: { by: WHO } });
  await api.close();
});

describe('the review as a spreadsheet', () => {
  it('serves an .xlsx whose rows, read back by exceljs, match the review row for row', async () => {
    const res = await fetch(`${api.url}/reports/mid-term-review.xlsx?asOf=2023`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('mid-term-review-2023.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Review', 'By goal', 'By agency', 'Status counts']);
    const rows = (name: string) => {
      const values: Record<string, unknown>[] = [];
      const sheet = book.getWorksheet(name)!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        const cells = (row.values as unknown[]).slice(1);
        values.push(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? null])));
      });
      return { header, values };
    };
    const review = await api.gql(`{ midTermReview(asOf: 2023) { indicators { indicator { number code name attribute target { raw kind } } status latest { year value } expected }
      byGoal { goal { code } indicators { indicator { number } status } } statusCounts { status count } bindingStatusCounts { status count } } }`);
    const r = review.data!.midTermReview;
    const all = rows('Review');
    expect(all.header).toEqual([...REVIEW_COLUMNS]);
    expect(all.values).toHaveLength(47);
    expect(all.values.map((v) => [v.number, v.code, v.name, v.attribute, v.target, v.targetKind, v.latest, v.latestYear, v.status])).toEqual(
      r.indicators.map((i: any) => [i.indicator.number, i.indicator.code, i.indicator.name, i.indicator.attribute, i.indicator.target.raw, i.indicator.target.kind, i.latest?.value ?? null, i.latest?.year ?? null, i.status]),
    );
    for (const [k, v] of all.values.entries()) {
      const expected = r.indicators[k].expected;
      if (expected === null) expect(v.expected).toBeNull();
      else expect(v.expected as number).toBeCloseTo(expected, 2);
    }
    expect(all.values.find((v) => v.number === 5)!.status).toBe('ACHIEVED');
    const byGoal = rows('By goal');
    expect(byGoal.values.map((v) => [v.goal, v.number, v.status])).toEqual(r.byGoal.flatMap((g: any) => g.indicators.map((i: any) => [g.goal.code, i.indicator.number, i.status])));
    const counts = rows('Status counts');
    expect(counts.values.map((v) => [v.status, v.all, v.binding])).toEqual(
      r.statusCounts.map((c: any) => [c.status, c.count, r.bindingStatusCounts.find((b: any) => b.status === c.status).count]),
    );
  });

  it('refuses a bad year with BAD_USER_INPUT, as the page does', async () => {
    const res = await fetch(`${api.url}/reports/mid-term-review.xlsx?asOf=abc`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
