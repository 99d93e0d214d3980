import { MARKER_SAMPLE } from './parse/markers';
import type { ImportReport } from './importer';

const counts = (xs: string[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].map(([k, n]) => `${n} ${k}`).join(', ');
};

/** The lines `npm run plan:import` prints: what was found, per kind, what could not be read, what was stored. */
export function formatImportReport(r: ImportReport, file: string, uri: string): string[] {
  const t = r.text;
  const indicators = t.indicators;
  const table = indicators.filter((i) => i.source === 'TABLE');
  const citations = t.citations;
  const lawsKnown = new Set(r.build.graph.nodes.filter((n) => n.label === 'Law' && !n.props.proposed).map((n) => n.id));
  const agencies = r.build.graph.nodes.filter((n) => n.label === 'Agency');
  const followed = citations.filter((c) => t.follows.some((f) => f.name === c.text)).length;
  const newNames = new Set(r.build.newLaws.map((l) => l.name));
  const newCitations = citations.filter((c) => newNames.has(c.text)).length;
  const lines = [
    `read ${file}: "${t.title}"${t.period ? ` (${t.period.start}–${t.period.end})` : ''}, body lines ${t.bodyStart}–${t.bodyEnd}`,
    `  numbering: ${t.style.map((k) => MARKER_SAMPLE[k]).join(' / ')}`,
    `  page chrome left out: ${t.bodyStart - 1} lines before the body${t.junk.length ? `; injected junk left out: ${t.junk.join(', ')}` : ''}`,
    `  jurisdiction: ${r.build.jurisdiction.name} (${r.build.jurisdiction.level}${r.build.jurisdiction.parent ? `, in ${r.build.jurisdiction.parent.name}` : ''}; agency ids Agency:${r.build.jurisdiction.key}-…)`,
    `  follows: ${t.follows.length ? t.follows.map((f) => `《${f.name}》 (line ${f.line})`).join(', ') : 'none named'}`,
    `found:`,
    `  tasks        ${t.tasks.length} (${counts(t.tasks.map((x) => x.level))})`,
    `  goals        ${t.goals.length} (${counts(t.goals.map((g) => g.kind))}), ${t.categories.length} table categories`,
    `  indicators   ${table.length} in the table (${t.tableLayout ?? 'no table'}${t.tableHeading ? `: ${t.tableHeading}` : ''}; ${counts(table.map((i) => i.attribute ?? 'no attribute'))}; targets ${counts(table.map((i) => i.target.kind + (i.target.ceiling ? ' ceiling' : '')))}), ${indicators.length - table.length} set in the text`,
    `  citations    ${citations.length}: ${followed} of followed plans, ${citations.length - followed - newCitations} of ${lawsKnown.size} registry laws, ${newCitations} of ${r.build.newLaws.length} new laws (kind guessed: ${r.build.newLaws.map((l) => `${l.name} → ${l.kind}`).join(', ') || 'none'})`,
    `  agencies     ${agencies.length} named (${agencies.length - r.build.newAgencies.length} in the registry, ${r.build.newAgencies.length} new, proposed: ${r.build.newAgencies.map((a) => a.name).join(', ') || 'none'})`,
    ...(r.build.foreignAgencies.length ? [`  other places' agencies named, not attached: ${r.build.foreignAgencies.join(', ')}`] : []),
    `  owners       ${counts(r.build.statedOwners.map((o) => o.relation)) || 'none'} stated by the plan (edges: ${r.build.statedOwners.filter((o) => o.from.startsWith('Indicator:')).length} on indicators, ${r.build.statedOwners.filter((o) => o.shape === 'a row of the division table').length} from division tables)`,
    ...r.build.division.map((d) => `  division table "${d.caption}" (line ${d.line}, ${d.layout === 'TAB' ? 'rows of cells' : 'one cell a line'}): ${d.rowsRead} rows read of ${d.rowsInTable} in the table${d.rowsRead < d.rowsInTable ? ' — NOT ALL ROWS READ' : ''}; ${d.matched} matched to the plan's tasks, ${d.added} added as tasks of their own${d.unresolved.length ? `; not resolved: ${d.unresolved.join(', ')}` : ''}`),
    `could not read: ${t.unread.length ? '' : 'nothing'}`,
    ...t.unread.map((u) => `  line ${u.line}: ${u.reason}: ${u.text.slice(0, 60)}`),
    // Every line left out is accounted for: counted by why here, each listed in the import's skipped lines.
    `left out: ${t.skipped.length ? counts(t.skipped.map((x) => x.kind.toLowerCase())) : 'nothing'}${t.joined.length ? `; ${t.joined.length} wrapped lines joined` : ''}`,
    ...t.skipped.filter((x) => x.kind !== 'OUTSIDE').slice(0, 20).map((x) => `  line ${x.line}: ${x.reason}: ${x.text.slice(0, 60)}`),
    ...(t.warnings.length ? ['WARNING: parts of the plan were not read:', ...t.warnings.map((w) => `  WARNING ${w}`)] : []),
    `proposed (not asserted): ${Object.entries(r.proposed).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`,
    ...r.continuity.map((c) => `  continuity with ${c.plan}: ${c.proposals} ${c.relation}`),
    `stored: ${r.build.graph.nodes.length} nodes, ${r.build.graph.edges.length} parsed edges, ${r.stored.stored} proposals (${r.stored.judged} already confirmed or rejected, ${r.stored.existing} already edges) into ${uri} in ${r.ms} ms`,
  ];
  return lines;
}
