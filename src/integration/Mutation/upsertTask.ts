import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { checkLengths, given, planScopedId, write } from '../write';

/** upsertTask: creates or updates one task (by id, external id or what a new one's id is made from). */
export const upsertTask: NonNullable<MutationResolvers['upsertTask']> = async (_, { input }, ctx) => {
  checkLengths(input, ['summary']);
  const scoped = planScopedId('Task', input.plan, input.code);
  const { node, ...rest } = await write(ctx, { label: 'Task', id: input.id, externalId: input.externalId, expectedVersion: input.expectedVersion, ...scoped, props: { ...given(input, ['level', 'name', 'nameEn', 'summary']), ...(input.code ? { code: input.code } : {}) } }, input.reason);
  return { task: node, ...rest };
};
