import type { IndicatorResolvers, MeasurementResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { requireRole } from '../auth/auth';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import type { IndicatorModel } from '../indicator/indicator.model';
import { requireExisting } from '../node/resolve';
import { parseMeasurementsCsv, type CsvProblem } from './csv';
import { addOwner, listRevisions, recordMeasurements, removeOwner, type MeasurementInput } from './review.repository';
import { midTermReview } from './review.service';

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
const MAX_CSV_BYTES = 2_000_000;

function checkYear(year: number, argument: string) {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) throw new BadUserInputError(`${argument} must be a year between ${FIRST_YEAR} and ${LAST_YEAR}`, { argument });
}

/** Resolves CSV indicator references (ids or Table 1 numbers) to ids, adding a problem for each unknown one. */
async function resolveIndicatorRefs(ctx: GraphContext, refs: { line: number; indicator: string }[], problems: CsvProblem[]): Promise<Map<string, string>> {
  const resolved = new Map<string, string>();
  const byNumber = await ctx.db.read<{ number: number; ids: string[] }>({
    cypher: "MATCH (i:Indicator) WHERE i.source = 'TABLE' RETURN i.number AS number, collect(i.id) AS ids",
  });
  const numberToIds = new Map(byNumber.map((r) => [String(r.number), r.ids]));
  const idRefs = [...new Set(refs.map((r) => r.indicator).filter((ref) => ref.includes(':')))];
  const found = await ctx.loaders.nodeById.loadMany(idRefs);
  idRefs.forEach((ref, i) => {
    const node = found[i];
    if (node && !(node instanceof Error) && node.label === 'Indicator') resolved.set(ref, ref);
  });
  for (const { line, indicator } of refs) {
    if (resolved.has(indicator)) continue;
    const ids = numberToIds.get(indicator);
    if (ids?.length === 1) resolved.set(indicator, ids[0]);
    else if (ids && ids.length > 1) problems.push({ line, message: `indicator number ${indicator} is in several plans; use its id` });
    else problems.push({ line, message: `no indicator "${indicator.slice(0, 60)}"` });
  }
  return resolved;
}

export const reviewMutations: Pick<MutationResolvers, 'recordMeasurement' | 'assignIndicatorOwner' | 'removeIndicatorOwner' | 'assignTaskOwner' | 'removeTaskOwner' | 'importMeasurementsCsv'> = {
  recordMeasurement: async (_, { input }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    checkYear(input.year, 'input.year');
    if (!Number.isFinite(input.value)) throw new BadUserInputError('input.value must be a finite number', { argument: 'input.value' });
    const source = input.source.trim();
    if (!source || source.length > 500) throw new BadUserInputError('input.source must be 1..500 characters', { argument: 'input.source' });
    await requireExisting(ctx, input.indicator, 'Indicator', 'input.indicator');
    const { saved } = await recordMeasurements(ctx.db, [{ indicatorId: input.indicator, year: input.year, value: input.value, source }], caller.name);
    return { measurement: saved[0] };
  },
  importMeasurementsCsv: async (_, { csv }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    if (csv.length > MAX_CSV_BYTES) throw new BadUserInputError(`csv may be at most ${MAX_CSV_BYTES} characters`, { argument: 'csv' });
    const { rows, problems } = parseMeasurementsCsv(csv);
    const ids = await resolveIndicatorRefs(ctx, rows, problems);
    if (problems.length > 0) {
      problems.sort((a, b) => a.line - b.line);
      throw new BadUserInputError(`the CSV was refused, nothing was stored: ${problems.length} problem(s), first on line ${problems[0].line}: ${problems[0].message}`, { argument: 'csv', rows: problems });
    }
    const inputs: MeasurementInput[] = rows.map((r) => ({ indicatorId: ids.get(r.indicator)!, year: r.year, value: r.value, source: r.source }));
    const { created, replaced } = await recordMeasurements(ctx.db, inputs, caller.name);
    return { created, replaced };
  },
  assignIndicatorOwner: async (_, { indicator, agency }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    const found = await requireExisting(ctx, indicator, 'Indicator', 'indicator');
    await requireExisting(ctx, agency, 'Agency', 'agency');
    await addOwner(ctx.db, 'Indicator', indicator, agency, caller.name);
    ctx.loaders.related('Indicator.ownedBy').clear(indicator);
    return { indicator: found };
  },
  removeIndicatorOwner: async (_, { indicator, agency }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    const found = await requireExisting(ctx, indicator, 'Indicator', 'indicator');
    await requireExisting(ctx, agency, 'Agency', 'agency');
    await removeOwner(ctx.db, 'Indicator', indicator, agency, caller.name);
    ctx.loaders.related('Indicator.ownedBy').clear(indicator);
    return { indicator: found };
  },
  assignTaskOwner: async (_, { task, agency }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    const found = await requireExisting(ctx, task, 'Task', 'task');
    await requireExisting(ctx, agency, 'Agency', 'agency');
    await addOwner(ctx.db, 'Task', task, agency, caller.name);
    ctx.loaders.related('Task.ownedBy').clear(task);
    return { task: found };
  },
  removeTaskOwner: async (_, { task, agency }, ctx) => {
    const caller = requireRole(ctx, 'PLANNER');
    const found = await requireExisting(ctx, task, 'Task', 'task');
    await requireExisting(ctx, agency, 'Agency', 'agency');
    await removeOwner(ctx.db, 'Task', task, agency, caller.name);
    ctx.loaders.related('Task.ownedBy').clear(task);
    return { task: found };
  },
};

export const reviewQueries: Pick<QueryResolvers, 'midTermReview'> = {
  midTermReview: async (_, { asOf }, ctx) => {
    checkYear(asOf, 'asOf');
    return midTermReview(ctx, asOf);
  },
};

export const Measurement: MeasurementResolvers = {
  indicator: async (m, _, ctx) => (await ctx.loaders.nodeById.load(m.indicatorId)) as IndicatorModel,
};

/** Indicator fields that belong to the review domain. */
export const IndicatorReviewFields: Pick<IndicatorResolvers, 'measurementRevisions'> = {
  measurementRevisions: (i, _, ctx) => listRevisions(ctx.db, i.id),
};
