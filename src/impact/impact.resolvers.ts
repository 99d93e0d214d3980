import type { ImpactResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import type { GraphContext } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { requireExisting } from '../node/resolve';
import { parseEntityId } from '../graph/ids';
import { impactToDot, impactToMermaid } from './diagram';
import type { ImpactModel } from './impact.model';
import { impactOf } from './impact.repository';
import { agencyDissolution, lawAmendment, taskDrop } from './whatif.repository';

const MAX_DEPTH = 6;

async function computeImpact(ctx: GraphContext, of: string, maxDepth: number | null | undefined): Promise<ImpactModel> {
  parseEntityId(of);
  const depth = maxDepth ?? 4;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new BadUserInputError(`maxDepth must be 1..${MAX_DEPTH}`, { argument: 'maxDepth' });
  const { source, affected } = await impactOf(ctx.db, of, ctx.loaders.nodeById.load(of), depth);
  if (!source) throw new NotFoundError(`no node has id "${of}"`);
  return { source, affected };
}

/** impact, its diagram, and the what-if questions planners ask; none of them changes anything. */
export const impactQueries: Pick<QueryResolvers, 'impact' | 'impactDiagram' | 'whatIfAgencyDissolved' | 'whatIfTaskDropped' | 'whatIfLawAmended'> = {
  impact: (_, { of, maxDepth }, ctx) => computeImpact(ctx, of, maxDepth),
  impactDiagram: async (_, { of, maxDepth, format }, ctx) => {
    const impact = await computeImpact(ctx, of, maxDepth);
    return format === 'DOT' ? impactToDot(impact) : impactToMermaid(impact);
  },
  whatIfAgencyDissolved: async (_, { agency }, ctx) => ({ agency: await requireExisting(ctx, agency, 'Agency', 'agency'), ...(await agencyDissolution(ctx.db, agency)) }),
  whatIfTaskDropped: async (_, { task }, ctx) => ({ task: await requireExisting(ctx, task, 'Task', 'task'), ...(await taskDrop(ctx.db, task)) }),
  whatIfLawAmended: async (_, { law }, ctx) => ({ law: await requireExisting(ctx, law, 'Law', 'law'), ...(await lawAmendment(ctx.db, law)) }),
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
