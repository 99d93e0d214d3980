import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { checkLengths, given, sharedId, write } from '../write';

/** upsertAgency: creates or updates one agency (by id, external id or what a new one's id is made from). */
export const upsertAgency: NonNullable<MutationResolvers['upsertAgency']> = async (_, { input }, ctx) => {
  checkLengths(input);
  const { node, ...rest } = await write(ctx, { label: 'Agency', id: input.id, externalId: input.externalId, expectedVersion: input.expectedVersion, newId: sharedId('Agency', input.key), props: given(input, ['name', 'nameEn', 'aliases', 'level', 'kind']) }, input.reason);
  return { agency: node, ...rest };
};
