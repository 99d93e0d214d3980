import type { AgencyResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { links } from '../link/links';
import { complete } from '../node/resolve';
import { pageOf, relatedPage } from '../page/paging';
import { related } from '../relation/related';
import { provenanceOf } from '../shared/provenance';
import type { AgencyModel } from './agency.model';
import { agencyFilter } from './agency.repository';

/** agencies: ordered by id. */
export const agencyQueries: Pick<QueryResolvers, 'agencies'> = {
  agencies: (_, { filter, ...page }, ctx, info) =>
    pageOf<AgencyModel>(ctx, 'Agency', agencyFilter(filter), page, info),
};

export const Agency: AgencyResolvers = {
  aliases: (a) => a.aliases ?? [],
  owns: async (a, _, ctx) => [...(await related(ctx, 'Agency.ownedTasks', a.id)), ...(await related(ctx, 'Agency.ownedIndicators', a.id))],
  ownedTasks: (a, _, ctx) => related(ctx, 'Agency.ownedTasks', a.id),
  ownedIndicators: (a, _, ctx) => related(ctx, 'Agency.ownedIndicators', a.id),
  involvedIn: (a, _, ctx) => related(ctx, 'Agency.involvedIn', a.id),
  ownedTasksConnection: (a, page, ctx) => relatedPage(ctx, 'Agency.ownedTasks', a.id, 'Task', page),
  ownedIndicatorsConnection: (a, page, ctx) => relatedPage(ctx, 'Agency.ownedIndicators', a.id, 'Indicator', page),
  involvedInConnection: (a, page, ctx) => relatedPage(ctx, 'Agency.involvedIn', a.id, 'Task', page),
  links: (a, args, ctx) => links(ctx, a.id, args),
  provenance: async (a, _, ctx) => provenanceOf(await complete(ctx, a)),
};
