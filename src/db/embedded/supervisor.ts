import type { Logger } from '../../logger';
import type { EmbeddedNeo4j } from './embeddedNeo4j';

/** Options for superviseEmbedded. */
export interface SupervisorOptions {
  /** Starts a fresh instance on the same data directory and Bolt port. */
  restart: () => Promise<EmbeddedNeo4j>;
  /** Restarts tried in a row before giving up (then /healthz turns unhealthy). */
  attempts: number;
  /** Told of a crash (down), a successful restart (up), and giving up (fatal): the API's DatabaseHealth, or the primary's messages to its worker. */
  health: DatabaseStatusSink;
  log: Logger;
  /** Wait before the n-th try (from 0); defaults to 1 s, 2 s, 4 s … capped at 30 s. */
  backoffMs?: (attempt: number) => number;
}

/** Where the supervisor reports the database's state. */
export interface DatabaseStatusSink {
  markDown(reason: string): void;
  markFatal(reason: string): void;
  /** Probes after a restart (the API's health answers again sooner than its recovery loop would). */
  check(): Promise<unknown>;
}

/** An embedded Neo4j kept alive: the instance running now, and a stop that is not mistaken for a crash. */
export interface SupervisedNeo4j {
  current(): EmbeddedNeo4j;
  /** Successful restarts so far (the metrics' plangraph_neo4j_restarts_total). */
  restarts(): number;
  stop(): Promise<void>;
}

const defaultBackoff = (attempt: number) => Math.min(1_000 * 2 ** attempt, 30_000);

/**
 * Watches the embedded Neo4j's JVM. When it exits without being asked to, the service logs it, reports the
 * database down (requests answer 503 meanwhile), and restarts it with backoff on the same store, which Neo4j
 * recovers from its transaction log; the driver reconnects by itself. After `attempts` failed restarts it marks
 * the service unhealthy, so Docker or Kubernetes restart the whole container.
 */
export function superviseEmbedded(first: EmbeddedNeo4j, options: SupervisorOptions): SupervisedNeo4j {
  const { log, health } = options;
  const backoff = options.backoffMs ?? defaultBackoff;
  let current = first;
  let stopping = false;
  let restarting: Promise<void> | null = null;
  let restarts = 0;

  const watch = (instance: EmbeddedNeo4j): void => {
    void instance.exited.then((code) => {
      if (stopping || instance !== current) return;
      log.error({ pid: instance.pid, exitCode: code }, 'the embedded Neo4j exited unexpectedly; restarting it');
      health.markDown('the embedded Neo4j exited');
      restarting = restartWithBackoff();
    });
  };

  const restartWithBackoff = async (): Promise<void> => {
    for (let attempt = 0; attempt < options.attempts && !stopping; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, backoff(attempt)).unref());
      if (stopping) return;
      try {
        const instance = await options.restart();
        if (stopping) {
          await instance.stop();
          return;
        }
        current = instance;
        restarts++;
        watch(instance);
        log.info({ pid: instance.pid, attempt: attempt + 1 }, 'the embedded Neo4j is running again');
        await health.check();
        return;
      } catch (error) {
        log.error({ err: (error as Error).message, attempt: attempt + 1, of: options.attempts }, 'restarting the embedded Neo4j failed');
      }
    }
    if (!stopping) health.markFatal(`the embedded Neo4j could not be restarted after ${options.attempts} tries`);
  };

  watch(first);
  return {
    current: () => current,
    restarts: () => restarts,
    async stop() {
      stopping = true;
      await restarting?.catch(() => undefined);
      await current.stop();
    },
  };
}
