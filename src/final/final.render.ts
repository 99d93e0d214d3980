import { ownerText } from '../review/owners';
import { attribute, escapeHtml, fmt, goalTitle, ownerCellHtml } from '../review/report.render';
import type { FinalReportData } from './final.data';
import type { FinalGroup, FinalIndicatorReviewModel } from './final.model';

const OUTCOME_COLOURS: Record<string, string> = { ACHIEVED: '#1a7f37', MISSED: '#cf222e', NO_DATA: '#8c959f' };

const counts = (g: Pick<FinalGroup, 'outcomeCounts'>['outcomeCounts']) => g.filter((c) => c.count > 0).map((c) => `${c.outcome} ${c.count}`).join(', ') || 'none';
const latestText = (r: FinalIndicatorReviewModel) => (r.latest ? `${fmt(r.latest.value)} (${r.latest.year})` : '–');
const targetText = (r: FinalIndicatorReviewModel) => (r.target.raw === r.indicator.targetRaw ? r.target.raw : `${r.target.raw} (plan: ${r.indicator.targetRaw})`);
const growthText = (r: FinalIndicatorReviewModel) => (r.growth === null ? '' : ` growth ${fmt(r.growth)}%`);

/** The final review as Markdown: counts, amendments, every indicator (binding misses first), then per goal and per agency. */
export function renderFinalMarkdown(data: FinalReportData): string {
  const lines = [`# Final review of ${data.plan.name}, end year ${data.endYear}`, '', `Method: ${data.method}`, ''];
  lines.push(`All ${data.indicators.length} Table 1 indicators: ${counts(data.outcomeCounts)}. Binding: ${counts(data.bindingOutcomeCounts)}.`, '');
  lines.push('## Amended targets', '');
  if (data.amendments.length === 0) lines.push('No amendment was approved.', '');
  else {
    lines.push('| amendment | new target | from | reason | document | approved on |', '| --- | --- | --- | --- | --- | --- |');
    for (const a of data.amendments) lines.push(`| ${a.id} | ${a.target.raw} | ${a.effectiveYear} | ${a.reason} | ${a.document ?? '–'} | ${a.decidedAt?.slice(0, 10) ?? ''} |`);
    lines.push('');
  }
  const table = (rows: FinalIndicatorReviewModel[]) => {
    lines.push('| # | indicator | attribute | owner | target in force | latest | outcome |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows) lines.push(`| ${r.indicator.number ?? r.indicator.code} | ${r.indicator.name} | ${attribute(r.indicator)} | ${ownerText(data.owners.get(r.indicator.id))} | ${targetText(r)} | ${latestText(r)}${growthText(r)} | **${r.outcome}** |`);
    lines.push('');
  };
  lines.push('## Every indicator, binding misses first', '');
  table(data.indicators);
  for (const g of data.byGoal) {
    lines.push(`## ${goalTitle(g.goal)}`, '', `Binding: ${counts(g.bindingOutcomeCounts)}. All: ${counts(g.outcomeCounts)}.`, '');
    table(g.indicators);
  }
  for (const a of data.byAgency) {
    lines.push(`## ${a.agency.name}${a.agency.nameEn ? ` (${a.agency.nameEn})` : ''}`, '', `Binding: ${counts(a.bindingOutcomeCounts)}. All: ${counts(a.outcomeCounts)}.`, '');
    table(a.indicators);
  }
  return lines.join('\n');
}

/** The final review as one self-contained HTML page (no scripts, no network). */
export function renderFinalHtml(data: FinalReportData): string {
  const table = (rows: FinalIndicatorReviewModel[]) =>
    `<table><thead><tr><th>#</th><th>indicator</th><th>attribute</th><th>owner 责任单位</th><th>target in force</th><th>latest</th><th>outcome</th></tr></thead><tbody>${rows
      .map((r) => `<tr><td>${r.indicator.number ?? r.indicator.code}</td><td>${escapeHtml(r.indicator.name)}<br><small>${escapeHtml(r.indicator.nameEn ?? '')}</small></td><td>${attribute(r.indicator)}</td>${ownerCellHtml(data.owners.get(r.indicator.id))}
        <td>${escapeHtml(targetText(r))}</td><td>${latestText(r)}${growthText(r)}</td><td class="outcome" style="background:${OUTCOME_COLOURS[r.outcome]}">${r.outcome}</td></tr>`)
      .join('\n')}</tbody></table>`;
  const amendments = data.amendments.length
    ? `<table><thead><tr><th>amendment</th><th>new target</th><th>from</th><th>reason</th><th>document</th><th>approved on</th></tr></thead><tbody>${data.amendments
        .map((a) => `<tr><td>${escapeHtml(a.id)}</td><td>${escapeHtml(a.target.raw)}</td><td>${a.effectiveYear}</td><td>${escapeHtml(a.reason)}</td><td>${escapeHtml(a.document ?? '–')}</td><td>${escapeHtml(a.decidedAt?.slice(0, 10) ?? '')}</td></tr>`)
        .join('\n')}</tbody></table>`
    : '<p>No amendment was approved.</p>';
  const pills = data.outcomeCounts.map((c) => `<span class="pill" style="background:${OUTCOME_COLOURS[c.outcome]}">${c.outcome} ${c.count}</span>`).join(' ');
  const goals = data.byGoal.map((g) => `<section><h2>${escapeHtml(goalTitle(g.goal))}</h2><p>Binding: ${counts(g.bindingOutcomeCounts)}. All: ${counts(g.outcomeCounts)}.</p>${table(g.indicators)}</section>`);
  const agencies = data.byAgency.map((a) => `<section><h2>${escapeHtml(a.agency.name)}</h2><p>Binding: ${counts(a.bindingOutcomeCounts)}. All: ${counts(a.outcomeCounts)}.</p>${table(a.indicators)}</section>`);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Final review ${data.endYear}</title>
<style>
body{font-family:"Noto Sans CJK SC","Noto Sans",sans-serif;margin:24px;color:#1f2328;background:#fff}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}th,td{border:1px solid #d0d7de;padding:4px 6px;font-size:13px;vertical-align:top}
th{background:#f6f8fa}.outcome{color:#fff;font-weight:600}.pill{color:#fff;padding:2px 8px;border-radius:10px;margin-right:4px}
.owner.likely{font-style:italic;color:#57606a}
</style></head><body>
<h1>Final review, end year ${data.endYear}</h1>
<p>${escapeHtml(data.plan.name)}</p>
<p>${pills}</p>
<p><small>${escapeHtml(data.method)}</small></p>
<section><h2>Amended targets</h2>${amendments}</section>
<section><h2>Every indicator, binding misses first</h2>${table(data.indicators)}</section>
${goals.join('\n')}
${agencies.join('\n')}
</body></html>`;
}
