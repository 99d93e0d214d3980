import type { QueryResolvers, TaskResolvers } from '../__generated__/resolvers-types';
import { findPage } from '../node/node.repository';
import { related, relatedOne, requireExisting } from '../node/resolve';
import { pageRequest, toConnection } from '../shared/connection';
import type { TaskModel } from './task.model';
import { taskFilter } from './task.repository';

/** tasks: in plan order. */
export const taskQueries: Pick<QueryResolvers, 'tasks'> = {
  tasks: async (_, { filter, first, after }, ctx) => {
    const page = pageRequest(first, after, ctx.config.MAX_PAGE_SIZE);
    if (filter?.supports) await requireExisting(ctx, filter.supports, 'Goal', 'filter.supports');
    if (filter?.ownedBy) await requireExisting(ctx, filter.ownedBy, 'Agency', 'filter.ownedBy');
    if (filter?.basedOn) await requireExisting(ctx, filter.basedOn, 'Law', 'filter.basedOn');
    if (filter?.parent) await requireExisting(ctx, filter.parent, 'Task', 'filter.parent');
    const { rows, totalCount } = await findPage(ctx.db, 'Task', taskFilter(filter), page, true);
    return toConnection(rows as TaskModel[], page, totalCount, (t) => [(t as TaskModel & { ord: number }).ord, t.id]);
  },
};

export const Task: TaskResolvers = {
  parent: (task, _, ctx) => relatedOne(ctx, 'Task.parent', task.id),
  children: (task, _, ctx) => related(ctx, 'Task.children', task.id),
  supports: (task, _, ctx) => related(ctx, 'Task.supports', task.id),
  ownedBy: (task, _, ctx) => related(ctx, 'Task.ownedBy', task.id),
  involves: (task, _, ctx) => related(ctx, 'Task.involves', task.id),
  basedOn: (task, _, ctx) => related(ctx, 'Task.basedOn', task.id),
  moves: (task, _, ctx) => related(ctx, 'Task.moves', task.id),
  plan: async (task, _, ctx) => (await ctx.loaders.nodeById.load(`Plan:${task.planId}`)) as never,
  provenance: (task) => ({ sectionPath: task.sectionPath, quote: task.quote }),
};
