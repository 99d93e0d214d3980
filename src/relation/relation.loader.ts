import DataLoader from 'dataloader';
import type { GraphReader } from '../db/reader';
import type { NodeModel } from '../node/node.model';
import { findRelatedMany } from './relation.repository';
import type { RelationKey } from './relations';

/** Neighbours along one relation, by source id; loads of every relation in the same tick share one round trip. */
export interface RelatedLoader {
  load(id: string): Promise<NodeModel[]>;
  loadMany(ids: readonly string[]): Promise<(NodeModel[] | Error)[]>;
  clear(id: string): void;
  /** Records a node's neighbours read by another statement (a page projecting its relations); a load then needs none. */
  prime(id: string, targets: NodeModel[]): void;
}

/** One request's relation loaders: `related(key)` for each relation, all batching into one DataLoader. */
export function createRelatedLoaders(db: GraphReader): (key: RelationKey) => RelatedLoader {
  const related = new DataLoader<{ key: RelationKey; id: string }, NodeModel[], string>(
    async (requests) => {
      const idsByKey = new Map<RelationKey, string[]>();
      for (const { key, id } of requests) (idsByKey.get(key) ?? idsByKey.set(key, []).get(key)!).push(id);
      const keys = [...idsByKey.keys()];
      const results = await findRelatedMany(db, keys.map((key) => ({ key, ids: idsByKey.get(key)! })));
      const byRequest = new Map(keys.flatMap((key, k) => idsByKey.get(key)!.map((id, i) => [`${key}|${id}`, results[k][i]] as const)));
      return requests.map(({ key, id }) => byRequest.get(`${key}|${id}`) ?? []);
    },
    { maxBatchSize: 2000, cacheKeyFn: ({ key, id }) => `${key}|${id}` },
  );
  return (key) => ({
    load: (id) => related.load({ key, id }),
    loadMany: (ids) => related.loadMany(ids.map((id) => ({ key, id }))),
    clear: (id) => void related.clear({ key, id }),
    prime: (id, targets) => void related.prime({ key, id }, targets),
  });
}
