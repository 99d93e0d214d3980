import type { AgencyResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import type { NodeFilter } from '../node/node.repository';
import { findPage } from '../node/node.repository';
import { related } from '../node/resolve';
import { pageRequest, toConnection } from '../shared/connection';
import { provenanceOf } from '../shared/provenance';
import type { AgencyModel } from './agency.model';

/** agencies: ordered by id. */
export const agencyQueries: Pick<QueryResolvers, 'agencies'> = {
  agencies: async (_, { filter, first, after }, ctx) => {
    const page = pageRequest(first, after, ctx.config.MAX_PAGE_SIZE);
    const where: NodeFilter = { conditions: [], params: {} };
    if (filter?.level) where.conditions.push('n.level = $level'), (where.params.level = filter.level);
    if (filter?.kind) where.conditions.push('n.kind = $kind'), (where.params.kind = filter.kind);
    const { rows, totalCount } = await findPage(ctx.db, 'Agency', where, page, false);
    return toConnection(rows as AgencyModel[], page, totalCount, (a) => [null, a.id]);
  },
};

export const Agency: AgencyResolvers = {
  aliases: (a) => a.aliases ?? [],
  owns: async (a, _, ctx) => [...(await related(ctx, 'Agency.ownedTasks', a.id)), ...(await related(ctx, 'Agency.ownedIndicators', a.id))],
  ownedTasks: (a, _, ctx) => related(ctx, 'Agency.ownedTasks', a.id),
  ownedIndicators: (a, _, ctx) => related(ctx, 'Agency.ownedIndicators', a.id),
  involvedIn: (a, _, ctx) => related(ctx, 'Agency.involvedIn', a.id),
  provenance: (a) => provenanceOf(a),
};
