import type { ManagedTransaction } from 'neo4j-driver';
import { recordChange } from '../audit/audit.repository';
import type { GraphGateway } from '../db/gateway';
import { BadUserInputError, ConflictError } from '../errors';
import type { NodeLabel } from '../graph/graph';
import { nodeOffences, refuseOffences } from './graphCheck';
import type { WriteOutcome } from './integration.model';
import { authorizeWrite, type WriteCaller } from '../auth/writeRules';
import { searchWordsOf } from '../search/words';

/** Which entity to write and with what. `props` holds only the fields the caller gave (null clears one). */
export interface UpsertRequest {
  label: Exclude<NodeLabel, 'Plan'>;
  id?: string | null;
  externalId?: string | null;
  expectedVersion?: number | null;
  /** The id to create under when no entity matches (derived from a key or plan + code). */
  newId?: string | null;
  /** For plan-scoped kinds: the plan a new entity belongs to (its key). */
  planKey?: string | null;
  props: Record<string, unknown>;
}

/** Test seams: a hook run just before commit (a throw there must leave nothing behind). */
export interface WriteHooks {
  beforeCommit?: () => void | Promise<void>;
}

const PLAN_SCOPED = new Set<NodeLabel>(['Goal', 'Task', 'Indicator']);

/** Properties computed from others (what search and filters read), recomputed on every write. */
function derived(label: NodeLabel, p: Record<string, unknown>): Record<string, unknown> {
  const text = derivedText(label, p);
  return { ...text, ...searchWordsOf(label, { ...p, ...text }) };
}

function derivedText(label: NodeLabel, p: Record<string, unknown>): Record<string, unknown> {
  const aliases = (p.aliases as string[] | null | undefined) ?? [];
  switch (label) {
    case 'Agency':
      return { aliasesText: aliases.join(' '), searchText: [p.name, ...aliases].join(' ') };
    case 'Law':
      return { aliasesText: aliases.join(' '), searchText: [p.name, ...aliases, p.documentNumber ?? ''].join(' ') };
    case 'Indicator':
      return { searchText: [p.name, p.category ?? '', p.targetRaw].join(' ') };
    default:
      return { searchText: [p.name, p.text ?? p.summary ?? ''].join(' ') };
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Creates or updates one entity in one write transaction, with optimistic concurrency: the entity is
 * locked first, then its version compared with the one the caller read. A request that changes nothing
 * succeeds as UNCHANGED (so repeating a request is harmless); a change based on a stale version is
 * refused with CONFLICT. What changes must be the caller's to change (writeRules.ts: the plan's meaning needs its
 * workflow or an ADMIN's reason) and the node must pass the validator (graphCheck.ts). Every applied change writes
 * exactly one audit entry in the same transaction.
 */
export async function upsertEntity(db: GraphGateway, request: UpsertRequest, caller: WriteCaller, hooks: WriteHooks = {}): Promise<{ id: string; outcome: WriteOutcome; version: number }> {
  const { label } = request;
  const by = caller.name;
  return db.writeTx(async (tx) => {
    const id = await resolveId(db, tx, request);
    // Setting the version takes the node's write lock, so the compare-and-set below cannot interleave.
    const [current] = await db.run<{ labels: string[]; props: Record<string, unknown> }>(tx, {
      cypher: 'MATCH (n:Entity {id: $id}) SET n.version = coalesce(n.version, 1) RETURN labels(n) AS labels, properties(n) AS props',
      params: { id },
    });
    let result: { id: string; outcome: WriteOutcome; version: number };
    if (current) {
      if (!current.labels.includes(label)) throw new BadUserInputError(`${id} is not a ${label}`, { argument: 'id' });
      const requested = { ...request.props, ...(request.externalId ? { externalId: request.externalId } : {}) };
      const changes = Object.fromEntries(Object.entries(requested).filter(([k, v]) => !same(current.props[k], v)));
      const version = current.props.version as number;
      if (Object.keys(changes).length === 0) {
        result = { id, outcome: 'UNCHANGED', version };
      } else {
        // Who may change what comes before whether the version is current: a refusal does not depend on timing.
        const reason = authorizeWrite(caller, Object.keys(changes).map((field) => ({ subject: label, field, id })));
        if (request.expectedVersion === null || request.expectedVersion === undefined) {
          throw new BadUserInputError(`${id} exists: pass expectedVersion (the version you read, now ${version}) to change it`, { argument: 'expectedVersion' });
        }
        if (request.expectedVersion !== version) throw new ConflictError(`${id} is at version ${version}, not ${request.expectedVersion}: read it again and retry`);
        const merged = { ...current.props, ...changes };
        refuseOffences(nodeOffences({ labels: [label], key: id, props: Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== null)) }));
        const set = { ...changes, ...derived(label, merged), version: version + 1, updatedBy: by, updatedAt: new Date().toISOString() };
        await db.run(tx, { cypher: 'MATCH (n:Entity {id: $id}) SET n += $set', params: { id, set } });
        const before = Object.fromEntries(Object.keys(changes).map((k) => [k, current.props[k] ?? null]));
        await recordChange(db, tx, { entity: id, action: `UPDATE_${label.toUpperCase()}`, by, reason, before, after: changes });
        result = { id, outcome: 'UPDATED', version: version + 1 };
      }
    } else {
      // A new entity's id comes from its key (or plan and code); an id the caller names must exist.
      if (request.id) throw new BadUserInputError(`no ${label} has id "${request.id}"`, { argument: 'id' });
      const reason = authorizeWrite(caller, [{ subject: 'new node', field: label, id }]);
      const props = Object.fromEntries(Object.entries(request.props).filter(([, v]) => v !== null && v !== undefined));
      const create: Record<string, unknown> = {
        ...props, ...derived(label, props), id, version: 1, origin: 'API', createdBy: by, createdAt: new Date().toISOString(), sectionPath: [],
        ...(request.externalId ? { externalId: request.externalId } : {}),
      };
      if (PLAN_SCOPED.has(label)) {
        const [plan] = await db.run<{ ord: number | null }>(tx, {
          cypher: `MATCH (p:Plan {key: $plan}) OPTIONAL MATCH (x:${label} {planId: $plan}) RETURN max(x.ord) AS ord`,
          params: { plan: request.planKey },
        });
        if (!plan) throw new BadUserInputError(`no plan "${request.planKey}"`, { argument: 'plan' });
        Object.assign(create, { planId: request.planKey, ord: (plan.ord ?? 0) + 1, ...(label === 'Indicator' ? { source: 'API' } : {}) });
      }
      refuseOffences(nodeOffences({ labels: [label], key: id, props: create }));
      // Label from the closed list; a concurrent create of the same id fails the unique constraint → CONFLICT.
      await db.run(tx, { cypher: `CREATE (n:Entity:${label}) SET n = $create`, params: { create } });
      if (label === 'Goal' || label === 'Indicator') {
        await db.run(tx, { cypher: `MATCH (n:${label} {id: $id}) MATCH (p:Plan {key: $plan}) CREATE (n)-[:PART_OF {origin: 'API', sectionPath: [], assignedBy: $by}]->(p)`, params: { id, plan: request.planKey, by } });
      }
      await recordChange(db, tx, { entity: id, action: `CREATE_${label.toUpperCase()}`, by, reason, before: null, after: props });
      result = { id, outcome: 'CREATED', version: 1 };
    }
    await hooks.beforeCommit?.();
    return result;
  });
}

async function resolveId(db: GraphGateway, tx: ManagedTransaction, request: UpsertRequest): Promise<string> {
  if (request.id) return request.id;
  if (request.externalId) {
    const [found] = await db.run<{ id: string }>(tx, { cypher: `MATCH (n:${request.label} {externalId: $externalId}) RETURN n.id AS id LIMIT 1`, params: { externalId: request.externalId } });
    if (found) return found.id;
  }
  if (request.newId) return request.newId;
  throw new BadUserInputError(`give an id, an externalId known here, or what a new ${request.label}'s id is made from (${PLAN_SCOPED.has(request.label) ? 'plan and code' : 'key'})`, { argument: 'input' });
}
