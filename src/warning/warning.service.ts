import { targetInForce } from '../amendment/target';
import type { GraphContext } from '../context';
import { reviewInputs, reviewSeries } from '../review/review.service';
import { project } from './projection';
import type { WarningModel } from './warning.model';

/** How warnings project, stated where clients and docs/plan-life.md can read it. */
export const WARNING_METHOD =
  'Each Table 1 indicator is projected to its target year from its approved figures up to asOf (the baseline counts as a figure of its year), ' +
  'against the target in force as of asOf: levels and rates on the least-squares line through the figures; growth targets by the compound ' +
  'annual growth from the first figure to the latest, against the value the target rate reaches from the same start; annual targets by the ' +
  "latest year's amount. It needs a figure after the baseline year, and two figures for a trend. Binding indicators first.";

/** Indicators projected to miss their target in force, binding first, then by plan and number. */
export async function warnings(ctx: GraphContext, asOf: number, planKey: string | null): Promise<WarningModel[]> {
  const rows = await reviewInputs(ctx, asOf, planKey);
  const found: WarningModel[] = [];
  for (const { indicator, values, amendments } of rows) {
    const { series, hasNewData } = reviewSeries(indicator, values, asOf);
    if (!hasNewData) continue;
    const target = targetInForce(indicator, amendments, asOf);
    const targetYear = target.year ?? indicator.targetYear ?? 2025;
    const projection = project(series, target, targetYear);
    if (!projection?.misses) continue;
    found.push({
      indicator,
      binding: indicator.attribute === 'BINDING',
      projected: projection.projected,
      shortfall: projection.shortfall,
      required: projection.required,
      target,
      targetYear,
      method: projection.method,
      basis: series,
    });
  }
  // rows come in plan and number order; a stable sort keeps it within each group.
  return found.sort((a, b) => Number(b.binding) - Number(a.binding));
}
