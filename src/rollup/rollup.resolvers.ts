import type { IndicatorCoverageResolvers, TaskResolvers } from '../__generated__/resolvers-types';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { TaskModel } from '../task/task.model';
import { coverageLoader } from './rollup.repository';

/** Task fields of the coverage domain. */
export const TaskCoverageFields: Pick<TaskResolvers, 'coverage'> = {
  coverage: (t, _, ctx) => coverageLoader(ctx).load(t.id),
};

export const IndicatorCoverage: IndicatorCoverageResolvers = {
  indicator: async (c, _, ctx) => (await ctx.loaders.nodeById.load(c.indicatorId)) as IndicatorModel,
  movedBy: async (c, _, ctx) => (await ctx.loaders.nodeById.loadMany(c.moverIds)).filter((t): t is TaskModel => !!t && !(t instanceof Error) && t.label === 'Task'),
};
