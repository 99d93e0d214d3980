import type { GraphGateway } from '../db/gateway';
import type { GraphReader } from '../db/reader';
import { recordChange } from '../audit/audit.repository';
import type { MeasurementModel, RevisionModel } from './review.model';

const MEASUREMENT_FIELDS = 'm.indicatorId AS indicatorId, m.year AS year, m.value AS value, m.source AS source, toString(m.recordedAt) AS recordedAt, m.recordedBy AS recordedBy';

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

/** One row to record. */
export type MeasurementInput = Pick<MeasurementModel, 'indicatorId' | 'year' | 'value' | 'source'>;

/**
 * Records measurements in one write transaction: all or none. Recording an indicator-year again keeps
 * the old value as a MeasurementRevision and replaces it; every row is one audit entry.
 */
export async function recordMeasurements(db: GraphGateway, rows: MeasurementInput[], by: string): Promise<{ saved: MeasurementModel[]; created: number; replaced: number }> {
  return db.writeTx(async (tx) => {
    const saved: MeasurementModel[] = [];
    let replaced = 0;
    for (const row of rows) {
      const [before] = await db.run<MeasurementModel>(tx, {
        cypher: `MATCH (:Indicator {id: $indicatorId})-[:HAS_MEASUREMENT]->(m:Measurement {year: $year})
                 CREATE (m)-[:REPLACED]->(:MeasurementRevision {indicatorId: m.indicatorId, year: m.year, value: m.value, source: m.source,
                         recordedAt: m.recordedAt, recordedBy: m.recordedBy, replacedAt: toString(datetime()), replacedBy: $by})
                 RETURN ${MEASUREMENT_FIELDS}`,
        params: { ...row, by },
      });
      const [after] = await db.run<MeasurementModel>(tx, {
        cypher: `MATCH (i:Indicator {id: $indicatorId})
                 MERGE (i)-[:HAS_MEASUREMENT]->(m:Measurement {key: $indicatorId + '@' + toString($year)})
                 SET m.indicatorId = $indicatorId, m.year = $year, m.value = $value, m.source = $source, m.recordedAt = toString(datetime()), m.recordedBy = $by
                 RETURN ${MEASUREMENT_FIELDS}`,
        params: { ...row, by },
      });
      if (before) replaced++;
      await recordChange(db, tx, { entity: row.indicatorId, action: 'RECORD_MEASUREMENT', by, before: before ?? null, after });
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
): Promise<{ id: string; labels: string[]; props: Record<string, unknown>; values: { year: number; value: number }[] }[]> {
  // For one plan, `i.planId = $plan AND i.ord IS NOT NULL` (ord is always set) lets the planner use the (planId, ord)
  // index; `$plan IS NULL OR …` in one statement would stop it.
  const match = planKey === null ? "MATCH (i:Indicator) WHERE i.source = 'TABLE'" : "MATCH (i:Indicator) WHERE i.planId = $plan AND i.ord IS NOT NULL AND i.source = 'TABLE'";
  return db.read({
    cypher: `${match}
             OPTIONAL MATCH (i)-[:HAS_MEASUREMENT]->(m:Measurement) WHERE m.year <= $asOf
             WITH i, m ORDER BY m.year
             WITH i, collect(m) AS ms
             RETURN i.id AS id, labels(i) AS labels, properties(i) AS props, [x IN ms | {year: x.year, value: x.value}] AS values ORDER BY i.planId, i.ord`,
    params: { asOf, plan: planKey },
  });
}
