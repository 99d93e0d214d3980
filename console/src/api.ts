/** The console's only server: PlanGraph's /graphql on the page's own origin. */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export interface GqlError {
  message: string;
  extensions?: { code?: string };
}

/** An error the API answered with (or a network failure), carrying its code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** How long the console waits for an answer before it says so (the API's own limits are shorter). */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Runs one GraphQL operation against the page's origin; a token is sent when given. Every failure is an ApiError
 * with a code the views explain (`describeError`): the API's own, NETWORK_ERROR, TIMEOUT or HTTP_<status>.
 */
export async function gql<T, V = Record<string, unknown>>(query: DocumentTypeDecoration<T, V> | string, variables?: V, token?: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      // A typed document (console/operations/, codegen) is a String holding its text.
      body: JSON.stringify({ query: String(query), variables: variables ?? {} }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new ApiError(timedOut ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} s` : `PlanGraph is unreachable: ${(error as Error).message}`, timedOut ? 'TIMEOUT' : 'NETWORK_ERROR');
  }
  let body: { data?: T; errors?: GqlError[] };
  try {
    body = (await res.json()) as { data?: T; errors?: GqlError[] };
  } catch {
    throw new ApiError(`the server answered ${res.status} ${res.statusText}`, `HTTP_${res.status}`);
  }
  if (body.errors?.length) throw new ApiError(body.errors[0].message, body.errors[0].extensions?.code ?? `HTTP_${res.status}`);
  if (!res.ok || body.data === undefined) throw new ApiError(`the server answered ${res.status} ${res.statusText}`, `HTTP_${res.status}`);
  return body.data as T;
}

/** The names every kind of node has, for any `Node` selection. */
export const NODE_NAMES = `__typename id
  ... on Goal { code name nameEn }
  ... on Task { code name nameEn }
  ... on Indicator { code number name nameEn }
  ... on Agency { name nameEn }
  ... on Law { name nameEn }
  ... on Plan { name nameEn }`;

/** A node as the console shows it in lists and pictures. */
export interface NamedNode {
  __typename: string;
  id: string;
  code?: string;
  number?: number | null;
  name: string;
  nameEn?: string | null;
}

/** A likely owner as the console reads it, whatever shape the server gives: an inference, shown apart from owners. */
export interface LikelyOwner {
  agency: { id: string; name: string; nameEn?: string | null };
  detail: string;
  /** The model's rule (LikelyOwnerRule), confidence (0–1) and evidence kinds (LikelyOwnerEvidenceKind), when given. */
  rule?: string;
  confidence?: number;
  kinds?: string[];
  /** The sentences the inference rests on, verbatim. */
  quotes: string[];
}

/** Reads likely owners from either shape (a list of agencies, or of objects holding one). */
export function likelyOwnersOf(indicator: { likelyOwners?: unknown }): LikelyOwner[] {
  const list = Array.isArray(indicator.likelyOwners) ? (indicator.likelyOwners as Record<string, unknown>[]) : [];
  return list.flatMap((entry): LikelyOwner[] => {
    if (typeof entry.id === 'string' && typeof entry.name === 'string') return [{ agency: entry as unknown as LikelyOwner['agency'], detail: '', quotes: [] }];
    if (typeof entry.confidence === 'number' && entry.agency) {
      const kinds = [...new Set(((entry.evidence as { kind: string }[] | undefined) ?? []).map((e) => e.kind))];
      const rule = typeof entry.rule === 'string' ? `${entry.rule} · ` : '';
      return [{ agency: entry.agency as LikelyOwner['agency'], detail: `${rule}${Math.round(entry.confidence * 100)}% · ${kinds.join(', ')}`, rule: typeof entry.rule === 'string' ? entry.rule : undefined, confidence: entry.confidence, kinds, quotes: (entry.quotes as string[] | undefined) ?? [] }];
    }
    const agencyKey = Object.keys(entry).find((k) => entry[k] && typeof entry[k] === 'object' && typeof (entry[k] as { id?: unknown }).id === 'string');
    if (!agencyKey) return [];
    const detail = Object.entries(entry)
      .filter(([k, v]) => k !== agencyKey && v !== null && typeof v !== 'object')
      .map(([, v]) => String(v))
      .join(' · ');
    return [{ agency: entry[agencyKey] as LikelyOwner['agency'], detail, quotes: [] }];
  });
}
