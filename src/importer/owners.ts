import type { ImportedIndicator } from './parse/model';
import type { ParsedTask } from './parse/types';
import { CELL_SEPARATORS, type DivisionRow, type DivisionTable } from './parse/division';
import { boxOf, markerOf } from './parse/markers';
import { dice, splitOutsideBrackets } from './parse/text';
import { readOwnerStatements, splitNames } from './parse/owners';
import { measureBigrams, overlap, type AgencyMention, type AgencyResolver, type Proposal, type StatedOwner, type TaskOwners } from './propose';

/** The share of an indicator's measure words an owner sentence must hold to name it. */
export const NAMED_SHARE = 0.8;
/** Names with at least this many measure-word pairs are descriptions: they may be named by their words. */
export const NAMED_LONG = 8;

/** What the import did with one division table: rows in it, rows read, matched to a task, added as tasks. */
export interface DivisionReport {
  caption: string;
  line: number;
  layout: DivisionTable['layout'];
  rowsInTable: number;
  rowsRead: number;
  matched: number;
  added: number;
  /** Names in lead or support cells that are no body of this plan's (another place's, or unreadable). */
  unresolved: string[];
}

/** A heading or a task cell compared by its words alone: no numbering, punctuation or spaces. */
export function taskKey(text: string): string {
  const unmarked = markerOf(text)?.rest ?? boxOf(text)?.title ?? text;
  return unmarked.replace(/[^\u4e00-\u9fa5A-Za-z0-9]/g, '');
}

/** The least similarity (Dice over character pairs) at which a row's task is taken for a heading of the plan. */
export const ROW_MATCH_THRESHOLD = 0.6;

/**
 * The plan's task a division row names: the heading with the same words; else the longest heading the row's text
 * starts with, or that holds the row's text (4 characters at least); else the heading most alike (Dice over
 * character pairs ≥ 0.6, the first of equals). Null: the row names a task the plan's headings do not.
 */
export function matchRowTask(row: DivisionRow, tasks: ParsedTask[]): ParsedTask | null {
  const cell = taskKey(row.task);
  if (!cell) return null;
  const keyed = tasks.map((t) => ({ t, key: taskKey(t.name) })).filter((x) => x.key.length > 0);
  const same = keyed.find((x) => x.key === cell);
  if (same) return same.t;
  const holding = keyed.filter((x) => x.key.length >= 4 && (cell.startsWith(x.key) || (cell.length >= 4 && x.key.includes(cell)))).sort((a, b) => b.key.length - a.key.length)[0];
  if (holding) return holding.t;
  let best: { t: ParsedTask; score: number } | null = null;
  for (const x of keyed) {
    const score = dice(cell, x.key);
    if (score >= ROW_MATCH_THRESHOLD && (!best || score > best.score)) best = { t: x.t, score };
  }
  return best?.t ?? null;
}

/** The names of a lead or support cell: split at 、，；, spaces and line breaks (never inside brackets: 各县（市、区）). */
export function cellNames(cell: string): string[] {
  return splitOutsideBrackets(cell, CELL_SEPARATORS.replace('、', ''))
    .flatMap((p) => splitNames(p)).map((p) => p.trim().replace(/[。.]$/, '').replace(/等(?:相关|有关)?(?:部门|单位)?$/, '')).filter((p) => p.length >= 2);
}

/** A unit cell that says who leads: 市市场监管局（牵头）、市公安局, or an owner statement (A牵头，B、C配合). Null otherwise. */
export function unitCell(cell: string, isAgency: (name: string) => boolean): { lead: string[]; support: string[] } | null {
  const marked = /[（(]牵头[)）]/;
  if (marked.test(cell)) {
    const names = splitOutsideBrackets(cell, CELL_SEPARATORS).filter(Boolean);
    return { lead: names.filter((n) => marked.test(n)).map((n) => n.replace(marked, '')), support: names.filter((n) => !marked.test(n)) };
  }
  const st = readOwnerStatements(cell, isAgency).filter((x) => x.explicit && x.lead.length);
  return st.length ? { lead: st.flatMap((x) => x.lead), support: st.flatMap((x) => x.support) } : null;
}

/**
 * Owners from division tables: each row's lead (OWNED_BY) and supports (INVOLVES) on the task it names, quoting the
 * row. Every row is imported: a row whose task is none of the plan's headings becomes a task of its own (ITEM) under
 * a task for the table (D1, D2…), so nothing the table says is lost.
 */
export function divisionOwners(tables: DivisionTable[], tasks: ParsedTask[], resolver: AgencyResolver, ids: { task: (code: string) => string; agency: (key: string) => string }): { stated: StatedOwner[]; tasks: ParsedTask[]; report: DivisionReport[] } {
  const stated: StatedOwner[] = [];
  const added: ParsedTask[] = [];
  const report: DivisionReport[] = [];
  const seen = new Set<string>();
  tables.forEach((table, t) => {
    const path = [table.caption];
    const holderCode = `D${t + 1}`;
    let holder: ParsedTask | null = null;
    const r: DivisionReport = { caption: table.caption, line: table.line, layout: table.layout, rowsInTable: table.rowsInTable, rowsRead: 0, matched: 0, added: 0, unresolved: [] };
    table.rows.forEach((row, n) => {
      let task = matchRowTask(row, tasks);
      if (task) r.matched++;
      else {
        holder ??= { code: holderCode, level: 'CHAPTER', name: table.caption, quote: table.caption, parentCode: null, sectionPath: path, paragraphs: [], line: table.line, ord: added.length };
        if (!added.includes(holder)) added.push(holder);
        task = { code: `${holderCode}.i${n + 1}`, level: 'ITEM', name: row.task, quote: row.quote, parentCode: holderCode, sectionPath: [...path, row.quote], paragraphs: row.detail, line: row.line, ord: added.length };
        added.push(task);
        r.added++;
      }
      r.rowsRead++;
      const from = ids.task(task.code);
      const resolveCell = (cells: string[]) =>
        cells.flatMap(cellNames).map((name) => {
          const m = resolver.resolveName(name, row.quote, path);
          if (!m) r.unresolved.push(name);
          return m;
        }).filter((m): m is AgencyMention => m !== null);
      // A unit cell may say who leads itself: 市市场监管局牵头，市公安局配合 / 市市场监管局（牵头）、市公安局.
      const cellSays = row.lead.map((cell) => unitCell(cell, resolver.isAgency));
      const saysLead = cellSays.some((x) => x !== null);
      const leads = saysLead ? resolveCell(cellSays.flatMap((x, i) => x?.lead ?? [row.lead[i]])) : resolveCell(row.lead);
      const supports = resolveCell([...cellSays.flatMap((x) => x?.support ?? []), ...row.support]);
      // 责任单位 alone, naming no lead: its first name leads, the others take part.
      const lead = row.firstNamedLeads && !saysLead ? leads.slice(0, 1) : leads;
      const support = row.firstNamedLeads && !saysLead ? [...leads.slice(1), ...supports] : supports;
      const add = (relation: 'OWNED_BY' | 'INVOLVES', m: AgencyMention) => {
        const k = `${from}|${m.key}`;
        if (seen.has(`OWNED_BY|${k}`) || seen.has(`${relation}|${k}`)) return;
        seen.add(`${relation}|${k}`);
        stated.push({ relation, from, to: ids.agency(m.key), quote: row.quote, sectionPath: path, mention: m.name, shape: 'a row of the division table' });
      };
      for (const m of lead) add('OWNED_BY', m);
      for (const m of support) add('INVOLVES', m);
    });
    report.push(r);
  });
  return { stated, tasks: added, report };
}

/**
 * Owners of indicators from owner sentences: a sentence that states owners and sets (or restates) an indicator's
 * target, or names the indicator, owns it as it owns its task (stated, or proposed 0.6 when only read from the
 * subject); an owner the task that sets the target states in another sentence is proposed (0.5).
 */
export function indicatorOwners(indicators: ImportedIndicator[], statements: Map<string, TaskOwners['statements']>, indicatorId: (code: string) => string, agencyId: (key: string) => string): { stated: StatedOwner[]; proposals: Proposal[] } {
  const stated: StatedOwner[] = [];
  const proposals: Proposal[] = [];
  const done = new Map<string, number>(); // key → 2 stated, 1 proposed
  const add = (indicator: ImportedIndicator, m: AgencyMention, st: TaskOwners['statements'][number], strength: 'SAME' | 'NAMED' | 'TASK') => {
    const k = `${indicator.code}|${m.key}`;
    // A reading of the subject elsewhere in the task is too far from the target to say whose it is.
    if (strength === 'TASK' && !st.explicit) return;
    const explicit = st.explicit && strength !== 'TASK';
    if ((done.get(k) ?? 0) >= (explicit ? 2 : 1)) return;
    if (explicit) {
      const i = proposals.findIndex((p) => p.from === indicatorId(indicator.code) && p.to === agencyId(m.key));
      if (i >= 0) proposals.splice(i, 1);
      stated.push({ relation: 'OWNED_BY', from: indicatorId(indicator.code), to: agencyId(m.key), quote: st.sentence, sectionPath: st.sectionPath, mention: m.name, shape: st.shape });
      done.set(k, 2);
      return;
    }
    proposals.push({
      relation: 'OWNED_BY', from: indicatorId(indicator.code), to: agencyId(m.key), confidence: strength === 'TASK' ? 0.5 : 0.6, quote: st.sentence, sectionPath: st.sectionPath, mention: m.name,
      evidence: `${strength === 'TASK' ? 'the task that sets its target names its owner' : strength === 'NAMED' ? 'the owner sentence names the indicator' : 'the owner sentence sets its target'}: ${m.name}`,
    });
    done.set(k, 1);
  };
  const all = [...statements.values()].flat();
  for (const indicator of indicators) {
    const sources = indicator.source === 'TEXT' && indicator.taskCode ? [{ taskCode: indicator.taskCode, quote: indicator.quote }] : (indicator.setBy ?? []);
    for (const src of sources) {
      for (const st of statements.get(src.taskCode) ?? []) {
        const same = st.sentence.includes(src.quote) || src.quote.includes(st.sentence);
        for (const m of st.leads) add(indicator, m, st, same ? 'SAME' : 'TASK');
      }
    }
    // A sentence names an indicator when it holds its name, or, for a long name (a description more than a measure),
    // nearly all of its measure words (创建10个及以上商业秘密保护单位 names 创建商业秘密保护单位或示范基地); a short name
    // must stand whole (药品抽检合格率 does not name 食品抽检合格率).
    const name = taskKey(indicator.name);
    const grams = measureBigrams(indicator.name);
    if (name.length < 4) continue;
    for (const st of all) {
      if (taskKey(st.sentence).includes(name) || (grams.size >= NAMED_LONG && overlap(grams, measureBigrams(st.sentence)) >= NAMED_SHARE)) for (const m of st.leads) add(indicator, m, st, 'NAMED');
    }
  }
  return { stated, proposals };
}
