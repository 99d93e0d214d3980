import type { Request, RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import type { Logger } from '../logger';
import { buildFinalReportData } from './final.data';
import { renderFinalHtml } from './final.render';

/** HTTP statuses of the error codes the page can answer with; anything else is a 500. */
const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, BAD_USER_INPUT: 400, SERVICE_UNAVAILABLE: 503 };

/**
 * GET /reports/final-review?plan=lps-msm-14: the plan's final review as one HTML page, beside the mid-term review's.
 * Errors answer in GraphQL's error shape with their code; internals stay in the log.
 */
export function finalReviewRoute(deps: { log: Logger; contextFor: (req: Request) => GraphContext }): RequestHandler {
  return async (req, res) => {
    try {
      const plan = typeof req.query.plan === 'string' ? req.query.plan : '';
      if (!/^[a-z0-9-]{1,80}$/.test(plan)) throw new BadUserInputError('plan must be a plan key such as lps-msm-14', { argument: 'plan' });
      res.type('html').send(renderFinalHtml(await buildFinalReportData(deps.contextFor(req), plan)));
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : 'INTERNAL_SERVER_ERROR';
      if (code === 'INTERNAL_SERVER_ERROR') deps.log.error({ err: error }, 'final review page failed');
      res.status(STATUS_OF[code] ?? 500).json({ errors: [{ message: code === 'INTERNAL_SERVER_ERROR' ? 'internal error' : (error as Error).message, extensions: { code } }] });
    }
  };
}
