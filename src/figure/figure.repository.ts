import { recordChange } from '../audit/audit.repository';
import type { GraphGateway } from '../db/gateway';
import type { AreaRollUp, MeasurementModel } from './figure.model';

/** A figure's fields; figures recorded before the workflow existed have no status and count as APPROVED. */
export const MEASUREMENT_FIELDS = `m.indicatorId AS indicatorId, m.year AS year, m.value AS value, m.source AS source, toString(m.recordedAt) AS recordedAt, m.recordedBy AS recordedBy,
  m.key AS key, m.area AS area, coalesce(m.status, 'APPROVED') AS status, m.evidence AS evidence, m.checksum AS checksum, m.approvedBy AS approvedBy,
  m.approvedAt AS approvedAt, m.returnedBy AS returnedBy, m.returnedAt AS returnedAt, m.comment AS comment`;

/** One figure by its slot key, or null. */
export async function findMeasurement(db: GraphGateway, key: string): Promise<MeasurementModel | null> {
  const [row] = await db.read<MeasurementModel>({ cypher: `MATCH (m:Measurement {key: $key}) RETURN ${MEASUREMENT_FIELDS}`, params: { key } });
  return row ?? null;
}

/** SUBMITTED figures, oldest first; of one indicator when given. */
export async function listSubmitted(db: GraphGateway, indicatorId: string | null): Promise<MeasurementModel[]> {
  return db.read<MeasurementModel>({
    cypher: `MATCH (m:Measurement {status: 'SUBMITTED'}) WHERE $indicator IS NULL OR m.indicatorId = $indicator
             RETURN ${MEASUREMENT_FIELDS} ORDER BY m.recordedAt, m.key LIMIT 1000`,
    params: { indicator: indicatorId },
  });
}

/** An indicator's approved area figures, by year then area. */
export async function approvedAreaFigures(db: GraphGateway, indicatorId: string): Promise<MeasurementModel[]> {
  return db.read<MeasurementModel>({
    cypher: `MATCH (:Indicator {id: $id})-[:HAS_MEASUREMENT]->(m:Measurement)
             WHERE coalesce(m.status, 'APPROVED') = 'APPROVED'
             RETURN ${MEASUREMENT_FIELDS} ORDER BY m.year, m.area IS NOT NULL, m.area`,
    params: { id: indicatorId },
  });
}

/**
 * Approves or returns a SUBMITTED figure, with its audit entry, in one transaction. Null when the figure is
 * not SUBMITTED (the caller tells why from a fresh read).
 */
export async function decideMeasurement(db: GraphGateway, key: string, approve: boolean, comment: string | null, by: string): Promise<MeasurementModel | null> {
  return db.writeTx(async (tx) => {
    const [after] = await db.run<MeasurementModel>(tx, {
      // The write lock is taken before the status is read, so of two deciders at once the second finds it decided.
      cypher: `MATCH (m:Measurement {key: $key}) SET m.deciding = true REMOVE m.deciding
               WITH m WHERE m.status = 'SUBMITTED'
               SET m.status = $status, m.comment = $comment,
                   m.approvedBy = CASE WHEN $approve THEN $by END, m.approvedAt = CASE WHEN $approve THEN toString(datetime()) END,
                   m.returnedBy = CASE WHEN $approve THEN null ELSE $by END, m.returnedAt = CASE WHEN $approve THEN null ELSE toString(datetime()) END
               RETURN ${MEASUREMENT_FIELDS}`,
      params: { key, approve, comment, by, status: approve ? 'APPROVED' : 'RETURNED' },
    });
    if (!after) return null;
    await recordChange(db, tx, { entity: after.indicatorId, action: approve ? 'APPROVE_MEASUREMENT' : 'RETURN_MEASUREMENT', by, before: { key, status: 'SUBMITTED' }, after });
    return after;
  });
}

/**
 * Sets the areas an indicator's figures may be for, and their roll-up rule, with its audit entry. Refuses
 * (returns the areas in the way) when an area being removed already has figures.
 */
export async function setAreas(db: GraphGateway, indicatorId: string, areas: string[], rollUp: AreaRollUp | null, by: string): Promise<{ blocked: string[] }> {
  return db.writeTx(async (tx) => {
    const [row] = await db.run<{ blocked: string[]; before: { areas: string[] | null; rollUp: string | null } }>(tx, {
      cypher: `MATCH (i:Indicator {id: $id})
               OPTIONAL MATCH (i)-[:HAS_MEASUREMENT]->(m:Measurement) WHERE m.area IS NOT NULL AND NOT m.area IN $areas
               RETURN collect(DISTINCT m.area) AS blocked, {areas: i.areas, rollUp: i.areaRollUp} AS before`,
      params: { id: indicatorId, areas },
    });
    if (row.blocked.length) return { blocked: row.blocked };
    await db.run(tx, {
      cypher: 'MATCH (i:Indicator {id: $id}) SET i.areas = $areas, i.areaRollUp = $rollUp, i.version = coalesce(i.version, 1) + 1',
      params: { id: indicatorId, areas, rollUp },
    });
    await recordChange(db, tx, { entity: indicatorId, action: 'SET_AREAS', by, before: row.before, after: { areas, rollUp } });
    return { blocked: [] };
  });
}
