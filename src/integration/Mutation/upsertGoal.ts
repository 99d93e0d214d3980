import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { checkLengths, given, planScopedId, write } from '../write';

/** upsertGoal: creates or updates one goal (by id, external id or what a new one's id is made from). */
export const upsertGoal: NonNullable<MutationResolvers['upsertGoal']> = async (_, { input }, ctx) => {
  checkLengths(input, ['text']);
  const scoped = planScopedId('Goal', input.plan, input.code);
  const { node, ...rest } = await write(ctx, { label: 'Goal', id: input.id, externalId: input.externalId, expectedVersion: input.expectedVersion, ...scoped, props: { ...given(input, ['kind', 'name', 'nameEn', 'text']), ...(input.code ? { code: input.code } : {}) } }, input.reason);
  return { goal: node, ...rest };
};
