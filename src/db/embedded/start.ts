import path from 'node:path';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type StartEmbeddedNeo4jOptions } from './embeddedNeo4j';

/** Starts the embedded Neo4j in NEO4J_DATA_DIR on NEO4J_BOLT_PORT (auth on, its password kept beside the store), and how to start it again. */
export async function startEmbedded(
  config: Config,
  log: Logger,
): Promise<{ first: EmbeddedNeo4j; start: (settings: Partial<StartEmbeddedNeo4jOptions>) => Promise<EmbeddedNeo4j> }> {
  log.info({ dataDir: config.NEO4J_DATA_DIR, boltPort: config.NEO4J_BOLT_PORT }, 'NEO4J_URI unset: starting the embedded Neo4j');
  const start = (settings: Partial<StartEmbeddedNeo4jOptions>) =>
    startEmbeddedNeo4j({ dataDir: path.resolve(config.NEO4J_DATA_DIR), boltPort: config.NEO4J_BOLT_PORT, log: (msg) => log.info(msg), ...settings });
  return { first: await start({}), start };
}
