import type { QueryResolvers } from '../__generated__/resolvers-types';
import { planKeyOf } from '../graph/ids';
import { requireExisting } from '../node/resolve';
import { checkYear } from '../review/years';
import { warnings } from './warning.service';

export const warningQueries: Pick<QueryResolvers, 'warnings'> = {
  warnings: async (_, { asOf, plan }, ctx) => {
    checkYear(asOf, 'asOf');
    if (plan) await requireExisting(ctx, plan, 'Plan', 'plan');
    return warnings(ctx, asOf, plan ? planKeyOf(plan) : null);
  },
};
