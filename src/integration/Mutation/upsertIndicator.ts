import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { BadUserInputError } from '../../errors';
import { checkLengths, given, planScopedId, write } from '../write';

/** upsertIndicator: creates or updates one indicator (by id, external id or what a new one's id is made from). */
export const upsertIndicator: NonNullable<MutationResolvers['upsertIndicator']> = async (_, { input }, ctx) => {
  checkLengths(input);
  if (input.targetValue !== undefined && input.targetValue !== null && !Number.isFinite(input.targetValue)) throw new BadUserInputError('input.targetValue must be finite', { argument: 'input.targetValue' });
  const scoped = planScopedId('Indicator', input.plan, input.code);
  const props = given(input, ['name', 'nameEn', 'category', 'attribute', 'targetRaw', 'targetValue', 'targetUnit', 'targetComparator', 'targetKind', 'targetYear']);
  const { node, ...rest } = await write(ctx, { label: 'Indicator', id: input.id, externalId: input.externalId, expectedVersion: input.expectedVersion, ...scoped, props: { ...props, ...(input.code ? { code: input.code } : {}) } }, input.reason);
  return { indicator: node, ...rest };
};
