import type { Request, RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import type { Logger } from '../logger';
import { buildReportData } from './report.data';
import { renderReviewHtml } from './report.render';
import { checkYear } from './years';

/** HTTP statuses of the error codes the report can answer with; anything else is a 500. */
const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, BAD_USER_INPUT: 400, SERVICE_UNAVAILABLE: 503 };

/**
 * GET /reports/mid-term-review?asOf=2023[&plan=lps-msm-14]: the review as one HTML page. Errors answer in GraphQL's
 * error shape with their code; internals stay in the log.
 */
export function midTermReviewRoute(deps: { log: Logger; contextFor: (req: Request) => GraphContext }): RequestHandler {
  return async (req, res) => {
    try {
      const asOf = Number(req.query.asOf);
      checkYear(asOf, 'asOf');
      const ctx = deps.contextFor(req);
      const plan = typeof req.query.plan === 'string' && req.query.plan ? req.query.plan : null;
      if (plan && !/^[a-z0-9-]{1,80}$/.test(plan)) throw new BadUserInputError('plan must be a plan key such as lps-msm-14', { argument: 'plan' });
      res.type('html').send(await renderReviewHtml(await buildReportData(ctx, asOf, plan)));
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : 'INTERNAL_SERVER_ERROR';
      if (code === 'INTERNAL_SERVER_ERROR') deps.log.error({ err: error }, 'report failed');
      res.status(STATUS_OF[code] ?? 500).json({ errors: [{ message: code === 'INTERNAL_SERVER_ERROR' ? 'internal error' : (error as Error).message, extensions: { code } }] });
    }
  };
}
