import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { requireExisting } from '../../node/resolve';
import { lawAmendment } from '../whatif.repository';

/** whatIfLawAmended: the tasks, agencies and indicators an amendment of a law reaches. */
export const whatIfLawAmended: NonNullable<QueryResolvers['whatIfLawAmended']> = async (_, { law }, ctx) => ({
  law: await requireExisting(ctx, law, 'Law', 'law'),
  ...(await lawAmendment(ctx.db, law)),
});
