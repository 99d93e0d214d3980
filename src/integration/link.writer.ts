import { recordChange } from '../audit/audit.repository';
import type { GraphGateway } from '../db/gateway';
import { BadUserInputError, ConflictError } from '../errors';
import type { EdgeType } from '../graph/graph';
import { labelOfId } from '../graph/ids';
import { writeOwnership } from '../ownership/ownership.writer';
import type { WriteOutcome } from './integration.model';
import type { WriteHooks } from './entity.writer';
import { graphOffences, refuseOffences } from './graphCheck';
import { readStoredFacts } from './graphCheck.repository';
import { authorizeWrite, type WriteCaller } from '../auth/writeRules';

/** An edge to add or remove, with the version of its source the caller read. */
export interface LinkRequest {
  relation: EdgeType;
  from: string;
  to: string;
  expectedVersion: number;
  quote?: string | null;
  sectionPath?: string[] | null;
}

/**
 * Adds (`add`) or removes an edge in one write transaction. Edges belong to their source: the source is
 * locked and its version compared; an applied change bumps it and writes one audit entry. Adding an edge
 * that exists, or removing one that does not, is UNCHANGED. The kinds at both ends must fit the relation.
 * OWNED_BY goes through the ownership writer, which the owner mutations use too.
 */
export async function writeLink(db: GraphGateway, request: LinkRequest, add: boolean, caller: WriteCaller, hooks: WriteHooks = {}): Promise<{ outcome: WriteOutcome; version: number }> {
  const { relation, from, to } = request;
  const by = caller.name;
  const fromLabel = labelOfId(from);
  const toLabel = labelOfId(to);
  // The one validator: the kinds at both ends must fit the relation (ends' labels from their ids, checked as input).
  const idLabels = new Map([from, to].flatMap((id) => (labelOfId(id) ? [[id, [labelOfId(id)!]] as const] : [])));
  refuseOffences(graphOffences([], [{ type: relation, from, to }], { labels: idLabels, partOf: [] }), 'nothing linked');
  if (!fromLabel || !toLabel) throw new BadUserInputError(`${from} or ${to} is not a PlanGraph id`, { argument: 'input' });
  let reason = authorizeWrite(caller, [{ subject: 'edge', field: relation, id: from }]);
  if (relation === 'OWNED_BY' && (fromLabel === 'Task' || fromLabel === 'Indicator')) {
    const { quote, sectionPath, expectedVersion } = request;
    return writeOwnership(db, { label: fromLabel, owned: from, agency: to, add, expectedVersion, quote, sectionPath, action: add ? 'LINK_OWNED_BY' : 'UNLINK_OWNED_BY' }, by, hooks);
  }
  return db.writeTx(async (tx) => {
    // Lock the source, then compare its version (labels and type come from the closed lists checked above).
    const [row] = await db.run<{ version: number; toExists: boolean; exists: boolean; origin: string | null }>(tx, {
      cypher: `MATCH (a:${fromLabel} {id: $from}) SET a.version = coalesce(a.version, 1)
               WITH a OPTIONAL MATCH (b:${toLabel} {id: $to})
               OPTIONAL MATCH (a)-[r:${relation}]->(b)
               RETURN a.version AS version, b IS NOT NULL AS toExists, r IS NOT NULL AS exists, r.origin AS origin LIMIT 1`,
      params: { from, to },
    });
    if (!row) throw new BadUserInputError(`no ${fromLabel} has id "${from}"`, { argument: 'input.from' });
    if (!row.toExists) throw new BadUserInputError(`no ${toLabel} has id "${to}"`, { argument: 'input.to' });
    if (row.exists === add) return { outcome: 'UNCHANGED' as const, version: row.version };
    if (add && relation === 'PART_OF') {
      // A cycle through what is stored: the validator sees the PART_OF edges above the new parent.
      const stored = await readStoredFacts(db, tx, [from, to], new Set(), [to]);
      refuseOffences(graphOffences([], [{ type: relation, from, to }], stored), 'nothing linked');
    }
    // Removing an edge the plan states (parsed or curated, not written through the API) changes its meaning.
    if (!add && row.origin !== 'API') reason = authorizeWrite(caller, [{ subject: 'edge', field: relation, id: from }, { subject: 'edge the plan states', field: relation, id: from }]);
    if (request.expectedVersion !== row.version) throw new ConflictError(`${from} is at version ${row.version}, not ${request.expectedVersion}: read it again and retry`);
    const edge = { origin: 'API', assignedBy: by, assignedAt: new Date().toISOString(), quote: request.quote ?? null, sectionPath: request.sectionPath ?? [] };
    await db.run(tx, {
      cypher: add
        ? `MATCH (a:${fromLabel} {id: $from}) MATCH (b:${toLabel} {id: $to}) CREATE (a)-[r:${relation}]->(b) SET r = $edge SET a.version = a.version + 1`
        : `MATCH (a:${fromLabel} {id: $from})-[r:${relation}]->(b:${toLabel} {id: $to}) DELETE r SET a.version = a.version + 1`,
      params: { from, to, edge },
    });
    await recordChange(db, tx, {
      entity: from, related: to, action: add ? `LINK_${relation}` : `UNLINK_${relation}`, by, reason,
      before: add ? null : { relation, to }, after: add ? { relation, to, quote: edge.quote } : null,
    });
    await hooks.beforeCommit?.();
    return { outcome: add ? ('CREATED' as const) : ('UPDATED' as const), version: row.version + 1 };
  });
}
