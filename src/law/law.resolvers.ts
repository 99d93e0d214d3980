import type { LawResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { links } from '../node/links';
import { complete, related } from '../node/resolve';
import { FilterBuilder } from '../shared/filters';
import { pageOf, relatedPage } from '../shared/paging';
import { provenanceOf } from '../shared/provenance';
import type { LawModel } from './law.model';

/** Cypher for "a law some task rests on". */
// BASED_ON only ever starts at a task (seed/graph.ts EDGE_ENDPOINTS).
export const LAW_HAS_TASK = 'EXISTS { (n)<-[:BASED_ON]-() }';

/** laws: ordered by id. */
export const lawQueries: Pick<QueryResolvers, 'laws'> = {
  laws: (_, { filter, first, after }, ctx) =>
    pageOf<LawModel>(
      ctx,
      'Law',
      new FilterBuilder()
        .when(filter?.kind, 'n.kind = $kind', 'kind')
        .flag(filter?.hasTask, LAW_HAS_TASK, `NOT ${LAW_HAS_TASK}`)
        .text(filter?.text, ['n.name', 'n.nameEn', 'n.aliasesText', 'n.documentNumber'])
        .build(),
      first,
      after,
    ),
};

export const Law: LawResolvers = {
  aliases: (l) => l.aliases ?? [],
  basisOf: (l, _, ctx) => related(ctx, 'Law.basisOf', l.id),
  basisOfConnection: (l, { first, after }, ctx) => relatedPage(ctx, 'Law.basisOf', l.id, 'Task', first, after),
  links: (l, args, ctx) => links(ctx, l.id, args),
  provenance: async (l, _, ctx) => provenanceOf(await complete(ctx, l)),
};
