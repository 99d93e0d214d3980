import type { MutationResolvers, PlanImportResultResolvers } from '../__generated__/resolvers-types';
import { requireRole } from '../auth/auth';
import type { GraphContext } from '../context';
import { NotFoundError } from '../errors';
import type { PlanModel } from '../plan/plan.model';
import { PlanFileImports } from './planFile.service';

/** The service for one request: the configuration's file limit, and stored nodes named through the request's loader. */
function imports(ctx: GraphContext): PlanFileImports {
  return new PlanFileImports(ctx.db, {
    maxFileBytes: PlanFileImports.maxFileBytes(ctx.config.MAX_PLAN_FILE),
    namesOf: async (ids) => {
      const found = await ctx.loaders.nodeById.loadMany(ids);
      const names = new Map<string, { code: string | null; name: string }>();
      found.forEach((node, i) => {
        if (node && !(node instanceof Error)) names.set(ids[i], { code: 'code' in node ? ((node.code as string | null) ?? null) : null, name: node.name });
      });
      return names;
    },
  });
}

/** previewPlanImport and importPlanFile: PLANNER and above. */
export const importerMutations: Pick<MutationResolvers, 'previewPlanImport' | 'importPlanFile'> = {
  previewPlanImport: async (_, { input }, ctx) => {
    requireRole(ctx, 'PLANNER');
    return imports(ctx).preview(input);
  },
  importPlanFile: async (_, { input, previewDigest }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    const result = await imports(ctx).confirm(input, previewDigest, caller.name);
    ctx.loaders.nodeById.clearAll();
    ctx.log.info({ operation: 'importPlanFile', by: caller.name, plan: result.planId, counts: result.counts }, 'plan imported');
    return result;
  },
};

export const PlanImportResult: PlanImportResultResolvers = {
  plan: async (result, _, ctx) => {
    const plan = await ctx.loaders.nodeById.load(result.planId);
    if (!plan) throw new NotFoundError(`the imported plan ${result.planId} is not stored`);
    return plan as PlanModel;
  },
};
