import type { Worksheet } from 'exceljs';
import type { IndicatorModel } from '../indicator/indicator.model';
import { LIKELY_MARK, ownerNames } from './owners';
import type { ReportData } from './report.data';
import type { IndicatorReviewModel } from './review.model';

/**
 * The columns of the review sheets: one row per indicator, as the review and the report show it. `owner` holds the
 * explicit owners, else the likely owner; `ownerBasis` says which (EXPLICIT, or LIKELY: 可能的负责单位, an inference),
 * both empty when neither.
 */
export const REVIEW_COLUMNS = ['number', 'code', 'name', 'nameEn', 'attribute', 'category', 'target', 'targetKind', 'baseline', 'baselineYear', 'latest', 'latestYear', 'expected', 'status', 'syntheticDemo', 'owner', 'ownerBasis'] as const;

/** One review row as the spreadsheet holds it. */
export function reviewRow(data: ReportData, r: IndicatorReviewModel): (string | number | null)[] {
  const i: IndicatorModel = r.indicator;
  const owner = data.owners.get(i.id);
  const demo = r.latest && data.synthetic.has(`${i.id}:${r.latest.year}`) ? 'yes' : '';
  return [i.number, i.code, i.name, i.nameEn, i.attribute, i.category, i.targetRaw, i.targetKind, i.baselineValue, i.baselineYear, r.latest?.value ?? null, r.latest?.year ?? null, r.expected === null ? null : Math.round(r.expected * 100) / 100, r.status, demo, ownerNames(owner) || null, owner ? `${owner.basis}${owner.basis === 'LIKELY' ? ` (${LIKELY_MARK.zh})` : ''}` : null];
}

/** The review tables as an .xlsx workbook (exceljs): all indicators, then per goal and per owning agency, binding first. */
export async function renderReviewXlsx(data: ReportData): Promise<Buffer> {
  const { review } = data;
  // Loaded on first use: exceljs is some 40 MB of memory that only this export needs.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'PlanGraph';
  book.title = `Mid-term review as of ${review.asOf}`;
  const header = (sheet: Worksheet, columns: readonly string[]) => {
    sheet.addRow([...columns]);
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  };
  const all = book.addWorksheet('Review');
  header(all, REVIEW_COLUMNS);
  for (const r of review.indicators) all.addRow(reviewRow(data, r));
  const byGoal = book.addWorksheet('By goal');
  header(byGoal, ['goal', 'goalName', ...REVIEW_COLUMNS]);
  for (const g of review.byGoal) for (const r of g.indicators) byGoal.addRow([g.goal.code, g.goal.name, ...reviewRow(data, r)]);
  const byAgency = book.addWorksheet('By agency');
  header(byAgency, ['agency', 'agencyName', ...REVIEW_COLUMNS]);
  for (const a of review.byAgency) for (const r of a.indicators) byAgency.addRow([a.agency.id, a.agency.name, ...reviewRow(data, r)]);
  const counts = book.addWorksheet('Status counts');
  header(counts, ['status', 'all', 'binding']);
  for (const c of review.statusCounts) counts.addRow([c.status, c.count, review.bindingStatusCounts.find((b) => b.status === c.status)?.count ?? 0]);
  for (const sheet of [all, byGoal, byAgency]) sheet.columns.forEach((col) => (col.width = 16));
  return Buffer.from(await book.xlsx.writeBuffer());
}
