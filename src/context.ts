import DataLoader from 'dataloader';
import type { ApiToken, Config } from './config';
import type { GraphGateway } from './db/gateway';
import type { Logger } from './logger';
import type { NodeModel } from './node/node.model';
import type { LinkModel } from './node/link.model';
import { findLinks, findNodesByIds, findRelatedMany } from './node/node.repository';
import type { RelationKey } from './node/relations';

/** Per-request loaders: batch and cache lookups within one request only. */
export interface Loaders {
  nodeById: DataLoader<string, NodeModel | null>;
  links: DataLoader<string, LinkModel[]>;
  related(key: RelationKey): RelatedLoader;
}

/** Neighbours along one relation, by source id; loads of every relation in the same tick share one round trip. */
export interface RelatedLoader {
  load(id: string): Promise<NodeModel[]>;
  loadMany(ids: readonly string[]): Promise<(NodeModel[] | Error)[]>;
  clear(id: string): void;
}

/** What every resolver receives. */
export interface GraphContext {
  db: GraphGateway;
  config: Config;
  log: Logger;
  loaders: Loaders;
  /** The caller's token, or null for an anonymous read. */
  caller: ApiToken | null;
}

/** Builds fresh loaders for one request. */
export function createLoaders(db: GraphGateway): Loaders {
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
  return {
    nodeById: new DataLoader((ids) => findNodesByIds(db, ids), { maxBatchSize: 1000 }),
    links: new DataLoader((ids) => findLinks(db, ids), { maxBatchSize: 500 }),
    related: (key) => ({
      load: (id) => related.load({ key, id }),
      loadMany: (ids) => related.loadMany(ids.map((id) => ({ key, id }))),
      clear: (id) => void related.clear({ key, id }),
    }),
  };
}
