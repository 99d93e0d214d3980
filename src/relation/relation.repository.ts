import type { GraphReader } from '../db/reader';
import { lightProperties, toPartialNodeModel, type NodeModel } from '../node/node.model';
import { RELATIONS, relationArrow, relationPattern, type RelationKey } from './relations';

/**
 * For each source id, its neighbours along each asked relation, ordered by plan order then id. One statement per
 * relation, all sent in one read transaction without waiting for each other (pipelined), so a page asking for
 * owners and goals costs one round trip, not two.
 */
export async function findRelatedMany(db: GraphReader, requests: { key: RelationKey; ids: readonly string[] }[]): Promise<NodeModel[][][]> {
  const results = await db.readMany<{ id: string; targets: { labels: string[]; pairs: [string, unknown][] }[] }>(
    requests.map(({ key, ids }) => ({
      cypher: `UNWIND $ids AS id
               OPTIONAL MATCH ${relationPattern(RELATIONS[key])}
               WITH id, t ORDER BY t.ord, t.id
               RETURN id, [x IN collect(t) | {labels: labels(x), pairs: ${lightProperties('x')}}] AS targets`,
      params: { ids: [...ids] },
    })),
  );
  return requests.map(({ ids }, k) => {
    const byId = new Map(results[k].map((r) => [r.id, readRelated(r.targets)]));
    return ids.map((id) => byId.get(id) ?? []);
  });
}

/**
 * An expression giving the neighbours of the node bound to `variable` along `key`, shaped and ordered as
 * findRelatedMany reads them: for projecting a page's relations in the page's own statement (see readRelated).
 */
export function relatedProjection(key: RelationKey, variable: string): string {
  const relation = RELATIONS[key];
  return `COLLECT { MATCH (${variable})${relationArrow(relation)}(t:${relation.to}) WITH t ORDER BY t.ord, t.id RETURN {labels: labels(t), pairs: ${lightProperties('t')}} }`;
}

/** The models of rows read by relatedProjection (or findRelatedMany). */
export function readRelated(targets: { labels: string[]; pairs: [string, unknown][] }[]): NodeModel[] {
  return targets.map((t) => toPartialNodeModel(t.labels, t.pairs)).filter((m): m is NodeModel => m !== null);
}

/**
 * A condition on `n` (the target of a relation) that holds when `n` is related to the node `$sourceId`
 * along `key`: for paging a relation with findPage.
 */
export function relatedToCondition(key: RelationKey): string {
  const relation = RELATIONS[key];
  return `EXISTS { (:${relation.from} {id: $sourceId})${relationArrow(relation)}(n) }`;
}
