import type { Server } from 'node:http';
import path from 'node:path';
import { loadPlanGraphFromDisk } from '../seed/build';
import { isDatabaseEmpty, loadPlanGraph } from '../seed/load';
import { loadConfig } from './config';
import { connectDatabase, untilAnswered } from './db/connect';
import { applyDatabaseSchema } from './db/schema';
import { createLogger } from './logger';
import { buildApp } from './server';

/** The plan `npm start` seeds into an empty database. */
export const DEFAULT_PLAN_DIR = path.resolve(__dirname, '../seed/plans/lps-msm-14');

/** Starts PlanGraph: Neo4j (embedded unless NEO4J_URI is set), schema, seed when empty, then HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const database = await connectDatabase(config, log);
  const { db } = database;
  const bulk = db.forBulkWork();
  let server: Server | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // A stuck step must not keep the process (and its Neo4j) alive forever.
    setTimeout(() => {
      log.error('shutdown took over 30 s; exiting');
      process.exit(1);
    }, 30_000).unref();
    if (server) {
      const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
    }
    log.debug('HTTP closed');
    await apolloStop?.();
    log.debug('GraphQL stopped');
    await database.close();
    log.info('stopped');
    process.exit(0);
  };
  let apolloStop: (() => Promise<void>) | undefined;
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  // A database that has just started (or a busy machine) may refuse the first statements: keep trying for a minute.
  await untilAnswered(() => applyDatabaseSchema(bulk), 60_000, log);
  if (config.SEED_ON_START && (await isDatabaseEmpty(bulk))) {
    log.info({ plan: path.basename(DEFAULT_PLAN_DIR) }, 'empty database: seeding the plan');
    const report = await loadPlanGraph(bulk, loadPlanGraphFromDisk(DEFAULT_PLAN_DIR), (msg) => log.info(msg));
    log.info({ nodes: report.nodes, edges: report.edges, ms: report.ms }, 'seeded');
  }
  const { app, apollo } = await buildApp({ db, config, log });
  apolloStop = () => apollo.stop();
  server = app.listen(config.PORT, config.HOST, () => {
    log.info({ url: `http://localhost:${config.PORT}/graphql`, neo4j: database.uri }, 'PlanGraph is serving GraphQL');
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    log.fatal({ err: error }, error.code === 'EADDRINUSE' ? `port ${config.PORT} is in use: set PORT` : 'HTTP server failed');
    void shutdown('error');
  });
}

main().catch((error: unknown) => {
  // Startup failures (Java missing, port taken, bad config) are explained in their message.
  console.error(`PlanGraph failed to start: ${(error as Error).message}`);
  process.exit(1);
});
