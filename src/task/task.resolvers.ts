import type { QueryResolvers, TaskResolvers } from '../__generated__/resolvers-types';
import { links } from '../link/links';
import { besideChecks, complete, requireExisting } from '../node/resolve';
import { pageOf } from '../page/paging';
import { related, relatedOne } from '../relation/related';
import type { TaskModel } from './task.model';
import { taskFilter } from './task.repository';
import { planOf } from '../plan/plan.loader';

/** tasks: in plan order. */
export const taskQueries: Pick<QueryResolvers, 'tasks'> = {
  tasks: (_, { filter, ...page }, ctx, info) =>
    besideChecks(
      [
        filter?.supports ? requireExisting(ctx, filter.supports, 'Goal', 'filter.supports') : null,
        filter?.ownedBy ? requireExisting(ctx, filter.ownedBy, 'Agency', 'filter.ownedBy') : null,
        filter?.basedOn ? requireExisting(ctx, filter.basedOn, 'Law', 'filter.basedOn') : null,
        filter?.parent ? requireExisting(ctx, filter.parent, 'Task', 'filter.parent') : null,
        filter?.under ? requireExisting(ctx, filter.under, 'Task', 'filter.under') : null,
      ],
      () => pageOf<TaskModel>(ctx, 'Task', taskFilter(filter), page, info),
    ),
};

export const Task: TaskResolvers = {
  parent: (task, _, ctx) => relatedOne(ctx, 'Task.parent', task.id),
  children: (task, _, ctx) => related(ctx, 'Task.children', task.id),
  supports: (task, _, ctx) => related(ctx, 'Task.supports', task.id),
  ownedBy: (task, _, ctx) => related(ctx, 'Task.ownedBy', task.id),
  involves: (task, _, ctx) => related(ctx, 'Task.involves', task.id),
  basedOn: (task, _, ctx) => related(ctx, 'Task.basedOn', task.id),
  moves: (task, _, ctx) => related(ctx, 'Task.moves', task.id),
  plan: (task, _, ctx) => planOf(ctx, task.planId),
  links: (task, args, ctx) => links(ctx, task.id, args),
  provenance: async (task, _, ctx) => {
    const full = await complete(ctx, task);
    return { sectionPath: full.sectionPath, quote: full.quote };
  },
  text: async (task, _, ctx) => (await complete(ctx, task)).text,
  summary: async (task, _, ctx) => (await complete(ctx, task)).summary,
};
