import type { ImpactResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { impact } from './Query/impact';
import { impactDiagram } from './Query/impactDiagram';
import { whatIfAgencyDissolved } from './Query/whatIfAgencyDissolved';
import { whatIfLawAmended } from './Query/whatIfLawAmended';
import { whatIfTaskDropped } from './Query/whatIfTaskDropped';

/** impact, its diagram, and the what-if questions planners ask (one file each under Query/); none of them changes anything. */
export const impactQueries: Pick<QueryResolvers, 'impact' | 'impactDiagram' | 'whatIfAgencyDissolved' | 'whatIfTaskDropped' | 'whatIfLawAmended'> = {
  impact, impactDiagram, whatIfAgencyDissolved, whatIfTaskDropped, whatIfLawAmended,
};

export const Impact: ImpactResolvers = {
  summary: (impact) => {
    const byKind = new Map<string, number>();
    for (const a of impact.affected) byKind.set(a.node.label, (byKind.get(a.node.label) ?? 0) + 1);
    return {
      total: impact.affected.length,
      byKind: [...byKind].map(([kind, count]) => ({ kind, count })).sort((a, b) => a.kind.localeCompare(b.kind)),
      bindingIndicators: impact.affected.filter((a) => a.node.label === 'Indicator' && a.node.attribute === 'BINDING').length,
    };
  },
};
