import type { QueryResolvers } from '../../__generated__/resolvers-types';
import { impactToDot, impactToMermaid } from '../diagram';
import { computeImpact } from '../impact.service';

/** impactDiagram: the impact as Graphviz DOT or Mermaid text. */
export const impactDiagram: NonNullable<QueryResolvers['impactDiagram']> = async (_, { of, maxDepth, format }, ctx) => {
  const impact = await computeImpact(ctx, of, maxDepth);
  return format === 'DOT' ? impactToDot(impact) : impactToMermaid(impact);
};
