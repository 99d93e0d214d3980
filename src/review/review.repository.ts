import type { GraphGateway } from '../db/gateway';
import type { MeasurementModel } from './review.model';

/** An indicator's measurements, oldest year first. */
export async function listMeasurements(db: GraphGateway, indicatorId: string): Promise<MeasurementModel[]> {
  return db.read<MeasurementModel>({
    cypher: `MATCH (:Indicator {id: $id})-[:HAS_MEASUREMENT]->(m:Measurement)
             RETURN m.indicatorId AS indicatorId, m.year AS year, m.value AS value, m.source AS source, toString(m.recordedAt) AS recordedAt, m.recordedBy AS recordedBy
             ORDER BY m.year`,
    params: { id: indicatorId },
  });
}

/** Records (or replaces) one indicator-year value, keeping the replaced value in the change history. */
export async function upsertMeasurement(db: GraphGateway, m: Omit<MeasurementModel, 'recordedAt'>): Promise<MeasurementModel> {
  const rows = await db.writeTx(async (tx) => {
    await db.run(tx, {
      cypher: `MATCH (i:Indicator {id: $indicatorId})-[:HAS_MEASUREMENT]->(old:Measurement {year: $year})
               CREATE (c:Change {at: datetime(), by: $recordedBy, entity: $indicatorId, action: 'REPLACE_MEASUREMENT',
                                 before: $beforeJson, year: $year, oldValue: old.value, oldSource: old.source, oldRecordedAt: old.recordedAt, oldRecordedBy: old.recordedBy})`,
      params: { ...m, beforeJson: null },
    });
    return db.run<MeasurementModel>(tx, {
      cypher: `MATCH (i:Indicator {id: $indicatorId})
               MERGE (m:Measurement {key: $indicatorId + '@' + toString($year)})
               SET m.indicatorId = $indicatorId, m.year = $year, m.value = $value, m.source = $source, m.recordedAt = datetime(), m.recordedBy = $recordedBy
               MERGE (i)-[:HAS_MEASUREMENT]->(m)
               RETURN m.indicatorId AS indicatorId, m.year AS year, m.value AS value, m.source AS source, toString(m.recordedAt) AS recordedAt, m.recordedBy AS recordedBy`,
      params: m,
    });
  });
  return rows[0];
}

/** Every table indicator with its measurements up to a year (for the review), in number order. */
export async function measurementsUpTo(db: GraphGateway, asOf: number): Promise<{ id: string; values: { year: number; value: number }[] }[]> {
  return db.read({
    cypher: `MATCH (i:Indicator) WHERE i.source = 'TABLE'
             OPTIONAL MATCH (i)-[:HAS_MEASUREMENT]->(m:Measurement) WHERE m.year <= $asOf
             WITH i, m ORDER BY m.year
             WITH i, collect(m) AS ms
             RETURN i.id AS id, [x IN ms | {year: x.year, value: x.value}] AS values ORDER BY i.ord`,
    params: { asOf },
  });
}

/** Makes an agency an owner of an indicator (idempotent), recording who and when. */
export async function addIndicatorOwner(db: GraphGateway, indicatorId: string, agencyId: string, by: string): Promise<void> {
  await db.write({
    cypher: `MATCH (i:Indicator {id: $indicatorId}) MATCH (a:Agency {id: $agencyId})
             MERGE (i)-[r:OWNED_BY]->(a)
             ON CREATE SET r.origin = 'API', r.assignedBy = $by, r.assignedAt = datetime(), r.sectionPath = [], r.quote = null`,
    params: { indicatorId, agencyId, by },
  });
}
