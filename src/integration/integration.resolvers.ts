import type {
  AgencyResolvers, ChangeResolvers, GoalResolvers, IndicatorResolvers, LawResolvers, LinkInput, MutationResolvers, QueryResolvers, TaskResolvers,
} from '../__generated__/resolvers-types';
import { listChanges } from '../audit/audit.repository';
import { AUDIT_READER_ROLE, requireRole } from '../auth/auth';
import type { GraphContext } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { isOfLabel } from '../node/node.model';
import { decodeCursor, encodeCursor, pageRequest } from '../shared/connection';
import { makeId, parseEntityId, planKeyOf, type PlanScopedLabel } from '../graph/ids';
import { upsertEntity, type UpsertRequest } from './entity.writer';
import { writeLink } from './link.writer';
import { exportGraph, importGraph } from './transfer.repository';

const MAX_TEXT = 500;
const MAX_LONG_TEXT = 4000;
const KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9.\-]{0,39}$/;

/** Refuses strings over their length (and empty required ones) with BAD_USER_INPUT naming the field. */
function checkLengths(input: Record<string, unknown>, long: string[] = []) {
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
const given = <T extends Record<string, unknown>>(input: T, fields: (keyof T)[]) =>
  Object.fromEntries(fields.filter((f) => input[f] !== undefined).map((f) => [f, input[f]])) as Record<string, unknown>;

function sharedId(label: 'Agency' | 'Law', key: string | null | undefined): string | null {
  if (!key) return null;
  if (!KEY.test(key)) throw new BadUserInputError('input.key must be lowercase letters, digits and dashes (1..80)', { argument: 'input.key' });
  return makeId(label, key);
}

function planScopedId(label: PlanScopedLabel, plan: string | null | undefined, code: string | null | undefined) {
  if (!plan || !code) return { newId: null, planKey: null };
  parseEntityId(plan, 'Plan');
  if (!CODE.test(code)) throw new BadUserInputError('input.code must be 1..40 letters, digits, dots or dashes', { argument: 'input.code' });
  const planKey = planKeyOf(plan);
  return { newId: makeId(label, planKey, code), planKey };
}

/** Writes one entity and reads it back (as the kind asked for) with its outcome and version. */
async function write<L extends UpsertRequest['label']>(ctx: GraphContext, request: UpsertRequest & { label: L }) {
  const caller = requireRole(ctx, 'INTEGRATOR');
  if (request.id) parseEntityId(request.id, request.label);
  if (request.externalId !== undefined && request.externalId !== null && (request.externalId.length === 0 || request.externalId.length > 200)) {
    throw new BadUserInputError('input.externalId must be 1..200 characters', { argument: 'input.externalId' });
  }
  const { id, outcome, version } = await upsertEntity(ctx.db, request, caller.name);
  ctx.loaders.nodeById.clear(id);
  const node = await ctx.loaders.nodeById.load(id);
  if (!isOfLabel(node, request.label)) throw new Error(`${id} was written but reads back as ${node?.label ?? 'nothing'}`);
  return { node, outcome, version };
}

export const integrationMutations: Pick<MutationResolvers, 'upsertAgency' | 'upsertLaw' | 'upsertGoal' | 'upsertTask' | 'upsertIndicator' | 'link' | 'unlink' | 'importGraph'> = {
  upsertAgency: async (_, { input }, ctx) => {
    checkLengths(input);
    const { node, ...rest } = await write(ctx, { label: 'Agency', id: input.id, externalId: input.externalId, expectedVersion: input.expectedVersion, newId: sharedId('Agency', input.key), props: given(input, ['name', 'nameEn', 'aliases', 'level', 'kind']) });
    return { agency: node, ...rest };
  },
  upsertLaw: async (_, { input }, ctx) => {
    checkLengths(input);
    const { node, ...rest } = await write(ctx, { label: 'Law', id: input.id, externalId: input.externalId, expectedVersion: input.expectedVersion, newId: sharedId('Law', input.key), props: given(input, ['name', 'nameEn', 'aliases', 'kind', 'documentNumber']) });
    return { law: node, ...rest };
  },
  upsertGoal: async (_, { input }, ctx) => {
    checkLengths(input, ['text']);
    const scoped = planScopedId('Goal', input.plan, input.code);
    const { node, ...rest } = await write(ctx, { label: 'Goal', id: input.id, externalId: input.externalId, expectedVersion: input.expectedVersion, ...scoped, props: { ...given(input, ['kind', 'name', 'nameEn', 'text']), ...(input.code ? { code: input.code } : {}) } });
    return { goal: node, ...rest };
  },
  upsertTask: async (_, { input }, ctx) => {
    checkLengths(input, ['summary']);
    const scoped = planScopedId('Task', input.plan, input.code);
    const { node, ...rest } = await write(ctx, { label: 'Task', id: input.id, externalId: input.externalId, expectedVersion: input.expectedVersion, ...scoped, props: { ...given(input, ['level', 'name', 'nameEn', 'summary']), ...(input.code ? { code: input.code } : {}) } });
    return { task: node, ...rest };
  },
  upsertIndicator: async (_, { input }, ctx) => {
    checkLengths(input);
    if (input.targetValue !== undefined && input.targetValue !== null && !Number.isFinite(input.targetValue)) throw new BadUserInputError('input.targetValue must be finite', { argument: 'input.targetValue' });
    const scoped = planScopedId('Indicator', input.plan, input.code);
    const props = given(input, ['name', 'nameEn', 'category', 'attribute', 'targetRaw', 'targetValue', 'targetUnit', 'targetComparator', 'targetKind', 'targetYear']);
    const { node, ...rest } = await write(ctx, { label: 'Indicator', id: input.id, externalId: input.externalId, expectedVersion: input.expectedVersion, ...scoped, props: { ...props, ...(input.code ? { code: input.code } : {}) } });
    return { indicator: node, ...rest };
  },
  link: (_, { input }, ctx) => linkOrUnlink(ctx, input, true),
  unlink: (_, { input }, ctx) => linkOrUnlink(ctx, input, false),
  importGraph: async (_, { document }, ctx) => {
    requireRole(ctx, 'ADMIN');
    return importGraph(ctx.db, document);
  },
};

async function linkOrUnlink(ctx: GraphContext, input: LinkInput, add: boolean) {
  const caller = requireRole(ctx, 'INTEGRATOR');
  parseEntityId(input.from);
  parseEntityId(input.to);
  if (input.quote && input.quote.length > MAX_LONG_TEXT) throw new BadUserInputError(`input.quote may be at most ${MAX_LONG_TEXT} characters`, { argument: 'input.quote' });
  const result = await writeLink(ctx.db, { ...input, relation: input.relation }, add, caller.name);
  ctx.loaders.nodeById.clearAll();
  const [from, to] = await Promise.all([ctx.loaders.nodeById.load(input.from), ctx.loaders.nodeById.load(input.to)]);
  return { from: from!, to: to!, ...result };
}

const MAX_FEED_PAGE = 1000;

function seqAfter(after: string | null | undefined): number {
  if (!after) return 0;
  const [seq] = decodeCursor(after);
  if (seq === null || !Number.isInteger(seq) || seq < 0) throw new BadUserInputError('malformed cursor', { argument: 'after' });
  return seq;
}

async function changePage(ctx: GraphContext, afterSeq: number, first: number | null | undefined, entity?: string) {
  const page = pageRequest(first, null, MAX_FEED_PAGE, 100);
  const { changes, latestSeq } = await listChanges(ctx.db, afterSeq, page.first + 1, entity);
  const rows = changes.slice(0, page.first);
  const edges = rows.map((c) => ({ cursor: encodeCursor([c.seq, 'change']), node: c }));
  return {
    latestSeq,
    edges,
    pageInfo: { hasNextPage: changes.length > page.first, hasPreviousPage: afterSeq > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? encodeCursor([afterSeq, 'change']) },
  };
}

export const integrationQueries: Pick<QueryResolvers, 'history' | 'changes' | 'exportGraph'> = {
  history: async (_, { of, first, after }, ctx) => {
    requireRole(ctx, AUDIT_READER_ROLE);
    parseEntityId(of);
    if (!(await ctx.loaders.nodeById.load(of))) throw new NotFoundError(`no node has id "${of}"`);
    return changePage(ctx, seqAfter(after), first, of);
  },
  changes: async (_, { since, first, after }, ctx) => {
    requireRole(ctx, AUDIT_READER_ROLE);
    if (since !== null && since !== undefined && (!Number.isInteger(since) || since < 0)) throw new BadUserInputError('since must be a seq (0 or more)', { argument: 'since' });
    return changePage(ctx, Math.max(since ?? 0, seqAfter(after)), first);
  },
  exportGraph: async (_, { plan }, ctx) => {
    requireRole(ctx, 'ADMIN');
    if (plan) {
      parseEntityId(plan, 'Plan');
      if (!(await ctx.loaders.nodeById.load(plan))) throw new BadUserInputError(`no plan "${plan}"`, { argument: 'plan' });
    }
    return exportGraph(ctx.db, plan ? planKeyOf(plan) : null);
  },
};

export const Change: ChangeResolvers = {};

const versioned = { version: (n: object) => (n as { version?: number }).version ?? 1, externalId: (n: object) => (n as { externalId?: string }).externalId ?? null };
export const GoalVersion: Pick<GoalResolvers, 'version' | 'externalId'> = versioned;
export const TaskVersion: Pick<TaskResolvers, 'version' | 'externalId'> = versioned;
export const IndicatorVersion: Pick<IndicatorResolvers, 'version' | 'externalId'> = versioned;
export const AgencyVersion: Pick<AgencyResolvers, 'version' | 'externalId'> = versioned;
export const LawVersion: Pick<LawResolvers, 'version' | 'externalId'> = versioned;
