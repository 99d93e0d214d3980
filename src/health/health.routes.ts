import { Router } from 'express';
import type { GraphGateway } from '../db/gateway';
import { countImportedPlans } from './health.repository';

/** What /readyz answers. */
export interface Readiness {
  ready: boolean;
  reason?: string;
}

/** /readyz answers within this, whatever the database does. */
const READINESS_DEADLINE_MS = 1_900;

/** Why the service cannot take work now though the database answers (every slot busy, shutting down), or null. */
export type BusyCheck = () => string | null;

/**
 * Readiness: the service can take work now (`busy` says why not: every slot taken and the queue's oldest waiter near
 * its deadline, the body budget spent, shutting down), the database answers a probe now and holds a seeded plan.
 * Once seen seeded, a database stays seeded (only the probe runs again), so a saturated request pool cannot make
 * /readyz slow.
 */
export function readinessCheck(db: GraphGateway, busy: BusyCheck = () => null): () => Promise<Readiness> {
  let seeded = false;
  const check = async (): Promise<Readiness> => {
    const reason = busy();
    if (reason) return { ready: false, reason };
    const answers = db.health ? await db.health.check(500) : await db.isReachable();
    if (!answers) return { ready: false, reason: 'database not answering' };
    if (!seeded) seeded = (await countImportedPlans(db).catch(() => -1)) > 0;
    return seeded ? { ready: true } : { ready: false, reason: 'database not seeded' };
  };
  return () => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<Readiness>((resolve) => {
      timer = setTimeout(() => resolve({ ready: false, reason: 'database not answering' }), READINESS_DEADLINE_MS);
    });
    return Promise.race([check(), deadline]).finally(() => clearTimeout(timer));
  };
}

/**
 * /healthz: the process serves HTTP and can still recover by itself (503 once it cannot, e.g. the embedded Neo4j
 * would not restart, so an orchestrator restarts the container). /readyz: it can serve requests now. Both are
 * mounted before the body reader and the slots, so neither waits behind requests.
 */
export function healthRoutes(db: GraphGateway, busy?: BusyCheck): Router {
  const router = Router();
  const readiness = readinessCheck(db, busy);
  router.get('/healthz', (_req, res) => {
    const fatal = db.health?.fatalReason ?? null;
    res.status(fatal ? 503 : 200).json(fatal ? { status: 'unhealthy', reason: fatal } : { status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const state = await readiness();
    res.status(state.ready ? 200 : 503).json({ status: state.ready ? 'ready' : 'not ready', ...(state.reason ? { reason: state.reason } : {}) });
  });
  return router;
}
