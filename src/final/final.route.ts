import type { Request, RequestHandler } from 'express';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import { sendRouteError } from '../http/routeErrors';
import type { Logger } from '../logger';
import { buildFinalReportData } from './final.data';
import { renderFinalHtml } from './final.render';


/**
 * GET /reports/final-review?plan=lps-msm-14: the plan's final review as one HTML page, beside the mid-term review's.
 * Errors answer in GraphQL's error shape with their code; internals stay in the log.
 */
export function finalReviewRoute(deps: { log: Logger; contextFor: (req: Request) => Promise<GraphContext> }): RequestHandler {
  return async (req, res) => {
    try {
      const plan = typeof req.query.plan === 'string' ? req.query.plan : '';
      if (!/^[a-z0-9-]{1,80}$/.test(plan)) throw new BadUserInputError('plan must be a plan key such as lps-msm-14', { argument: 'plan' });
      res.type('html').send(renderFinalHtml(await buildFinalReportData(await deps.contextFor(req), plan)));
    } catch (error) {
      sendRouteError(res, deps.log, error, 'final review page');
    }
  };
}
