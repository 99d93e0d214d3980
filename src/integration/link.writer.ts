import { recordChange } from '../audit/audit.repository';
import type { GraphGateway } from '../db/gateway';
import { BadUserInputError, ConflictError } from '../errors';
import { EDGE_ENDPOINTS, type EdgeType } from '../graph/graph';
import { labelOfId } from '../graph/ids';
import { writeOwnership } from '../ownership/ownership.writer';
import type { WriteOutcome } from './integration.model';
import type { WriteHooks } from './entity.writer';

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
export async function writeLink(db: GraphGateway, request: LinkRequest, add: boolean, by: string, hooks: WriteHooks = {}): Promise<{ outcome: WriteOutcome; version: number }> {
  const { relation, from, to } = request;
  const [fromLabels, toLabels] = EDGE_ENDPOINTS[relation];
  const fromLabel = labelOfId(from);
  const toLabel = labelOfId(to);
  if (!fromLabel || !fromLabels.includes(fromLabel) || !toLabel || !toLabels.includes(toLabel)) {
    throw new BadUserInputError(`${relation} joins ${fromLabels.join('/')} to ${toLabels.join('/')}, not ${fromLabel ?? '?'} to ${toLabel ?? '?'}`, { argument: 'input.relation' });
  }
  if (from === to) throw new BadUserInputError('an edge needs two different nodes', { argument: 'input.to' });
  if (relation === 'OWNED_BY' && (fromLabel === 'Task' || fromLabel === 'Indicator')) {
    const { quote, sectionPath, expectedVersion } = request;
    return writeOwnership(db, { label: fromLabel, owned: from, agency: to, add, expectedVersion, quote, sectionPath, action: add ? 'LINK_OWNED_BY' : 'UNLINK_OWNED_BY' }, by, hooks);
  }
  return db.writeTx(async (tx) => {
    // Lock the source, then compare its version (labels and type come from the closed lists checked above).
    const [row] = await db.run<{ version: number; toExists: boolean; exists: boolean; cycle: boolean }>(tx, {
      cypher: `MATCH (a:${fromLabel} {id: $from}) SET a.version = coalesce(a.version, 1)
               WITH a OPTIONAL MATCH (b:${toLabel} {id: $to})
               RETURN a.version AS version, b IS NOT NULL AS toExists,
                      b IS NOT NULL AND EXISTS { (a)-[:${relation}]->(b) } AS exists,
                      b IS NOT NULL AND $relation = 'PART_OF' AND EXISTS { (b)-[:PART_OF*0..20]->(a) } AS cycle`,
      params: { from, to, relation },
    });
    if (!row) throw new BadUserInputError(`no ${fromLabel} has id "${from}"`, { argument: 'input.from' });
    if (!row.toExists) throw new BadUserInputError(`no ${toLabel} has id "${to}"`, { argument: 'input.to' });
    if (row.exists === add) return { outcome: 'UNCHANGED' as const, version: row.version };
    if (add && row.cycle) throw new BadUserInputError(`${to} is already part of ${from}: PART_OF would make a cycle`, { argument: 'input.to' });
    if (request.expectedVersion !== row.version) throw new ConflictError(`${from} is at version ${row.version}, not ${request.expectedVersion}: read it again and retry`);
    const edge = { origin: 'API', assignedBy: by, assignedAt: new Date().toISOString(), quote: request.quote ?? null, sectionPath: request.sectionPath ?? [] };
    await db.run(tx, {
      cypher: add
        ? `MATCH (a:${fromLabel} {id: $from}) MATCH (b:${toLabel} {id: $to}) CREATE (a)-[r:${relation}]->(b) SET r = $edge SET a.version = a.version + 1`
        : `MATCH (a:${fromLabel} {id: $from})-[r:${relation}]->(b:${toLabel} {id: $to}) DELETE r SET a.version = a.version + 1`,
      params: { from, to, edge },
    });
    await recordChange(db, tx, {
      entity: from, related: to, action: add ? `LINK_${relation}` : `UNLINK_${relation}`, by,
      before: add ? null : { relation, to }, after: add ? { relation, to, quote: edge.quote } : null,
    });
    await hooks.beforeCommit?.();
    return { outcome: add ? ('CREATED' as const) : ('UPDATED' as const), version: row.version + 1 };
  });
}
