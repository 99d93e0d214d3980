import type { Server } from 'node:http';
import express from 'express';
import type { Config } from '../config';
import { connectDatabase, untilAnswered } from '../db/connect';
import type { GraphGateway } from '../db/gateway';
import { applyDatabaseSchema } from '../db/schema';
import { refreshSearchWords } from '../search/search.writer';
import { createHttpServer } from '../http/listen';
import type { Logger } from '../logger';
import { buildApp } from '../server';
import { migrateJurisdictionsOnce } from '../importer/scopeAgencies';
import { metricsRoute } from '../metrics/metrics.route';
import { processFacts } from '../metrics/progress';
import { EMBEDDED_URI_ENV, isMessage, NEO4J_RESTARTS_ENV, WORKER_RESTARTS_ENV, type ToPrimary, type ToWorker } from './messages';

/** Seeds the plan into an empty database (the entry point owns the seed: src/ reaches seed/ only from there). */
export type SeedIfEmpty = (bulk: GraphGateway, log: Logger) => Promise<void>;

/**
 * Serves the API: Neo4j (the primary's embedded one, NEO4J_URI, or, unsupervised, one it starts itself), schema,
 * seed when empty, then HTTP with read deadlines. Under a primary it follows the primary's word on Neo4j's state
 * and on shutdown, and exits when the primary is gone.
 */
export async function serveApi(config: Config, log: Logger, seedIfEmpty: SeedIfEmpty): Promise<void> {
  const underPrimary = typeof process.send === 'function';
  const database = await connectDatabase(config, log, { embeddedAt: process.env[EMBEDDED_URI_ENV] || undefined });
  const { db } = database;
  const bulk = db.forBulkWork();
  let server: Server | undefined;
  let metricsServer: Server | undefined;
  let stopping = false;
  let drain: (() => void) | undefined;
  let apolloStop: (() => Promise<void>) | undefined;
  const shutdown = async (why: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    log.info({ why }, 'shutting down');
    // A stuck step must not keep the process (and its Neo4j) alive forever.
    setTimeout(() => {
      log.error('shutdown took over 30 s; exiting');
      process.exit(1);
    }, 30_000).unref();
    drain?.();
    if (server) {
      const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
    }
    metricsServer?.close();
    log.debug('HTTP closed');
    await apolloStop?.();
    log.debug('GraphQL stopped');
    await database.close();
    log.info('stopped');
    process.exit(exitCode);
  };
  // Under a primary, a terminal's Ctrl-C reaches the whole group: the primary orders the stop (API, then Neo4j).
  process.on('SIGINT', () => void (underPrimary ? undefined : shutdown('SIGINT')));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  processFacts.workerRestarts = Number(process.env[WORKER_RESTARTS_ENV]) || 0;
  processFacts.neo4jRestarts = Number(process.env[NEO4J_RESTARTS_ENV]) || 0;
  if (underPrimary) {
    process.on('disconnect', () => void shutdown('the primary is gone'));
    process.on('message', (message: unknown) => {
      if (!isMessage<ToWorker>(message)) return;
      if (message.type === 'shutdown') return void shutdown('asked by the primary');
      if (message.restarts !== undefined) processFacts.neo4jRestarts = message.restarts;
      if (message.state === 'down') database.health.markDown(message.reason ?? 'the embedded Neo4j is down');
      else if (message.state === 'fatal') database.health.markFatal(message.reason ?? 'the embedded Neo4j cannot be restarted');
      else void database.health.check();
    });
  }

  // A database that has just started (or a busy machine) may refuse the first statements: keep trying for a minute.
  await untilAnswered(() => applyDatabaseSchema(bulk), 60_000, log);
  // Nodes written before the words index (or cut by an older SEARCH_WORDS_VERSION) get their search words.
  await untilAnswered(() => refreshSearchWords(bulk), 60_000, log);
  if (config.SEED_ON_START) await seedIfEmpty(bulk, log);
  // Agencies stored before jurisdictions get their place, once per database (recorded; a failure leaves no record and
  // the agencies not yet done unscoped, which the import's write check refuses to attach to, so serving goes on).
  try {
    const scoped = await migrateJurisdictionsOnce(bulk);
    if (scoped) log.info({ scoped: scoped.scoped, split: scoped.split, left: scoped.left.length }, 'agencies stored before jurisdictions scoped (recorded: runs once)');
  } catch (error) {
    log.error({ err: error }, 'scoping agencies stored before jurisdictions failed; they stay unscoped');
  }
  const built = await buildApp({ db, config, log });
  apolloStop = () => built.apollo.stop();
  drain = built.drain;
  if (stopping) return;
  server = createHttpServer(built.app, config);
  if (config.METRICS_PORT > 0) {
    // The metrics port serves /metrics alone, open, for a scraper on METRICS_HOST's network (loopback by default).
    const metricsApp = express().disable('x-powered-by').use(metricsRoute(built.metrics.registry, null));
    metricsServer = metricsApp.listen(config.METRICS_PORT, config.METRICS_HOST, () => log.info({ url: `http://${config.METRICS_HOST}:${config.METRICS_PORT}/metrics` }, 'metrics served'));
    metricsServer.on('error', (error) => log.error({ err: error }, 'the metrics port failed; /metrics is not served there'));
  }
  server.on('error', (error: NodeJS.ErrnoException) => {
    log.fatal({ err: error }, error.code === 'EADDRINUSE' ? `port ${config.PORT} is in use: set PORT` : 'HTTP server failed');
    void shutdown('error', 1);
  });
  server.listen(config.PORT, config.HOST, () => {
    const url = `http://localhost:${config.PORT}/graphql`;
    log.info({ url, neo4j: database.uri, pid: process.pid }, 'PlanGraph is serving GraphQL');
    if (underPrimary) process.send!({ type: 'serving', url } satisfies ToPrimary);
  });
}
