import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/**
 * An error the API answered with, carrying its stable code (BAD_USER_INPUT, CONFLICT, …), or a failure to get an
 * answer at all: NETWORK_ERROR (server down or unreachable; status 0), TIMEOUT (status 0), BAD_RESPONSE (not GraphQL).
 */
export class PlanGraphClientError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PlanGraphClientError';
  }
}

/** The innermost reason fetch gives (ECONNREFUSED …) rather than its bare "fetch failed". */
function causeOf(error: unknown): string {
  let e = error as { message?: string; code?: string; cause?: unknown };
  while (e?.cause) e = e.cause as typeof e;
  return e?.code ?? e?.message ?? String(error);
}

/** Where the API is and who the client is. */
export interface PlanGraphClientOptions {
  /** Base URL, e.g. http://localhost:4000 (the client posts to /graphql). */
  url: string;
  /** A token from API_TOKENS; needed for writes. */
  token?: string;
  /** Per-request timeout; default 15 s. */
  timeoutMs?: number;
}

/** A small typed client: `request(SomeDocument, variables)` returns that operation's typed result. */
export class PlanGraphClient {
  constructor(private readonly options: PlanGraphClientOptions) {}

  /** Runs one operation; throws PlanGraphClientError with the first error's code when the API refuses it. */
  async request<Result, Variables extends Record<string, unknown>>(document: TypedDocumentNode<Result, Variables>, variables?: Variables): Promise<Result> {
    const url = `${this.options.url.replace(/\/$/, '')}/graphql`;
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
        },
        body: JSON.stringify({ query: print(document), variables }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      // The server is down, unreachable or too slow: no answer at all.
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new PlanGraphClientError(
        timedOut ? `no answer from ${url} within ${this.options.timeoutMs ?? 15_000} ms` : `cannot reach ${url}: ${causeOf(error)}`,
        timedOut ? 'TIMEOUT' : 'NETWORK_ERROR',
        0,
        { cause: error },
      );
    }
    let body: { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = (await res.json()) as typeof body;
    } catch (error) {
      throw new PlanGraphClientError(`${url} answered ${res.status} without a GraphQL body`, 'BAD_RESPONSE', res.status, { cause: error });
    }
    if (body.errors?.length) {
      const [first] = body.errors;
      throw new PlanGraphClientError(first.message, first.extensions?.code ?? 'UNKNOWN', res.status);
    }
    if (!body.data) throw new PlanGraphClientError('the API answered without data', 'UNKNOWN', res.status);
    return body.data;
  }
}
