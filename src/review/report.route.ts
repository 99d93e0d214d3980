import type { Request, RequestHandler } from 'express';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import { sendRouteError } from '../http/routeErrors';
import type { Logger } from '../logger';
import type { OwnerCellsOf } from './owners';
import { buildReportData, type ReportData } from './report.data';
import { renderReviewHtml } from './report.render';
import { renderReviewXlsx } from './xlsx';
import { checkYear } from './years';


/** What a report route needs from the server. */
export interface ReportRouteDeps {
  log: Logger;
  contextFor: (req: Request) => Promise<GraphContext>;
  /** Each indicator's owner cell (src/ownership/owners.ts ownerCells). */
  ownerCells: OwnerCellsOf;
}

/** One rendering of the review at ?asOf=YEAR[&plan=KEY], answered as `type`; `file` names a download. */
function reportRoute(deps: ReportRouteDeps, render: (data: ReportData) => Promise<string | Buffer>, type: string, file?: (asOf: number) => string): RequestHandler {
  return async (req, res) => {
    try {
      const asOf = Number(req.query.asOf);
      checkYear(asOf, 'asOf');
      const ctx = await deps.contextFor(req);
      const plan = typeof req.query.plan === 'string' && req.query.plan ? req.query.plan : null;
      if (plan && !/^[a-z0-9-]{1,80}$/.test(plan)) throw new BadUserInputError('plan must be a plan key such as lps-msm-14', { argument: 'plan' });
      const body = await render(await buildReportData(ctx, deps.ownerCells, asOf, plan));
      if (file) res.attachment(file(asOf));
      res.type(type).send(body);
    } catch (error) {
      sendRouteError(res, deps.log, error, 'report');
    }
  };
}

/**
 * GET /reports/mid-term-review?asOf=2023[&plan=lps-msm-14]: the review as one HTML page. Errors answer in GraphQL's
 * error shape with their code; internals stay in the log.
 */
export function midTermReviewRoute(deps: ReportRouteDeps): RequestHandler {
  return reportRoute(deps, renderReviewHtml, 'html');
}

/** GET /reports/mid-term-review.xlsx?asOf=2023[&plan=…]: the review's tables as a spreadsheet download, errors as above. */
export function midTermReviewXlsxRoute(deps: ReportRouteDeps): RequestHandler {
  return reportRoute(deps, renderReviewXlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', (asOf) => `mid-term-review-${asOf}.xlsx`);
}
