import type { Request, RequestHandler } from 'express';
import type { GraphContext } from '../context';
import { BadUserInputError } from '../errors';
import { sendRouteError } from '../http/routeErrors';
import type { Logger } from '../logger';
import type { OwnerCellsOf } from './owners';
import { printPdf } from './pdf';
import { buildReportData, MAX_PICKED_LAWS, type ReportData } from './report.data';
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

/** A report's query: asOf, the plan's key and the laws a planner picked (?laws=Law:…,Law:…), checked. */
export function reportQuery(req: Request): { asOf: number; plan: string | null; laws: string[] | null; search: string } {
  const asOf = Number(req.query.asOf);
  checkYear(asOf, 'asOf');
  const plan = typeof req.query.plan === 'string' && req.query.plan ? req.query.plan : null;
  if (plan && !/^[a-z0-9-]{1,80}$/.test(plan)) throw new BadUserInputError('plan must be a plan key such as lps-msm-14', { argument: 'plan' });
  const raw = typeof req.query.laws === 'string' ? req.query.laws : '';
  if (raw.length > 2000) throw new BadUserInputError('laws is too long', { argument: 'laws' });
  const laws = raw ? raw.split(',').map((l) => l.trim()).filter(Boolean) : null;
  if (laws && (laws.length > MAX_PICKED_LAWS || laws.some((l) => !/^Law:[^\s]{1,200}$/u.test(l)))) {
    throw new BadUserInputError(`laws must be up to ${MAX_PICKED_LAWS} law ids separated by commas, such as Law:lps-msm-14:1`, { argument: 'laws' });
  }
  const params = new URLSearchParams({ asOf: String(asOf), ...(plan ? { plan } : {}), ...(laws ? { laws: laws.join(',') } : {}) });
  return { asOf, plan, laws, search: params.toString() };
}

/** One rendering of the review at ?asOf=YEAR[&plan=KEY][&laws=…], answered as `type`; `file` names a download. */
function reportRoute(deps: ReportRouteDeps, render: (data: ReportData, search: string) => Promise<string | Buffer>, type: string, file?: (asOf: number) => string): RequestHandler {
  return async (req, res) => {
    try {
      const { asOf, plan, laws, search } = reportQuery(req);
      const body = await render(await buildReportData(await deps.contextFor(req), deps.ownerCells, asOf, plan, laws), search);
      if (file) res.attachment(file(asOf));
      res.type(type).send(body);
    } catch (error) {
      sendRouteError(res, deps.log, error, 'report');
    }
  };
}

const links = (search: string) => ({ pdf: `/reports/mid-term-review.pdf?${search}`, xlsx: `/reports/mid-term-review.xlsx?${search}` });

/**
 * GET /reports/mid-term-review?asOf=2023[&plan=lps-msm-14][&laws=Law:…]: the review as one HTML page. Errors answer in
 * GraphQL's error shape with their code; internals stay in the log.
 */
export function midTermReviewRoute(deps: ReportRouteDeps): RequestHandler {
  return reportRoute(deps, (data, search) => renderReviewHtml(data, links(search)), 'html');
}

/** GET /reports/mid-term-review.pdf?…: the same page printed to A4 (src/review/pdf.ts), as a download. */
export function midTermReviewPdfRoute(deps: ReportRouteDeps): RequestHandler {
  return reportRoute(deps, async (data) => printPdf(await renderReviewHtml(data)), 'application/pdf', (asOf) => `mid-term-review-${asOf}.pdf`);
}

/** GET /reports/mid-term-review.xlsx?asOf=2023[&plan=…]: the review's tables as a spreadsheet download, errors as above. */
export function midTermReviewXlsxRoute(deps: ReportRouteDeps): RequestHandler {
  return reportRoute(deps, renderReviewXlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', (asOf) => `mid-term-review-${asOf}.xlsx`);
}
