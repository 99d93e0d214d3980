import type { GraphGateway } from '../db/gateway';
import type { IndicatorModel } from '../indicator/indicator.model';
import { toPartialNodeModel } from '../node/node.model';
import { measurementsUpTo, recordMeasurements, type MeasurementInput } from '../review/review.repository';
import { reviewIndicator } from '../review/review.service';
import type { ReviewStatus } from '../review/trajectory';
import { DEMO_SOURCE } from '../review/report.data';
import { figureKeysNotFromSource, removeFiguresFromSource } from './demo.repository';

/** The source every demo figure carries (the report flags it too): a reader always sees a figure is made up. */
export { DEMO_SOURCE };

/** Who the audit trail says recorded the demo figures. */
export const DEMO_RECORDER = 'demo';

const CYCLE: ReviewStatus[] = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];
const YEARS = [2021, 2022, 2023];

/** A series of figures for 2021–2023 whose review as of 2023 has the wanted status, or null when none of the tried ones does. */
export function seriesFor(indicator: IndicatorModel, wanted: ReviewStatus, asOf = 2023): { year: number; value: number }[] | null {
  if (wanted === 'NO_DATA') return [];
  const ref = indicator.targetValue ?? 100;
  const start = indicator.baselineValue ?? ref * 0.6;
  for (let k = 0; k <= 80; k++) {
    const m = wanted === 'ACHIEVED' ? 1.2 - k * 0.005 : 1.3 - k * 0.02;
    let values: { year: number; value: number }[];
    if (indicator.targetKind === 'GROWTH') {
      const g = (ref * m) / 100;
      values = YEARS.map((year, n) => ({ year, value: Math.round(1000 * (1 + g) ** n * 100) / 100 }));
    } else if (indicator.targetKind === 'ANNUAL') {
      values = YEARS.map((year) => ({ year, value: Math.round(ref * m * 100) / 100 }));
    } else {
      const ceiling = indicator.targetComparator === 'LT' || indicator.targetComparator === 'LTE';
      const end = ceiling ? ref / Math.max(m, 0.05) : ref * m;
      values = YEARS.map((year, n) => ({ year, value: Math.round((start + ((end - start) * (n + 1)) / YEARS.length) * 100) / 100 }));
    }
    if (reviewIndicator(indicator, values, asOf).status === wanted) return values;
  }
  return null;
}

/**
 * Records synthetic figures (source "synthetic demo") so that Table 1 shows every status as of 2023: each indicator in
 * turn is made ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK or left NO_DATA. An indicator-year that already has a real figure
 * is never touched (listed in `skipped`). One transaction, audited as "demo".
 */
export async function recordDemoFigures(db: GraphGateway): Promise<{ recorded: number; indicators: number; skipped: string[]; statuses: Record<string, number> }> {
  const { rows } = await measurementsUpTo(db, 2030);
  const taken = new Set(await figureKeysNotFromSource(db, DEMO_SOURCE));
  const input: MeasurementInput[] = [];
  const skipped: string[] = [];
  const statuses: Record<string, number> = {};
  let indicators = 0;
  rows.forEach((row, n) => {
    const indicator = toPartialNodeModel(row.labels, row.pairs) as IndicatorModel;
    const wanted = CYCLE[n % CYCLE.length];
    const series = seriesFor(indicator, wanted) ?? seriesFor(indicator, 'AT_RISK') ?? [];
    const free = series.filter((v) => !taken.has(`${indicator.id}:${v.year}`));
    if (free.length < series.length) skipped.push(indicator.id);
    if (free.length < series.length || !series.length) return;
    indicators++;
    statuses[reviewIndicator(indicator, series, 2023).status] = (statuses[reviewIndicator(indicator, series, 2023).status] ?? 0) + 1;
    for (const v of free) input.push({ indicatorId: indicator.id, year: v.year, value: v.value, source: DEMO_SOURCE });
  });
  if (input.length) await recordMeasurements(db, input, DEMO_RECORDER);
  return { recorded: input.length, indicators, skipped, statuses };
}

/** Removes every synthetic demo figure (and the revisions it replaced); real figures are untouched. */
export async function removeDemoFigures(db: GraphGateway): Promise<number> {
  return removeFiguresFromSource(db, DEMO_SOURCE, DEMO_RECORDER);
}
