import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Stable error codes clients can rely on (extensions.code). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'SERVICE_OVERLOADED'
  | 'QUERY_TIMEOUT'
  | 'QUERY_TOO_COSTLY'
  | 'REQUEST_TIMEOUT'
  | 'IMPORT_TIMEOUT'
  | 'ANSWER_TOO_LARGE'
  | 'PAYLOAD_TOO_LARGE'
  | 'IMPORT_REFUSED'
  | 'PREVIEW_STALE'
  | 'PDF_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

abstract class PlanGraphError extends GraphQLError {
  // A string beyond ErrorCode only for the importer's own refusals, whose codes it names itself.
  protected constructor(message: string, code: ErrorCode | (string & {}), extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** A malformed or impossible input: an unknown id, a bad cursor, a value of the wrong kind. */
export class BadUserInputError extends PlanGraphError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, 'BAD_USER_INPUT', extra);
  }
}

/** Something asked for by id does not exist, where null would hide the mistake. */
export class NotFoundError extends PlanGraphError {
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

/** No valid token where one is required. */
export class UnauthenticatedError extends PlanGraphError {
  constructor(message = 'a valid token is required: Authorization: Bearer <token>') {
    super(message, 'UNAUTHENTICATED', { http: { status: 401 } });
  }
}

/** The token's role may not do this. */
export class ForbiddenError extends PlanGraphError {
  constructor(message: string) {
    super(message, 'FORBIDDEN', { http: { status: 403 } });
  }
}

/** A write based on a stale version. */
export class ConflictError extends PlanGraphError {
  constructor(message: string) {
    super(message, 'CONFLICT');
  }
}

/** The database cannot be reached right now; retrying later may succeed. */
export class ServiceUnavailableError extends PlanGraphError {
  constructor(message = 'the graph database is not reachable; try again shortly') {
    super(message, 'SERVICE_UNAVAILABLE', { http: { status: 503 } });
  }
}

/** A PDF cannot be made on this server (no Chromium installed); the HTML page prints the same A4 layout. */
export class PdfUnavailableError extends PlanGraphError {
  constructor() {
    super('PDF export needs Chromium on the server (apt-get install chromium, or set PLANGRAPH_CHROMIUM); print the HTML page instead', 'PDF_UNAVAILABLE', { http: { status: 503 } });
  }
}

/** Every pooled connection is busy: the caller waited briefly and should retry after Retry-After seconds. */
export class ServiceOverloadedError extends PlanGraphError {
  constructor(retryAfterSeconds = 1) {
    super(`the service is busy; retry in ${retryAfterSeconds} s`, 'SERVICE_OVERLOADED', {
      http: { status: 503, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    });
  }
}

/** A write that needs more memory than the database allows one transaction (an import too large for its heap). */
export class TransactionTooLargeError extends PlanGraphError {
  constructor() {
    super('the write needs more memory than the database allows one transaction (dbms.memory.transaction.total.max, 70% of NEO4J_HEAP); nothing was stored: import it in parts, or give Neo4j a larger heap', 'PAYLOAD_TOO_LARGE', { http: { status: 413 } });
  }
}

/** A statement ran past its transaction timeout and was stopped. */
export class QueryTimeoutError extends PlanGraphError {
  constructor() {
    super('the query ran past its time limit and was stopped; narrow it (fewer items, a smaller depth)', 'QUERY_TIMEOUT', { http: { status: 504 } });
  }
}

/** An import ran past its time limit: rolled back whole; the CLI (no limit) or a higher IMPORT_TIMEOUT_MS will finish it. */
export class ImportTimeoutError extends PlanGraphError {
  constructor(limitMs: number) {
    super(
      `the import ran past its time limit (${Math.round(limitMs / 1000)} s) and was rolled back: nothing was stored. Import a file this size with the CLI (npm run import -- <file>), or raise IMPORT_TIMEOUT_MS`,
      'IMPORT_TIMEOUT',
      { http: { status: 504 } },
    );
  }
}

/** An operation priced over the limit, or one the limits could not price (they fail closed). */
export class QueryTooCostlyError extends PlanGraphError {
  constructor(message: string) {
    super(message, 'QUERY_TOO_COSTLY', { http: { status: 400 } });
  }
}

/** The request's body did not arrive within the read deadline: a slow or stalled sender. */
export class RequestTimeoutError extends PlanGraphError {
  constructor(withinMs: number) {
    super(`the request body did not arrive within ${withinMs} ms`, 'REQUEST_TIMEOUT', { http: { status: 408, headers: new HeaderMap([['connection', 'close']]) } });
  }
}

/** The importer refused a plan's file (no plan structure, not text, a curated plan's key…): nothing was stored. Its own code when it names one, else IMPORT_REFUSED. */
export class PlanImportRefusedError extends PlanGraphError {
  constructor(message: string, code: string = 'IMPORT_REFUSED') {
    super(message, code);
  }
}

/** An uploaded file larger than this server reads (MAX_PLAN_FILE once decoded). */
export class PayloadTooLargeError extends PlanGraphError {
  constructor(message: string) {
    super(message, 'PAYLOAD_TOO_LARGE', { http: { status: 413 } });
  }
}

/** An import confirmed against a preview that no longer holds: the file or the database changed since. */
export class PreviewStaleError extends PlanGraphError {
  constructor(message: string) {
    super(message, 'PREVIEW_STALE');
  }
}

/** A failure we did not foresee; details stay in the log, never reach the client. */
export class InternalError extends PlanGraphError {
  constructor(message = 'internal error') {
    super(message, 'INTERNAL_SERVER_ERROR');
  }
}
