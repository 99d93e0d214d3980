import DataLoader from 'dataloader';
import type { GraphContext } from '../context';
import type { GraphGateway } from '../db/gateway';
import { allottedPlaces, judgeLikelyOwners, taskEvidenceKind, type LikelyOwnerJudgmentModel, type OwnerCandidate, type RawOwnerEvidence } from './ownership.model';

type EvidenceRow = { source: 'REMIT' | 'PLAN_BODY' | 'OWNED_BY' | 'INVOLVES'; agency: OwnerCandidate; pathIds: string[]; quotes: (string | null)[] };

/**
 * For each indicator id, the model's judgment of its likely owners (docs/ownership.md): the evidence read in one
 * statement — the indicator's remit, the tasks that move it with their owners and partners, and the body that
 * answers for its plan (an IN_REMIT_OF from the plan, or the agency the plan's issuer names) — then weighed by
 * `judgeLikelyOwners`. An unknown id gets no suggestion.
 */
export async function findLikelyOwners(db: GraphGateway, ids: readonly string[]): Promise<LikelyOwnerJudgmentModel[]> {
  const rows = await db.read<{ id: string; planLevel: string | null; planPlace: string | null; sentence: string | null; evidence: EvidenceRow[] }>({
    cypher: `UNWIND $ids AS id
             OPTIONAL MATCH (i:Indicator {id: id})
             OPTIONAL MATCH (i)-[:PART_OF]->(p:Plan)
             CALL (i, p) {
               MATCH (i)<-[m:MOVES]-(t:Task)-[r:OWNED_BY|INVOLVES]->(a:Agency)
               RETURN type(r) AS source, a, [i.id, t.id, a.id] AS pathIds, [m.quote, r.quote] AS quotes
               UNION
               MATCH (i)-[r:IN_REMIT_OF]->(a:Agency)
               RETURN 'REMIT' AS source, a, [i.id, a.id] AS pathIds, [r.quote] AS quotes
               UNION
               MATCH (p)-[r:IN_REMIT_OF]->(a:Agency)
               RETURN 'PLAN_BODY' AS source, a, [i.id, p.id, a.id] AS pathIds, [r.quote] AS quotes
               UNION
               MATCH (a:Agency) WHERE p.issuer IS NOT NULL AND (a.name = p.issuer OR p.issuer IN coalesce(a.aliases, []))
                 AND (p.jurisdiction IS NULL OR a.jurisdiction IS NULL OR a.jurisdiction = p.jurisdiction)
               RETURN 'PLAN_BODY' AS source, a, [i.id, p.id, a.id] AS pathIds, ['issuer: ' + p.issuer] AS quotes
             }
             WITH id, i, p, collect({source: source, agency: {id: a.id, name: a.name, level: a.level, kind: a.kind}, pathIds: pathIds, quotes: quotes}) AS evidence
             RETURN id, p.jurisdictionLevel AS planLevel, p.jurisdiction AS planPlace,
                    CASE i.source WHEN 'TEXT' THEN i.quote ELSE null END AS sentence, evidence`,
    params: { ids: [...ids] },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const row = byId.get(id);
    const evidence: RawOwnerEvidence[] = (row?.evidence ?? []).filter((e) => e.agency?.id).map((e) => ({
      kind: e.source === 'OWNED_BY' || e.source === 'INVOLVES' ? taskEvidenceKind(e.source, e.quotes[1] ?? null) : e.source,
      agency: e.agency,
      pathIds: e.pathIds,
      // An owner written through the API has no quote: its path still shows the edge.
      quotes: e.quotes.filter((q): q is string => typeof q === 'string'),
    }));
    // A text target's quote is its sentence; a table row's is the row, which allots nothing.
    return judgeLikelyOwners(evidence, row?.planLevel ?? null, allottedPlaces(row?.sentence ?? null, row?.planPlace ?? null));
  });
}

/** Ids of the binding indicators no agency owns, in no order: the ones `gaps` asks the model about. */
export async function findBindingIndicatorsWithoutOwner(db: GraphGateway): Promise<string[]> {
  const rows = await db.read<{ id: string }>({
    cypher: `MATCH (n:Indicator) WHERE n.attribute = 'BINDING' AND NOT EXISTS { (n)-[:OWNED_BY]->() } RETURN n.id AS id`,
    params: {},
  });
  return rows.map((r) => r.id);
}

// One loader per request: the context's loaders object lives exactly as long as the request.
const loaders = new WeakMap<object, DataLoader<string, LikelyOwnerJudgmentModel>>();

/** The request's likely-owner loader: a page of indicators asking for likely owners costs one query. */
export function likelyOwnersLoader(ctx: GraphContext): DataLoader<string, LikelyOwnerJudgmentModel> {
  let loader = loaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader((ids) => findLikelyOwners(ctx.db, ids), { maxBatchSize: 1000 });
    loaders.set(ctx.loaders, loader);
  }
  return loader;
}

/** The binding, ownerless indicators the model has a confident suggestion for (ids), read through the request's loader. */
export async function bindingIndicatorsWithLikelyOwner(ctx: GraphContext): Promise<string[]> {
  const ids = await findBindingIndicatorsWithoutOwner(ctx.db);
  const judged = await likelyOwnersLoader(ctx).loadMany(ids);
  return ids.filter((_, k) => {
    const j = judged[k];
    return !(j instanceof Error) && j.owners.length > 0;
  });
}
