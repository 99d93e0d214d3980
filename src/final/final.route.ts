import type { Request, RequestHandler } from 'express';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import { sendRouteError } from '../http/routeErrors';
import type { Logger } from '../logger';
import { buildFinalReportData } from './final.data';
import { renderFinalHtml } from './final.render';
import { printPdf } from '../review/pdf';

const planOf = (req: Request) => {
  const plan = typeof req.query.plan === 'string' ? req.query.plan : '';
  if (!/^[a-z0-9-]{1,80}$/.test(plan)) throw new BadUserInputError('plan must be a plan key such as lps-msm-14', { argument: 'plan' });
  return plan;
};


/**
 * GET /reports/final-review?plan=lps-msm-14: the plan's final review as one HTML page, beside the mid-term review's.
 * Errors answer in GraphQL's error shape with their code; internals stay in the log.
 */
export function finalReviewRoute(deps: { log: Logger; contextFor: (req: Request) => Promise<GraphContext> }): RequestHandler {
  return async (req, res) => {
    try {
      const plan = planOf(req);
      res.type('html').send(await renderFinalHtml(await buildFinalReportData(await deps.contextFor(req), plan), { pdf: `/reports/final-review.pdf?plan=${plan}` }));
    } catch (error) {
      sendRouteError(res, deps.log, error, 'final review page');
    }
  };
}

/** GET /reports/final-review.pdf?plan=…: the same page printed to A4 (src/review/pdf.ts), as a download. */
export function finalReviewPdfRoute(deps: { log: Logger; contextFor: (req: Request) => Promise<GraphContext> }): RequestHandler {
  return async (req, res) => {
    try {
      const plan = planOf(req);
      const pdf = await printPdf(await renderFinalHtml(await buildFinalReportData(await deps.contextFor(req), plan)));
      res.attachment(`final-review-${plan}.pdf`).type('application/pdf').send(pdf);
    } catch (error) {
      sendRouteError(res, deps.log, error, 'final review PDF');
    }
  };
}
