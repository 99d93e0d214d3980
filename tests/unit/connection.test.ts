import fc from 'fast-check';
import { BY_ID, BY_ORD_THEN_ID, MAX_ID_LENGTH, orderedPage, shapeOf } from '../../src/page/order.repository';
import { decodeCursor, encodeCursor, MAX_CURSOR_LENGTH, pageRequest, toConnection, type SortKey } from '../../src/shared/connection';

const ORD = shapeOf(BY_ORD_THEN_ID);
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code ?? 'THROWN';
  }
  return null;
};

/** Any value a sort key may hold: null, any finite number (ints, floats, -0), any string (unicode, quotes, lone surrogates). */
const sortValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('"', "'", '\\', '\u0000', '𝄞', '任务', '"]},[{', ''),
);
/** -0 and 0 sort alike, and a cursor writes both as 0. */
const normal = (key: SortKey) => key.map((v) => (v === 0 ? 0 : v));

describe('cursors and page requests', () => {
  it('round-trips any sort key tuple through an opaque, bounded cursor (property)', () => {
    fc.assert(
      fc.property(fc.array(sortValue, { minLength: 1, maxLength: 4 }), (key) => {
        const cursor = encodeCursor(key);
        expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(cursor.length).toBeLessThanOrEqual(MAX_CURSOR_LENGTH);
        expect(decodeCursor(cursor)).toEqual(normal(key));
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every key a plan-ordered or id-ordered connection issues, against its shape (property)', () => {
    const ordKey = fc.tuple(fc.oneof(fc.constant(null), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), fc.string({ unit: 'grapheme', maxLength: 300 }));
    fc.assert(fc.property(ordKey, (key) => expect(decodeCursor(encodeCursor(key), ORD)).toEqual(normal(key))), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (id) => expect(decodeCursor(encodeCursor([id]), shapeOf(BY_ID))).toEqual([id])));
  });

  it('fits the longest key a page carries (a number and an id of MAX_ID_LENGTH of the worst characters) in a cursor (property)', () => {
    const worst = fc.constantFrom('\u0000', '\u001f', '\ud800', '\udfff', '"', '\\', '任', 'a');
    fc.assert(
      fc.property(fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true })), fc.array(worst, { minLength: MAX_ID_LENGTH, maxLength: MAX_ID_LENGTH }), (ord, chars) => {
        const key = [ord, chars.join('')];
        expect(decodeCursor(encodeCursor(key), ORD)).toEqual(normal(key));
      }),
      { numRuns: 200 },
    );
    expect(() => encodeCursor(['\u0000'.repeat(MAX_ID_LENGTH * 2)])).toThrow(/too long/);
  });

  it('refuses any string it did not issue, and any key of another shape, with BAD_USER_INPUT (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => {
        const code = codeOf(() => pageRequest({ first: 10, after: text || 'x' }, 100, ORD));
        // A random string is almost never a valid cursor; when it decodes, it decodes to a key of the shape.
        if (code !== null) expect(code).toBe('BAD_USER_INPUT');
      }),
    );
    fc.assert(
      fc.property(fc.array(sortValue, { maxLength: 4 }), (key) => {
        const fits = key.length === 2 && (key[0] === null || typeof key[0] === 'number') && typeof key[1] === 'string';
        const cursor = Buffer.from(`pg1:${JSON.stringify(key)}`, 'utf8').toString('base64url');
        if (cursor.length > MAX_CURSOR_LENGTH) return;
        expect(codeOf(() => pageRequest({ after: cursor }, 100, ORD))).toBe(fits ? null : 'BAD_USER_INPUT');
      }),
    );
  });

  it.each(['', 'abc', '!!!', Buffer.from('pg1:{"a":1}').toString('base64url'), Buffer.from('pg1:[1,2]').toString('base64url'), Buffer.from('pg1:[1e999,"x"]').toString('base64url'), 'x'.repeat(5000)])(
    'refuses a cursor it did not issue (%#) with BAD_USER_INPUT',
    (cursor) => {
      expect(codeOf(() => pageRequest({ first: 10, after: cursor || 'bad' }, 100, ORD))).toBe('BAD_USER_INPUT');
      expect(codeOf(() => pageRequest({ last: 10, before: cursor || 'bad' }, 100, ORD))).toBe('BAD_USER_INPUT');
    },
  );

  it('still reads an id-ordered cursor issued as [null, id]', () => {
    expect(decodeCursor(encodeCursor([null, 'Law:x']), shapeOf(BY_ID))).toEqual(['Law:x']);
  });

  it('refuses negative, fractional and oversized page sizes, and first with last, with BAD_USER_INPUT', () => {
    for (const size of [-1, 1.5, 101, 1e9]) {
      expect(() => pageRequest({ first: size }, 100)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } }));
      expect(() => pageRequest({ last: size }, 100)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'last' } }));
    }
    expect(() => pageRequest({ first: 1, last: 1 }, 100)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    expect(pageRequest({}, 100)).toEqual({ size: 50, backward: false, after: null, before: null });
    expect(pageRequest({ last: null, first: 0 }, 100).size).toBe(0);
    expect(pageRequest({ last: 7 }, 100)).toEqual({ size: 7, backward: true, after: null, before: null });
  });

  it('builds a backward page in forward order, with hasPreviousPage from the extra row', () => {
    const request = pageRequest({ last: 2 }, 100);
    const connection = toConnection(['c', 'b', 'a'], request, 3, (r) => [r]);
    expect(connection.edges.map((e) => e.node)).toEqual(['b', 'c']);
    expect(connection.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });
});

describe('the order’s cursor condition', () => {
  // The same comparisons the Cypher condition makes, evaluated here with Cypher's null semantics (a comparison
  // with null is null, a WHERE keeps only true): the condition must select exactly the keys after (before) the cursor.
  type V = number | string | null;
  const cmp = (a: V, b: V): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  const compareKeys = (a: V[], b: V[]) => a.reduce<number>((r, v, i) => r || cmp(v, b[i]), 0);
  function evaluate(condition: string, key: V[], params: Record<string, unknown>): boolean {
    // Three-valued logic over the fixed grammar orderedPage writes.
    const js = condition
      .replace(/k(\d+) IS NOT NULL/g, (_m, i) => `nn(k[${i}])`)
      .replace(/k(\d+) IS NULL/g, (_m, i) => `isnull(k[${i}])`)
      .replace(/k(\d+) (>|<|=) \$(\w+)/g, (_m, i, op, p) => `c(k[${i}], '${op}', p.${p})`)
      .replace(/ AND /g, ' && ')
      .replace(/ OR /g, ' || ');
    const c = (a: V, op: string, b: V) => (a === null || b === null ? null : op === '>' ? a > b : op === '<' ? a < b : a === b);
    const isnull = (a: V) => a === null;
    const nn = (a: V) => a !== null;
    // null && x and null || x follow SQL three-valued logic closely enough for a WHERE: null counts as false.
    return Boolean(new Function('k', 'p', 'c', 'isnull', 'nn', `return (${js});`)(key, params, c, isnull, nn));
  }

  it('selects exactly the keys strictly after or before the cursor, nulls last (property)', () => {
    const key = fc.tuple(fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 3 })), fc.constantFrom('a', 'b', 'c'));
    fc.assert(
      fc.property(key, key, fc.boolean(), (row, cursor, after) => {
        const request = after ? { size: 1, backward: false, after: cursor, before: null } : { size: 1, backward: true, after: null, before: cursor };
        const page = orderedPage(BY_ORD_THEN_ID, request);
        const expected = after ? compareKeys(row, cursor) > 0 : compareKeys(row, cursor) < 0;
        expect(evaluate(page.where, row, page.params)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
