import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { computeImpact, impactShape } from '../impact.service';

/** impact: everything a change to a node reaches, within maxDepth steps; only what the selection reads is read. */
export const impact: NonNullable<QueryResolvers['impact']> = (_, { of, maxDepth }, ctx, info) => computeImpact(ctx, of, maxDepth, impactShape(info));
