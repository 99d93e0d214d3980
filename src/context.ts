import DataLoader from 'dataloader';
import type { ApiToken, Config } from './config';
import type { GraphGateway } from './db/gateway';
import type { GraphReader } from './db/reader';
import type { Logger } from './logger';
import type { LinkModel } from './link/link.model';
import { findLinks } from './link/link.repository';
import type { NodeModel } from './node/node.model';
import { findNodesByIds } from './node/node.repository';
import { createRelatedLoaders, type RelatedLoader } from './relation/relation.loader';
import type { RelationKey } from './relation/relations';
import { createProposalLoaders, type ProposalLoaders } from './proposal/proposal.loaders';
import { createMeasurementLoaders, type MeasurementLoaders } from './review/review.loaders';

/** Per-request loaders: batch and cache lookups within one request only. */
export interface Loaders extends MeasurementLoaders, ProposalLoaders {
  nodeById: DataLoader<string, NodeModel | null>;
  links: DataLoader<string, LinkModel[]>;
  related(key: RelationKey): RelatedLoader;
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

/** Builds fresh loaders for one request (each domain builds its own). */
export function createLoaders(db: GraphReader): Loaders {
  return {
    nodeById: new DataLoader((ids) => findNodesByIds(db, ids), { maxBatchSize: 1000 }),
    links: new DataLoader((ids) => findLinks(db, ids), { maxBatchSize: 500 }),
    ...createMeasurementLoaders(db),
    ...createProposalLoaders(db),
    related: createRelatedLoaders(db),
  };
}
