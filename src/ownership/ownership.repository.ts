import DataLoader from 'dataloader';
import type { GraphContext } from '../context';
import type { GraphGateway } from '../db/gateway';
import { EVIDENCE_WEIGHT, rankLikelyOwners, type LikelyOwnerEvidenceModel, type LikelyOwnerModel } from './ownership.model';


type EvidenceRow = { kind: LikelyOwnerEvidenceModel['kind']; agencyId: string; pathIds: string[]; quotes: (string | null)[] };

/** For each indicator id, its likely owners, ranked (empty for an unknown id). */
export async function findLikelyOwners(db: GraphGateway, ids: readonly string[]): Promise<LikelyOwnerModel[][]> {
  const rows = await db.read<{ id: string; evidence: EvidenceRow[] }>({
    cypher: `UNWIND $ids AS id
             OPTIONAL MATCH (i:Indicator {id: id})
             CALL (i) {
               MATCH (i)<-[m:MOVES]-(t:Task)-[r:OWNED_BY|INVOLVES]->(a:Agency)
               RETURN CASE type(r) WHEN 'OWNED_BY' THEN 'TASK_LEAD' ELSE 'TASK_PARTICIPANT' END AS kind, a.id AS agencyId,
                      [i.id, t.id, a.id] AS pathIds, [m.quote, r.quote] AS quotes
               UNION
               MATCH (i)-[r:IN_REMIT_OF]->(a:Agency)
               RETURN 'REMIT' AS kind, a.id AS agencyId, [i.id, a.id] AS pathIds, [r.quote] AS quotes
             }
             WITH id, collect({kind: kind, agencyId: agencyId, pathIds: pathIds, quotes: quotes}) AS evidence
             RETURN id, evidence`,
    params: { ids: [...ids] },
  });
  const byId = new Map(rows.map((r) => [r.id, r.evidence]));
  return ids.map((id) =>
    rankLikelyOwners(
      (byId.get(id) ?? []).filter((e) => e.agencyId).map((e) => ({
        kind: e.kind,
        agencyId: e.agencyId,
        weight: EVIDENCE_WEIGHT[e.kind],
        pathIds: e.pathIds,
        // An owner written through the API has no quote: its path still shows the edge.
        quotes: e.quotes.filter((q): q is string => typeof q === 'string'),
      })),
    ),
  );
}

// One loader per request: the context's loaders object lives exactly as long as the request.
const loaders = new WeakMap<object, DataLoader<string, LikelyOwnerModel[]>>();

/** The request's likely-owner loader: a page of indicators asking for likely owners costs one query. */
export function likelyOwnersLoader(ctx: GraphContext): DataLoader<string, LikelyOwnerModel[]> {
  let loader = loaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader((ids) => findLikelyOwners(ctx.db, ids), { maxBatchSize: 1000 });
    loaders.set(ctx.loaders, loader);
  }
  return loader;
}
