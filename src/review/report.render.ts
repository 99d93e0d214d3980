/**
 * The report's rendering: Markdown, and one self-contained HTML page (tables, a chart per indicator drawn as its
 * target's kind, Graphviz pictures sized to their labels, the embedded Noto Sans SC subset, A4 print styles).
 */
import { reportChartsScript } from '../console/bundle';
import type { GoalModel } from '../goal/goal.model';
import { impactToDot } from '../impact/diagram';
import type { IndicatorModel } from '../indicator/indicator.model';
import { chartSpecFor, type ChartLabels, type ChartSpec } from './chartSpec';
import { embeddedFontCss, REPORT_FONT_FAMILY, textWidth } from './fonts';
import { ownerText, type OwnerCell } from './owners';
import { DEMO_SOURCE, type ReportData } from './report.data';
import type { IndicatorReviewModel } from './review.model';

const STATUS_COLOURS: Record<string, string> = { ACHIEVED: '#1a7f37', ON_TRACK: '#4ac26b', AT_RISK: '#d4a72c', OFF_TRACK: '#cf222e', NO_DATA: '#8c959f' };

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

/** The review as Markdown: counts, then per goal a table, binding indicators first. */
export function renderReviewMarkdown(data: ReportData): string {
  const { review } = data;
  const lines = [`# Mid-term review of ${data.planName}, as of ${review.asOf}`, '', `Method: ${review.method}`, ''];
  const counts = (cs: { status: string; count: number }[]) => cs.filter((c) => c.count > 0).map((c) => `${c.status} ${c.count}`).join(', ') || 'none';
  lines.push(`All ${review.indicators.length} Table 1 indicators: ${counts(review.statusCounts)}. Binding: ${counts(review.bindingStatusCounts)}.`, '');
  for (const g of review.byGoal) {
    lines.push(`## ${goalTitle(g.goal)}`, '', `Binding: ${counts(g.bindingStatusCounts)}. All: ${counts(g.statusCounts)}.`, '');
    lines.push('| # | indicator | attribute | owner | target | baseline | latest | expected | status |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of g.indicators) {
      const i = r.indicator;
      lines.push(`| ${i.number ?? i.code} | ${i.name} | ${attribute(i)} | ${ownerText(data.owners.get(i.id))} | ${r.target.raw} | ${baselineText(i)} | ${latestText(r)} | ${fmt(r.expected)} | **${r.status}** |`);
    }
    lines.push('');
  }
  lines.push('## What a change to a law would touch', '');
  for (const impact of data.impacts) lines.push(`- ${impact.law.name} (${impact.law.nameEn ?? ''}): ${impact.affected} goals, tasks and indicators within 3 steps.`);
  lines.push('', 'The HTML version of this report draws each indicator’s trajectory and these impact graphs.', '');
  return lines.join('\n');
}

/** An indicator's chart spec, drawn as its target's kind, from the report's data. */
export function reportChartSpec(data: ReportData, i: IndicatorModel): ChartSpec {
  return chartSpecFor(
    {
      // A cumulative total is drawn as the level it must reach.
      kind: i.targetKind === 'CUMULATIVE' ? 'LEVEL' : i.targetKind,
      comparator: i.targetComparator,
      value: i.targetValue,
      unit: i.targetUnit,
      year: i.targetYear,
      baseline: i.baselineValue !== null && i.baselineYear !== null ? { year: i.baselineYear, value: i.baselineValue } : null,
    },
    (data.series.get(i.id) ?? []).map((v) => ({ x: v.year, y: v.value, ...(data.synthetic.has(`${i.id}:${v.year}`) ? { source: DEMO_SOURCE } : {}) })),
  );
}

const CHART_LABELS: ChartLabels = { measured: '实测 measured', baseline: '基期 baseline', target: '目标 target', path: '直线路径 path', growth: '年增长 growth', ceiling: '上限 ceiling', annual: '每年 yearly' };
const KIND_NAMES: Record<string, string> = { LEVEL: '水平 level', CEILING: '上限 ceiling', ANNUAL: '每年 annual', GROWTH: '年增长 growth' };

/** Graphviz labels in the embedded face, each box as wide as its label drawn in that face. */
const DIAGRAM_FONT = { fontname: REPORT_FONT_FAMILY, measure: textWidth };

/**
 * The review as one self-contained HTML page: status-coloured tables, a chart per indicator drawn as its target's
 * kind, Graphviz impact pictures sized to their labels, Noto Sans SC embedded (subset to the page's characters),
 * and print styles for A4 with a page per goal.
 */
export async function renderReviewHtml(data: ReportData): Promise<string> {
  const { review } = data;
  const { instance } = await import('@viz-js/viz');
  const viz = await instance();
  const charts: { id: string; spec: ChartSpec; status: string }[] = [];
  const sections = review.byGoal.map((g, gi) => {
    const rows = g.indicators
      .map((r) => {
        const i = r.indicator;
        return `<tr><td>${i.number ?? i.code}</td><td>${escapeHtml(i.name)}<br><small>${escapeHtml(i.nameEn ?? '')}</small></td><td>${attribute(i)}</td>${ownerCellHtml(data.owners.get(i.id))}<td>${escapeHtml(r.target.raw)}</td>
          <td>${baselineText(i)}</td><td>${latestText(r)}</td><td>${fmt(r.expected)}</td><td class="status" style="background:${STATUS_COLOURS[r.status]}">${r.status}</td></tr>`;
      })
      .join('\n');
    const chartCells = g.indicators
      .map((r, ri) => {
        const id = `chart-${gi}-${ri}`;
        const spec = reportChartSpec(data, r.indicator);
        charts.push({ id, spec, status: r.status });
        const demo = spec.points.some((p) => p.source === DEMO_SOURCE) ? ' <span class="demo">合成演示 synthetic demo</span>' : '';
        return `<figure data-indicator="${escapeHtml(r.indicator.id)}" data-chart-kind="${spec.kind}"><canvas id="${id}" width="320" height="180"></canvas><figcaption>${r.indicator.number ?? r.indicator.code}. ${escapeHtml(r.indicator.name)} · ${KIND_NAMES[spec.kind]}${demo}</figcaption></figure>`;
      })
      .join('\n');
    return `<section class="goal"><h2>${escapeHtml(goalTitle(g.goal))}</h2>
      <table><thead><tr><th>#</th><th>指标 indicator</th><th>属性 attribute</th><th>责任单位 owner</th><th>目标 target</th><th>基期 baseline</th><th>最新 latest</th><th>应达 expected</th><th>状态 status</th></tr></thead><tbody>${rows}</tbody></table>
      <div class="charts">${chartCells}</div></section>`;
  });
  const impacts = data.impacts
    .map((impact) => `<figure class="impact"><figcaption>${escapeHtml(impact.law.name)} — ${impact.affected} reached</figcaption>${viz.renderString(impactToDot({ source: impact.law, affected: impact.affectedNodes }, DIAGRAM_FONT), { format: 'svg' })}</figure>`)
    .join('\n');
  const counts = review.statusCounts.map((c) => `<span class="pill" style="background:${STATUS_COLOURS[c.status]}">${c.status} ${c.count}</span>`).join(' ');
  const demoNote = data.synthetic.size
    ? `<p class="demo-note">含 ${data.synthetic.size} 个合成演示数值(来源 “${DEMO_SOURCE}”),并非真实统计。 Includes ${data.synthetic.size} synthetic demo figures (source “${DEMO_SOURCE}”), not real statistics.</p>`
    : '';
  const body = `<h1>${escapeHtml(data.planName)} 中期评估 Mid-term review, as of ${review.asOf}</h1>
<p>${counts}</p>
${demoNote}
<p><small>${escapeHtml(review.method)}</small></p>
${sections.join('\n')}
<section class="goal"><h2>法规修订的影响 What a change to a law would touch</h2>${impacts}</section>`;
  const fontCss = await embeddedFontCss(`${body}${Object.values(CHART_LABELS).join('')}${Object.values(KIND_NAMES).join('')}${charts.map((c) => c.spec.unit).join('')}0123456789.-–%`);
  const chartScript = await reportChartsScript();
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Mid-term review ${review.asOf}</title>
<style>
${fontCss}
body{font-family:'${REPORT_FONT_FAMILY}',sans-serif;margin:24px;color:#1f2328;background:#fff}
h1,h2{font-weight:400}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}th,td{border:1px solid #d0d7de;padding:4px 6px;font-size:13px;vertical-align:top}
th{background:#f6f8fa;font-weight:400}.status{color:#fff}.pill{color:#fff;padding:2px 8px;border-radius:10px;margin-right:4px}
.charts{display:flex;flex-wrap:wrap;gap:12px}figure{margin:0;width:320px}figcaption{font-size:12px}.impact{width:auto}.impact svg{max-width:100%;height:auto}
.demo,.demo-note{color:#9a6700}.owner.likely{font-style:italic;color:#57606a}
@page{size:A4;margin:12mm}
@media print{
  body{margin:0;-webkit-print-color-adjust:exact;print-color-adjust:exact}
  section.goal{break-before:page}
  tr,figure{break-inside:avoid}
  .charts{gap:6px}
}
</style></head><body>
${body}
<script>window.__reportCharts = ${JSON.stringify(charts).replace(/</g, '\\u003c')}; window.__reportChartLabels = ${JSON.stringify(CHART_LABELS)}; window.__reportFont = ${JSON.stringify(REPORT_FONT_FAMILY)};</script>
<script>${chartScript}</script>
</body></html>`;
}
