import { BadUserInputError } from '../errors';

/** A page request after validation: how many rows, and the sort key to start after. */
export interface PageRequest {
  first: number;
  after: SortKey | null;
}

/** The position of a row in a stable ordering: [ord, id] (ord may be null where ordering is by id alone). */
export type SortKey = [number | null, string];

const CURSOR_PREFIX = 'pg1:';

/** Opaque cursor for a row's sort key. */
export function encodeCursor(key: SortKey): string {
  return Buffer.from(CURSOR_PREFIX + JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key inside a cursor; BAD_USER_INPUT for anything we did not issue. */
export function decodeCursor(cursor: string): SortKey {
  let decoded: unknown;
  try {
    const text = Buffer.from(cursor, 'base64url').toString('utf8');
    if (!text.startsWith(CURSOR_PREFIX) || cursor.length > 400) throw new Error('prefix');
    decoded = JSON.parse(text.slice(CURSOR_PREFIX.length));
  } catch {
    throw new BadUserInputError('malformed cursor: pass an endCursor or edge cursor this API returned', { argument: 'after' });
  }
  if (!Array.isArray(decoded) || decoded.length !== 2 || !(decoded[0] === null || typeof decoded[0] === 'number') || typeof decoded[1] !== 'string') {
    throw new BadUserInputError('malformed cursor: pass an endCursor or edge cursor this API returned', { argument: 'after' });
  }
  return decoded as SortKey;
}

/** Validates `first`/`after`: first defaults to the cap's smaller default, must be 0..max. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined, max: number, defaultSize = Math.min(50, max)): PageRequest {
  const size = first ?? defaultSize;
  if (!Number.isInteger(size) || size < 0) throw new BadUserInputError('first must be a non-negative integer', { argument: 'first' });
  if (size > max) throw new BadUserInputError(`first may be at most ${max}`, { argument: 'first' });
  return { first: size, after: after ? decodeCursor(after) : null };
}

/** A Relay connection as resolvers return it. */
export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

/** Builds a connection from rows fetched with one extra row (to know whether a next page exists). */
export function toConnection<T>(rows: T[], request: PageRequest, totalCount: number, sortKey: (row: T) => SortKey): Connection<T> {
  const page = rows.slice(0, request.first);
  const edges = page.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
  return {
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > request.first,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    edges,
  };
}
