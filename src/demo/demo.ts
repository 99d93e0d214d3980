import type { GraphGateway } from '../db/gateway';
import type { IndicatorModel } from '../indicator/indicator.model';
import { toPartialNodeModel } from '../node/node.model';
import { DEMO_SOURCE } from '../review/report.data';
import { measurementsUpTo, recordMeasurements, type MeasurementInput } from '../review/review.repository';
import { reviewIndicator } from '../review/review.service';
import type { ReviewStatus } from '../review/trajectory';
import { figureKeysNotFromSource, planPeriods, removeFiguresFromSource } from './demo.repository';

/** The source every demo figure carries (the report flags it too): a reader always sees a figure is made up. */
export { DEMO_SOURCE };

/** Who the audit trail says recorded the demo figures. */
export const DEMO_RECORDER = 'demo';

/** The year the demo makes the review as of. */
export const DEMO_AS_OF = 2023;

const CYCLE: ReviewStatus[] = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];

/** Units counted in whole things (件, 家, 项 …): their figures are whole numbers. */
const WHOLE_UNITS = new Set(['件', '个', '家', '项', '人', '户', '批', '次', '所', '座', '台', '部', '名', '套', '条', '只', '场', '处', '张', '本', '份', '例', '人次', '家次', '件次', '项次', '批次']);

/** What a measure's figures may be: at least `min`, at most `max` (a rate: 100), whole numbers for counts. */
export interface MeasureBounds {
  unit: string | null;
  min: number;
  max: number;
  whole: boolean;
}

/** The unit a measure's figures are in: the baseline's, else the target's (a growth target's % is a rate, not the figure's unit). */
export function figureUnit(i: Pick<IndicatorModel, 'baselineUnit' | 'targetUnit' | 'targetKind'>): string | null {
  return i.baselineUnit ?? (i.targetKind === 'GROWTH' ? null : i.targetUnit);
}

/** The bounds of an indicator's figures, from their unit: a percentage lies in 0–100, a count is whole, nothing is negative. */
export function measureBounds(i: Pick<IndicatorModel, 'baselineUnit' | 'targetUnit' | 'targetKind'>): MeasureBounds {
  const unit = figureUnit(i);
  const percent = unit !== null && /^(%|％|‰)$/.test(unit.trim());
  return { unit, min: 0, max: percent ? (unit!.trim() === '‰' ? 1000 : 100) : Number.POSITIVE_INFINITY, whole: unit !== null && WHOLE_UNITS.has(unit.trim()) };
}

/** The largest believable change from one year to the next: 30 % of the year before, and at least a small absolute step. */
export function maxStep(previous: number, bounds: MeasureBounds): number {
  const floor = bounds.max <= 1000 ? 10 : bounds.whole ? 2 : 0.5;
  return Math.max(Math.abs(previous) * 0.3, floor);
}

/** A plan's period. */
export interface PlanPeriod {
  start: number | null;
  end: number | null;
}

/**
 * The years the demo fills for an indicator: inside its plan's period, after its baseline year, up to `asOf`. None for a
 * plan without a period or one that starts after `asOf` (a 2026–2030 plan gets no 2021–2023 figures).
 */
export function demoYears(i: Pick<IndicatorModel, 'baselineYear'>, period: PlanPeriod | undefined, asOf = DEMO_AS_OF): number[] {
  if (!period || period.start === null || period.end === null) return [];
  const from = Math.max(period.start, (i.baselineYear ?? period.start - 1) + 1);
  const to = Math.min(period.end, asOf);
  return from > to ? [] : Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

const within = (v: number, b: MeasureBounds) => Math.min(b.max, Math.max(b.min, v));
const rounded = (v: number, b: MeasureBounds) => (b.whole ? Math.round(v) : Math.round(v * 100) / 100);

/**
 * A walk from `start` towards `end` over `years`: each year moves a share of the way, never more than `maxStep`, stays
 * within the bounds and is rounded as the unit is (whole for counts). Monotone: it never turns back.
 */
function walk(start: number, end: number, years: number[], b: MeasureBounds): { year: number; value: number }[] {
  let value = start;
  return years.map((year, n) => {
    const wanted = (end - value) / (years.length - n);
    const step = Math.sign(wanted) * Math.min(Math.abs(wanted), maxStep(value, b));
    const next = rounded(within(value + step, b), b);
    // Rounding must not turn the walk back.
    value = Math.sign(end - start) * (next - value) < 0 ? value : next;
    return { year, value };
  });
}

/**
 * A believable series for the demo years whose review as of `asOf` has the wanted status, or null when none of the
 * tried ones does: from the baseline (or near the target without one), moving towards a multiple of the target in
 * bounded steps, within the measure's bounds, whole for counts.
 */
export function seriesFor(indicator: IndicatorModel, wanted: ReviewStatus, years: number[], asOf = DEMO_AS_OF): { year: number; value: number }[] | null {
  if (wanted === 'NO_DATA' || !years.length) return wanted === 'NO_DATA' ? [] : null;
  const b = measureBounds(indicator);
  const ref = indicator.targetValue;
  if (ref === null) return null;
  const ceiling = indicator.targetComparator === 'LT' || indicator.targetComparator === 'LTE';
  for (let k = 0; k <= 60; k++) {
    const m = wanted === 'ACHIEVED' ? 1.15 - k * 0.0025 : 1.2 - k * 0.015;
    let values: { year: number; value: number }[];
    if (indicator.targetKind === 'GROWTH') {
      // Growth from the baseline's level: a rate near the target's, at most 25 % a year.
      const start = indicator.baselineValue ?? 1000;
      const g = Math.min(0.25, Math.max(-0.2, (ref * m) / 100));
      let value = start;
      values = years.map((year) => ({ year, value: (value = rounded(within(value * (1 + g), b), b)) }));
    } else if (indicator.targetKind === 'ANNUAL') {
      const amount = rounded(within(ceiling ? ref / Math.max(m, 0.05) : ref * m, b), b);
      values = years.map((year) => ({ year, value: amount }));
    } else if (indicator.targetKind === 'CUMULATIVE') {
      // Yearly amounts that add up towards the period's total.
      const amount = rounded(within((ref * m) / 5, b), b);
      values = years.map((year) => ({ year, value: amount }));
    } else {
      const end = within(ceiling ? ref / Math.max(m, 0.05) : ref * m, b);
      const start = indicator.baselineValue ?? rounded(within(ceiling ? ref * 1.1 : ref * 0.9, b), b);
      values = walk(start, end, years, b);
    }
    if (reviewIndicator(indicator, values, asOf).status === wanted) return values;
  }
  return null;
}

/**
 * What makes a demo series implausible, as sentences (empty when none): a figure outside the measure's bounds, a
 * fractional count, a step from one year to the next (the baseline first) beyond `maxStep`, or a series that turns back.
 * Used by the tests over generated indicators and over the seed's.
 */
export function implausible(indicator: IndicatorModel, series: { year: number; value: number }[]): string[] {
  const b = measureBounds(indicator);
  const out: string[] = [];
  for (const v of series) {
    if (!Number.isFinite(v.value) || v.value < b.min || v.value > b.max) out.push(`${v.year}: ${v.value} outside ${b.min}–${b.max} ${b.unit ?? ''}`);
    if (b.whole && !Number.isInteger(v.value)) out.push(`${v.year}: ${v.value} is not a whole ${b.unit}`);
  }
  if (indicator.targetKind === 'ANNUAL' || indicator.targetKind === 'CUMULATIVE') return out; // yearly amounts, not a level
  const levels = [...(indicator.baselineValue !== null && indicator.baselineYear !== null ? [{ year: indicator.baselineYear, value: indicator.baselineValue }] : []), ...series].sort((a, c) => a.year - c.year);
  let direction = 0;
  for (let k = 1; k < levels.length; k++) {
    const [prev, cur] = [levels[k - 1], levels[k]];
    const limit = maxStep(prev.value, b) * (cur.year - prev.year) * (1 + 1e-9) + (b.whole ? 1 : 0.01);
    if (Math.abs(cur.value - prev.value) > limit) out.push(`${prev.year}→${cur.year}: ${prev.value} → ${cur.value} is a step beyond ${limit.toFixed(2)}`);
    const sign = Math.sign(cur.value - prev.value);
    if (sign !== 0 && direction !== 0 && sign !== direction) out.push(`${cur.year}: the series turns back`);
    if (sign !== 0) direction = sign;
  }
  return out;
}

/**
 * Records synthetic figures (source "synthetic demo") so that Table 1 shows every status as of 2023: each indicator in
 * turn is made ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK or left NO_DATA, with believable figures (within the measure's
 * bounds, whole for counts, in bounded steps), and only in the years its plan's period covers. An indicator-year that
 * already has a real figure is never touched (listed in `skipped`). One transaction, audited as "demo".
 */
export async function recordDemoFigures(db: GraphGateway, asOf = DEMO_AS_OF): Promise<{ recorded: number; indicators: number; skipped: string[]; outOfPeriod: number; statuses: Record<string, number> }> {
  const [{ rows }, periods] = await Promise.all([measurementsUpTo(db, 2100), planPeriods(db)]);
  const taken = new Set(await figureKeysNotFromSource(db, DEMO_SOURCE));
  const input: MeasurementInput[] = [];
  const skipped: string[] = [];
  const statuses: Record<string, number> = {};
  let indicators = 0;
  let outOfPeriod = 0;
  rows.forEach((row, n) => {
    const indicator = toPartialNodeModel(row.labels, row.pairs) as IndicatorModel;
    const years = demoYears(indicator, periods.get(indicator.planId), asOf);
    if (!years.length) {
      outOfPeriod++;
      return;
    }
    const wanted = CYCLE[n % CYCLE.length];
    const series = seriesFor(indicator, wanted, years, asOf) ?? seriesFor(indicator, 'AT_RISK', years, asOf) ?? seriesFor(indicator, 'OFF_TRACK', years, asOf) ?? [];
    const free = series.filter((v) => !taken.has(`${indicator.id}:${v.year}`));
    if (free.length < series.length) skipped.push(indicator.id);
    if (free.length < series.length || !series.length) return;
    indicators++;
    const status = reviewIndicator(indicator, series, asOf).status;
    statuses[status] = (statuses[status] ?? 0) + 1;
    for (const v of free) input.push({ indicatorId: indicator.id, year: v.year, value: v.value, source: DEMO_SOURCE });
  });
  if (input.length) await recordMeasurements(db, input, DEMO_RECORDER);
  return { recorded: input.length, indicators, skipped, outOfPeriod, statuses };
}

/** Removes every synthetic demo figure (and the revisions it replaced); real figures are untouched. */
export async function removeDemoFigures(db: GraphGateway): Promise<number> {
  return removeFiguresFromSource(db, DEMO_SOURCE, DEMO_RECORDER);
}
