import { fork, type ChildProcess } from 'node:child_process';
import cluster from 'node:cluster';
import type { Config } from '../config';
import { startEmbedded } from '../db/embedded/start';
import { superviseEmbedded, type SupervisedNeo4j } from '../db/embedded/supervisor';
import type { Logger } from '../logger';
import { EMBEDDED_URI_ENV, isMessage, NEO4J_RESTARTS_ENV, WORKER_RESTARTS_ENV, type ToPrimary, type ToWorker } from './messages';

/** The environment variable that makes `node dist/main.js` the API worker rather than the primary. */
export const ROLE_ENV = 'PLANGRAPH_ROLE';

/** How long a worker gets to drain and stop before it is killed. */
const WORKER_STOP_GRACE_MS = 35_000;

/** Wait before restarting after the n-th crash in a row (from 1): at once, then 0.5 s, 1 s, 2 s … up to 10 s. */
export const restartDelayMs = (crashesInRow: number) => (crashesInRow <= 1 ? 0 : Math.min(500 * 2 ** (crashesInRow - 2), 10_000));

/**
 * The primary `npm start` runs: a small process that owns what must outlive a crash of the request-serving code.
 * It starts and supervises the embedded Neo4j (unless NEO4J_URI is set), forks the API worker (same script, same
 * heap flags), and restarts the worker when it dies — at once, then with backoff — so a crash (out of memory, a
 * bug) costs seconds, never the database. A worker that dies within WORKER_FAST_CRASH_MS of its start counts
 * toward WORKER_RESTART_ATTEMPTS; past them the primary gives up loudly: it stops Neo4j and exits 1, for Docker's
 * or systemd's restart policy. SIGTERM/SIGINT stop the worker (it drains), then Neo4j, in that order.
 */
export async function runPrimary(config: Config, log: Logger): Promise<void> {
  let stopping = false;
  // One slot per API worker (API_WORKERS): each restarted on its own, with its own crash count.
  const workers: (ChildProcess | null)[] = Array.from({ length: config.API_WORKERS }, () => null);
  let embedded: SupervisedNeo4j | null = null;
  let embeddedUri = '';
  // A Neo4j that will not come back is told to every worker, so /healthz keeps saying so across worker restarts.
  let neo4jFatal: ToWorker | null = null;
  const tell = (message: ToWorker) => {
    for (const worker of workers) if (worker?.connected) worker.send(message);
  };

  const stop = async (why: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log.info({ why }, 'stopping: the API worker, then Neo4j');
    setTimeout(() => {
      log.error('stopping took over 60 s; exiting');
      process.exit(1);
    }, 60_000).unref();
    await Promise.all(
      workers.map(async (running) => {
        if (!running || running.exitCode !== null || running.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
        if (running.connected) running.send({ type: 'shutdown' } satisfies ToWorker);
        else running.kill('SIGTERM');
        const timer = setTimeout(() => running.kill('SIGKILL'), WORKER_STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }),
    );
    await embedded?.stop();
    log.info({ exitCode }, 'stopped');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));

  if (!config.NEO4J_URI) {
    const { first, start } = await startEmbedded(config, log);
    embeddedUri = first.uri;
    embedded = superviseEmbedded(first, {
      restart: () => start({ boltPort: first.boltPort }),
      attempts: config.EMBEDDED_RESTART_ATTEMPTS,
      log,
      health: {
        markDown: (reason) => tell({ type: 'neo4j', state: 'down', reason }),
        markFatal: (reason) => {
          neo4jFatal = { type: 'neo4j', state: 'fatal', reason };
          log.fatal({ reason }, 'the embedded Neo4j cannot be restarted: /healthz reports unhealthy');
          tell(neo4jFatal);
        },
        check: async () => tell({ type: 'neo4j', state: 'up', restarts: embedded?.restarts() ?? 0 }),
      },
    });
    if (stopping) return void (await embedded.stop());
  }

  const crashes = workers.map(() => 0);
  let workerStarts = 0;
  // Each worker is told how often workers and the embedded Neo4j were restarted before it (its metrics).
  const envFor = () => ({ ...process.env, [ROLE_ENV]: 'worker', [EMBEDDED_URI_ENV]: embeddedUri, [WORKER_RESTARTS_ENV]: String(Math.max(0, workerStarts++ - workers.length)), [NEO4J_RESTARTS_ENV]: String(embedded?.restarts() ?? 0) });
  // Several workers listen on one port through the cluster module (the primary hands out connections); one is a
  // plain fork. Either way the worker is what serves: it gets the heap flags `npm start` gave this process.
  if (workers.length > 1) cluster.setupPrimary({ exec: process.argv[1], args: process.argv.slice(2), execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const spawnWorker = (): ChildProcess =>
    workers.length > 1 ? cluster.fork(envFor()).process : fork(process.argv[1], process.argv.slice(2), { env: envFor(), execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const startWorker = (slot: number) => {
    if (stopping) return;
    const startedAt = Date.now();
    const child = spawnWorker();
    workers[slot] = child;
    let crashesInRow = crashes[slot];
    child.on('message', (message: unknown) => {
      if (!isMessage<ToPrimary>(message) || message.type !== 'serving') return;
      log.info({ worker: child.pid, startMs: Date.now() - startedAt, restartsInRow: crashesInRow }, 'the API worker is serving');
      if (neo4jFatal) tell(neo4jFatal);
      startOthers();
    });
    child.once('exit', (code, signal) => {
      if (workers[slot] === child) workers[slot] = null;
      if (stopping) return;
      const livedMs = Date.now() - startedAt;
      crashesInRow = crashes[slot] = livedMs < config.WORKER_FAST_CRASH_MS ? crashesInRow + 1 : 1;
      if (crashesInRow > config.WORKER_RESTART_ATTEMPTS) {
        log.fatal(
          { worker: child.pid, exitCode: code, signal, crashesInRow, withinMs: config.WORKER_FAST_CRASH_MS },
          `the API worker died ${crashesInRow} times in a row, each within ${config.WORKER_FAST_CRASH_MS} ms of its start: giving up`,
        );
        void stop('the API worker keeps dying', 1);
        return;
      }
      const delayMs = restartDelayMs(crashesInRow);
      log.error({ worker: child.pid, exitCode: code, signal, livedMs, crashesInRow, restartInMs: delayMs }, 'the API worker died; restarting it');
      setTimeout(() => startWorker(slot), delayMs);
    });
  };
  // The first worker applies the schema and seeds an empty database alone; the others start once it serves.
  let othersStarted = false;
  const startOthers = () => {
    if (othersStarted) return;
    othersStarted = true;
    for (let slot = 1; slot < workers.length; slot++) startWorker(slot);
  };
  startWorker(0);
}
