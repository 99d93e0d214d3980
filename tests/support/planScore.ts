import type { ImportedText } from '../../src/importer/parse/model';
import type { PlanTruth } from './planDoc';

/** Precision, recall and F1 of what was read against what the plan says, counted as multisets. */
export interface MetricScore {
  truth: number;
  found: number;
  agreed: number;
  precision: number;
  recall: number;
  f1: number;
  /** Up to ten keys the truth has and the import lacks, and the other way round: where to look. */
  missed: string[];
  extra: string[];
}

export interface PlanScore {
  /** Task units: name, parent's name and level. */
  tasks: MetricScore;
  /** Indicators: name, attribute, kind and target value. */
  indicators: MetricScore;
  /** Citations: each as written, once per occurrence. */
  citations: MetricScore;
  /** Of the indicators found by name, how many have the truth's unit, ceiling flag and range bound. */
  units: { agreed: number; of: number };
  ceilings: { agreed: number; of: number };
  /** Body lines the import listed as skipped (chrome, junk, page furniture, notes, repeats, appendix), and its warnings. */
  skipped: number;
  /** Of those, lines it could not place, and table rows that did not read. */
  unread: number;
  warnings: string[];
}

function multiset(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** Scores keys found against keys expected, each key counted as often as it occurs. */
export function scoreKeys(expected: string[], found: string[]): MetricScore {
  const want = multiset(expected);
  const got = multiset(found);
  let agreed = 0;
  for (const [k, n] of got) agreed += Math.min(n, want.get(k) ?? 0);
  const precision = found.length ? agreed / found.length : expected.length ? 0 : 1;
  const recall = expected.length ? agreed / expected.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const missed = [...want].filter(([k, n]) => (got.get(k) ?? 0) < n).map(([k]) => k).slice(0, 10);
  const extra = [...got].filter(([k, n]) => (want.get(k) ?? 0) < n).map(([k]) => k).slice(0, 10);
  return { truth: expected.length, found: found.length, agreed, precision, recall, f1, missed, extra };
}

const taskKey = (level: string, parent: string | null, name: string) => `${level}|${parent ?? ''}|${name}`;

const DEPTH_LEVELS = ['CHAPTER', 'SECTION', 'SUBSECTION'] as const;

/**
 * A task unit's level as its nesting says it, so that two readings of the same tree agree: the outermost numbered part
 * is CHAPTER, then SECTION, SUBSECTION, ITEM, whatever marker numbers it (a plan whose 1. items stand three deep has
 * them as SUBSECTIONs, as a hand-written truth records them); a 专栏 stays COLUMN and its items are ITEMs (COLUMN_ITEM
 * and ITEM are one level); a MEASURE (a lead sentence read as a unit) stays MEASURE.
 */
function nestedLevels<T>(units: T[], level: (u: T) => string, parentOf: (u: T) => T | undefined): string[] {
  const depth = new Map<T, number>();
  const depthOf = (u: T, seen = new Set<T>()): number => {
    if (depth.has(u)) return depth.get(u)!;
    const p = parentOf(u);
    const d = p && !seen.has(p) ? depthOf(p, seen.add(u)) + 1 : 0;
    depth.set(u, d);
    return d;
  };
  return units.map((u) => {
    const l = level(u);
    if (l === 'COLUMN' || l === 'MEASURE') return l;
    const p = parentOf(u);
    if (l === 'COLUMN_ITEM' || (p && level(p) === 'COLUMN')) return 'ITEM';
    return DEPTH_LEVELS[depthOf(u)] ?? 'ITEM';
  });
}
const indicatorKey = (name: string, attribute: string | null, kind: string, value: number | null) => `${name}|${attribute ?? ''}|${kind}|${value ?? ''}`;

/** Scores what the importer read from a plan's text against the plan's truth. */
export function scorePlan(imported: ImportedText, truth: PlanTruth): PlanScore {
  const byCode = new Map(imported.tasks.map((t) => [t.code, t]));
  const truthByName = new Map<string, PlanTruth['tasks'][number]>();
  for (const t of truth.tasks) if (!truthByName.has(t.name)) truthByName.set(t.name, t);
  const truthLevels = nestedLevels(truth.tasks, (t) => t.level, (t) => (t.parent ? truthByName.get(t.parent) : undefined));
  const importedLevels = nestedLevels(imported.tasks, (t) => t.level, (t) => (t.parentCode ? byCode.get(t.parentCode) : undefined));
  const tasks = scoreKeys(
    truth.tasks.map((t, i) => taskKey(truthLevels[i], t.parent, t.name)),
    imported.tasks.map((t, i) => taskKey(importedLevels[i], t.parentCode ? byCode.get(t.parentCode)?.name ?? '?' : null, t.name)),
  );
  // The plan's indicators: its table's rows and the targets its goals list (not the quantities its work chapters set).
  const rows = imported.indicators.filter((i) => i.source === 'TABLE' || i.listed);
  const indicators = scoreKeys(
    truth.indicators.map((i) => indicatorKey(i.name, i.attribute, i.kind, i.value)),
    rows.map((i) => indicatorKey(i.name, i.attribute, i.target.kind, i.target.value)),
  );
  const citations = scoreKeys(truth.citations, imported.citations.map((c) => c.text));
  const units = { agreed: 0, of: 0 };
  const ceilings = { agreed: 0, of: 0 };
  for (const t of truth.indicators) {
    const row = rows.find((i) => i.name === t.name);
    if (!row) continue;
    units.of++;
    ceilings.of++;
    if ((row.unit ?? row.target.unit) === t.unit && (t.upper ?? null) === (row.target.upper ?? null)) units.agreed++;
    if (row.target.ceiling === t.ceiling) ceilings.agreed++;
  }
  const skipped = (imported.skipped ?? []).filter((s) => s.line >= imported.bodyStart && s.line <= imported.bodyEnd).length;
  const unread = (imported.skipped ?? []).filter((s) => s.kind === 'UNREAD').length + imported.unread.length;
  return { tasks, indicators, citations, units, ceilings, skipped, unread, warnings: imported.warnings ?? [] };
}

/** What a refused import scores: it read nothing, so every task, row and citation the plan has is missed. */
export function refusedScore(truth: PlanTruth, why: string): PlanScore {
  const none = (expected: string[]) => scoreKeys(expected, []);
  return {
    tasks: none(truth.tasks.map((t) => t.name)),
    indicators: none(truth.indicators.map((i) => i.name)),
    citations: none(truth.citations),
    units: { agreed: 0, of: truth.indicators.length },
    ceilings: { agreed: 0, of: truth.indicators.length },
    skipped: 0,
    unread: 0,
    warnings: [`refused: ${why}`],
  };
}

/** Adds up plans' scores (micro-averaged: every task, row and citation counts once). */
export function sumScores(scores: PlanScore[]): PlanScore {
  const add = (pick: (s: PlanScore) => MetricScore): MetricScore => {
    const truth = scores.reduce((n, s) => n + pick(s).truth, 0);
    const found = scores.reduce((n, s) => n + pick(s).found, 0);
    const agreed = scores.reduce((n, s) => n + pick(s).agreed, 0);
    const precision = found ? agreed / found : truth ? 0 : 1;
    const recall = truth ? agreed / truth : 1;
    return { truth, found, agreed, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, missed: scores.flatMap((s) => pick(s).missed).slice(0, 10), extra: scores.flatMap((s) => pick(s).extra).slice(0, 10) };
  };
  const pair = (pick: (s: PlanScore) => { agreed: number; of: number }) => ({ agreed: scores.reduce((n, s) => n + pick(s).agreed, 0), of: scores.reduce((n, s) => n + pick(s).of, 0) });
  return {
    tasks: add((s) => s.tasks), indicators: add((s) => s.indicators), citations: add((s) => s.citations), units: pair((s) => s.units), ceilings: pair((s) => s.ceilings),
    skipped: scores.reduce((n, s) => n + s.skipped, 0), unread: scores.reduce((n, s) => n + s.unread, 0), warnings: scores.flatMap((s) => s.warnings),
  };
}
