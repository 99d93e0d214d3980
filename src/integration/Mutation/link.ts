import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { linkOrUnlink } from '../write';

/** link: adds an edge between two nodes (OWNED_BY through the ownership writer). */
export const link: NonNullable<MutationResolvers['link']> = (_, { input }, ctx) => linkOrUnlink(ctx, input, true);
