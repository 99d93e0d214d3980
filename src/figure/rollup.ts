import type { AreaRollUp } from './figure.model';

/** A figure as the review reads it: its year, value and area (null for city-wide). */
export interface AreaValue {
  year: number;
  value: number;
  area?: string | null;
}

/**
 * The city-wide series: city-wide figures as recorded; with the SUM rule, a year without one takes the sum
 * of its area figures. Area figures of a SEPARATE indicator never make a city value.
 */
export function cityValues(values: readonly AreaValue[], rollUp: AreaRollUp | null | undefined): { year: number; value: number }[] {
  const city = new Map<number, number>();
  const sums = new Map<number, number>();
  for (const v of values) {
    if (!v.area) city.set(v.year, v.value);
    else if (rollUp === 'SUM') sums.set(v.year, (sums.get(v.year) ?? 0) + v.value);
  }
  for (const [year, sum] of sums) if (!city.has(year)) city.set(year, sum);
  return [...city].map(([year, value]) => ({ year, value })).sort((a, b) => a.year - b.year);
}
