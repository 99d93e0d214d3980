import type { QueryResolvers } from '../__generated__/resolvers-types';
import { ROLES } from '../config';

/** viewer: who the token is and what it may do, so the console shows a planner's pages to planners only. */
export const viewerQueries: Pick<QueryResolvers, 'viewer'> = {
  viewer: (_, __, ctx) => (ctx.caller ? { name: ctx.caller.name, role: ctx.caller.role, mayImportPlans: ROLES.indexOf(ctx.caller.role) >= ROLES.indexOf('PLANNER') } : null),
};
