import { decodeCursor, encodeCursor, pageRequest } from '../../src/shared/connection';

describe('cursors and page requests', () => {
  it('round-trips a sort key through an opaque cursor', () => {
    expect(decodeCursor(encodeCursor([12, 'Task:x:3.1']))).toEqual([12, 'Task:x:3.1']);
    expect(decodeCursor(encodeCursor([null, 'Agency:a']))).toEqual([null, 'Agency:a']);
  });

  it.each(['', 'abc', '!!!', Buffer.from('pg1:{"a":1}').toString('base64url'), Buffer.from('pg1:[1,2]').toString('base64url'), 'x'.repeat(5000)])(
    'refuses a cursor it did not issue (%#) with BAD_USER_INPUT',
    (cursor) => {
      expect.assertions(1);
      try {
        pageRequest(10, cursor || 'bad', 100);
      } catch (error) {
        expect((error as { extensions: { code: string } }).extensions.code).toBe('BAD_USER_INPUT');
      }
    },
  );

  it('refuses negative, fractional and oversized page sizes with BAD_USER_INPUT', () => {
    for (const first of [-1, 1.5, 101, 1e9]) {
      expect(() => pageRequest(first, null, 100)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } }));
    }
    expect(pageRequest(undefined, null, 100).first).toBe(50);
    expect(pageRequest(0, null, 100).first).toBe(0);
  });
});
