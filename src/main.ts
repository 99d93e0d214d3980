import path from 'node:path';
import { loadConfig } from './config';
import type { GraphGateway } from './db/gateway';
import { createLogger, type Logger } from './logger';

/** The plan `npm start` seeds into an empty database. */
export const DEFAULT_PLAN_DIR = path.resolve(__dirname, '../seed/plans/lps-msm-14');

/** Seeds the default plan when the database holds none (the worker calls it after applying the schema). */
async function seedIfEmpty(bulk: GraphGateway, log: Logger): Promise<void> {
  const [{ loadPlanGraphFromDisk }, { isDatabaseEmpty, loadPlanGraph }] = await Promise.all([import('../seed/build'), import('./importer/load.writer')]);
  if (!(await isDatabaseEmpty(bulk))) return;
  log.info({ plan: path.basename(DEFAULT_PLAN_DIR) }, 'empty database: seeding the plan');
  const report = await loadPlanGraph(bulk, loadPlanGraphFromDisk(DEFAULT_PLAN_DIR), (msg) => log.info(msg));
  log.info({ nodes: report.nodes, edges: report.edges, ms: report.ms }, 'seeded');
}

/**
 * `npm start` / `node dist/main.js`: the primary (src/process/primary.ts), which keeps the embedded Neo4j and
 * restarts the API worker when it dies; the same script run as that worker (PLANGRAPH_ROLE=worker) serves
 * (src/process/worker.ts). SUPERVISE=false serves in this one process. Each side loads only its own modules, so the
 * primary stays small.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  if (process.env.PLANGRAPH_ROLE === 'worker' || !config.SUPERVISE) {
    const { serveApi } = await import('./process/worker');
    await serveApi(config, log.child({ role: config.SUPERVISE ? 'worker' : 'single' }), seedIfEmpty);
    return;
  }
  const { runPrimary } = await import('./process/primary');
  await runPrimary(config, log.child({ role: 'primary' }));
}

main().catch((error: unknown) => {
  // Startup failures (Java missing, port taken, bad config) are explained in their message.
  console.error(`PlanGraph failed to start: ${(error as Error).message}`);
  process.exit(1);
});
