import type { QueryResolvers } from '../__generated__/resolvers-types';
import { requireExisting } from '../node/resolve';
import { checkYear } from '../review/years';
import { warnings } from './warning.service';

export const warningQueries: Pick<QueryResolvers, 'warnings'> = {
  warnings: async (_, { asOf, plan }, ctx) => {
    checkYear(asOf, 'asOf');
    if (plan) await requireExisting(ctx, plan, 'Plan', 'plan');
    return warnings(ctx, asOf, plan ? plan.slice('Plan:'.length) : null);
  },
};
