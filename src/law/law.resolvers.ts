import type { LawResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import type { NodeFilter } from '../node/node.repository';
import { findPage } from '../node/node.repository';
import { related } from '../node/resolve';
import { pageRequest, toConnection } from '../shared/connection';
import { provenanceOf } from '../shared/provenance';
import type { LawModel } from './law.model';

/** laws: ordered by id. */
export const lawQueries: Pick<QueryResolvers, 'laws'> = {
  laws: async (_, { filter, first, after }, ctx) => {
    const page = pageRequest(first, after, ctx.config.MAX_PAGE_SIZE);
    const where: NodeFilter = { conditions: [], params: {} };
    if (filter?.kind) where.conditions.push('n.kind = $kind'), (where.params.kind = filter.kind);
    const { rows, totalCount } = await findPage(ctx.db, 'Law', where, page, false);
    return toConnection(rows as LawModel[], page, totalCount, (l) => [null, l.id]);
  },
};

export const Law: LawResolvers = {
  aliases: (l) => l.aliases ?? [],
  basisOf: (l, _, ctx) => related(ctx, 'Law.basisOf', l.id),
  provenance: (l) => provenanceOf(l),
};
