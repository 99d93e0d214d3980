import { recordChange } from '../audit/audit.repository';
import type { GraphGateway } from '../db/gateway';

/** The indicator-years (`indicatorId:year`) that have a figure from any source but `source`. */
export async function figureKeysNotFromSource(db: GraphGateway, source: string): Promise<string[]> {
  const rows = await db.read<{ key: string }>({
    cypher: 'MATCH (m:Measurement) WHERE m.source <> $source RETURN m.indicatorId + ":" + toString(toInteger(m.year)) AS key',
    params: { source },
  });
  return rows.map((r) => r.key);
}

/** Removes every figure recorded with `source` (and the revisions it replaced), audited as one entry by `by`; returns how many went. */
export async function removeFiguresFromSource(db: GraphGateway, source: string, by: string): Promise<number> {
  return db.writeTx(async (tx) => {
    const [row] = await db.run<{ removed: number }>(tx, {
      cypher: `MATCH (m:Measurement {source: $source})
               OPTIONAL MATCH (m)-[:REPLACED]->(r)
               WITH m, collect(r) AS rs
               FOREACH (r IN rs | DETACH DELETE r)
               DETACH DELETE m
               RETURN count(*) AS removed`,
      params: { source },
    });
    const removed = row?.removed ?? 0;
    // Every write path is audited (docs/security.md); a removal of nothing changed nothing.
    if (removed > 0) await recordChange(db, tx, { entity: 'graph', action: 'REMOVE_FIGURES', by, before: { source, figures: removed }, after: null });
    return removed;
  });
}

/** Every plan's period by plan key (an indicator's planId) (start and end years; null where the plan does not say). */
export async function planPeriods(db: GraphGateway): Promise<Map<string, { start: number | null; end: number | null }>> {
  const rows = await db.read<{ id: string; start: number | null; end: number | null }>({
    cypher: 'MATCH (p:Plan) RETURN p.key AS id, toInteger(p.periodStart) AS start, toInteger(p.periodEnd) AS end',
    params: {},
  });
  return new Map(rows.map((r) => [r.id, { start: r.start, end: r.end }]));
}
