import type { GraphContext } from '../context';
import { makeId } from '../graph/ids';
import { isOfLabel } from '../node/node.model';
import type { PlanModel } from './plan.model';

/** The plan a goal, task or indicator belongs to (by its `planId`, the plan's key), through the request's node loader. */
export async function planOf(ctx: GraphContext, planKey: string): Promise<PlanModel> {
  const plan = await ctx.loaders.nodeById.load(makeId('Plan', planKey));
  if (!isOfLabel(plan, 'Plan')) throw new Error(`plan ${planKey} is missing`);
  return plan;
}
