import type { LawResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { links } from '../link/links';
import { complete } from '../node/resolve';
import { pageOf, relatedPage } from '../page/paging';
import { related } from '../relation/related';
import { provenanceOf } from '../shared/provenance';
import type { LawModel } from './law.model';
import { lawFilter } from './law.repository';

/** laws: ordered by id. */
export const lawQueries: Pick<QueryResolvers, 'laws'> = {
  laws: (_, { filter, ...page }, ctx, info) =>
    pageOf<LawModel>(ctx, 'Law', lawFilter(filter), page, info),
};

export const Law: LawResolvers = {
  aliases: (l) => l.aliases ?? [],
  basisOf: (l, _, ctx) => related(ctx, 'Law.basisOf', l.id),
  basisOfConnection: (l, page, ctx) => relatedPage(ctx, 'Law.basisOf', l.id, 'Task', page),
  links: (l, args, ctx) => links(ctx, l.id, args),
  provenance: async (l, _, ctx) => provenanceOf(await complete(ctx, l)),
};
