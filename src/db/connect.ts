import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded/embeddedNeo4j';
import { GraphGateway, openDriver } from './gateway';

/** An open connection to Neo4j, and the embedded instance behind it when we started one. */
export interface Database {
  db: GraphGateway;
  uri: string;
  embedded: EmbeddedNeo4j | null;
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or starts the embedded Neo4j when it is unset. With `reuseRunning` (the CLIs),
 * an embedded Neo4j a running PlanGraph already started on NEO4J_BOLT_PORT is used instead of starting
 * another (which its locked data directory would refuse).
 */
export async function connectDatabase(config: Config, log: Logger, options: { reuseRunning?: boolean } = {}): Promise<Database> {
  let embedded: EmbeddedNeo4j | null = null;
  let uri = config.NEO4J_URI;
  if (!uri && options.reuseRunning && config.NEO4J_BOLT_PORT > 0) {
    const candidate = `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`;
    const probe = new GraphGateway(openDriver({ uri: candidate, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD }), config.NEO4J_DATABASE, log);
    if (await probe.isReachable()) {
      log.info({ uri: candidate }, 'using the Neo4j already running on NEO4J_BOLT_PORT');
      return { db: probe, uri: candidate, embedded: null, close: () => probe.close() };
    }
    await probe.close();
  }
  if (!uri) {
    log.info({ dataDir: config.NEO4J_DATA_DIR, boltPort: config.NEO4J_BOLT_PORT }, 'NEO4J_URI unset: starting the embedded Neo4j');
    embedded = await startEmbeddedNeo4j({
      dataDir: path.resolve(config.NEO4J_DATA_DIR),
      boltPort: config.NEO4J_BOLT_PORT,
      log: (msg) => log.info(msg),
    });
    uri = embedded.uri;
  }
  const db = new GraphGateway(openDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD }), config.NEO4J_DATABASE, log);
  return {
    db,
    uri,
    embedded,
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}
