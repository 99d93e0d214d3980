import path from 'node:path';
import { GraphQLError } from 'graphql';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { EMBEDDED_USER, readEmbeddedPassword } from './embedded/credentials';
import { startEmbedded } from './embedded/start';
import { superviseEmbedded, type SupervisedNeo4j } from './embedded/supervisor';
import { GraphGateway, openDriver } from './gateway';
import { DatabaseHealth, openProbeDriver } from './health';

/** An open connection to Neo4j, its health, and the supervised embedded instance behind it when we started one. */
export interface Database {
  db: GraphGateway;
  uri: string;
  health: DatabaseHealth;
  /** The credentials the driver uses (the embedded one's generated password, or NEO4J_USER/NEO4J_PASSWORD). */
  credentials: Credentials;
  embedded: SupervisedNeo4j | null;
  close(): Promise<void>;
}

/** How a caller uses the database. */
export interface ConnectOptions {
  /** Use an embedded Neo4j a running PlanGraph started on NEO4J_BOLT_PORT (the CLIs). */
  reuseRunning?: boolean;
  /** Loads and exports that may run for minutes: no transaction timeout (the service's requests keep theirs). */
  bulk?: boolean;
  /** The embedded Neo4j another process (the primary) keeps at this URI, with the password from NEO4J_DATA_DIR. */
  embeddedAt?: string;
}

/** Credentials for a Neo4j at a URI we did not start: NEO4J_USER/NEO4J_PASSWORD. */
export type Credentials = { user: string; password: string };

/** The credentials of the embedded Neo4j whose data directory is NEO4J_DATA_DIR (its password file), for the CLIs and the API worker. */
export function embeddedCredentials(config: Config): Credentials {
  const password = readEmbeddedPassword(config.NEO4J_DATA_DIR);
  if (!password) throw new Error(`no embedded Neo4j password in ${path.resolve(config.NEO4J_DATA_DIR)} (start PlanGraph once to create it)`);
  return { user: EMBEDDED_USER, password };
}

/** The gateway and health monitor for a Neo4j at `uri`, bounded as the configuration says. */
export function openDatabase(
  config: Config,
  log: Logger,
  uri: string,
  options: ConnectOptions = {},
  credentials: Credentials = { user: config.NEO4J_USER, password: config.NEO4J_PASSWORD },
): { db: GraphGateway; health: DatabaseHealth } {
  const health = new DatabaseHealth(openProbeDriver(uri, credentials.user, credentials.password, config.HEALTH_PROBE_TIMEOUT_MS), config.NEO4J_DATABASE, log, {
    probeTimeoutMs: config.HEALTH_PROBE_TIMEOUT_MS,
  });
  const driver = openDriver({ uri, ...credentials, poolSize: config.NEO4J_POOL_SIZE, acquireTimeoutMs: config.NEO4J_ACQUIRE_TIMEOUT_MS });
  const db = new GraphGateway(driver, config.NEO4J_DATABASE, log, {
    health,
    limits: {
      readTimeoutMs: options.bulk ? 0 : config.NEO4J_READ_TIMEOUT_MS,
      writeTimeoutMs: options.bulk ? 0 : config.NEO4J_WRITE_TIMEOUT_MS,
      connectionsPerRequest: config.MAX_CONNECTIONS_PER_REQUEST,
    },
  });
  return { db, health };
}

/**
 * Connects to NEO4J_URI, or starts the embedded Neo4j (supervised: restarted when it crashes) when it is unset.
 * With `reuseRunning` (the CLIs), an embedded Neo4j a running PlanGraph already started on NEO4J_BOLT_PORT is
 * used instead of starting another (which its locked data directory would refuse).
 */
export async function connectDatabase(config: Config, log: Logger, options: ConnectOptions = {}): Promise<Database> {
  let uri = config.NEO4J_URI;
  let credentials: Credentials | undefined;
  if (!uri && options.embeddedAt) {
    uri = options.embeddedAt;
    credentials = embeddedCredentials(config);
  }
  const kept = readEmbeddedPassword(config.NEO4J_DATA_DIR);
  if (!uri && options.reuseRunning && config.NEO4J_BOLT_PORT > 0 && kept) {
    const candidate = `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`;
    const probe = new GraphGateway(openDriver({ uri: candidate, user: EMBEDDED_USER, password: kept }), config.NEO4J_DATABASE, log);
    const reachable = await probe.isReachable();
    await probe.close();
    if (reachable) {
      log.info({ uri: candidate }, 'using the Neo4j already running on NEO4J_BOLT_PORT');
      uri = candidate;
      credentials = { user: EMBEDDED_USER, password: kept };
    }
  }
  if (uri) {
    const { db, health } = openDatabase(config, log, uri, options, credentials);
    return { db, uri, health, credentials: credentials ?? { user: config.NEO4J_USER, password: config.NEO4J_PASSWORD }, embedded: null, close: async () => void (await Promise.all([db.close(), health.close()])) };
  }

  const { first, start } = await startEmbedded(config, log);
  const { db, health } = openDatabase(config, log, first.uri, options, { user: first.user, password: first.password });
  // Restarts keep the port the driver knows, even when the first start picked a free one.
  const embedded = superviseEmbedded(first, { restart: () => start({ boltPort: first.boltPort }), attempts: config.EMBEDDED_RESTART_ATTEMPTS, health, log });
  return {
    db,
    uri: first.uri,
    health,
    credentials: { user: first.user, password: first.password },
    embedded,
    async close() {
      await Promise.all([db.close(), health.close()]);
      await embedded.stop();
    },
  };
}

/**
 * Runs work until it stops failing with SERVICE_UNAVAILABLE or SERVICE_OVERLOADED, for up to `withinMs`: a database
 * that has just started, or a busy machine, may refuse the first statements.
 */
export async function untilAnswered<T>(work: () => Promise<T>, withinMs: number, log: Logger): Promise<T> {
  const giveUpAt = Date.now() + withinMs;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      if ((code !== 'SERVICE_UNAVAILABLE' && code !== 'SERVICE_OVERLOADED') || Date.now() > giveUpAt) throw error;
      log.warn({ code }, 'the database is not answering yet; retrying');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
