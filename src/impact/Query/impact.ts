import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { computeImpact } from '../impact.service';

/** impact: everything a change to a node reaches, within maxDepth steps. */
export const impact: NonNullable<QueryResolvers['impact']> = (_, { of, maxDepth }, ctx) => computeImpact(ctx, of, maxDepth);
