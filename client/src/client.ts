import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** An error the API answered with, carrying its stable code (BAD_USER_INPUT, CONFLICT, …). */
export class PlanGraphClientError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'PlanGraphClientError';
  }
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
    const res = await fetch(`${this.options.url.replace(/\/$/, '')}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
    });
    const body = (await res.json()) as { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) {
      const [first] = body.errors;
      throw new PlanGraphClientError(first.message, first.extensions?.code ?? 'UNKNOWN', res.status);
    }
    if (!body.data) throw new PlanGraphClientError('the API answered without data', 'UNKNOWN', res.status);
    return body.data;
  }
}
