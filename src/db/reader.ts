import type { GraphGateway } from './gateway';

/** The read side of the gateway that batch lookups (the request's loaders) need: one statement, or several pipelined. */
export type GraphReader = Pick<GraphGateway, 'read' | 'readMany'>;
