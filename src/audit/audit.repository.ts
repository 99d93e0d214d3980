import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphGateway } from '../db/gateway';

/** One applied change, as the audit trail keeps it. */
export interface ChangeRecord {
  /** The id of the entity changed (for an edge, its source). */
  entity: string;
  /** What was done, e.g. RECORD_MEASUREMENT, ASSIGN_OWNER. */
  action: string;
  /** Who did it: the token's name. */
  by: string;
  before: unknown;
  after: unknown;
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
             CREATE (:Change {seq: seq.value, at: datetime(), by: $by, entity: $entity, action: $action, before: $before, after: $after})`,
    params: { ...change, before: JSON.stringify(change.before ?? null), after: JSON.stringify(change.after ?? null) },
  });
}
