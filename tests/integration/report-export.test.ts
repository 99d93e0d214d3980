import ExcelJS from 'exceljs';
import { statusName } from '../../src/review/report.render';
import { NO_OWNER, REVIEW_COLUMNS, REVIEW_HEADERS, SHEETS } from '../../src/review/xlsx';
import { startTestApi, TEST_TOKENS, type TestApi } from '../support/api';

const TOKEN = 'xlsx-token';
const kindCode = (text: string) => (text.includes('ceiling') ? 'LEVEL' : text.split(' ').pop()!.toUpperCase().replace('YEARLY', 'ANNUAL'));
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
    expect(book.worksheets.map((s) => s.name)).toEqual([SHEETS.about, SHEETS.review, SHEETS.byGoal, SHEETS.byAgency, SHEETS.counts]);
    // Headers are Chinese with English beside; read back by the column's key.
    const keyOf = (h: string) => REVIEW_COLUMNS.find((c) => c.header === h)?.key ?? ({ '目标 goal': 'goal', '单位 agency': 'agency', '状态 status': 'status', '全部 all': 'all', '约束性 binding': 'binding' } as Record<string, string>)[h] ?? h;
    const rows = (name: string) => {
      const values: Record<string, unknown>[] = [];
      const sheet = book.getWorksheet(name)!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        const cells = (row.values as unknown[]).slice(1);
        values.push(Object.fromEntries(header.map((h, i) => [keyOf(h), cells[i] ?? null])));
      });
      return { header, values, sheet };
    };
    const review = await api.gql(`{ midTermReview(asOf: 2023) { indicators { indicator { number code name attribute target { raw kind } } status latest { year value } expected }
      byGoal { goal { code } indicators { indicator { number } status } } statusCounts { status count } bindingStatusCounts { status count } } }`);
    const r = review.data!.midTermReview;
    const all = rows(SHEETS.review);
    expect(all.header).toEqual(REVIEW_HEADERS);
    for (const h of all.header) expect(h).toMatch(/^[\u4e00-\u9fff]+ [A-Za-z]/); // 中文 English, no code names
    for (const code of ['nameEn', 'targetKind', 'syntheticDemo']) expect(all.header).not.toContain(code);
    expect(all.values).toHaveLength(47);
    expect(all.values.map((v) => [v.number, v.code, v.name, (v.attribute as string).includes('binding') ? 'BINDING' : (v.attribute as string).includes('expected') ? 'EXPECTED' : v.attribute, v.target, kindCode(v.targetKind as string), v.latest, v.latestYear, v.status])).toEqual(
      r.indicators.map((i: any) => [i.indicator.number, i.indicator.code, i.indicator.name, i.indicator.attribute, i.indicator.target.raw, i.indicator.target.kind, i.latest?.value ?? null, i.latest?.year ?? null, statusName(i.status)]),
    );
    for (const [k, v] of all.values.entries()) {
      const expected = r.indicators[k].expected;
      if (expected === null) expect(v.expected).toBeNull();
      else expect(v.expected as number).toBeCloseTo(expected, 2);
    }
    expect(all.values.find((v) => v.number === 5)!.status).toBe(statusName('ACHIEVED'));
    // Figures carry a number format: whole numbers with separators, decimals to two places; units are a column.
    const latestCol = REVIEW_HEADERS.indexOf(REVIEW_COLUMNS.find((c) => c.key === 'latest')!.header) + 1;
    const formats = new Set<string>();
    all.sheet.eachRow((row, n) => {
      const cell = row.getCell(latestCol);
      if (n > 1 && typeof cell.value === 'number') formats.add(cell.numFmt);
    });
    expect(formats.size).toBeGreaterThan(0);
    for (const f of formats) expect(['#,##0', '#,##0.00']).toContain(f);
    expect(all.values.filter((v) => v.unit).length).toBeGreaterThan(30);
    const byGoal = rows(SHEETS.byGoal);
    expect(byGoal.values.map((v) => [v.goal, v.number, v.status])).toEqual(r.byGoal.flatMap((g: any) => g.indicators.map((i: any) => [g.goal.code, i.indicator.number, statusName(i.status)])));
    // By agency covers every indicator: under each owner or likely owner, or under 未明确.
    const byAgency = rows(SHEETS.byAgency);
    const covered = new Set(byAgency.values.map((v) => v.number));
    expect([...covered].sort((a, b) => (a as number) - (b as number))).toEqual(r.indicators.map((i: any) => i.indicator.number).sort((a: number, b: number) => a - b));
    for (const v of byAgency.values) if (v.agency === NO_OWNER) expect(v.owner).toBeNull();
    for (const v of byAgency.values) if (v.agency !== NO_OWNER) expect(String(v.owner).split('、')).toContain(v.agency);
    console.log(`spreadsheet: ${all.values.length} indicators; by agency ${byAgency.values.length} rows under ${new Set(byAgency.values.map((v) => v.agency)).size} agencies (${byAgency.values.filter((v) => v.agency === NO_OWNER).length} under ${NO_OWNER})`);
    const counts = rows(SHEETS.counts);
    expect(counts.values.map((v) => [v.status, v.all, v.binding])).toEqual(
      r.statusCounts.map((c: any) => [statusName(c.status), c.count, r.bindingStatusCounts.find((b: any) => b.status === c.status).count]),
    );
  });

  it('refuses a bad year with BAD_USER_INPUT, as the page does', async () => {
    const res = await fetch(`${api.url}/reports/mid-term-review.xlsx?asOf=abc`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
