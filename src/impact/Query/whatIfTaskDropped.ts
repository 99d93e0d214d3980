import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { requireExisting } from '../../node/resolve';
import { taskDrop } from '../whatif.repository';

/** whatIfTaskDropped: what dropping a task and its sub-tasks would leave without support. */
export const whatIfTaskDropped: NonNullable<QueryResolvers['whatIfTaskDropped']> = async (_, { task }, ctx) => ({
  task: await requireExisting(ctx, task, 'Task', 'task'),
  ...(await taskDrop(ctx.db, task)),
});
