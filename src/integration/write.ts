// What the write mutations (Mutation/*.ts) share: input checks, the ids of new entities, writing and reading back.
import type { LinkInput } from '../__generated__/resolvers-types';
import { requireRole } from '../auth/auth';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import { makeId, parseEntityId, planKeyOf, type PlanScopedLabel } from '../graph/ids';
import { isOfLabel } from '../node/node.model';
import { upsertEntity, type UpsertRequest } from './entity.writer';
import { writeLink } from './link.writer';

const MAX_TEXT = 500;
const MAX_LONG_TEXT = 4000;
const KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9.\-]{0,39}$/;

/** Refuses strings over their length (and empty required ones) with BAD_USER_INPUT naming the field. */
export function checkLengths(input: Record<string, unknown>, long: string[] = []) {
  for (const [field, value] of Object.entries(input)) {
    const max = long.includes(field) ? MAX_LONG_TEXT : MAX_TEXT;
    const values = Array.isArray(value) ? value : [value];
    if (Array.isArray(value) && value.length > 50) throw new BadUserInputError(`input.${field} may have at most 50 entries`, { argument: `input.${field}` });
    for (const v of values) {
      if (typeof v !== 'string') continue;
      if (v.length > max) throw new BadUserInputError(`input.${field} may be at most ${max} characters`, { argument: `input.${field}` });
      if (field === 'name' && !v.trim()) throw new BadUserInputError('input.name may not be empty', { argument: 'input.name' });
    }
  }
}

/** Only the fields the caller gave, so an upsert leaves the others alone (null clears a field). */
export const given = <T extends Record<string, unknown>>(input: T, fields: (keyof T)[]) =>
  Object.fromEntries(fields.filter((f) => input[f] !== undefined).map((f) => [f, input[f]])) as Record<string, unknown>;

/** The id of a new agency or law from its key, or null without one. */
export function sharedId(label: 'Agency' | 'Law', key: string | null | undefined): string | null {
  if (!key) return null;
  if (!KEY.test(key)) throw new BadUserInputError('input.key must be lowercase letters, digits and dashes (1..80)', { argument: 'input.key' });
  return makeId(label, key);
}

/** The id (and plan key) of a new goal, task or indicator from its plan and code; nulls without them. */
export function planScopedId(label: PlanScopedLabel, plan: string | null | undefined, code: string | null | undefined) {
  if (!plan || !code) return { newId: null, planKey: null };
  parseEntityId(plan, 'Plan');
  if (!CODE.test(code)) throw new BadUserInputError('input.code must be 1..40 letters, digits, dots or dashes', { argument: 'input.code' });
  const planKey = planKeyOf(plan);
  return { newId: makeId(label, planKey, code), planKey };
}

/** Writes one entity and reads it back (as the kind asked for) with its outcome and version. */
export async function write<L extends UpsertRequest['label']>(ctx: GraphContext, request: UpsertRequest & { label: L }, reason: string | null | undefined) {
  const caller = requireRole(ctx, 'INTEGRATOR');
  if (request.id) parseEntityId(request.id, request.label);
  if (request.externalId !== undefined && request.externalId !== null && (request.externalId.length === 0 || request.externalId.length > 200)) {
    throw new BadUserInputError('input.externalId must be 1..200 characters', { argument: 'input.externalId' });
  }
  const { id, outcome, version } = await upsertEntity(ctx.db, request, { name: caller.name, role: caller.role, reason });
  ctx.loaders.nodeById.clear(id);
  const node = await ctx.loaders.nodeById.load(id);
  if (!isOfLabel(node, request.label)) throw new Error(`${id} was written but reads back as ${node?.label ?? 'nothing'}`);
  return { node, outcome, version };
}

/** Adds or removes an edge for an integrator, then reads both ends back. */
export async function linkOrUnlink(ctx: GraphContext, input: LinkInput, add: boolean) {
  const caller = requireRole(ctx, 'INTEGRATOR');
  parseEntityId(input.from);
  parseEntityId(input.to);
  if (input.quote && input.quote.length > MAX_LONG_TEXT) throw new BadUserInputError(`input.quote may be at most ${MAX_LONG_TEXT} characters`, { argument: 'input.quote' });
  const { reason, ...edge } = input;
  const result = await writeLink(ctx.db, edge, add, { name: caller.name, role: caller.role, reason });
  ctx.loaders.nodeById.clearAll();
  const [from, to] = await Promise.all([ctx.loaders.nodeById.load(input.from), ctx.loaders.nodeById.load(input.to)]);
  return { from: from!, to: to!, ...result };
}
