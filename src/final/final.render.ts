/**
 * The final review's rendering: Markdown, and one self-contained HTML page made like the mid-term report's (Noto Sans
 * SC embedded, subset to the page's characters; statuses and method in Chinese with English beside; the synthetic
 * notice when demo figures show; A4 print). A row judged from a figure before the end year says so.
 */
import { embeddedFontCss } from '../review/fonts';
import { ownerText } from '../review/owners';
import { attribute, demoNoticeHtml, escapeHtml, fmt, goalTitle, ownerCellHtml, reportStyles, statusCell, statusName } from '../review/report.render';
import type { FinalReportData } from './final.data';
import type { FinalGroup, FinalIndicatorReviewModel } from './final.model';
import { FINAL_METHOD_ZH } from './final.service';

const counts = (g: FinalGroup['outcomeCounts']) => g.filter((c) => c.count > 0).map((c) => `${statusName(c.outcome)} ${c.count}`).join(', ') || '无 none';
const targetText = (r: FinalIndicatorReviewModel) => (r.target.raw === r.indicator.targetRaw ? r.target.raw : `${r.target.raw} (规划原目标 plan: ${r.indicator.targetRaw})`);
const growthText = (r: FinalIndicatorReviewModel) => (r.growth === null ? '' : ` 年均增长 growth ${fmt(r.growth)}%`);

/** True when the row's outcome rests on a figure from before the end year (no end-year figure yet). */
export const judgedEarly = (r: FinalIndicatorReviewModel, endYear: number) => r.latest !== null && r.latest.year < endYear;

/** What a row's newest figure is, and, when it is from before the end year, that the outcome is judged from it. */
function latestText(r: FinalIndicatorReviewModel, endYear: number): string {
  if (!r.latest) return '–';
  const base = `${fmt(r.latest.value)} (${r.latest.year})${growthText(r)}`;
  return judgedEarly(r, endYear) ? `${base} · 无${endYear}年数值,以${r.latest.year}年数值判断 no ${endYear} figure: judged from ${r.latest.year}` : base;
}

const isDemo = (data: FinalReportData, r: FinalIndicatorReviewModel) => r.latest !== null && data.synthetic.has(`${r.indicator.id}:${r.latest.year}`);

/** The final review as Markdown: the summary, the method, amendments, every indicator once, counts per goal and agency. */
export function renderFinalMarkdown(data: FinalReportData): string {
  const early = data.indicators.filter((r) => judgedEarly(r, data.endYear)).length;
  const lines = [`# 终期评估 Final review of ${data.plan.name}, end year ${data.endYear}`, ''];
  if (data.synthetic.size) lines.push(`**合成演示数据 SYNTHETIC DEMO DATA:** ${data.synthetic.size} figures (source "synthetic demo") are not real statistics.`, '');
  lines.push(`All ${data.indicators.length} Table 1 indicators: ${counts(data.outcomeCounts)}. Binding: ${counts(data.bindingOutcomeCounts)}.`, '');
  lines.push(`${early} outcomes are judged from a figure before ${data.endYear} (no ${data.endYear} figure yet); they are provisional.`, '');
  lines.push(`方法:${FINAL_METHOD_ZH}`, '', `Method: ${data.method}`, '');
  lines.push('## 目标调整 Amended targets', '');
  if (data.amendments.length === 0) lines.push('无 No amendment was approved.', '');
  else {
    lines.push('| amendment | new target | from | reason | document | approved on |', '| --- | --- | --- | --- | --- | --- |');
    for (const a of data.amendments) lines.push(`| ${a.id} | ${a.target.raw} | ${a.effectiveYear} | ${a.reason} | ${a.document ?? '–'} | ${a.decidedAt?.slice(0, 10) ?? ''} |`);
    lines.push('');
  }
  lines.push('## 各项指标 Every indicator, binding misses first', '', '| # | indicator | attribute | owner | target in force | latest | outcome |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of data.indicators) lines.push(`| ${r.indicator.number ?? r.indicator.code} | ${r.indicator.name} | ${attribute(r.indicator)} | ${ownerText(data.owners.get(r.indicator.id))} | ${targetText(r)} | ${latestText(r, data.endYear)}${isDemo(data, r) ? ' (合成 synthetic)' : ''} | **${statusName(r.outcome)}** |`);
  lines.push('', '## 按目标 By goal', '');
  for (const g of data.byGoal) lines.push(`- ${goalTitle(g.goal)}: ${counts(g.outcomeCounts)}; binding ${counts(g.bindingOutcomeCounts)}`);
  lines.push('', '## 按责任单位 By agency', '');
  for (const a of data.byAgency) lines.push(`- ${a.agency.name}${a.agency.nameEn ? ` (${a.agency.nameEn})` : ''}: ${counts(a.outcomeCounts)}; binding ${counts(a.bindingOutcomeCounts)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The final review as one self-contained HTML page: a summary first (counts, binding misses with their owners, how many
 * outcomes rest on a figure from before the end year, the method in both languages), amendments, every indicator
 * once, then counts per goal and per agency. No network, no scripts.
 */
export async function renderFinalHtml(data: FinalReportData, links: { pdf?: string } = {}): Promise<string> {
  const { endYear } = data;
  const early = data.indicators.filter((r) => judgedEarly(r, endYear));
  const row = (r: FinalIndicatorReviewModel) =>
    `<tr data-indicator="${escapeHtml(r.indicator.id)}"${judgedEarly(r, endYear) ? ' class="early"' : ''}><td>${r.indicator.number ?? r.indicator.code}</td><td>${escapeHtml(r.indicator.name)}<br><small>${escapeHtml(r.indicator.nameEn ?? '')}</small></td><td>${attribute(r.indicator)}</td>${ownerCellHtml(data.owners.get(r.indicator.id))}<td>${escapeHtml(targetText(r))}</td><td>${escapeHtml(latestText(r, endYear))}${isDemo(data, r) ? ' <span class="demo">合成 synthetic</span>' : ''}</td>${statusCell(r.outcome)}</tr>`;
  const head = '<thead><tr><th>#</th><th>指标 indicator</th><th>属性 attribute</th><th>责任单位 owner</th><th>有效目标 target in force</th><th>最新 latest</th><th>结论 outcome</th></tr></thead>';
  const misses = data.indicators.filter((r) => r.outcome === 'MISSED' && r.indicator.attribute === 'BINDING');
  const countRows = data.outcomeCounts.map((c) => `<tr>${statusCell(c.outcome)}<td>${c.count}</td><td>${data.bindingOutcomeCounts.find((b) => b.outcome === c.outcome)?.count ?? 0}</td></tr>`).join('');
  const amendments = data.amendments.length
    ? `<table><thead><tr><th>调整 amendment</th><th>新目标 new target</th><th>起始 from</th><th>理由 reason</th><th>文件 document</th><th>批准 approved on</th></tr></thead><tbody>${data.amendments
        .map((a) => `<tr><td>${escapeHtml(a.id)}</td><td>${escapeHtml(a.target.raw)}</td><td>${a.effectiveYear}</td><td>${escapeHtml(a.reason)}</td><td>${escapeHtml(a.document ?? '–')}</td><td>${escapeHtml(a.decidedAt?.slice(0, 10) ?? '')}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p>无 No amendment was approved.</p>';
  const groupRows = (groups: { name: string; group: FinalGroup }[]) =>
    `<table><thead><tr><th></th><th>全部 all</th><th>约束性 binding</th></tr></thead><tbody>${groups.map((g) => `<tr><td>${escapeHtml(g.name)}</td><td>${escapeHtml(counts(g.group.outcomeCounts))}</td><td>${escapeHtml(counts(g.group.bindingOutcomeCounts))}</td></tr>`).join('')}</tbody></table>`;
  const body = `<header><h1>${escapeHtml(data.plan.name)} 终期评估 Final review · ${endYear}</h1>${links.pdf ? `<p class="download"><a href="${escapeHtml(links.pdf)}" download>下载 PDF · Download PDF</a></p>` : ''}
${demoNoticeHtml(data.synthetic.size)}</header>
<section class="summary" id="summary"><h2>摘要 Summary</h2>
<table class="counts"><thead><tr><th>结论 outcome</th><th>全部 all (${data.indicators.length})</th><th>约束性 binding</th></tr></thead><tbody>${countRows}</tbody></table>
<p class="early-note" id="early-note">${early.length} 项结论依据${endYear}年以前的数值(尚无${endYear}年数值),为暂定结论。 ${early.length} outcomes are judged from a figure before ${endYear} (no ${endYear} figure yet) and are provisional.</p>
<h3>约束性指标未实现 Binding indicators missed (${misses.length})</h3>
${misses.length ? `<div class="wide"><table>${head}<tbody>${misses.map(row).join('')}</tbody></table></div>` : '<p>无 none</p>'}
<div class="method"><h3>评估方法 Method</h3><p lang="zh-CN">${escapeHtml(FINAL_METHOD_ZH)}</p><p lang="en">${escapeHtml(data.method)}</p></div></section>
<section><h2>目标调整 Amended targets</h2>${amendments}</section>
<section class="indicators"><h2>各项指标 Every indicator, binding misses first</h2><div class="wide"><table class="all">${head}<tbody>${data.indicators.map(row).join('\n')}</tbody></table></div></section>
<section><h2>按目标 By goal</h2>${groupRows(data.byGoal.map((g) => ({ name: goalTitle(g.goal), group: g })))}
<h2>按责任单位 By agency</h2>${groupRows(data.byAgency.map((a) => ({ name: `${a.agency.name}${a.agency.nameEn ? ` (${a.agency.nameEn})` : ''}`, group: a })))}</section>`;
  const fontCss = await embeddedFontCss(`${body}0123456789.-–%()`);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>终期评估 Final review ${endYear}</title>
<style>
${reportStyles(fontCss)}
.all,.counts{width:100%}.counts td{text-align:right}.counts td.status{text-align:left}tr.early td:nth-child(6){color:#7d4e00}.early-note{color:#7d4e00}
@media print{section.indicators{break-before:page}}
</style></head><body>
${body}
</body></html>`;
}
