/** The report's rendering: Markdown, and one self-contained HTML page (tables, Chart.js trajectories, Graphviz pictures). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GoalModel } from '../goal/goal.model';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { ReportData } from './report.data';
import type { IndicatorReviewModel } from './review.model';

const STATUS_COLOURS: Record<string, string> = { ACHIEVED: '#1a7f37', ON_TRACK: '#4ac26b', AT_RISK: '#d4a72c', OFF_TRACK: '#cf222e', NO_DATA: '#8c959f' };

/** Report formatting shared with the final review's page. */
export const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(2));
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const goalTitle = (g: GoalModel) => `${g.code} ${g.name}${g.nameEn ? ` (${g.nameEn})` : ''}`;
export const attribute = (i: IndicatorModel) => (i.attribute === 'BINDING' ? '约束性 binding' : i.attribute === 'EXPECTED' ? '预期性 expected' : 'text');
const baselineText = (i: IndicatorModel) => (i.baselineValue === null ? '–' : `${fmt(i.baselineValue)} (${i.baselineYear})`);
const latestText = (r: IndicatorReviewModel) => (r.latest ? `${fmt(r.latest.value)} (${r.latest.year})` : '–');

/** The review as Markdown: counts, then per goal a table, binding indicators first. */
export function renderReviewMarkdown(data: ReportData): string {
  const { review } = data;
  const lines = [`# Mid-term review of ${data.planName}, as of ${review.asOf}`, '', `Method: ${review.method}`, ''];
  const counts = (cs: { status: string; count: number }[]) => cs.filter((c) => c.count > 0).map((c) => `${c.status} ${c.count}`).join(', ') || 'none';
  lines.push(`All ${review.indicators.length} Table 1 indicators: ${counts(review.statusCounts)}. Binding: ${counts(review.bindingStatusCounts)}.`, '');
  for (const g of review.byGoal) {
    lines.push(`## ${goalTitle(g.goal)}`, '', `Binding: ${counts(g.bindingStatusCounts)}. All: ${counts(g.statusCounts)}.`, '');
    lines.push('| # | indicator | attribute | target | baseline | latest | expected | status |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of g.indicators) {
      const i = r.indicator;
      lines.push(`| ${i.number ?? i.code} | ${i.name} | ${attribute(i)} | ${r.target.raw} | ${baselineText(i)} | ${latestText(r)} | ${fmt(r.expected)} | **${r.status}** |`);
    }
    lines.push('');
  }
  lines.push('## What a change to a law would touch', '');
  for (const impact of data.impacts) lines.push(`- ${impact.law.name} (${impact.law.nameEn ?? ''}): ${impact.affected} goals, tasks and indicators within 3 steps.`);
  lines.push('', 'The HTML version of this report draws each indicator’s trajectory and these impact graphs.', '');
  return lines.join('\n');
}

/** Reads a browser build of a library from node_modules, to inline it: the page needs no network. */
function inlineScript(packageEntry: string, file: string): string {
  return readFileSync(path.join(path.dirname(require.resolve(packageEntry)), file), 'utf8').replace(/<\/script/gi, '<\\/script');
}

/** The review as one self-contained HTML page: status-coloured tables, Chart.js trajectories, Graphviz impact pictures. */
export async function renderReviewHtml(data: ReportData): Promise<string> {
  const { review } = data;
  const { instance } = await import('@viz-js/viz');
  const viz = await instance();
  const charts: { id: string; indicator: IndicatorModel; review: IndicatorReviewModel }[] = [];
  const sections = review.byGoal.map((g, gi) => {
    const rows = g.indicators
      .map((r) => {
        const i = r.indicator;
        return `<tr><td>${i.number ?? i.code}</td><td>${escapeHtml(i.name)}<br><small>${escapeHtml(i.nameEn ?? '')}</small></td><td>${attribute(i)}</td><td>${escapeHtml(r.target.raw)}</td>
          <td>${baselineText(i)}</td><td>${latestText(r)}</td><td>${fmt(r.expected)}</td><td class="status" style="background:${STATUS_COLOURS[r.status]}">${r.status}</td></tr>`;
      })
      .join('\n');
    const chartCells = g.indicators
      .map((r, ri) => {
        const id = `chart-${gi}-${ri}`;
        charts.push({ id, indicator: r.indicator, review: r });
        return `<figure><canvas id="${id}" width="320" height="180"></canvas><figcaption>${r.indicator.number ?? r.indicator.code}. ${escapeHtml(r.indicator.name)}</figcaption></figure>`;
      })
      .join('\n');
    return `<section><h2>${escapeHtml(goalTitle(g.goal))}</h2>
      <table><thead><tr><th>#</th><th>indicator</th><th>attribute</th><th>target</th><th>baseline</th><th>latest</th><th>expected</th><th>status</th></tr></thead><tbody>${rows}</tbody></table>
      <div class="charts">${chartCells}</div></section>`;
  });
  const impacts = data.impacts
    .map((impact) => `<figure class="impact"><figcaption>${escapeHtml(impact.law.name)} — ${impact.affected} reached</figcaption>${viz.renderString(impact.dot, { format: 'svg' })}</figure>`)
    .join('\n');
  const chartData = charts.map(({ id, indicator: i, review: r }) => ({
    id,
    unit: i.targetUnit ?? '',
    baseline: i.baselineValue !== null ? { x: i.baselineYear, y: i.baselineValue } : null,
    measurements: (data.series.get(i.id) ?? []).map((v) => ({ x: v.year, y: v.value })),
    target: r.target.value !== null ? { x: r.target.year ?? 2025, y: r.target.value } : null,
    colour: STATUS_COLOURS[r.status],
  }));
  const counts = review.statusCounts.map((c) => `<span class="pill" style="background:${STATUS_COLOURS[c.status]}">${c.status} ${c.count}</span>`).join(' ');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Mid-term review ${review.asOf}</title>
<style>
body{font-family:"Noto Sans CJK SC","Noto Sans",sans-serif;margin:24px;color:#1f2328;background:#fff}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}th,td{border:1px solid #d0d7de;padding:4px 6px;font-size:13px;vertical-align:top}
th{background:#f6f8fa}.status{color:#fff;font-weight:600}.pill{color:#fff;padding:2px 8px;border-radius:10px;margin-right:4px}
.charts{display:flex;flex-wrap:wrap;gap:12px}figure{margin:0;width:320px}figcaption{font-size:12px}.impact{width:auto}.impact svg{max-width:100%;height:auto}
</style></head><body>
<h1>Mid-term review, as of ${review.asOf}</h1>
<p>${escapeHtml(data.planName)}</p>
<p>${counts}</p>
<p><small>${escapeHtml(review.method)}</small></p>
${sections.join('\n')}
<section><h2>What a change to a law would touch</h2>${impacts}</section>
<script>${inlineScript('chart.js', 'chart.umd.min.js')}</script>
<script>
const charts = ${JSON.stringify(chartData).replace(/</g, '\\u003c')};
Chart.defaults.animation = false;
for (const c of charts) {
  new Chart(document.getElementById(c.id), {
    type: 'scatter',
    data: { datasets: [
      { label: 'baseline', data: c.baseline ? [c.baseline] : [], pointStyle: 'rectRot', pointRadius: 6, backgroundColor: '#57606a' },
      { label: 'measured', data: c.measurements, showLine: true, borderColor: c.colour, backgroundColor: c.colour },
      { label: 'target', data: c.target ? [c.target] : [], pointStyle: 'star', pointRadius: 8, borderColor: '#0969da', backgroundColor: '#0969da' },
      { label: 'path', data: c.baseline && c.target ? [c.baseline, c.target] : [], showLine: true, borderDash: [4, 4], borderColor: '#8c959f', pointRadius: 0 },
    ] },
    options: { responsive: false, plugins: { legend: { labels: { boxWidth: 10, font: { size: 10 } } } },
      scales: { x: { min: 2019, max: 2026, ticks: { stepSize: 1, callback: (v) => String(v) } }, y: { title: { display: true, text: c.unit } } } },
  });
}
</script>
</body></html>`;
}
