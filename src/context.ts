import DataLoader from 'dataloader';
import type { ApiToken, Config } from './config';
import type { GraphGateway } from './db/gateway';
import type { Logger } from './logger';
import type { NodeModel } from './node/node.model';
import type { LinkModel } from './node/link.model';
import { findLinks, findNodesByIds, findRelated } from './node/node.repository';
import type { RelationKey } from './node/relations';

/** Per-request loaders: batch and cache lookups within one request only. */
export interface Loaders {
  nodeById: DataLoader<string, NodeModel | null>;
  links: DataLoader<string, LinkModel[]>;
  related(key: RelationKey): DataLoader<string, NodeModel[]>;
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
  const relationLoaders = new Map<RelationKey, DataLoader<string, NodeModel[]>>();
  return {
    nodeById: new DataLoader((ids) => findNodesByIds(db, ids), { maxBatchSize: 1000 }),
    links: new DataLoader((ids) => findLinks(db, ids), { maxBatchSize: 500 }),
    related(key) {
      let loader = relationLoaders.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => findRelated(db, key, ids), { maxBatchSize: 1000 });
        relationLoaders.set(key, loader);
      }
      return loader;
    },
  };
}
