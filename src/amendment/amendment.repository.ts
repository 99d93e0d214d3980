import { recordChange } from '../audit/audit.repository';
import type { GraphGateway } from '../db/gateway';
import type { IndicatorModel } from '../indicator/indicator.model';
import type { AmendmentModel, TargetModel } from './amendment.model';

/** How an amendment is stored: its target flattened like an indicator's. */
type AmendmentRow = Omit<AmendmentModel, 'target'> &
  Pick<IndicatorModel, 'targetRaw' | 'targetValue' | 'targetUnit' | 'targetComparator' | 'targetKind' | 'targetYear' | 'targetPer' | 'targetAspirational'>;

const FIELDS = 'properties(a) AS a';

function toAmendment(a: AmendmentRow): AmendmentModel {
  return {
    id: a.id,
    indicatorId: a.indicatorId,
    target: { raw: a.targetRaw, value: a.targetValue ?? null, unit: a.targetUnit ?? null, comparator: a.targetComparator ?? null, year: a.targetYear ?? null, kind: a.targetKind, per: a.targetPer ?? null, aspirational: a.targetAspirational ?? false, ceiling: a.targetComparator === 'LTE' || a.targetComparator === 'LT' },
    effectiveYear: a.effectiveYear,
    reason: a.reason,
    document: a.document ?? null,
    status: a.status,
    proposedBy: a.proposedBy,
    proposedAt: String(a.proposedAt),
    decidedBy: a.decidedBy ?? null,
    decidedAt: a.decidedAt ? String(a.decidedAt) : null,
    comment: a.comment ?? null,
  };
}

/** What a proposal stores. */
export interface ProposalInput {
  indicatorId: string;
  target: TargetModel;
  effectiveYear: number;
  reason: string;
  document: string | null;
}

/** An expression on the indicator bound to `variable`: its amendments as amendmentsOf reads them (see toAmendments). */
export function amendmentsProjection(variable: string): string {
  return `COLLECT { MATCH (${variable})-[:HAS_AMENDMENT]->(a:Amendment) WITH a ORDER BY a.proposedAt, a.id RETURN properties(a) }`;
}

/** An indicator's amendments from the rows amendmentsProjection reads. */
export function toAmendments(rows: unknown[]): AmendmentModel[] {
  return rows.map((row) => toAmendment(row as AmendmentRow));
}

/** The amendments of each indicator asked for (in the order asked), oldest proposal first. */
export async function amendmentsOf(db: GraphGateway, indicatorIds: readonly string[]): Promise<AmendmentModel[][]> {
  const rows = await db.read<{ id: string; amendments: unknown[] }>({
    cypher: `UNWIND $ids AS id MATCH (i:Indicator {id: id}) RETURN id, ${amendmentsProjection('i')} AS amendments`,
    params: { ids: [...indicatorIds] },
  });
  const byId = new Map(rows.map((r) => [r.id, toAmendments(r.amendments)]));
  return indicatorIds.map((id) => byId.get(id) ?? []);
}

/** One amendment by id, or null. */
export async function findAmendment(db: GraphGateway, id: string): Promise<AmendmentModel | null> {
  const [row] = await db.read<{ a: AmendmentRow }>({ cypher: `MATCH (a:Amendment {id: $id}) RETURN ${FIELDS}`, params: { id } });
  return row ? toAmendment(row.a) : null;
}

/** Approved amendments of a plan's indicators, oldest effective year first. */
export async function approvedAmendmentsOfPlan(db: GraphGateway, planKey: string): Promise<AmendmentModel[]> {
  const rows = await db.read<{ a: AmendmentRow }>({
    cypher: `MATCH (i:Indicator)-[:HAS_AMENDMENT]->(a:Amendment {status: 'APPROVED'}) WHERE i.planId = $plan
             RETURN ${FIELDS} ORDER BY a.effectiveYear, a.decidedAt, a.id`,
    params: { plan: planKey },
  });
  return rows.map((r) => toAmendment(r.a));
}

/** Records a proposal (numbered per indicator) and its audit entry in one transaction. */
export async function proposeAmendment(db: GraphGateway, input: ProposalInput, by: string): Promise<AmendmentModel> {
  return db.writeTx(async (tx) => {
    const { target } = input;
    const [row] = await db.run<{ a: AmendmentRow }>(tx, {
      // The indicator is locked first (SET on it), so two proposals for one indicator number themselves in turn.
      cypher: `MATCH (i:Indicator {id: $indicatorId})
               SET i.amendmentCount = coalesce(i.amendmentCount, 0) + 1
               CREATE (i)-[:HAS_AMENDMENT]->(a:Amendment {
                 id: 'Amendment:' + substring(i.id, size('Indicator:')) + ':' + toString(i.amendmentCount), indicatorId: i.id,
                 targetRaw: $raw, targetValue: $value, targetUnit: $unit, targetComparator: $comparator, targetKind: $kind, targetYear: $year,
                 targetPer: $per, targetAspirational: $aspirational, effectiveYear: $effectiveYear, reason: $reason, document: $document,
                 status: 'PROPOSED', proposedBy: $by, proposedAt: toString(datetime())})
               RETURN ${FIELDS}`,
      params: { ...target, indicatorId: input.indicatorId, effectiveYear: input.effectiveYear, reason: input.reason, document: input.document, by },
    });
    const amendment = toAmendment(row.a);
    await recordChange(db, tx, { entity: input.indicatorId, related: null, action: 'PROPOSE_AMENDMENT', by, before: null, after: amendment });
    return amendment;
  });
}

/**
 * Approves or rejects a PROPOSED amendment in one transaction with its audit entry. Returns null when the
 * amendment is not PROPOSED or `by` proposed it (the caller tells which from a fresh read).
 */
export async function decideAmendment(db: GraphGateway, id: string, approve: boolean, comment: string | null, by: string): Promise<AmendmentModel | null> {
  return db.writeTx(async (tx) => {
    const [row] = await db.run<{ a: AmendmentRow; before: AmendmentRow }>(tx, {
      // The write lock is taken before the status is read, so of two deciders at once the second finds it decided.
      cypher: `MATCH (a:Amendment {id: $id}) SET a.deciding = true REMOVE a.deciding
               WITH a WHERE a.status = 'PROPOSED' AND a.proposedBy <> $by
               WITH a, properties(a) AS before
               SET a.status = $status, a.decidedBy = $by, a.decidedAt = toString(datetime()), a.comment = $comment
               RETURN ${FIELDS}, before`,
      params: { id, by, comment, status: approve ? 'APPROVED' : 'REJECTED' },
    });
    if (!row) return null;
    const amendment = toAmendment(row.a);
    await recordChange(db, tx, {
      entity: amendment.indicatorId,
      related: null,
      action: approve ? 'APPROVE_AMENDMENT' : 'REJECT_AMENDMENT',
      by,
      before: { id, status: row.before.status },
      after: { id, status: amendment.status, comment, target: amendment.target.raw, effectiveYear: amendment.effectiveYear },
    });
    return amendment;
  });
}
