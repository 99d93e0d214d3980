/** How a chart draws an indicator: as its target's kind. Pure data, shared by the report and the console. */
export type ChartKind = 'LEVEL' | 'CEILING' | 'ANNUAL' | 'GROWTH';

/** What a chart needs to know of an indicator's target and baseline. */
export interface ChartTarget {
  kind: 'LEVEL' | 'ANNUAL' | 'GROWTH';
  comparator: string | null;
  value: number | null;
  unit: string | null;
  year: number | null;
  baseline: { year: number; value: number } | null;
}

/** The words a chart's legend and axis use, in the page's language. */
export interface ChartLabels {
  measured: string;
  baseline: string;
  target: string;
  path: string;
  growth: string;
  ceiling: string;
  annual: string;
}

/** One point of a chart. */
export interface ChartPoint {
  x: number;
  y: number;
  /** Where the figure comes from (a measurement's source), where known. */
  source?: string;
}

/** A chart's data, ready to draw: what the y axis means, the figures, and the target as a line or point. */
export interface ChartSpec {
  kind: ChartKind;
  /** The y axis: the target's unit (for GROWTH, % year-on-year). */
  unit: string;
  /** The figures drawn: levels (LEVEL, CEILING), yearly amounts (ANNUAL) or year-on-year growth in % (GROWTH). */
  points: ChartPoint[];
  /** The baseline as a level point (LEVEL and CEILING only: on an ANNUAL or GROWTH axis it would mislead). */
  baseline: ChartPoint | null;
  /** LEVEL: the target at its year. */
  targetPoint: ChartPoint | null;
  /** CEILING, ANNUAL, GROWTH: the target as a horizontal line over the plan's years. */
  targetLine: ChartPoint[];
  /** LEVEL with a baseline: the straight path from the baseline to the target. */
  path: ChartPoint[];
  /** Years shown on the x axis. */
  years: [number, number];
}

const CEILINGS = new Set(['LT', 'LTE']);

/** Year-on-year growth in % between consecutive years of a series (baseline included); gaps in years give no point. */
export function yearOnYearGrowth(series: ChartPoint[]): ChartPoint[] {
  const sorted = [...series].sort((a, b) => a.x - b.x);
  const out: ChartPoint[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const [prev, cur] = [sorted[i - 1], sorted[i]];
    if (cur.x !== prev.x + 1 || prev.y === 0) continue;
    out.push({ x: cur.x, y: Math.round(((cur.y / prev.y - 1) * 100) * 100) / 100, ...(cur.source ? { source: cur.source } : {}) });
  }
  return out;
}

/** The chart of an indicator drawn as its target's kind, from its target, baseline and measurements. */
export function chartSpecFor(target: ChartTarget, measurements: ChartPoint[], planStart = 2021): ChartSpec {
  const targetYear = target.year ?? 2025;
  const first = target.baseline?.year ?? planStart - 1;
  const years: [number, number] = [Math.min(first, ...measurements.map((m) => m.x)), Math.max(targetYear, ...measurements.map((m) => m.x))];
  const measured = [...measurements].sort((a, b) => a.x - b.x);
  const line = (y: number) => Array.from({ length: targetYear - planStart + 1 }, (_, k) => ({ x: planStart + k, y }));
  const base = target.baseline ? { x: target.baseline.year, y: target.baseline.value } : null;
  const empty = { baseline: null, targetPoint: null, targetLine: [], path: [], years };
  if (target.kind === 'GROWTH') {
    // Growth is drawn as growth: each year's rise over the year before, against the rate; the level baseline only
    // serves as the year before the first measured year.
    const series = [...(base && !measured.some((m) => m.x === base.x) ? [base] : []), ...measured];
    return { ...empty, kind: 'GROWTH', unit: '%', points: yearOnYearGrowth(series), targetLine: target.value === null ? [] : line(target.value) };
  }
  if (target.kind === 'ANNUAL') {
    return { ...empty, kind: 'ANNUAL', unit: target.unit ?? '', points: measured.filter((m) => m.x >= planStart), targetLine: target.value === null ? [] : line(target.value) };
  }
  if (target.comparator && CEILINGS.has(target.comparator)) {
    return { ...empty, kind: 'CEILING', unit: target.unit ?? '', points: measured, baseline: base, targetLine: target.value === null ? [] : line(target.value) };
  }
  const targetPoint = target.value === null ? null : { x: targetYear, y: target.value };
  return {
    ...empty,
    kind: 'LEVEL',
    unit: target.unit ?? '',
    points: measured,
    baseline: base,
    targetPoint,
    path: base && targetPoint ? [base, targetPoint] : [],
  };
}
