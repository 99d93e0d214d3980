/**
 * `npm run report -- --as-of 2023 [--plan lps-msm-14] [--out reports]`: writes the mid-term review as Markdown,
 * self-contained HTML and an .xlsx of its tables; `npm run report -- --final --plan lps-msm-14`: the plan's final review, beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildFinalReportData } from '../final/final.data';
import { renderFinalHtml, renderFinalMarkdown } from '../final/final.render';
import { ownerCells } from '../ownership/owners';
import { buildReportData } from '../review/report.data';
import { renderReviewHtml, renderReviewMarkdown } from '../review/report.render';
import { isReviewYear } from '../review/years';
import { renderReviewXlsx } from '../review/xlsx';
import { cliContext } from './context';
import { runCli } from './run';

async function run(): Promise<number> {
  const { values } = parseArgs({ options: { 'as-of': { type: 'string' }, plan: { type: 'string' }, final: { type: 'boolean', default: false }, out: { type: 'string', default: 'reports' } } });
  const asOf = Number(values['as-of']);
  if (values.final ? !values.plan : !isReviewYear(asOf)) {
    console.error('usage: npm run report -- --as-of <year> [--plan <key>] [--out <dir>]\n       npm run report -- --final --plan <key> [--out <dir>]');
    return 2;
  }
  if (values.final) return finalReport(values.plan!, path.resolve(values.out!));
  const { ctx, database } = await cliContext({ token: '', role: 'READER', name: 'report-cli' });
  try {
    console.log(`building the review as of ${asOf} from ${database.uri}…`);
    const data = await buildReportData(ctx, ownerCells, asOf, values.plan ?? null);
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

/** Writes the plan's final review as Markdown and HTML. */
async function finalReport(planKey: string, dir: string): Promise<number> {
  const { ctx, database } = await cliContext({ token: '', role: 'READER', name: 'report-cli' });
  try {
    console.log(`building the final review of ${planKey} from ${database.uri}…`);
    const data = await buildFinalReportData(ctx, planKey);
    mkdirSync(dir, { recursive: true });
    const base = path.join(dir, `final-review-${planKey}`);
    writeFileSync(`${base}.md`, renderFinalMarkdown(data));
    writeFileSync(`${base}.html`, await renderFinalHtml(data));
    console.log(`wrote ${base}.md and ${base}.html (${data.indicators.length} indicators, ${data.amendments.length} amendments)`);
  } finally {
    await database.close();
  }
  return 0;
}

runCli('report', run);
