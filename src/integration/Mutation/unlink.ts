import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { linkOrUnlink } from '../write';

/** unlink: removes an edge between two nodes. */
export const unlink: NonNullable<MutationResolvers['unlink']> = (_, { input }, ctx) => linkOrUnlink(ctx, input, false);
