/** How a chart draws an indicator: as its target's kind. Pure data, shared by the report and the console. */
export type ChartKind = 'LEVEL' | 'CEILING' | 'ANNUAL' | 'GROWTH' | 'CUMULATIVE';

/** What a chart needs to know of an indicator's target and baseline. */
export interface ChartTarget {
  kind: 'LEVEL' | 'ANNUAL' | 'GROWTH' | 'CUMULATIVE';
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
  /** The x axis and the data table's first column. */
  year: string;
  /** A running total (CUMULATIVE). */
  total: string;
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
  /** Years shown on the x axis (whole years: one tick each). */
  years: [number, number];
  /**
   * How the target bounds the figures: 'above' shades what lies above a ceiling (不高于…), 'below' what lies under a
   * floor (每年不少于…); null when the target is a point or path to reach.
   */
  band: 'above' | 'below' | null;
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
  const empty = { baseline: null, targetPoint: null, targetLine: [], path: [], years, band: null };
  if (target.kind === 'GROWTH') {
    // Growth is drawn as growth: each year's rise over the year before, against the rate; the level baseline only
    // serves as the year before the first measured year.
    const series = [...(base && !measured.some((m) => m.x === base.x) ? [base] : []), ...measured];
    return { ...empty, kind: 'GROWTH', unit: '%', points: yearOnYearGrowth(series), targetLine: target.value === null ? [] : line(target.value) };
  }
  if (target.kind === 'ANNUAL') {
    const band = target.value === null ? null : CEILINGS.has(target.comparator ?? '') ? 'above' : 'below';
    return { ...empty, kind: 'ANNUAL', unit: target.unit ?? '', points: measured.filter((m) => m.x >= planStart), targetLine: target.value === null ? [] : line(target.value), band };
  }
  if (target.kind === 'CUMULATIVE') {
    // A total over the period: the running total of the yearly figures against the straight path from 0 to the total.
    const start = targetYear - 5;
    let total = 0;
    const totals = measured.filter((m) => m.x > start).map((m) => ({ ...m, y: Math.round((total += m.y) * 100) / 100 }));
    const targetPoint = target.value === null ? null : { x: targetYear, y: target.value };
    return { ...empty, kind: 'CUMULATIVE', unit: target.unit ?? '', points: totals, targetPoint, path: targetPoint ? [{ x: start, y: 0 }, targetPoint] : [], years: [Math.min(start, years[0]), years[1]] };
  }
  if (target.comparator && CEILINGS.has(target.comparator)) {
    return { ...empty, kind: 'CEILING', unit: target.unit ?? '', points: measured, baseline: base, targetLine: target.value === null ? [] : line(target.value), band: target.value === null ? null : 'above' };
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

/** The whole years a chart's x axis ticks: one per year from the first to the last, never a half year. */
export function yearTicks(spec: Pick<ChartSpec, 'years'>): number[] {
  const [from, to] = spec.years;
  return Array.from({ length: Math.max(0, to - from) + 1 }, (_, k) => from + k);
}

/** One row of a chart's data table: a year and, per series, its value there (null when the series has none). */
export interface ChartTableRow {
  year: number;
  values: (number | null)[];
  /** The row holds a synthetic demo figure. */
  synthetic: boolean;
}

/** A chart as a table (its text alternative): a column per series drawn, a row per year that has a value. */
export function chartTable(spec: ChartSpec, labels: ChartLabels, demoSource = 'synthetic demo'): { columns: string[]; rows: ChartTableRow[] } {
  const unit = spec.unit ? ` (${spec.unit})` : '';
  const series: { label: string; points: ChartPoint[] }[] = [];
  if (spec.baseline) series.push({ label: labels.baseline, points: [spec.baseline] });
  series.push({ label: `${spec.kind === 'GROWTH' ? labels.growth : spec.kind === 'CUMULATIVE' ? labels.total : labels.measured}${unit}`, points: spec.points });
  const targetLabel = spec.kind === 'CEILING' ? labels.ceiling : spec.kind === 'ANNUAL' ? labels.annual : labels.target;
  if (spec.targetLine.length) series.push({ label: `${targetLabel}${unit}`, points: spec.targetLine });
  else if (spec.targetPoint) series.push({ label: `${targetLabel}${unit}`, points: [spec.targetPoint] });
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  return {
    columns: [labels.year, ...series.map((s) => s.label)],
    rows: years.map((year) => ({
      year,
      values: series.map((s) => s.points.find((p) => p.x === year)?.y ?? null),
      synthetic: spec.points.some((p) => p.x === year && p.source === demoSource),
    })),
  };
}
