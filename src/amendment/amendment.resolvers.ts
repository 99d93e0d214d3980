import type { AmendmentResolvers, IndicatorResolvers, MutationResolvers } from '../__generated__/resolvers-types';
import { auditValue, requireRole } from '../auth/auth';
import type { GraphContext } from '../context';
import { BadUserInputError, ForbiddenError } from '../errors';
import { makeId } from '../graph/ids';
import type { IndicatorModel } from '../indicator/indicator.model';
import { requireExisting } from '../node/resolve';
import type { PlanModel } from '../plan/plan.model';
import { parseTarget } from '../indicator/target.parse';
import { amendmentLoader } from './amendment.loader';
import { decideAmendment, findAmendment, proposeAmendment } from './amendment.repository';
import { targetHistory, targetInForce } from './target';

const MAX_TEXT = 500;
const AMENDMENT_ID = /^Amendment:[^\s]{1,200}$/;

/** The plan's period for an indicator: its first and end year (the indicator's target year when the plan states none). */
export async function planPeriod(ctx: GraphContext, indicator: IndicatorModel): Promise<{ start: number; end: number }> {
  const plan = (await ctx.loaders.nodeById.load(makeId('Plan', indicator.planId))) as PlanModel | null;
  const end = plan?.periodEnd ?? indicator.targetYear ?? 2025;
  return { start: plan?.periodStart ?? end - 4, end };
}

function text(value: string | null | undefined, argument: string, required: boolean): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) throw new BadUserInputError(`${argument} may not be empty`, { argument });
    return null;
  }
  if (trimmed.length > MAX_TEXT) throw new BadUserInputError(`${argument} may be at most ${MAX_TEXT} characters`, { argument });
  return trimmed;
}

export const amendmentMutations: Pick<MutationResolvers, 'proposeAmendment' | 'decideAmendment'> = {
  proposeAmendment: async (_, { input }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    const indicator = await requireExisting(ctx, input.indicator, 'Indicator', 'input.indicator');
    const { start, end } = await planPeriod(ctx, indicator);
    if (!Number.isInteger(input.effectiveYear) || input.effectiveYear < start || input.effectiveYear > end) {
      throw new BadUserInputError(`input.effectiveYear must be within the plan's period, ${start}–${end}`, { argument: 'input.effectiveYear' });
    }
    const raw = text(input.target, 'input.target', true)!;
    const parsed = parseTarget(raw, indicator.name, indicator.targetYear ?? end);
    if (parsed.value === null) throw new BadUserInputError(`input.target "${raw.slice(0, 60)}" is not a target PlanGraph can read (e.g. 95%及以上, 每年40批, 年增长5%)`, { argument: 'input.target' });
    const amendment = await proposeAmendment(
      ctx.db,
      {
        indicatorId: indicator.id,
        target: { raw, value: parsed.value, unit: parsed.unit, comparator: parsed.comparator, year: parsed.year, kind: parsed.kind, per: parsed.per, aspirational: parsed.aspirational, ceiling: parsed.comparator === 'LTE' || parsed.comparator === 'LT' },
        effectiveYear: input.effectiveYear,
        reason: text(input.reason, 'input.reason', true)!,
        document: text(input.document, 'input.document', false),
      },
      caller.name,
    );
    amendmentLoader(ctx).clear(indicator.id);
    return { amendment };
  },
  decideAmendment: async (_, { id, approve, comment }, ctx) => {
    const caller = requireRole(ctx, 'ADMIN');
    if (!AMENDMENT_ID.test(id)) throw new BadUserInputError(`"${id.slice(0, 60)}" is not an amendment id`, { argument: 'id' });
    const note = text(comment, 'comment', false);
    const decided = await decideAmendment(ctx.db, id, approve, note, caller.name);
    if (!decided) {
      const found = await findAmendment(ctx.db, id);
      if (!found) throw new BadUserInputError(`no amendment has id "${id}"`, { argument: 'id' });
      if (found.status !== 'PROPOSED') throw new BadUserInputError(`amendment ${id} was already ${found.status.toLowerCase()} by ${found.decidedBy}`, { argument: 'id' });
      throw new ForbiddenError('the one who proposed an amendment cannot decide it');
    }
    amendmentLoader(ctx).clear(decided.indicatorId);
    return { amendment: decided };
  },
};

export const Amendment: AmendmentResolvers = {
  // Who proposed and decided is the audit trail's: ANALYST and above, like Measurement.recordedBy.
  proposedBy: (a, _, ctx) => auditValue(ctx, a.proposedBy),
  decidedBy: (a, _, ctx) => auditValue(ctx, a.decidedBy),
  indicator: async (a, _, ctx) => (await ctx.loaders.nodeById.load(a.indicatorId)) as IndicatorModel,
};

/** Indicator fields that belong to the amendment domain. */
export const IndicatorAmendmentFields: Pick<IndicatorResolvers, 'targetHistory' | 'targetInForce'> = {
  targetHistory: async (i, _, ctx) => {
    const [amendments, { start }] = await Promise.all([amendmentLoader(ctx).load(i.id), planPeriod(ctx, i)]);
    return targetHistory(i, amendments, start);
  },
  targetInForce: async (i, { asOf }, ctx) => {
    if (asOf !== null && asOf !== undefined && (!Number.isInteger(asOf) || asOf < 1900 || asOf > 2200)) throw new BadUserInputError('asOf must be a year', { argument: 'asOf' });
    const [amendments, { end }] = await Promise.all([amendmentLoader(ctx).load(i.id), planPeriod(ctx, i)]);
    return targetInForce(i, amendments, asOf ?? end);
  },
};
