import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { ChangeModel } from './audit.model';
import type { GraphGateway } from '../db/gateway';

/** One applied change, as the audit trail keeps it. */
export interface ChangeRecord {
  /** The id of the entity changed (for an edge, its source). */
  entity: string;
  /** What was done, e.g. RECORD_MEASUREMENT, ASSIGN_OWNER. */
  action: string;
  /** Who did it: the token's name. */
  by: string;
  /** For an edge change, the node at the other end. */
  related?: string | null;
  before: unknown;
  after: unknown;
  /** Why, when an ADMIN changed the plan's meaning through a generic write (writeRules.ts). */
  reason?: string | null;
}

/**
 * Appends a change to the audit trail inside the writing transaction, so the change and its record
 * commit together or not at all. A single counter node numbers changes gap-free (it also serialises
 * concurrent writers at that point, which is what makes the numbering gap-free).
 */
export async function recordChange(db: GraphGateway, tx: ManagedTransaction, change: ChangeRecord): Promise<void> {
  await db.run(tx, {
    cypher: `MERGE (seq:PlanGraphMeta {key: 'changeSeq'}) ON CREATE SET seq.value = 0
             SET seq.value = seq.value + 1
             CREATE (:Change {seq: seq.value, at: toString(datetime()), by: $by, entity: $entity, related: $related, action: $action, before: $before, after: $after, reason: $reason})`,
    params: { ...change, related: change.related ?? null, reason: change.reason ?? null, before: JSON.stringify(change.before ?? null), after: JSON.stringify(change.after ?? null) },
  });
}

const CHANGE_FIELDS = 'c.seq AS seq, c.at AS at, c.by AS by, c.action AS action, c.entity AS entity, c.related AS related, c.before AS before, c.after AS after, c.reason AS reason';

function toChange(row: Omit<ChangeModel, 'before' | 'after'> & { before: string | null; after: string | null }): ChangeModel {
  return { ...row, at: String(row.at), before: row.before ? JSON.parse(row.before) : null, after: row.after ? JSON.parse(row.after) : null };
}

/**
 * Changes after a seq (and before one, when given), in seq order, at most `limit`: the first ones, or the last
 * ones when `backward` (returned newest first); with `entity`, only those touching it.
 */
export async function listChanges(
  db: GraphGateway,
  range: { afterSeq: number; beforeSeq?: number | null; backward?: boolean },
  limit: number,
  entity?: string,
): Promise<{ changes: ChangeModel[]; latestSeq: number }> {
  const { afterSeq, beforeSeq = null, backward = false } = range;
  return db.readTx(async (tx) => {
    const rows = await db.run<Parameters<typeof toChange>[0]>(tx, {
      cypher: `MATCH (c:Change) WHERE c.seq > $afterSeq ${beforeSeq !== null ? 'AND c.seq < $beforeSeq' : ''} ${entity ? 'AND (c.entity = $entity OR c.related = $entity)' : ''}
               RETURN ${CHANGE_FIELDS} ORDER BY c.seq ${backward ? 'DESC' : ''} LIMIT $limit`,
      params: { afterSeq, beforeSeq, limit: neo4j.int(limit), entity: entity ?? null },
    }, 'READ');
    const [latest] = await db.run<{ value: number | null }>(tx, { cypher: "OPTIONAL MATCH (s:PlanGraphMeta {key: 'changeSeq'}) RETURN s.value AS value" }, 'READ');
    return { changes: rows.map(toChange), latestSeq: latest?.value ?? 0 };
  });
}
