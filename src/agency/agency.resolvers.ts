import type { AgencyResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { links } from '../node/links';
import { complete, related } from '../node/resolve';
import { FilterBuilder } from '../shared/filters';
import { pageOf, relatedPage } from '../shared/paging';
import { provenanceOf } from '../shared/provenance';
import type { AgencyModel } from './agency.model';

const OWNS_SOMETHING = 'EXISTS { (n)<-[:OWNED_BY]-() }';

/** agencies: ordered by id. */
export const agencyQueries: Pick<QueryResolvers, 'agencies'> = {
  agencies: (_, { filter, first, after }, ctx) =>
    pageOf<AgencyModel>(
      ctx,
      'Agency',
      new FilterBuilder()
        .when(filter?.level, 'n.level = $level', 'level')
        .when(filter?.kind, 'n.kind = $kind', 'kind')
        .flag(filter?.hasOwnership, OWNS_SOMETHING, `NOT ${OWNS_SOMETHING}`)
        .text(filter?.text, ['n.name', 'n.nameEn', 'n.aliasesText'])
        .build(),
      first,
      after,
    ),
};

export const Agency: AgencyResolvers = {
  aliases: (a) => a.aliases ?? [],
  owns: async (a, _, ctx) => [...(await related(ctx, 'Agency.ownedTasks', a.id)), ...(await related(ctx, 'Agency.ownedIndicators', a.id))],
  ownedTasks: (a, _, ctx) => related(ctx, 'Agency.ownedTasks', a.id),
  ownedIndicators: (a, _, ctx) => related(ctx, 'Agency.ownedIndicators', a.id),
  involvedIn: (a, _, ctx) => related(ctx, 'Agency.involvedIn', a.id),
  ownedTasksConnection: (a, { first, after }, ctx) => relatedPage(ctx, 'Agency.ownedTasks', a.id, 'Task', first, after),
  ownedIndicatorsConnection: (a, { first, after }, ctx) => relatedPage(ctx, 'Agency.ownedIndicators', a.id, 'Indicator', first, after),
  involvedInConnection: (a, { first, after }, ctx) => relatedPage(ctx, 'Agency.involvedIn', a.id, 'Task', first, after),
  links: (a, args, ctx) => links(ctx, a.id, args),
  provenance: async (a, _, ctx) => provenanceOf(await complete(ctx, a)),
};
