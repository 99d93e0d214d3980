import type { GraphGateway } from '../db/gateway';

/** The indicator-years (`indicatorId:year`) that have a figure from any source but `source`. */
export async function figureKeysNotFromSource(db: GraphGateway, source: string): Promise<string[]> {
  const rows = await db.read<{ key: string }>({
    cypher: 'MATCH (m:Measurement) WHERE m.source <> $source RETURN m.indicatorId + ":" + toString(toInteger(m.year)) AS key',
    params: { source },
  });
  return rows.map((r) => r.key);
}

/** Removes every figure recorded with `source` (and the revisions it replaced); returns how many went. */
export async function removeFiguresFromSource(db: GraphGateway, source: string): Promise<number> {
  const [row] = await db.write<{ removed: number }>({
    cypher: `MATCH (m:Measurement {source: $source})
             OPTIONAL MATCH (m)-[:REPLACED]->(r)
             WITH m, collect(r) AS rs
             FOREACH (r IN rs | DETACH DELETE r)
             DETACH DELETE m
             RETURN count(*) AS removed`,
    params: { source },
  });
  return row?.removed ?? 0;
}
