import { createHash } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { EDGE_ENDPOINTS, type EdgeType } from '../graph/graph';
import { labelOfId } from '../graph/ids';
import { recordChange } from '../audit/audit.repository';
import type { GraphGateway } from '../db/gateway';
import type { GraphReader } from '../db/reader';
import { BadUserInputError, NotFoundError } from '../errors';
import { numberKey, orderedPage, pageableId, type Ordering } from '../page/order.repository';
import type { PageRequest, SortKey } from '../shared/connection';
import type { Proposal, ProposalModel, ProposalStatus, ProposedRelation } from './proposal.model';

/** A proposal's id: stable across re-imports, so a rejection outlives them. */
export function proposalId(plan: string, p: Pick<Proposal, 'relation' | 'from' | 'to'>): string {
  return `Proposal:${plan}:${createHash('sha1').update(`${p.relation}|${p.from}|${p.to}`).digest('hex').slice(0, 16)}`;
}

const FIELDS = `p.id AS id, p.plan AS plan, p.relation AS relation, a.id AS fromId, b.id AS toId, p.status AS status, p.confidence AS confidence,
  p.evidence AS evidence, p.quote AS quote, p.sectionPath AS sectionPath, p.mention AS mention, p.decidedBy AS decidedBy, p.decidedAt AS decidedAt`;

/**
 * Stores an import's proposals as :PROPOSED relationships inside the import's transaction. Open proposals the
 * import no longer makes are removed; confirmed and rejected ones stay as judged and are not proposed again,
 * nor is an edge that already exists. Returns how many were stored and how many were left as judged.
 */
export async function storeProposals(db: GraphGateway, tx: ManagedTransaction, plan: string, proposals: Proposal[]): Promise<{ stored: number; judged: number; existing: number }> {
  const rows = [...new Map(proposals.map((p) => [proposalId(plan, p), p])).entries()].map(([id, p]) => ({
    id, from: p.from, to: p.to, relation: p.relation,
    props: { id, plan, relation: p.relation, status: 'PROPOSED', confidence: p.confidence, evidence: p.evidence, quote: p.quote, sectionPath: p.sectionPath, mention: p.mention ?? null },
  }));
  await db.run(tx, {
    cypher: `MATCH (:Entity)-[p:PROPOSED {plan: $plan}]->(:Entity) WHERE p.status = 'PROPOSED' AND NOT p.id IN $ids DELETE p`,
    params: { plan, ids: rows.map((r) => r.id) },
  });
  const [counts] = await db.run<{ stored: number; judged: number; existing: number }>(tx, {
    cypher: `UNWIND $rows AS row
             MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
             OPTIONAL MATCH (a)-[old:PROPOSED {id: row.id}]->(b)
             WITH a, b, row, old, EXISTS { (a)-[r]->(b) WHERE type(r) = row.relation } AS exists
             CALL (a, b, row, old, exists) {
               WITH a, b, row, old, exists WHERE (old IS NULL OR old.status = 'PROPOSED') AND NOT exists
               MERGE (a)-[p:PROPOSED {id: row.id}]->(b) SET p = row.props
               RETURN count(*) AS written
             }
             RETURN sum(written) AS stored, count(CASE WHEN old IS NOT NULL AND old.status <> 'PROPOSED' THEN 1 END) AS judged,
                    count(CASE WHEN exists AND (old IS NULL OR old.status = 'PROPOSED') THEN 1 END) AS existing`,
    params: { rows },
  });
  return counts ?? { stored: 0, judged: 0, existing: 0 };
}

/** Proposals' order: most confident first (a missing confidence last), then by id. */
export const PROPOSAL_ORDER: Ordering = {
  parts: [
    { cypher: `0 - (${numberKey('p.confidence')})`, type: 'number', nullable: true },
    { cypher: 'p.id', type: 'string', nullable: false },
  ],
};

/** A plan's proposals in PROPOSAL_ORDER, one page, with each row's sort key; the count has the page's WHERE. */
export async function listProposals(db: GraphGateway, plan: string, statuses: ProposalStatus[], relation: ProposedRelation | null, page: PageRequest): Promise<{ rows: (ProposalModel & { key: SortKey })[]; total: number }> {
  const where = `p.plan = $plan AND p.status IN $statuses AND ($relation IS NULL OR p.relation = $relation) AND ${pageableId('p.id')}`;
  const order = orderedPage(PROPOSAL_ORDER, page);
  const [rows, total] = await db.readMany<never>([
    {
      cypher: `MATCH (a:Entity)-[p:PROPOSED]->(b:Entity) WHERE ${where}
               WITH a, p, b, ${order.keys} WHERE ${order.where}
               WITH a, p, b, ${order.names} ORDER BY ${order.orderBy} LIMIT $limit
               RETURN ${FIELDS}, ${order.keyList} AS key`,
      params: { plan, statuses, relation, ...order.params, limit: neo4j.int(page.size + 1) },
    },
    { cypher: `MATCH (:Entity)-[p:PROPOSED]->(:Entity) WHERE ${where} RETURN count(p) AS total`, params: { plan, statuses, relation } },
  ]);
  return { rows: rows as (ProposalModel & { key: SortKey })[], total: Number((total[0] as { total: number } | undefined)?.total ?? 0) };
}

/** Which proposals a batch asks for: of `relation`, by their source (`OUT`) or target (`IN`) ids. */
export interface ProposalEnds {
  relation: ProposedRelation;
  direction: 'OUT' | 'IN';
  ids: readonly string[];
}

/**
 * Open and confirmed proposals of any plan by their ends, for continuity lookups (rejected ones are left out): one
 * statement per (relation, direction), all in one round trip; for each group, each id's proposals in the order of
 * `ids`, most confident first.
 */
export async function proposalsByEnds(db: GraphReader, groups: readonly ProposalEnds[]): Promise<ProposalModel[][][]> {
  const results = await db.readMany<ProposalModel>(groups.map(({ relation, direction, ids }) => ({
    // The direction picks one of two fixed strings, never input.
    cypher: `MATCH (a:Entity)-[p:PROPOSED]->(b:Entity) WHERE ${direction === 'OUT' ? 'a.id' : 'b.id'} IN $ids AND p.relation = $relation AND p.status IN ['PROPOSED', 'CONFIRMED']
             RETURN ${FIELDS} ORDER BY p.confidence DESC, p.id`,
    params: { ids: [...ids], relation },
  })));
  return groups.map(({ direction, ids }, g) => {
    const byEnd = new Map<string, ProposalModel[]>();
    for (const p of results[g]) {
      const end = direction === 'OUT' ? p.fromId : p.toId;
      byEnd.set(end, [...(byEnd.get(end) ?? []), p]); // keeps the statement's order: most confident first
    }
    return ids.map((id) => byEnd.get(id) ?? []);
  });
}

/**
 * Confirms (creates the edge, origin CURATED, with the proposal's quote) or rejects (removes an edge its
 * confirmation created) a proposal, in one transaction with its audit entry. Deciding as it already stands is UNCHANGED.
 */
export async function decideProposal(db: GraphGateway, id: string, decision: 'CONFIRMED' | 'REJECTED', by: string): Promise<{ proposal: ProposalModel; outcome: 'UPDATED' | 'UNCHANGED' }> {
  if (!/^Proposal:[a-z0-9-]+:[0-9a-f]{16}$/.test(id)) throw new BadUserInputError(`"${id}" is not a proposal id`, { argument: 'id' });
  return db.writeTx(async (tx) => {
    const [row] = await db.run<ProposalModel>(tx, { cypher: `MATCH (a:Entity)-[p:PROPOSED {id: $id}]->(b:Entity) RETURN ${FIELDS}`, params: { id } });
    if (!row) throw new NotFoundError(`no proposal has id "${id}"`);
    if (row.status === decision) return { proposal: row, outcome: 'UNCHANGED' as const };
    const relation = row.relation as EdgeType;
    const [fromLabels, toLabels] = EDGE_ENDPOINTS[relation];
    const fromLabel = labelOfId(row.fromId);
    const toLabel = labelOfId(row.toId);
    // Labels and type from the closed lists, checked here before they reach Cypher.
    if (!fromLabel || !toLabel || !fromLabels.includes(fromLabel) || !toLabels.includes(toLabel)) throw new BadUserInputError(`${relation} cannot join ${row.fromId} to ${row.toId}`, { argument: 'id' });
    const at = new Date().toISOString();
    if (decision === 'CONFIRMED') {
      await db.run(tx, {
        cypher: `MATCH (a:${fromLabel} {id: $from}) MATCH (b:${toLabel} {id: $to})
                 MERGE (a)-[r:${relation}]->(b)
                 SET r.origin = 'CURATED', r.quote = $quote, r.sectionPath = $sectionPath, r.proposal = $id, r.assignedBy = $by, r.assignedAt = $at
                 SET a.version = coalesce(a.version, 1) + 1`,
        params: { from: row.fromId, to: row.toId, quote: row.quote, sectionPath: row.sectionPath, id, by, at },
      });
    } else {
      await db.run(tx, {
        cypher: `MATCH (a:${fromLabel} {id: $from})-[r:${relation} {proposal: $id}]->(b:${toLabel} {id: $to}) DELETE r SET a.version = coalesce(a.version, 1) + 1`,
        params: { from: row.fromId, to: row.toId, id },
      });
    }
    await db.run(tx, { cypher: 'MATCH ()-[p:PROPOSED {id: $id}]->() SET p.status = $decision, p.decidedBy = $by, p.decidedAt = $at', params: { id, decision, by, at } });
    await recordChange(db, tx, {
      entity: row.fromId, related: row.toId, action: `${decision === 'CONFIRMED' ? 'CONFIRM' : 'REJECT'}_${relation}`, by,
      before: { proposal: id, status: row.status }, after: { proposal: id, status: decision, relation, quote: row.quote, confidence: row.confidence },
    });
    return { proposal: { ...row, status: decision, decidedBy: by, decidedAt: at }, outcome: 'UPDATED' as const };
  });
}

/** A plan's confirmed proposals with the codes of their ends: what the curation export writes. */
export async function confirmedProposals(db: GraphGateway, plan: string): Promise<(ProposalModel & { fromCode: string | null; fromNumber: number | null; toCode: string | null; toNumber: number | null })[]> {
  return db.read({
    cypher: `MATCH (a:Entity)-[p:PROPOSED {plan: $plan, status: 'CONFIRMED'}]->(b:Entity)
             RETURN ${FIELDS}, a.code AS fromCode, a.number AS fromNumber, b.code AS toCode, b.number AS toNumber ORDER BY a.ord, p.relation, b.ord, b.id`,
    params: { plan },
  });
}

/** A text indicator of the plan, with the task a confirmed MOVES proposal names for it (the curation export's rows). */
export interface TextIndicatorRow {
  code: string;
  name: string;
  targetRaw: string;
  targetValue: number | null;
  targetUnit: string | null;
  targetComparator: string | null;
  targetKind: string;
  targetYear: number | null;
  quote: string;
  task: string | null;
}

/** The plan's indicators with these codes, in plan order, each with the first task confirmed to move it. */
export async function textIndicatorsMoved(db: GraphGateway, plan: string, codes: string[]): Promise<TextIndicatorRow[]> {
  return db.read<TextIndicatorRow>({
    cypher: `MATCH (i:Indicator {planId: $plan}) WHERE i.code IN $codes
             OPTIONAL MATCH (t:Task)-[:PROPOSED {status: 'CONFIRMED', relation: 'MOVES'}]->(i)
             WITH i, head(collect(t.code)) AS task
             RETURN i.code AS code, i.name AS name, i.targetRaw AS targetRaw, i.targetValue AS targetValue, i.targetUnit AS targetUnit,
                    i.targetComparator AS targetComparator, i.targetKind AS targetKind, i.targetYear AS targetYear, i.quote AS quote, task ORDER BY i.ord`,
    params: { plan, codes },
  });
}
