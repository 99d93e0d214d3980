import type { GraphGateway } from '../db/gateway';
import { recordChange } from '../audit/audit.repository';
import { measurementKey } from '../figure/figure.model';
import { MEASUREMENT_FIELDS } from '../figure/figure.repository';
import type { MeasurementModel } from './review.model';


/** An indicator's measurements, oldest year first. */
export async function listMeasurements(db: GraphGateway, indicatorId: string): Promise<MeasurementModel[]> {
  return db.read<MeasurementModel>({
    cypher: `MATCH (:Indicator {id: $id})-[:HAS_MEASUREMENT]->(m:Measurement) RETURN ${MEASUREMENT_FIELDS} ORDER BY m.year`,
    params: { id: indicatorId },
  });
}

/** A replaced measurement value. */
export interface RevisionModel extends MeasurementModel {
  replacedAt: string;
  replacedBy: string;
}

/** Values later recordings replaced, newest replacement first. */
export async function listRevisions(db: GraphGateway, indicatorId: string): Promise<RevisionModel[]> {
  return db.read<RevisionModel>({
    cypher: `MATCH (:Indicator {id: $id})-[:HAS_MEASUREMENT]->(:Measurement)-[:REPLACED]->(m:MeasurementRevision)
             RETURN ${MEASUREMENT_FIELDS}, toString(m.replacedAt) AS replacedAt, m.replacedBy AS replacedBy ORDER BY m.replacedAt DESC, m.year`,
    params: { id: indicatorId },
  });
}

/** One row to record: approved (a PLANNER's or ADMIN's) or submitted (an INTEGRATOR's), for the city or an area. */
export type MeasurementInput = Pick<MeasurementModel, 'indicatorId' | 'year' | 'value' | 'source'> &
  Partial<Pick<MeasurementModel, 'area' | 'evidence' | 'checksum'>> & { status?: 'APPROVED' | 'SUBMITTED' };

/**
 * Records measurements in one write transaction: all or none. Recording an indicator-year again keeps
 * the old value as a MeasurementRevision and replaces it; every row is one audit entry.
 */
export async function recordMeasurements(db: GraphGateway, rows: MeasurementInput[], by: string): Promise<{ saved: MeasurementModel[]; created: number; replaced: number }> {
  return db.writeTx(async (tx) => {
    const saved: MeasurementModel[] = [];
    let replaced = 0;
    for (const row of rows) {
      const status = row.status ?? 'APPROVED';
      const params = { ...row, area: row.area ?? null, evidence: row.evidence ?? null, checksum: row.checksum ?? null, key: measurementKey(row.indicatorId, row.year, row.area), status, by };
      const [before] = await db.run<MeasurementModel>(tx, {
        cypher: `MATCH (:Indicator {id: $indicatorId})-[:HAS_MEASUREMENT]->(m:Measurement {key: $key})
                 CREATE (m)-[:REPLACED]->(r:MeasurementRevision)
                 SET r = properties(m), r.key = null, r.replacedAt = toString(datetime()), r.replacedBy = $by
                 RETURN ${MEASUREMENT_FIELDS}`,
        params,
      });
      // An approved recording is approved by its recorder; a submission waits (and clears an earlier decision).
      const [after] = await db.run<MeasurementModel>(tx, {
        cypher: `MATCH (i:Indicator {id: $indicatorId})
                 MERGE (i)-[:HAS_MEASUREMENT]->(m:Measurement {key: $key})
                 SET m.indicatorId = $indicatorId, m.year = $year, m.value = $value, m.source = $source, m.recordedAt = toString(datetime()), m.recordedBy = $by,
                     m.area = $area, m.evidence = $evidence, m.checksum = $checksum, m.status = $status,
                     m.approvedBy = CASE $status WHEN 'APPROVED' THEN $by END, m.approvedAt = CASE $status WHEN 'APPROVED' THEN m.recordedAt END,
                     m.returnedBy = null, m.returnedAt = null, m.comment = null
                 RETURN ${MEASUREMENT_FIELDS}`,
        params,
      });
      if (before) replaced++;
      await recordChange(db, tx, { entity: row.indicatorId, action: status === 'APPROVED' ? 'RECORD_MEASUREMENT' : 'SUBMIT_MEASUREMENT', by, before: before ?? null, after });
      saved.push(after);
    }
    return { saved, created: rows.length - replaced, replaced };
  });
}

/** Table 1 indicators (labels and properties) with their measurements up to a year, in plan and number order. */
export async function measurementsUpTo(
  db: GraphGateway,
  asOf: number,
  planKey: string | null = null,
  statuses: readonly string[] = ['APPROVED'],
): Promise<{ id: string; labels: string[]; props: Record<string, unknown>; values: { year: number; value: number; area: string | null }[] }[]> {
  // For one plan, `i.planId = $plan AND i.ord IS NOT NULL` (ord is always set) lets the planner use the (planId, ord)
  // index; `$plan IS NULL OR …` in one statement would stop it.
  const match = planKey === null ? "MATCH (i:Indicator) WHERE i.source = 'TABLE'" : "MATCH (i:Indicator) WHERE i.planId = $plan AND i.ord IS NOT NULL AND i.source = 'TABLE'";
  return db.read({
    cypher: `${match}
             OPTIONAL MATCH (i)-[:HAS_MEASUREMENT]->(m:Measurement) WHERE m.year <= $asOf AND coalesce(m.status, 'APPROVED') IN $statuses
             WITH i, m ORDER BY m.year
             WITH i, collect(m) AS ms
             RETURN i.id AS id, labels(i) AS labels, properties(i) AS props, [x IN ms | {year: x.year, value: x.value, area: x.area}] AS values ORDER BY i.planId, i.ord`,
    params: { asOf, plan: planKey, statuses: [...statuses] },
  });
}

/** Which ownable labels owners can be set on: a closed list, so the label in Cypher never comes from input. */
export type OwnableLabel = 'Indicator' | 'Task';

/** Makes an agency an owner (idempotent); records who and when on the edge and in the audit trail. */
export async function addOwner(db: GraphGateway, label: OwnableLabel, id: string, agencyId: string, by: string): Promise<boolean> {
  return db.writeTx(async (tx) => {
    const [row] = await db.run<{ created: boolean }>(tx, {
      cypher: `MATCH (x:${label} {id: $id}) MATCH (a:Agency {id: $agencyId})
               OPTIONAL MATCH (x)-[existing:OWNED_BY]->(a)
               WITH x, a, existing IS NOT NULL AS existed
               MERGE (x)-[r:OWNED_BY]->(a)
               ON CREATE SET r.origin = 'API', r.assignedBy = $by, r.assignedAt = toString(datetime()), r.sectionPath = []
               RETURN NOT existed AS created`,
      params: { id, agencyId, by },
    });
    if (row?.created) await recordChange(db, tx, { entity: id, action: 'ASSIGN_OWNER', by, before: null, after: { owner: agencyId } });
    return row?.created ?? false;
  });
}

/** Removes an agency as an owner (idempotent), recorded in the audit trail. */
export async function removeOwner(db: GraphGateway, label: OwnableLabel, id: string, agencyId: string, by: string): Promise<boolean> {
  return db.writeTx(async (tx) => {
    const [row] = await db.run<{ removed: number; origin: string | null; quote: string | null }>(tx, {
      cypher: `MATCH (x:${label} {id: $id})-[r:OWNED_BY]->(a:Agency {id: $agencyId})
               WITH r, r.origin AS origin, r.quote AS quote DELETE r RETURN count(*) AS removed, origin, quote`,
      params: { id, agencyId },
    });
    const removed = (row?.removed ?? 0) > 0;
    if (removed) await recordChange(db, tx, { entity: id, action: 'REMOVE_OWNER', by, before: { owner: agencyId, origin: row!.origin, quote: row!.quote }, after: null });
    return removed;
  });
}
