import { stringify } from 'yaml';
import { indicatorsFileSchema, tasksFileSchema } from '../graph/curation';
import type { GraphGateway } from '../db/gateway';
import { confirmedProposals, textIndicatorsMoved } from './proposal.repository';

/** One curation file, with its path inside the plan's seed folder. */
export interface CurationFileModel {
  path: string;
  content: string;
}

/**
 * A plan's confirmed edges written as the seed's curation (seed/README.md): tasks/imported.yaml (supports, moves,
 * ownedBy, involves, each with its quote) and indicators.yaml (Table rows' goals; the text targets moved). Both
 * are checked against the seed's schemas before they are returned. English is left empty for a curator.
 */
export async function exportCuration(db: GraphGateway, plan: string): Promise<CurationFileModel[]> {
  const confirmed = await confirmedProposals(db, plan);
  const tasks: Record<string, { nameEn: string; supports: object[]; moves: object[]; ownedBy: object[]; involves: object[] }> = {};
  const table: Record<string, { nameEn: string; measures: string[]; ownedBy: object[] }> = {};
  const textOwners: Record<string, object[]> = {};
  const textCodes = new Set<string>();
  const taskOf = (code: string) => (tasks[code] ??= { nameEn: '', supports: [], moves: [], ownedBy: [], involves: [] });
  for (const p of confirmed) {
    if (!p.fromCode) continue;
    // An indicator's owner (an owner sentence that sets its target) is written with the indicator, a task's with the task.
    if (p.relation === 'OWNED_BY' && p.fromId.startsWith('Indicator:')) {
      if (p.fromNumber !== null) (table[String(p.fromNumber)] ??= { nameEn: '', measures: [], ownedBy: [] }).ownedBy.push({ agency: p.mention, quote: p.quote });
      else (textOwners[p.fromCode] ??= []).push({ agency: p.mention, quote: p.quote });
      continue;
    }
    if (p.relation === 'OWNED_BY' || p.relation === 'INVOLVES') {
      taskOf(p.fromCode)[p.relation === 'OWNED_BY' ? 'ownedBy' : 'involves'].push({ agency: p.mention, quote: p.quote });
      continue;
    }
    if (!p.toCode) continue;
    if (p.relation === 'MEASURES') {
      const row = (table[p.fromCode] ??= { nameEn: '', measures: [], ownedBy: [] });
      if (/^G-SPECIFIC-\d+$/.test(p.toCode)) row.measures.push(p.toCode);
      continue;
    }
    if (p.relation === 'SUPPORTS') taskOf(p.fromCode).supports.push({ goal: p.toCode, quote: p.quote });
    if (p.relation === 'MOVES') {
      taskOf(p.fromCode).moves.push({ indicator: p.toNumber ?? p.toCode, quote: p.quote });
      if (p.toNumber === null) textCodes.add(p.toCode);
    }
  }
  // A text target whose owner is confirmed is written even when no MOVES of it is.
  for (const code of Object.keys(textOwners)) textCodes.add(code);
  const text = textCodes.size ? await textIndicatorsMoved(db, plan, [...textCodes]) : [];
  const indicators = {
    table,
    text: text.map((t) => ({
      code: t.code, name: t.name, nameEn: '', targetRaw: t.targetRaw,
      target: { value: t.targetValue, unit: t.targetUnit, comparator: t.targetComparator, kind: t.targetKind === 'CUMULATIVE' ? 'LEVEL' : t.targetKind, year: t.targetYear ?? undefined },
      quote: t.quote, task: t.task ?? '', ownedBy: textOwners[t.code] ?? [],
    })),
  };
  tasksFileSchema.parse(tasks);
  indicatorsFileSchema.parse(indicators);
  const header = (what: string) => `# ${what} of ${plan}, exported from the confirmed proposals (English left empty for a curator).\n`;
  return [
    { path: 'tasks/imported.yaml', content: header('Task curation') + stringify(tasks, { lineWidth: 0 }) },
    { path: 'indicators.yaml', content: header('Indicator curation') + stringify(indicators, { lineWidth: 0 }) },
  ];
}
