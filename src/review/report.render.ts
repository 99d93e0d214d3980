/**
 * The report's rendering: Markdown, and one self-contained HTML page (tables, a chart per indicator drawn as its
 * target's kind, Graphviz pictures sized to their labels, the embedded Noto Sans SC subset, A4 print styles).
 */
import { reportChartsScript } from '../console/bundle';
import type { GoalModel } from '../goal/goal.model';
import { impactToDot } from '../impact/diagram';
import type { IndicatorModel } from '../indicator/indicator.model';
import { chartSpecFor, chartTable, type ChartLabels, type ChartSpec } from './chartSpec';
import { embeddedFontCss, REPORT_FONT_FAMILY, textWidth } from './fonts';
import { ownerText, type OwnerCell } from './owners';
import { DEMO_SOURCE, type ReportData } from './report.data';
import type { IndicatorReviewModel } from './review.model';
import { REVIEW_METHOD_ZH } from './review.service';

/** Report formatting shared with the final review's page. */
export const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(2));
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const goalTitle = (g: GoalModel) => `${g.code} ${g.name}${g.nameEn ? ` (${g.nameEn})` : ''}`;
export const attribute = (i: IndicatorModel) => (i.attribute === 'BINDING' ? '约束性 binding' : i.attribute === 'EXPECTED' ? '预期性 expected' : 'text');
const baselineText = (i: IndicatorModel) => (i.baselineValue === null ? '–' : `${fmt(i.baselineValue)} (${i.baselineYear})`);
const latestText = (r: IndicatorReviewModel) => (r.latest ? `${fmt(r.latest.value)} (${r.latest.year})` : '–');
/** An owner table cell: explicit owners, or the likely owner marked as an inference (data-basis says which); empty when neither. */
export const ownerCellHtml = (cell: OwnerCell | undefined) =>
  `<td class="owner${cell?.basis === 'LIKELY' ? ' likely' : ''}" data-basis="${cell?.basis ?? ''}">${escapeHtml(ownerText(cell))}</td>`;

/** The review as Markdown: the summary (counts, binding indicators behind, method in both languages), then each indicator once under its goal. */
export function renderReviewMarkdown(data: ReportData): string {
  const { review } = data;
  const lines = [`# ${data.planName} 中期评估 Mid-term review, as of ${review.asOf}`, ''];
  if (data.synthetic.size) lines.push(`**合成演示数据 SYNTHETIC DEMO DATA:** ${data.synthetic.size} figures (source "${DEMO_SOURCE}") are not real statistics.`, '');
  const counts = (cs: { status: string; count: number }[]) => cs.filter((c) => c.count > 0).map((c) => `${statusName(c.status)} ${c.count}`).join(', ') || '无 none';
  lines.push(`All ${review.indicators.length} Table 1 indicators: ${counts(review.statusCounts)}. Binding: ${counts(review.bindingStatusCounts)}.`, '');
  lines.push(`方法:${REVIEW_METHOD_ZH}`, '', `Method: ${review.method}`, '');
  for (const { goal, rows } of indicatorsOnce(data)) {
    lines.push(`## ${goalTitle(goal)}`, '');
    lines.push('| # | indicator | attribute | owner | target | baseline | latest | expected | status |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const { review: r } of rows) {
      const i = r.indicator;
      const demo = r.latest && data.synthetic.has(`${i.id}:${r.latest.year}`) ? ' (合成 synthetic)' : '';
      lines.push(`| ${i.number ?? i.code} | ${i.name} | ${attribute(i)} | ${ownerText(data.owners.get(i.id))} | ${r.target.raw} | ${baselineText(i)} | ${latestText(r)}${demo} | ${fmt(r.expected)} | **${statusName(r.status)}** |`);
    }
    lines.push('');
  }
  lines.push('## 法规修订的影响 What a change to a law would touch', '');
  for (const impact of data.impacts) lines.push(`- ${impact.law.name} (${impact.law.nameEn ?? ''}): ${impact.affected} goals, tasks and indicators within 3 steps.`);
  lines.push('', 'The HTML version of this report draws each indicator’s trajectory and these impact graphs.', '');
  return lines.join('\n');
}

/** An indicator's chart spec, drawn as its target's kind, from the report's data. */
export function reportChartSpec(data: ReportData, i: IndicatorModel): ChartSpec {
  return chartSpecFor(
    {
      kind: i.targetKind,
      comparator: i.targetComparator,
      value: i.targetValue,
      unit: i.targetUnit,
      year: i.targetYear,
      baseline: i.baselineValue !== null && i.baselineYear !== null ? { year: i.baselineYear, value: i.baselineValue } : null,
    },
    (data.series.get(i.id) ?? []).map((v) => ({ x: v.year, y: v.value, ...(data.synthetic.has(`${i.id}:${v.year}`) ? { source: DEMO_SOURCE } : {}) })),
  );
}

/** The words a report's charts and their tables use, Chinese with English beside. */
export const CHART_LABELS: ChartLabels = {
  measured: '实测 measured',
  baseline: '基期 baseline',
  target: '目标 target',
  path: '直线路径 path',
  growth: '年增长 growth',
  ceiling: '上限 ceiling',
  annual: '每年 yearly',
  year: '年份 year',
  total: '累计 total',
};
export const KIND_NAMES: Record<string, string> = { LEVEL: '水平 level', CEILING: '上限 ceiling', ANNUAL: '每年 annual', GROWTH: '年增长 growth', CUMULATIVE: '累计 cumulative' };

/** Each status (mid-term and final) in Chinese with English beside, as the console names them. */
export const STATUS_NAMES: Record<string, [string, string]> = {
  ACHIEVED: ['已实现', 'achieved'],
  ON_TRACK: ['进展顺利', 'on track'],
  AT_RISK: ['存在风险', 'at risk'],
  OFF_TRACK: ['偏离目标', 'off track'],
  NO_DATA: ['暂无数据', 'no data'],
  MISSED: ['未实现', 'missed'],
};
export const statusName = (status: string) => (STATUS_NAMES[status] ? `${STATUS_NAMES[status][0]} ${STATUS_NAMES[status][1]}` : status);
/** Status colours with white text at WCAG AA contrast (≥ 4.5:1). */
export const STATUS_FILL: Record<string, string> = { ACHIEVED: '#116329', ON_TRACK: '#1a7f37', AT_RISK: '#9a6700', OFF_TRACK: '#cf222e', NO_DATA: '#59636e', MISSED: '#cf222e' };
export const statusCell = (status: string) => `<td class="status" data-status="${status}" style="background:${STATUS_FILL[status] ?? '#59636e'}">${escapeHtml(statusName(status))}</td>`;

/** The notice every report carries when it shows synthetic demo figures, in both languages. */
export function demoNoticeHtml(count: number): string {
  return count
    ? `<p class="demo-note" role="note"><b>合成演示数据 SYNTHETIC DEMO DATA</b> 本报告含 ${count} 个合成演示数值(来源“${DEMO_SOURCE}”),并非真实统计,标有“合成”。 This report includes ${count} synthetic demo figures (source “${DEMO_SOURCE}”), not real statistics; each is marked 合成 synthetic.</p>`
    : '';
}

/** A chart's data as a compact table (its text alternative): a row per series, a column per year. */
export function chartTableHtml(spec: ChartSpec): string {
  const table = chartTable(spec, CHART_LABELS, DEMO_SOURCE);
  if (!table.rows.length) return '<p class="chart-data empty">无数据 no figures</p>';
  const head = `<tr><th scope="col">${escapeHtml(table.columns[0])}</th>${table.rows.map((r) => `<th scope="col"${r.synthetic ? ' class="demo"' : ''}>${r.year}${r.synthetic ? '<sup>合成</sup>' : ''}</th>`).join('')}</tr>`;
  const body = table.columns
    .slice(1)
    .map((label, c) => `<tr><th scope="row">${escapeHtml(label)}</th>${table.rows.map((r) => `<td>${fmt(r.values[c])}</td>`).join('')}</tr>`)
    .join('');
  return `<table class="chart-data">${head}${body}</table>`;
}

/** The styles both reports share: the embedded face, tables, status cells, the synthetic notice, A4 print. */
export function reportStyles(fontCss: string): string {
  return `${fontCss}
body{font-family:'${REPORT_FONT_FAMILY}',sans-serif;margin:24px;color:#1f2328;background:#fff;font-size:13px}
h1{font-size:22px;font-weight:400;margin:0 0 8px}h2{font-size:17px;font-weight:400;margin:16px 0 6px}h3{font-size:14px;font-weight:400;margin:10px 0 4px}
table{border-collapse:collapse;margin:4px 0 10px}th,td{border:1px solid #d0d7de;padding:3px 5px;font-size:12px;vertical-align:top;text-align:left}
th{background:#f6f8fa;font-weight:400}.status{color:#fff;white-space:nowrap}
.demo,.demo-note{color:#7d4e00}.demo-note{border:1px solid #d4a72c;background:#fff8c5;padding:6px 8px}sup{font-size:9px;color:#7d4e00}
.owner.likely{font-style:italic;color:#57606a}.method{font-size:11px;color:#424a53}.method p{margin:2px 0}
.download a{margin-right:12px}.wide{overflow-x:auto;max-width:100%}
@media (max-width:600px){body{margin:8px}td.status{white-space:normal}.behind td:nth-child(4),.behind td:nth-child(5){white-space:normal}}
@page{size:A4;margin:12mm}
@media print{body{margin:0;-webkit-print-color-adjust:exact;print-color-adjust:exact}.download{display:none}tr,figure,article{break-inside:avoid}}`;
}

/** Graphviz labels in the embedded face, each box as wide as its label drawn in that face. */
const DIAGRAM_FONT = { fontname: REPORT_FONT_FAMILY, measure: textWidth };

/** Each indicator once: under the first of its goals (the plan's order), with the other goals it serves named. */
export function indicatorsOnce(data: ReportData): { goal: GoalModel; rows: { review: IndicatorReviewModel; alsoUnder: GoalModel[] }[] }[] {
  const goalsOf = new Map<string, GoalModel[]>();
  for (const g of data.review.byGoal) for (const r of g.indicators) goalsOf.set(r.indicator.id, [...(goalsOf.get(r.indicator.id) ?? []), g.goal]);
  const placed = new Set<string>();
  const out = data.review.byGoal.map((g) => ({
    goal: g.goal,
    rows: g.indicators.filter((r) => !placed.has(r.indicator.id) && placed.add(r.indicator.id)).map((review) => ({ review, alsoUnder: (goalsOf.get(review.indicator.id) ?? []).filter((o) => o.id !== g.goal.id) })),
  }));
  // An indicator under no goal still shows, once.
  const loose = data.review.indicators.filter((r) => !placed.has(r.indicator.id));
  if (loose.length) out.push({ goal: { id: '', code: '–', name: '未归属目标', nameEn: 'under no goal' } as GoalModel, rows: loose.map((review) => ({ review, alsoUnder: [] })) });
  return out.filter((g) => g.rows.length);
}

/** Off track first, then at risk; each by number. */
const offTrackRank = (s: string) => (s === 'OFF_TRACK' ? 0 : 1);

/**
 * The review as one self-contained HTML page made for the review meeting: a one-page summary first (counts by status,
 * the binding indicators off track or at risk with their owners, the method in Chinese and English), then each
 * indicator once (under its first goal: its facts, its chart drawn as its target's kind, the chart's figures as a
 * table), then what a change to the chosen laws would touch. Noto Sans SC is embedded (subset to the page's
 * characters); A4 print.
 */
export async function renderReviewHtml(data: ReportData, links: { pdf?: string; xlsx?: string } = {}): Promise<string> {
  const { review } = data;
  const { instance } = await import('@viz-js/viz');
  const viz = await instance();
  const charts: { id: string; spec: ChartSpec; status: string }[] = [];
  const binding = review.indicators.filter((r) => r.indicator.attribute === 'BINDING');
  const behind = binding.filter((r) => r.status === 'OFF_TRACK' || r.status === 'AT_RISK').sort((a, b) => offTrackRank(a.status) - offTrackRank(b.status) || (a.indicator.number ?? 0) - (b.indicator.number ?? 0));
  const countRows = review.statusCounts
    .map((c) => `<tr>${statusCell(c.status)}<td>${c.count}</td><td>${review.bindingStatusCounts.find((b) => b.status === c.status)?.count ?? 0}</td></tr>`)
    .join('');
  const behindRows = behind
    .map((r) => `<tr data-number="${r.indicator.number ?? ''}"><td>${r.indicator.number ?? r.indicator.code}</td><td>${escapeHtml(r.indicator.name)}</td>${statusCell(r.status)}<td>${latestText(r)}</td><td>${fmt(r.expected)}</td><td>${escapeHtml(r.target.raw)}</td>${ownerCellHtml(data.owners.get(r.indicator.id))}</tr>`)
    .join('');
  const summary = `<section class="summary" id="summary"><h2>摘要 Summary</h2>
<table class="counts"><thead><tr><th>状态 status</th><th>全部 all (${review.indicators.length})</th><th>约束性 binding (${binding.length})</th></tr></thead><tbody>${countRows}</tbody></table>
<h3>约束性指标偏离目标或存在风险 Binding indicators off track or at risk (${behind.length})</h3>
${behind.length ? `<div class="wide"><table class="behind"><thead><tr><th>#</th><th>指标 indicator</th><th>状态 status</th><th>最新 latest</th><th>应达 expected</th><th>目标 target</th><th>责任单位 owner</th></tr></thead><tbody>${behindRows}</tbody></table></div>` : '<p>无 none</p>'}
<div class="method"><h3>评估方法 Method</h3><p lang="zh-CN">${escapeHtml(REVIEW_METHOD_ZH)}</p><p lang="en">${escapeHtml(review.method)}</p></div></section>`;
  let n = 0;
  const goals = indicatorsOnce(data).map(({ goal, rows }) => {
    const cards = rows
      .map(({ review: r, alsoUnder }) => {
        const i = r.indicator;
        const id = `chart-${n++}`;
        const spec = reportChartSpec(data, i);
        charts.push({ id, spec, status: r.status });
        const demo = spec.points.some((p) => p.source === DEMO_SOURCE) ? ' <span class="demo">合成演示 synthetic demo</span>' : '';
        const also = alsoUnder.length ? `<p class="also">亦属 also under: ${alsoUnder.map((g) => escapeHtml(g.code)).join(', ')}</p>` : '';
        return `<article class="indicator" data-indicator="${escapeHtml(i.id)}" data-number="${i.number ?? ''}">
<h3>${i.number ?? i.code}. ${escapeHtml(i.name)} <small>${escapeHtml(i.nameEn ?? '')} · ${attribute(i)}</small></h3>
<table class="facts"><tr><th>状态 status</th>${statusCell(r.status)}<th>目标 target</th><td>${escapeHtml(r.target.raw)}</td></tr>
<tr><th>最新 latest</th><td>${latestText(r)}</td><th>基期 baseline</th><td>${baselineText(i)}</td></tr>
<tr><th>应达 expected</th><td>${fmt(r.expected)}</td><th>责任单位 owner</th>${ownerCellHtml(data.owners.get(i.id))}</tr></table>${also}
<figure data-indicator="${escapeHtml(i.id)}" data-chart-kind="${spec.kind}"><canvas id="${id}" width="330" height="150" role="img" aria-label="${escapeHtml(`${i.name}:见下表 see the table below`)}"></canvas>
<figcaption>${KIND_NAMES[spec.kind]}${spec.unit ? ` · 单位 unit ${escapeHtml(spec.unit)}` : ''}${demo}</figcaption>${chartTableHtml(spec)}</figure></article>`;
      })
      .join('\n');
    return `<section class="goal"><h2>${escapeHtml(goalTitle(goal))}</h2><div class="cards">${cards}</div></section>`;
  });
  const impacts = data.impacts
    .map((impact) => `<figure class="impact"><figcaption>${escapeHtml(impact.law.name)}${impact.law.nameEn ? ` (${escapeHtml(impact.law.nameEn)})` : ''} — 波及 reaches ${impact.affected}</figcaption>${viz.renderString(impactToDot({ source: impact.law, affected: impact.affectedNodes }, DIAGRAM_FONT), { format: 'svg' })}</figure>`)
    .join('\n');
  const lawsWhy =
    data.lawsChosenBy === 'PICKED'
      ? '所列法规由规划人员选定。 The laws shown were picked by the planner.'
      : `所列为修订后波及目标、任务和指标最多的 ${data.impacts.length} 部法规(三步以内);可用 ?laws= 指定。 The ${data.impacts.length} laws whose change reaches most goals, tasks and indicators (within 3 steps); pick others with ?laws=.`;
  const download = links.pdf || links.xlsx ? `<p class="download">${links.pdf ? `<a href="${escapeHtml(links.pdf)}" download>下载 PDF · Download PDF</a>` : ''}${links.xlsx ? `<a href="${escapeHtml(links.xlsx)}" download>下载表格 · Download spreadsheet</a>` : ''}</p>` : '';
  const body = `<header><h1>${escapeHtml(data.planName)} 中期评估 Mid-term review · ${review.asOf}</h1>${download}
${demoNoticeHtml(data.synthetic.size)}</header>
${summary}
<section class="indicators" id="indicators"><h2>各项指标 Every indicator, once</h2>
${goals.join('\n')}</section>
<section class="laws" id="laws"><h2>法规修订的影响 What a change to a law would touch</h2><p>${lawsWhy}</p>${impacts}</section>`;
  const fontCss = await embeddedFontCss(`${body}${Object.values(CHART_LABELS).join('')}${Object.values(KIND_NAMES).join('')}${charts.map((c) => c.spec.unit).join('')}0123456789.-–%()`);
  const chartScript = await reportChartsScript();
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>中期评估 Mid-term review ${review.asOf}</title>
<style>
${reportStyles(fontCss)}
.counts td{text-align:right}.counts td.status{text-align:left}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(340px,100%),1fr));gap:10px}canvas{max-width:100%;height:auto}
article.indicator{border:1px solid #d0d7de;padding:6px;border-radius:4px}article.indicator h3{margin:0 0 4px;font-size:13px}
.facts{width:100%}.facts th{white-space:nowrap}figure{margin:0}.behind td:nth-child(4),.behind td:nth-child(5){white-space:nowrap}figcaption{font-size:11px}.also{font-size:11px;margin:0;color:#57606a}
.chart-data th,.chart-data td{font-size:10px;padding:1px 3px}.impact{margin:8px 0}.impact svg{max-width:100%;height:auto}
@media print{
  body{font-size:11px}th,td{font-size:10px;padding:2px 4px}h1{font-size:18px}h2{font-size:14px;margin:8px 0 4px}h3{font-size:12px;margin:6px 0 3px}
  .demo-note{padding:3px 6px;font-size:10px}.method{font-size:9px}
  section.indicators,section.laws{break-before:page}
  .cards{grid-template-columns:1fr 1fr;gap:6px}article.indicator{padding:4px}
  h2{break-after:avoid}
  .impact{break-inside:avoid}.impact svg{max-height:110mm;width:auto;max-width:100%}
}
</style></head><body>
${body}
<script>window.__reportCharts = ${JSON.stringify(charts).replace(/</g, '\\u003c')}; window.__reportChartLabels = ${JSON.stringify(CHART_LABELS)}; window.__reportFont = ${JSON.stringify(REPORT_FONT_FAMILY)};</script>
<script>${chartScript}</script>
</body></html>`;
}
