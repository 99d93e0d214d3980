import type { PageRequest, SortKey, SortKeyShape, SortValue } from '../shared/connection';

/** One position of a connection's sort key: the Cypher expression that computes it, and what it may hold. */
export interface SortKeyPart extends SortKeyShape {
  cypher: string;
}

/**
 * A connection's total order: sort values compared in turn, ascending, missing (null) values last; the last
 * part is the row's unique, never-null id, so no two rows tie. The page statement, its cursor condition and
 * the key a cursor carries are all made from it, so they cannot disagree.
 */
export interface Ordering {
  parts: readonly SortKeyPart[];
}

/**
 * A number property as a sort value: null when missing or not a number a cursor can carry exactly (not finite,
 * or an integer past 2^53); such rows sort last instead of vanishing from the comparisons.
 */
export function numberKey(expression: string): string {
  return `CASE WHEN ${expression} IS :: INTEGER | FLOAT AND abs(${expression}) < 9.0e15 THEN ${expression} END`;
}

/** Plan order: a node's ord (missing ones last), then its id. */
export const BY_ORD_THEN_ID: Ordering = {
  parts: [
    { cypher: numberKey('n.ord'), type: 'number', nullable: true },
    { cypher: 'n.id', type: 'string', nullable: false },
  ],
};

/** By id alone. */
export const BY_ID: Ordering = { parts: [{ cypher: 'n.id', type: 'string', nullable: false }] };

/** The shape of an ordering's cursors (for decodeCursor). */
export const shapeOf = (ordering: Ordering): SortKeyShape[] => ordering.parts.map(({ type, nullable }) => ({ type, nullable }));

/** The Cypher pieces of one page in an ordering: the key projection, the cursor condition, ORDER BY, params. */
export interface OrderedPage {
  /** `expr AS k0, expr AS k1 …`, to follow `WITH <variable>, ` (then `WHERE where WITH <variable>, names ORDER BY orderBy`). */
  keys: string;
  /** The key variables, `k0, k1 …`. */
  names: string;
  /** The list of the key variables, `[k0, k1 …]`, to return with each row for its cursor. */
  keyList: string;
  /** A condition on k0, k1 … (`true` without cursors). */
  where: string;
  orderBy: string;
  params: Record<string, SortValue>;
}

/**
 * The page's ordering clauses: rows strictly after `after` and strictly before `before`, in the order (or its
 * exact reverse when paging backwards: Cypher's DESC puts nulls first, as ASC puts them last).
 */
export function orderedPage(ordering: Ordering, request: PageRequest, prefix = 'cursor'): OrderedPage {
  const names = ordering.parts.map((_, i) => `k${i}`);
  const params: Record<string, SortValue> = {};
  const conditions: string[] = [];
  if (request.after) conditions.push(beyond(ordering, request.after, 'after', `${prefix}After`, params));
  if (request.before) conditions.push(beyond(ordering, request.before, 'before', `${prefix}Before`, params));
  return {
    keys: ordering.parts.map((p, i) => `${p.cypher} AS ${names[i]}`).join(', '),
    names: names.join(', '),
    keyList: `[${names.join(', ')}]`,
    where: conditions.length ? conditions.join(' AND ') : 'true',
    orderBy: names.map((n) => (request.backward ? `${n} DESC` : n)).join(', '),
    params,
  };
}

/**
 * Rows strictly after (or before) `key` in the lexicographic order of the parts, nulls last: some part lies
 * beyond the key's value while every part before it equals the key's.
 */
function beyond(ordering: Ordering, key: SortKey, side: 'after' | 'before', prefix: string, params: Record<string, SortValue>): string {
  const alternatives: string[] = [];
  const equal: string[] = [];
  ordering.parts.forEach((part, i) => {
    const k = `k${i}`;
    const value = key[i];
    const param = `${prefix}${i}`;
    if (value !== null) params[param] = value;
    let past: string | null;
    if (side === 'after') past = value === null ? null : part.nullable ? `(${k} > $${param} OR ${k} IS NULL)` : `${k} > $${param}`;
    else past = value === null ? `${k} IS NOT NULL` : `${k} < $${param}`;
    if (past) alternatives.push([...equal, past].join(' AND '));
    equal.push(value === null ? `${k} IS NULL` : `${k} = $${param}`);
  });
  return alternatives.length ? `(${alternatives.map((a) => `(${a})`).join(' OR ')})` : 'false';
}
