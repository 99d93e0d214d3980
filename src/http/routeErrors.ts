import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from '../logger';
import { noteRouteError } from '../metrics/metrics';

// Codes whose errors carry no HTTP status of their own.
const STATUS_OF: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404 };

/**
 * Answers a failed page route in GraphQL's error shape: the status (and headers, e.g. Retry-After) the error
 * carries in `extensions.http`, else its code's; internals stay in the log as a 500.
 */
export function sendRouteError(res: Response, log: Logger, error: unknown, what: string): void {
  const code = error instanceof GraphQLError ? String(error.extensions.code) : 'INTERNAL_SERVER_ERROR';
  if (code === 'INTERNAL_SERVER_ERROR') log.error({ err: error }, `${what} failed`);
  const http = error instanceof GraphQLError ? (error.extensions.http as { status?: number; headers?: Map<string, string> } | undefined) : undefined;
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  const message = code === 'INTERNAL_SERVER_ERROR' ? 'internal error' : (error as Error).message;
  noteRouteError(res, code, message);
  res.status(http?.status ?? STATUS_OF[code] ?? 500).json({ errors: [{ message, extensions: { code } }] });
}
