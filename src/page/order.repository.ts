import type { PageRequest, SortKey, SortKeyShape, SortValue } from '../shared/connection';

/** One position of a connection's sort key: the Cypher expression that computes it, and what it may hold. */
export interface SortKeyPart extends SortKeyShape {
  cypher: string;
  /**
   * For a leading number part read from one property with a range index (`n.ord`): pages seek the index, the
   * numbers in index order and then the nodes without one by id, instead of sorting every node of the label.
   */
  indexed?: string;
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

/** The longest id a page carries: a row's cursor holds it, and cursors are bounded (MAX_CURSOR_LENGTH). */
export const MAX_ID_LENGTH = 512;

/**
 * What a row needs to be paged: a string id (the tie-breaker) short enough for a cursor. The count and the page
 * both require it, so a row that cannot be paged is not counted either. Ids the write paths make are far shorter.
 */
export const pageableId = (expression: string) => `${expression} IS :: STRING NOT NULL AND size(${expression}) <= ${MAX_ID_LENGTH}`;

/** The numbers numberKey keeps, as a range an index can seek (NaN and non-numbers fall outside it). */
const inRange = (expression: string) => `${expression} > -9.0e15 AND ${expression} < 9.0e15`;

/** Plan order: a node's ord (missing ones last), then its id. */
export const BY_ORD_THEN_ID: Ordering = {
  parts: [
    { cypher: numberKey('n.ord'), type: 'number', nullable: true, indexed: 'n.ord' },
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

/**
 * The rows of one page of `n` in the ordering, as Cypher yielding `n` and its key variables k0, k1 … in page
 * order and at most `$limit` of them (`$limit` is the caller's). `match` is the MATCH with its WHERE on `n`.
 * With an indexed leading part the page is two index-friendly legs (numbers by the index, then the rest by id)
 * merged in order; otherwise the keys are computed and compared for every matched node.
 */
export function pageRows(ordering: Ordering, request: PageRequest, match: string, prefix = 'cursor'): { cypher: string; names: string; keyList: string; params: Record<string, SortValue> } {
  const generic = orderedPage(ordering, request, prefix);
  const [lead, id] = ordering.parts;
  if (!lead?.indexed || ordering.parts.length !== 2) {
    return {
      cypher: `${match} WITH n, ${generic.keys} WHERE ${generic.where} WITH n, ${generic.names} ORDER BY ${generic.orderBy} LIMIT $limit`,
      names: generic.names,
      keyList: generic.keyList,
      params: generic.params,
    };
  }
  const property = lead.indexed;
  const params: Record<string, SortValue> = {};
  const desc = request.backward ? ' DESC' : '';
  // Conditions of each leg for a cursor: a cursor on a number bounds the numbers' leg by keyset and leaves the
  // missing leg whole (after) or empty (before); a cursor on a missing value does the converse.
  const numbers: string[] = [inRange(property)];
  const missing: string[] = [`NOT coalesce(${inRange(property)}, false)`];
  for (const [side, key] of [['After', request.after], ['Before', request.before]] as const) {
    if (!key) continue;
    const [value, at] = key;
    const op = side === 'After' ? '>' : '<';
    params[`${prefix}${side}Id`] = at;
    if (value === null) {
      (side === 'After' ? numbers : missing).push(side === 'After' ? 'false' : 'true');
      missing.push(`${id.cypher} ${op} $${prefix}${side}Id`);
    } else {
      params[`${prefix}${side}Value`] = value;
      numbers.push(`${property} ${op}= $${prefix}${side}Value AND (${property} ${op} $${prefix}${side}Value OR ${id.cypher} ${op} $${prefix}${side}Id)`);
      if (side === 'Before') missing.push('false');
    }
  }
  // The legs in page order (backwards, the missing ones come first); the second is read only when the first
  // leaves the page short, so a page inside the numbers costs an index seek and no more. (An UNWIND of nothing
  // skips it: a WHERE would be pushed into the scan's filter, and the scan would run to the end.)
  const legs = [
    { conditions: numbers, orderBy: `${property}${desc}, ${id.cypher}${desc}`, lead: property },
    { conditions: missing, orderBy: `${id.cypher}${desc}`, lead: 'null' },
  ];
  if (request.backward) legs.reverse();
  const [head, tail] = legs.map(
    (leg) => `${match} AND ${leg.conditions.join(' AND ')} WITH n ORDER BY ${leg.orderBy} LIMIT $limit RETURN collect({n: n, k0: ${leg.lead}, k1: ${id.cypher}})`,
  );
  return {
    cypher: `CALL { ${head} AS head }
             CALL (head) { UNWIND CASE WHEN size(head) < $limit THEN [true] ELSE [] END AS short ${tail} AS tail }
             UNWIND (head + tail)[..$limit] AS row WITH row.n AS n, row.k0 AS k0, row.k1 AS k1`,
    names: 'k0, k1',
    keyList: '[k0, k1]',
    params,
  };
}
