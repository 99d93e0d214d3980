import { recordChange } from '../audit/audit.repository';
import type { GraphGateway } from '../db/gateway';
import { BadUserInputError, ConflictError } from '../errors';
import type { WriteOutcome } from '../integration/integration.model';
import type { WriteHooks } from '../integration/entity.writer';

/** What an agency can own: a closed list, so the label in Cypher never comes from input. */
export type OwnableLabel = 'Indicator' | 'Task';

/** One change to an OWNED_BY edge: add or remove `agency` as an owner of `owned`. */
export interface OwnershipChange {
  label: OwnableLabel;
  owned: string;
  agency: string;
  add: boolean;
  /** The owned node's version the caller read: when given, a stale one is refused with CONFLICT. */
  expectedVersion?: number | null;
  quote?: string | null;
  sectionPath?: string[] | null;
  /** The audit action of an applied change: what the caller did (ASSIGN_OWNER, LINK_OWNED_BY …). */
  action: string;
  /** Argument names for the errors about a missing end. */
  arguments?: { owned: string; agency: string };
  /** More for an added owner's audit entry (`after`): where the assignment came from (origin, the suggestion taken). */
  provenance?: Record<string, unknown>;
}

/**
 * The one writer of OWNED_BY, for the owner mutations and link/unlink alike. One rule: in one write transaction the
 * owned node is locked and, when the caller names the version it read, that version is compared; adding an owner
 * that is one already, or removing one that is not, is UNCHANGED and writes nothing; an applied change stamps the
 * edge (origin API, who, when), bumps the owned node's version and writes exactly one audit entry (entity: the owned
 * node, related: the agency).
 */
export async function writeOwnership(db: GraphGateway, change: OwnershipChange, by: string, hooks: WriteHooks = {}): Promise<{ outcome: WriteOutcome; version: number }> {
  const { label, owned, agency, add } = change;
  const names = change.arguments ?? { owned: 'input.from', agency: 'input.to' };
  return db.writeTx(async (tx) => {
    // Setting the version takes the owned node's write lock, so the check and the change below cannot interleave.
    const [row] = await db.run<{ version: number; agencyExists: boolean; origin: string | null; quote: string | null; exists: boolean }>(tx, {
      cypher: `MATCH (x:${label} {id: $owned}) SET x.version = coalesce(x.version, 1)
               WITH x OPTIONAL MATCH (a:Agency {id: $agency})
               OPTIONAL MATCH (x)-[r:OWNED_BY]->(a)
               RETURN x.version AS version, a IS NOT NULL AS agencyExists, r IS NOT NULL AS exists, r.origin AS origin, r.quote AS quote`,
      params: { owned, agency },
    });
    if (!row) throw new BadUserInputError(`no ${label} has id "${owned}"`, { argument: names.owned });
    if (!row.agencyExists) throw new BadUserInputError(`no Agency has id "${agency}"`, { argument: names.agency });
    if (row.exists === add) return { outcome: 'UNCHANGED' as const, version: row.version };
    const expected = change.expectedVersion;
    if (expected !== null && expected !== undefined && expected !== row.version) {
      throw new ConflictError(`${owned} is at version ${row.version}, not ${expected}: read it again and retry`);
    }
    const edge = { origin: 'API', assignedBy: by, assignedAt: new Date().toISOString(), quote: change.quote ?? null, sectionPath: change.sectionPath ?? [] };
    await db.run(tx, {
      cypher: add
        ? `MATCH (x:${label} {id: $owned}) MATCH (a:Agency {id: $agency}) CREATE (x)-[r:OWNED_BY]->(a) SET r = $edge SET x.version = x.version + 1`
        : `MATCH (x:${label} {id: $owned})-[r:OWNED_BY]->(a:Agency {id: $agency}) DELETE r SET x.version = x.version + 1`,
      params: { owned, agency, edge },
    });
    await recordChange(db, tx, {
      entity: owned, related: agency, action: change.action, by,
      before: add ? null : { relation: 'OWNED_BY', to: agency, origin: row.origin, quote: row.quote },
      after: add ? { relation: 'OWNED_BY', to: agency, quote: edge.quote, ...change.provenance } : null,
    });
    await hooks.beforeCommit?.();
    return { outcome: add ? ('CREATED' as const) : ('UPDATED' as const), version: row.version + 1 };
  });
}
