import DataLoader from 'dataloader';
import type { ApiToken, Config } from './config';
import type { GraphGateway } from './db/gateway';
import type { GraphReader } from './db/reader';
import type { Logger } from './logger';
import type { LinkModel } from './link/link.model';
import { findLinks } from './link/link.repository';
import type { NodeModel } from './node/node.model';
import { findNodesByIds } from './node/node.repository';
import { findRelatedMany } from './relation/relation.repository';
import type { RelationKey } from './relation/relations';
import type { MeasurementModel, RevisionModel } from './review/review.model';
import { listMeasurements, listRevisions } from './review/review.repository';

/** Per-request loaders: batch and cache lookups within one request only. */
export interface Loaders {
  nodeById: DataLoader<string, NodeModel | null>;
  links: DataLoader<string, LinkModel[]>;
  related(key: RelationKey): RelatedLoader;
  /** An indicator's measurements, oldest year first, by indicator id. */
  measurements: DataLoader<string, MeasurementModel[]>;
  /** An indicator's replaced measurement values, newest replacement first, by indicator id. */
  measurementRevisions: DataLoader<string, RevisionModel[]>;
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
export function createLoaders(db: GraphReader): Loaders {
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
    measurements: new DataLoader((ids) => listMeasurements(db, ids), { maxBatchSize: 1000 }),
    measurementRevisions: new DataLoader((ids) => listRevisions(db, ids), { maxBatchSize: 1000 }),
    related: (key) => ({
      load: (id) => related.load({ key, id }),
      loadMany: (ids) => related.loadMany(ids.map((id) => ({ key, id }))),
      clear: (id) => void related.clear({ key, id }),
    }),
  };
}
