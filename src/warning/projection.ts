import type { TargetModel } from '../amendment/amendment.model';
import { meetsTarget } from '../review/trajectory';

export type ProjectionMethod = 'LINEAR' | 'COMPOUND_GROWTH' | 'ANNUAL_AMOUNT';

/** An indicator projected to its target year. */
export interface Projection {
  method: ProjectionMethod;
  projected: number;
  required: number;
  /** How far the projection falls short of what the target asks; 0 when it meets it. */
  shortfall: number;
  misses: boolean;
}

type Point = { year: number; value: number };

/** The least-squares line through the points, read at `year`; null with fewer than two distinct years. */
export function linearAt(points: readonly Point[], year: number): number | null {
  if (new Set(points.map((p) => p.year)).size < 2) return null;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.year, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.year - mx) * (p.value - my), 0);
  const sxx = points.reduce((s, p) => s + (p.year - mx) ** 2, 0);
  return my + (sxy / sxx) * (year - mx);
}

/**
 * Projects a series (oldest first) to the target year by the target's kind: levels and rates on their
 * least-squares line; growth targets by the compound annual growth from the first point to the latest,
 * against the value the target's rate would reach from the same start; annual targets by the latest year's
 * amount. Null when the series cannot carry the method (too few points, a non-positive start for growth).
 */
export function project(points: readonly Point[], target: TargetModel, targetYear: number): Projection | null {
  if (target.value === null || points.length === 0) return null;
  const cmp = target.comparator;
  const lowerIsBetter = cmp === 'LT' || cmp === 'LTE';
  const judge = (method: ProjectionMethod, projected: number, required: number): Projection => {
    const misses = !meetsTarget(projected, required, cmp);
    const gap = lowerIsBetter ? projected - required : required - projected;
    return { method, projected, required, shortfall: misses ? Math.max(gap, 0) : 0, misses };
  };
  if (target.kind === 'ANNUAL') return judge('ANNUAL_AMOUNT', points[points.length - 1].value, target.value);
  if (target.kind === 'GROWTH') {
    const first = points[0];
    const last = points[points.length - 1];
    if (last.year <= first.year || first.value <= 0 || last.value <= 0) return null;
    const rate = (last.value / first.value) ** (1 / (last.year - first.year)) - 1;
    const projected = last.value * (1 + rate) ** (targetYear - last.year);
    const required = first.value * (1 + target.value / 100) ** (targetYear - first.year);
    // Growth is asked from below: the projection misses when it ends under the value the rate would reach.
    const misses = projected < required - 1e-9;
    return { method: 'COMPOUND_GROWTH', projected, required, shortfall: misses ? required - projected : 0, misses };
  }
  const projected = linearAt(points, targetYear);
  return projected === null ? null : judge('LINEAR', projected, target.value);
}
