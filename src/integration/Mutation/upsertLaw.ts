import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { checkLengths, given, sharedId, write } from '../write';

/** upsertLaw: creates or updates one law (by id, external id or what a new one's id is made from). */
export const upsertLaw: NonNullable<MutationResolvers['upsertLaw']> = async (_, { input }, ctx) => {
  checkLengths(input);
  const { node, ...rest } = await write(ctx, { label: 'Law', id: input.id, externalId: input.externalId, expectedVersion: input.expectedVersion, newId: sharedId('Law', input.key), props: given(input, ['name', 'nameEn', 'aliases', 'kind', 'documentNumber']) }, input.reason);
  return { law: node, ...rest };
};
