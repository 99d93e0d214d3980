/** `npm run report -- --as-of 2023 [--plan lps-msm-14] [--out reports]`: writes the mid-term review as Markdown, self-contained HTML and an .xlsx of its tables. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildReportData } from '../review/report.data';
import { renderReviewHtml, renderReviewMarkdown } from '../review/report.render';
import { isReviewYear } from '../review/years';
import { renderReviewXlsx } from '../review/xlsx';
import { cliContext } from './context';
import { runCli } from './run';

async function run(): Promise<number> {
  const { values } = parseArgs({ options: { 'as-of': { type: 'string' }, plan: { type: 'string' }, out: { type: 'string', default: 'reports' } } });
  const asOf = Number(values['as-of']);
  if (!isReviewYear(asOf)) {
    console.error('usage: npm run report -- --as-of <year> [--out <dir>]');
    return 2;
  }
  const { ctx, database } = await cliContext({ token: '', role: 'READER', name: 'report-cli' });
  try {
    console.log(`building the review as of ${asOf} from ${database.uri}…`);
    const data = await buildReportData(ctx, asOf, values.plan ?? null);
    const dir = path.resolve(values.out!);
    mkdirSync(dir, { recursive: true });
    const base = path.join(dir, `mid-term-review-${asOf}`);
    writeFileSync(`${base}.md`, renderReviewMarkdown(data));
    writeFileSync(`${base}.html`, await renderReviewHtml(data));
    writeFileSync(`${base}.xlsx`, await renderReviewXlsx(data));
    console.log(`wrote ${base}.md, ${base}.html and ${base}.xlsx (${data.review.indicators.length} indicators, ${data.review.byGoal.length} goals, ${data.impacts.length} impact pictures)`);
  } finally {
    await database.close();
  }
  return 0;
}

runCli('report', run);
