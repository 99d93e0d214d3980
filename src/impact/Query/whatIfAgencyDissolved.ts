import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { requireExisting } from '../../node/resolve';
import { agencyDissolution } from '../whatif.repository';

/** whatIfAgencyDissolved: what an agency's dissolution would leave without an owner or participant. */
export const whatIfAgencyDissolved: NonNullable<QueryResolvers['whatIfAgencyDissolved']> = async (_, { agency }, ctx) => ({
  agency: await requireExisting(ctx, agency, 'Agency', 'agency'),
  ...(await agencyDissolution(ctx.db, agency)),
});
