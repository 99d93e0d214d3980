import { BadUserInputError } from '../errors';

/** One value of a sort key: what a connection orders by (a number, a string, or null where it may be missing). */
export type SortValue = string | number | null;

/** The position of a row in a connection's total order: its sort values, the last one the row's unique id. */
export type SortKey = SortValue[];

/** What a connection may hold in each position of its sort key (checked when a cursor comes back). */
export interface SortKeyShape {
  type: 'number' | 'string';
  nullable: boolean;
}

/** The paging arguments every connection takes (Relay: first/after forwards, last/before backwards). */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A page request after validation: how many rows, which way, and the keys it starts after or ends before. */
export interface PageRequest {
  size: number;
  /** forward: the first `size` rows after `after`; backward: the last `size` rows before `before`. */
  backward: boolean;
  after: SortKey | null;
  before: SortKey | null;
}

const CURSOR_PREFIX = 'pg1:';
/**
 * The longest cursor we issue or accept: room for the longest key a page carries (a number and an id of at most
 * 512 characters, each written in at most 6 bytes of JSON), so a cursor stays small whatever the client sends.
 */
export const MAX_CURSOR_LENGTH = 4200;

/** Opaque cursor for a row's sort key (-0 is written as 0: the two sort alike). */
export function encodeCursor(key: SortKey): string {
  for (const v of key) {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`a sort value must be finite, not ${v}`);
  }
  const cursor = Buffer.from(CURSOR_PREFIX + JSON.stringify(key.map((v) => (v === 0 ? 0 : v))), 'utf8').toString('base64url');
  if (cursor.length > MAX_CURSOR_LENGTH) throw new Error(`a sort key too long for a cursor (${cursor.length} characters)`);
  return cursor;
}

const malformed = (argument: string) =>
  new BadUserInputError(`malformed cursor: pass an endCursor, startCursor or edge cursor this connection returned`, { argument });

/**
 * The sort key inside a cursor; BAD_USER_INPUT for anything this connection did not issue. With a shape, each
 * value must fit it (a number where the order has one, null only where it allows missing values).
 */
export function decodeCursor(cursor: string, shape?: readonly SortKeyShape[], argument = 'after'): SortKey {
  let decoded: unknown;
  try {
    if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw new Error('not base64url');
    const text = Buffer.from(cursor, 'base64url').toString('utf8');
    if (!text.startsWith(CURSOR_PREFIX)) throw new Error('prefix');
    decoded = JSON.parse(text.slice(CURSOR_PREFIX.length));
  } catch {
    throw malformed(argument);
  }
  if (!Array.isArray(decoded) || decoded.length === 0) throw malformed(argument);
  const valid = decoded.every((v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
  if (!valid) throw malformed(argument);
  if (!shape) return decoded as SortKey;
  // Cursors of an id-only order were issued as [null, id] before orders carried their own shape: still honoured.
  const key = shape.length === 1 && decoded.length === 2 && decoded[0] === null ? decoded.slice(1) : decoded;
  const fits = key.length === shape.length && key.every((v, i) => (v === null ? shape[i].nullable : typeof v === shape[i].type));
  if (!fits) throw malformed(argument);
  return key as SortKey;
}

/**
 * Validates the paging arguments: `first` or `last` (not both), each 0..max, defaulting to the smaller of 50 and
 * max; `after` and `before` must be cursors of this connection.
 */
export function pageRequest(args: PageArgs, max: number, shape?: readonly SortKeyShape[], defaultSize = Math.min(50, max)): PageRequest {
  const { first, last, after, before } = args;
  if (first !== null && first !== undefined && last !== null && last !== undefined) {
    throw new BadUserInputError('pass first (with after) or last (with before), not both', { argument: 'last' });
  }
  const backward = last !== null && last !== undefined;
  const argument = backward ? 'last' : 'first';
  const size = (backward ? last : first) ?? defaultSize;
  if (!Number.isInteger(size) || size < 0) throw new BadUserInputError(`${argument} must be a non-negative integer`, { argument });
  if (size > max) throw new BadUserInputError(`${argument} may be at most ${max}`, { argument });
  return {
    size,
    backward,
    after: after ? decodeCursor(after, shape, 'after') : null,
    before: before ? decodeCursor(before, shape, 'before') : null,
  };
}

/** A Relay connection as resolvers return it. */
export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

/**
 * Builds a connection from rows fetched with one extra row, in the direction of the request (backward: last row
 * first), to know whether more exist that way. Paging forwards, hasNextPage is exact and hasPreviousPage says
 * whether `after` was given; backwards, hasPreviousPage is exact and hasNextPage says whether `before` was given.
 */
export function toConnection<T>(rows: T[], request: PageRequest, totalCount: number, sortKey: (row: T) => SortKey): Connection<T> {
  const page = rows.slice(0, request.size);
  if (request.backward) page.reverse();
  const edges = page.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
  const more = rows.length > request.size;
  return {
    totalCount,
    pageInfo: {
      hasNextPage: request.backward ? request.before !== null : more,
      hasPreviousPage: request.backward ? more : request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    edges,
  };
}
