import type { IndicatorResolvers, MeasurementResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { auditValue, requireRole } from '../auth/auth';
import type { GraphContext } from '../context';
import { BadUserInputError, ForbiddenError } from '../errors';
import { requireExisting } from '../node/resolve';
import { areaYears } from './areas';
import { keyOfMeasurementId, measurementId, type IndicatorWithAreas } from './figure.model';
import { approvedAreaFigures, decideMeasurement, findMeasurement, listSubmitted, setAreas } from './figure.repository';

const MAX_AREAS = 50;

/** PLANNER or ADMIN: the ones who decide on figures (an INTEGRATOR submits them). */
function requireDecider(ctx: GraphContext) {
  const caller = requireRole(ctx, 'PLANNER');
  if (caller.role === 'INTEGRATOR') throw new ForbiddenError('figures are approved or returned by a PLANNER or ADMIN; an INTEGRATOR submits them');
  return caller;
}

async function decide(ctx: GraphContext, id: string, approve: boolean, comment: string | null) {
  const caller = requireDecider(ctx);
  const key = keyOfMeasurementId(id);
  if (!key) throw new BadUserInputError(`"${id.slice(0, 80)}" is not a measurement id (Measurement:<plan>:<code>@<year>[@<area>])`, { argument: 'id' });
  const decided = await decideMeasurement(ctx.db, key, approve, comment, caller.name);
  if (decided) return { measurement: decided };
  const found = await findMeasurement(ctx.db, key);
  if (!found) throw new BadUserInputError(`no measurement has id "${id}"`, { argument: 'id' });
  throw new BadUserInputError(`measurement ${id} is ${found.status}, not SUBMITTED: only a submitted figure can be approved or returned`, { argument: 'id' });
}

export const figureMutations: Pick<MutationResolvers, 'approveMeasurement' | 'returnMeasurement' | 'setIndicatorAreas'> = {
  approveMeasurement: (_, { id }, ctx) => decide(ctx, id, true, null),
  returnMeasurement: (_, { id, comment }, ctx) => {
    const why = comment.trim();
    if (!why || why.length > 500) throw new BadUserInputError('comment must say why, in 1..500 characters', { argument: 'comment' });
    return decide(ctx, id, false, why);
  },
  setIndicatorAreas: async (_, { input }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    const areas = [...new Set(input.areas.map((a) => a.trim()))];
    if (areas.length > MAX_AREAS || areas.some((a) => !a || a.length > 40)) throw new BadUserInputError(`input.areas: at most ${MAX_AREAS} names of 1..40 characters`, { argument: 'input.areas' });
    await requireExisting(ctx, input.indicator, 'Indicator', 'input.indicator');
    const { blocked } = await setAreas(ctx.db, input.indicator, areas, areas.length ? input.rollUp : null, caller.name);
    if (blocked.length) throw new BadUserInputError(`areas with figures cannot be removed: ${blocked.join('、')}`, { argument: 'input.areas' });
    ctx.loaders.nodeById.clear(input.indicator);
    return { indicator: await requireExisting(ctx, input.indicator, 'Indicator', 'input.indicator') };
  },
};

export const figureQueries: Pick<QueryResolvers, 'submittedMeasurements'> = {
  submittedMeasurements: async (_, { indicator }, ctx) => {
    requireRole(ctx, 'PLANNER');
    if (indicator) await requireExisting(ctx, indicator, 'Indicator', 'indicator');
    return listSubmitted(ctx.db, indicator ?? null);
  },
};

/** Measurement fields of the figure workflow. */
export const MeasurementFigureFields: Pick<MeasurementResolvers, 'id' | 'approvedBy' | 'returnedBy'> = {
  id: (m) => measurementId(m.key),
  // Who approved or returned it is the audit trail's: ANALYST and above, like recordedBy.
  approvedBy: (m, _, ctx) => auditValue(ctx, m.approvedBy),
  returnedBy: (m, _, ctx) => auditValue(ctx, m.returnedBy),
};

/** Indicator fields of the figure workflow: its areas and their roll-up. */
export const IndicatorFigureFields: Pick<IndicatorResolvers, 'areas' | 'areaRollUp' | 'areaYears'> = {
  areas: (i) => (i as IndicatorWithAreas).areas ?? [],
  areaRollUp: (i) => (i as IndicatorWithAreas).areaRollUp ?? null,
  areaYears: async (i, _, ctx) => {
    const indicator = i as IndicatorWithAreas;
    if (!indicator.areas?.length) return [];
    return areaYears(await approvedAreaFigures(ctx.db, indicator.id), indicator.areas, indicator.areaRollUp ?? 'SEPARATE');
  },
};
