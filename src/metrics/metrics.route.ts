import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { Registry } from 'prom-client';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * GET /metrics in Prometheus's text format. On the API's port it answers only `Authorization: Bearer
 * $METRICS_TOKEN` (compared in constant time; 401 otherwise) and is off (404) without METRICS_TOKEN; on the
 * metrics port (METRICS_PORT, bound to METRICS_HOST) it is open, `token` null, for a scraper on that network.
 */
export function metricsRoute(registry: Registry, token: string | null): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (token !== null) {
      const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? '');
      if (!match || !timingSafeEqual(digest(match[1]), digest(token))) {
        res.status(401).set('WWW-Authenticate', 'Bearer').json({ errors: [{ message: 'metrics need Authorization: Bearer <METRICS_TOKEN>', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
    }
    res.set('Content-Type', registry.contentType).set('Cache-Control', 'no-store').send(await registry.metrics());
  });
  return router;
}
