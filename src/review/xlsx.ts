import type { Worksheet } from 'exceljs';
import { LIKELY_MARK, ownerNames, type OwnerCell } from './owners';
import { DEMO_SOURCE, type ReportData } from './report.data';
import { attribute, KIND_NAMES, statusName } from './report.render';
import type { IndicatorReviewModel } from './review.model';
import { REVIEW_METHOD_ZH } from './review.service';

type Cell = string | number | null;

/** One column of the review sheets: its key (for code and tests), its header (Chinese, English beside), width and number format. */
interface Column {
  key: string;
  header: string;
  width: number;
  /** A figure's format: whole numbers with thousands separators, decimals to two places. */
  figure?: boolean;
  value: (data: ReportData, r: IndicatorReviewModel) => Cell;
}

const ownerBasis = (cell: OwnerCell | undefined) => (!cell ? null : cell.basis === 'EXPLICIT' ? '规划明确 EXPLICIT' : `${LIKELY_MARK.zh} LIKELY (${LIKELY_MARK.en})`);
const isDemo = (data: ReportData, r: IndicatorReviewModel) => r.latest !== null && data.synthetic.has(`${r.indicator.id}:${r.latest.year}`);

/**
 * The columns of the review sheets: one row per indicator, as the review and the report show it. The owner column holds
 * the explicit owners, else the likely owner; 责任依据 basis says which (规划明确 EXPLICIT, or 可能的负责单位 LIKELY, an
 * inference), both empty when neither.
 */
export const REVIEW_COLUMNS: readonly Column[] = [
  { key: 'number', header: '序号 No.', width: 7, value: (_, r) => r.indicator.number },
  { key: 'code', header: '代码 code', width: 10, value: (_, r) => r.indicator.code },
  { key: 'name', header: '指标 indicator', width: 34, value: (_, r) => r.indicator.name },
  { key: 'nameEn', header: '英文名称 name in English', width: 34, value: (_, r) => r.indicator.nameEn },
  { key: 'attribute', header: '属性 attribute', width: 16, value: (_, r) => attribute(r.indicator) },
  { key: 'category', header: '类别 category', width: 14, value: (_, r) => r.indicator.category },
  { key: 'target', header: '目标 target', width: 18, value: (_, r) => r.target.raw },
  { key: 'targetKind', header: '目标类型 target kind', width: 16, value: (_, r) => KIND_NAMES[r.target.kind === 'LEVEL' && ['LT', 'LTE'].includes(r.target.comparator ?? '') ? 'CEILING' : r.target.kind] ?? r.target.kind },
  { key: 'unit', header: '单位 unit', width: 10, value: (_, r) => r.target.unit ?? r.indicator.targetUnit ?? r.indicator.baselineUnit },
  { key: 'baseline', header: '基期值 baseline', width: 12, figure: true, value: (_, r) => r.indicator.baselineValue },
  { key: 'baselineYear', header: '基期年份 baseline year', width: 10, value: (_, r) => r.indicator.baselineYear },
  { key: 'latest', header: '最新值 latest', width: 12, figure: true, value: (_, r) => r.latest?.value ?? null },
  { key: 'latestYear', header: '最新年份 latest year', width: 10, value: (_, r) => r.latest?.year ?? null },
  { key: 'expected', header: '应达值 expected', width: 12, figure: true, value: (_, r) => (r.expected === null ? null : Math.round(r.expected * 100) / 100) },
  { key: 'status', header: '状态 status', width: 16, value: (_, r) => statusName(r.status) },
  { key: 'synthetic', header: '合成演示 synthetic demo', width: 12, value: (d, r) => (isDemo(d, r) ? '是 yes' : null) },
  { key: 'owner', header: '责任单位 owner', width: 28, value: (d, r) => ownerNames(d.owners.get(r.indicator.id)) || null },
  { key: 'ownerBasis', header: '责任依据 owner basis', width: 22, value: (d, r) => ownerBasis(d.owners.get(r.indicator.id)) },
];

/** The header texts of the review columns, in order. */
export const REVIEW_HEADERS = REVIEW_COLUMNS.map((c) => c.header);

/** One review row as the spreadsheet holds it. */
export function reviewRow(data: ReportData, r: IndicatorReviewModel): Cell[] {
  return REVIEW_COLUMNS.map((c) => c.value(data, r));
}

/** The sheet names, Chinese with English beside. */
export const SHEETS = { about: '说明 About', review: '评估 Review', byGoal: '按目标 By goal', byAgency: '按责任单位 By agency', counts: '状态统计 Status counts' } as const;

/** Where an indicator with neither an explicit nor a likely owner is listed in the by-agency sheet. */
export const NO_OWNER = '未明确';

/**
 * Every indicator under each agency that answers for it: its explicit owners, else its likely owner (marked), else
 * under 「未明确」(unassigned). Agencies by name, 「未明确」 last; inside each, the review's order.
 */
export function byOwner(data: ReportData): { agency: string; rows: IndicatorReviewModel[] }[] {
  const groups = new Map<string, IndicatorReviewModel[]>();
  for (const r of data.review.indicators) {
    const cell = data.owners.get(r.indicator.id);
    const names = cell?.agencies.length ? cell.agencies.map((a) => a.name) : [NO_OWNER];
    for (const name of names) groups.set(name, [...(groups.get(name) ?? []), r]);
  }
  return [...groups]
    .sort(([a], [b]) => Number(a === NO_OWNER) - Number(b === NO_OWNER) || a.localeCompare(b, 'zh-CN'))
    .map(([agency, rows]) => ({ agency, rows }));
}

/**
 * The review tables as an .xlsx workbook (exceljs): an about sheet (the synthetic notice, the method in both
 * languages), all indicators, per goal, per agency (every indicator under its owner or likely owner, or 「未明确」) and
 * the status counts. Headers in Chinese with English beside, units, number formats, frozen header rows.
 */
export async function renderReviewXlsx(data: ReportData): Promise<Buffer> {
  const { review } = data;
  // Loaded on first use: exceljs is some 40 MB of memory that only this export needs.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'PlanGraph';
  book.title = `中期评估 Mid-term review ${review.asOf}`;
  const about = book.addWorksheet(SHEETS.about);
  about.columns = [{ width: 22 }, { width: 110 }];
  about.addRow(['规划 plan', data.planName]);
  about.addRow(['评估年份 as of', review.asOf]);
  if (data.synthetic.size) {
    const notice = about.addRow(['合成演示数据 SYNTHETIC DEMO DATA', `含 ${data.synthetic.size} 个合成演示数值(来源“${DEMO_SOURCE}”),并非真实统计;“合成演示”列标出。 Includes ${data.synthetic.size} synthetic demo figures (source “${DEMO_SOURCE}”), not real statistics; the synthetic demo column marks them.`]);
    notice.font = { bold: true, color: { argb: 'FF7D4E00' } };
  }
  about.addRow(['评估方法', REVIEW_METHOD_ZH]);
  about.addRow(['Method', review.method]);
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  const sheet = (name: string, lead: { header: string; width: number }[]) => {
    const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [...lead, ...REVIEW_COLUMNS].map((c) => ({ header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    return ws;
  };
  const add = (ws: Worksheet, lead: Cell[], r: IndicatorReviewModel) => {
    const row = ws.addRow([...lead, ...reviewRow(data, r)]);
    REVIEW_COLUMNS.forEach((c, k) => {
      const cell = row.getCell(lead.length + k + 1);
      if (c.figure && typeof cell.value === 'number') cell.numFmt = Number.isInteger(cell.value) ? '#,##0' : '#,##0.00';
    });
    if (isDemo(data, r)) row.font = { color: { argb: 'FF7D4E00' } };
  };
  const all = sheet(SHEETS.review, []);
  for (const r of review.indicators) add(all, [], r);
  const byGoal = sheet(SHEETS.byGoal, [{ header: '目标 goal', width: 8 }, { header: '目标名称 goal name', width: 28 }]);
  for (const g of review.byGoal) for (const r of g.indicators) add(byGoal, [g.goal.code, g.goal.name], r);
  const byAgency = sheet(SHEETS.byAgency, [{ header: '单位 agency', width: 28 }]);
  for (const a of byOwner(data)) for (const r of a.rows) add(byAgency, [a.agency], r);
  const counts = book.addWorksheet(SHEETS.counts, { views: [{ state: 'frozen', ySplit: 1 }] });
  counts.columns = [{ header: '状态 status', width: 18 }, { header: '全部 all', width: 10 }, { header: '约束性 binding', width: 14 }];
  counts.getRow(1).font = { bold: true };
  for (const c of review.statusCounts) counts.addRow([statusName(c.status), c.count, review.bindingStatusCounts.find((b) => b.status === c.status)?.count ?? 0]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
