import type { GapsResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import type { GoalModel } from '../goal/goal.model';
import { GOAL_HAS_INDICATOR } from '../goal/goal.repository';
import type { IndicatorModel } from '../indicator/indicator.model';
import { INDICATOR_HAS_OWNER, INDICATOR_HAS_TASK } from '../indicator/indicator.repository';
import type { LawModel } from '../law/law.model';
import { bindingIndicatorsWithLikelyOwner } from '../ownership/ownership.repository';
import { LAW_HAS_TASK } from '../law/law.repository';
import { pageOf } from '../page/paging';
import type { TaskModel } from '../task/task.model';
import { TASK_HAS_LAW, TASK_HAS_OWNER } from '../task/task.repository';

/** gaps: what the plan leaves open, each as a connection with its count. */
export const gapsQueries: Pick<QueryResolvers, 'gaps'> = {
  gaps: () => ({ kind: 'gaps' }),
};

export const Gaps: GapsResolvers = {
  // With likely owners: the model (docs/ownership.md) decides which have a confident suggestion; those drop out.
  bindingIndicatorsWithoutOwner: async (_, { includeLikelyOwners, ...page }, ctx) =>
    pageOf<IndicatorModel>(
      ctx,
      'Indicator',
      includeLikelyOwners
        ? { conditions: ["n.attribute = 'BINDING'", `NOT ${INDICATOR_HAS_OWNER}`, 'NOT n.id IN $withLikelyOwner'], params: { withLikelyOwner: await bindingIndicatorsWithLikelyOwner(ctx) } }
        : { conditions: ["n.attribute = 'BINDING'", `NOT ${INDICATOR_HAS_OWNER}`], params: {} },
      page,
    ),
  goalsWithoutIndicator: (_, page, ctx) => pageOf<GoalModel>(ctx, 'Goal', { conditions: [`NOT ${GOAL_HAS_INDICATOR}`], params: {} }, page),
  indicatorsWithoutTask: (_, page, ctx) => pageOf<IndicatorModel>(ctx, 'Indicator', { conditions: [`NOT ${INDICATOR_HAS_TASK}`], params: {} }, page),
  tasksWithoutOwner: (_, page, ctx) => pageOf<TaskModel>(ctx, 'Task', { conditions: [`NOT ${TASK_HAS_OWNER}`], params: {} }, page),
  tasksWithoutLegalBasis: (_, page, ctx) => pageOf<TaskModel>(ctx, 'Task', { conditions: [`NOT ${TASK_HAS_LAW}`], params: {} }, page),
  lawsWithoutTask: (_, page, ctx) => pageOf<LawModel>(ctx, 'Law', { conditions: [`NOT ${LAW_HAS_TASK}`], params: {} }, page),
};
