import type { GraphGateway } from '../db/gateway';
import type { GraphReader } from '../db/reader';
import { amendmentsProjection } from '../amendment/amendment.repository';
import { recordChange } from '../audit/audit.repository';
import { measurementKey } from '../figure/figure.model';
import { MEASUREMENT_FIELDS } from '../figure/figure.repository';
import { lightProperties } from '../node/node.model';
import type { MeasurementModel, RevisionModel } from './review.model';


/** For each indicator id, its measurements, oldest year first (one statement for every id: the loader's batch). */
export async function listMeasurements(db: GraphReader, indicatorIds: readonly string[]): Promise<MeasurementModel[][]> {
  const rows = await db.read<MeasurementModel & { of: string }>({
    cypher: `UNWIND $ids AS id
             MATCH (:Indicator {id: id})-[:HAS_MEASUREMENT]->(m:Measurement) RETURN id AS of, ${MEASUREMENT_FIELDS} ORDER BY m.year`,
    params: { ids: [...indicatorIds] },
  });
  return groupByIndicator(indicatorIds, rows);
}

/** For each indicator id, the values later recordings replaced, newest replacement first (one statement for every id). */
export async function listRevisions(db: GraphReader, indicatorIds: readonly string[]): Promise<RevisionModel[][]> {
  const rows = await db.read<RevisionModel & { of: string }>({
    cypher: `UNWIND $ids AS id
             MATCH (:Indicator {id: id})-[:HAS_MEASUREMENT]->(:Measurement)-[:REPLACED]->(m:MeasurementRevision)
             RETURN id AS of, ${MEASUREMENT_FIELDS}, toString(m.replacedAt) AS replacedAt, m.replacedBy AS replacedBy ORDER BY m.replacedAt DESC, m.year`,
    params: { ids: [...indicatorIds] },
  });
  return groupByIndicator(indicatorIds, rows);
}

/** Rows split by the indicator asked for, in the order of the ids (the batch contract: one list per id, empty for none). */
function groupByIndicator<T>(ids: readonly string[], rows: (T & { of: string })[]): T[][] {
  const byId = new Map<string, T[]>();
  for (const { of, ...row } of rows) (byId.get(of) ?? byId.set(of, []).get(of)!).push(row as T);
  return ids.map((id) => byId.get(id) ?? []);
}

/** Table 1 indicators' ids by their number (a number is in several plans when several are loaded). */
export async function indicatorIdsByNumber(db: GraphGateway): Promise<Map<string, string[]>> {
  const rows = await db.read<{ number: number; ids: string[] }>({
    cypher: "MATCH (i:Indicator) WHERE i.source = 'TABLE' RETURN i.number AS number, collect(i.id) AS ids",
  });
  return new Map(rows.map((r) => [String(r.number), r.ids]));
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

/** One Table 1 indicator with its measurements up to a year and its amendments (rows as stored). */
export interface ReviewInputRow {
  id: string;
  labels: string[];
  /** Light properties (without HEAVY_PROPERTIES) as key/value pairs. */
  pairs: [string, unknown][];
  values: { year: number; value: number; area: string | null }[];
  amendments: unknown[];
}

/**
 * Table 1 indicators (labels and light properties: the long texts stay in the store) with their measurements up to a year and their amendments, in plan
 * and number order; and, in the same statement, the node `check` names (labels and all its properties, null when
 * there is none), so a check of an argument costs no round trip of its own.
 */
export async function measurementsUpTo(
  db: GraphGateway,
  asOf: number,
  planKey: string | null = null,
  statuses: readonly string[] = ['APPROVED'],
  check: string | null = null,
): Promise<{ rows: ReviewInputRow[]; checked: { labels: string[]; props: Record<string, unknown> } | null }> {
  // For one plan, `i.planId = $plan AND i.ord IS NOT NULL` (ord is always set) lets the planner use the (planId, ord)
  // index; `$plan IS NULL OR …` in one statement would stop it.
  const match = planKey === null ? "MATCH (i:Indicator) WHERE i.source = 'TABLE'" : "MATCH (i:Indicator) WHERE i.planId = $plan AND i.ord IS NOT NULL AND i.source = 'TABLE'";
  const [row] = await db.read<{ rows: ReviewInputRow[]; labels: string[] | null; props: Record<string, unknown> | null }>({
    cypher: `CALL {
               ${match}
               OPTIONAL MATCH (i)-[:HAS_MEASUREMENT]->(m:Measurement) WHERE m.year <= $asOf AND coalesce(m.status, 'APPROVED') IN $statuses
               WITH i, m ORDER BY m.year
               WITH i, collect(m) AS ms
               WITH i, ms ORDER BY i.planId, i.ord
               RETURN collect({id: i.id, labels: labels(i), pairs: ${lightProperties('i')}, values: [x IN ms | {year: x.year, value: x.value, area: x.area}],
                               amendments: ${amendmentsProjection('i')}}) AS rows
             }
             OPTIONAL MATCH (c:Entity {id: $check})
             RETURN rows, labels(c) AS labels, properties(c) AS props`,
    params: { asOf, plan: planKey, statuses: [...statuses], check },
  });
  return { rows: row?.rows ?? [], checked: row?.labels && row.props ? { labels: row.labels, props: row.props } : null };
}
