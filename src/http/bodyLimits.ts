import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { authenticate } from '../auth/auth';
import { ROLES, type Config } from '../config';

/**
 * Parses JSON bodies with a limit by role, before anything else reads them: anonymous and read-only callers
 * (READER, ANALYST) get MAX_BODY_READ, writers (PLANNER and above) MAX_BODY_WRITE, for large imports.
 * A larger body is refused with 413 from its Content-Length, before it is read.
 */
export function jsonBodyByRole(config: Config): RequestHandler {
  const small = express.json({ limit: config.MAX_BODY_READ });
  const large = express.json({ limit: config.MAX_BODY_WRITE });
  const writerRank = ROLES.indexOf('PLANNER');
  return (req: Request, res: Response, next: NextFunction) => {
    let writer = false;
    try {
      const caller = authenticate(req.headers.authorization, config.apiTokens);
      writer = caller !== null && ROLES.indexOf(caller.role) >= writerRank;
    } catch {
      // An unknown token gets the small limit; the GraphQL context answers UNAUTHENTICATED.
    }
    (writer ? large : small)(req, res, next);
  };
}

/** Body-parser failures (malformed JSON, too large) answer in GraphQL's error shape, not an HTML page. */
export function bodyErrors(error: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction): void {
  if (!error.status || error.status >= 500) return next(error);
  const tooLarge = error.type === 'entity.too.large';
  const message = tooLarge ? 'request body too large for this caller: writers (PLANNER and above) may send more' : 'malformed request body';
  res.status(error.status).json({ errors: [{ message, extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] });
}
