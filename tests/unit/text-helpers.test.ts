import fc from 'fast-check';
import { cellNames } from '../../src/importer/owners';
import { dice, splitOutsideBrackets, splitOutsideBracketsAt } from '../../src/importer/parse/text';

const cjk = fc.constantFrom(...'市场监管局公安税务质量标准计量食品药品安全和及与工业信息化'.split(''));
const word = fc.array(cjk, { minLength: 0, maxLength: 12 }).map((a) => a.join(''));
const noise = fc.array(fc.constantFrom('，', '、', ' ', '（', '）', '。', '“', '”'), { maxLength: 4 }).map((a) => a.join(''));

describe('dice: the one name likeness the importer uses (division rows to headings, renamed indicators)', () => {
  it('is symmetric, within 0..1, 1 for a name and itself, and blind to punctuation and spaces', () => {
    fc.assert(fc.property(word, word, noise, (a, b, n) => {
      const d = dice(a, b);
      expect(d).toBe(dice(b, a));
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(1);
      if (a.length >= 2 && new Set(a).size > 1) expect(dice(a, a)).toBe(1);
      expect(dice(`${n}${a}${n}`, b)).toBe(d);
    }), { numRuns: 300 });
  });

  it('keeps the figures the importer was pinned with', () => {
    expect(dice('食品抽检合格率', '食品抽检合格率')).toBe(1);
    expect(dice('加强食品安全监管', '加强食品监管')).toBeCloseTo((2 * 4) / (7 + 5));
    expect(dice('a', 'ab')).toBe(0);
  });
});

const PAIRS: [string, string][] = [['（', '）'], ['(', ')'], ['《', '》'], ['「', '」'], ['【', '】']];
const SEPARATORS = '、，,；; \t\n\u3000';
const plain = fc.array(fc.constantFrom(...'市县局公安监管各乡镇'.split(''), ...SEPARATORS.split('')), { maxLength: 6 }).map((a) => a.join(''));
/** Text with brackets of every kind nested to any depth, separators anywhere (inside brackets too). */
const bracketed: fc.Arbitrary<string> = fc.letrec<{ text: string }>((tie) => ({
  text: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    plain,
    fc.tuple(plain, fc.constantFrom(...PAIRS), tie('text'), plain).map(([a, [o, c], inner, b]) => `${a}${o}${inner}${c}${b}`),
    fc.tuple(tie('text'), tie('text')).map(([a, b]) => a + b),
  ),
})).text;

describe('splitOutsideBrackets: the one bracket-aware splitter for unit cells and names', () => {
  const depthAt = (text: string, end: number) => {
    let depth = 0;
    for (const ch of text.slice(0, end)) {
      if ('（(《「【'.includes(ch)) depth++;
      else if ('）)》」】'.includes(ch)) depth = Math.max(0, depth - 1);
    }
    return depth;
  };

  it('never splits inside （）()《》「」【】 at any nesting, and the pieces rejoined with their separators are the text', () => {
    fc.assert(fc.property(bracketed, fc.subarray(SEPARATORS.split(''), { minLength: 1 }), (text, seps) => {
      const separators = seps.join('');
      const pieces = splitOutsideBrackets(text, separators);
      let at = 0;
      pieces.forEach((piece, i) => {
        expect(text.startsWith(piece, at)).toBe(true);
        at += piece.length;
        if (i < pieces.length - 1) {
          expect(separators).toContain(text[at]);
          expect(depthAt(text, at)).toBe(0); // the cut stands outside every bracket
          at++;
        }
      });
      expect(at).toBe(text.length);
      // Every separator outside brackets is a cut: no piece holds one at depth 0.
      for (const piece of pieces) for (let i = 0; i < piece.length; i++) if (separators.includes(piece[i])) expect(depthAt(piece, i)).toBeGreaterThan(0);
      expect(splitOutsideBracketsAt(text, separators).map((p) => p.text + p.sep).join('')).toBe(text);
    }), { numRuns: 500 });
  });

  it('reads the unit cells the importer met', () => {
    expect(splitOutsideBrackets('各县（市、区）人民政府、市公安局', '、')).toEqual(['各县（市、区）人民政府', '市公安局']);
    expect(splitOutsideBrackets('《市场监管（2025、2026）》，市局', '、，')).toEqual(['《市场监管（2025、2026）》', '市局']);
    expect(cellNames('市市场监管局（牵头）， 各县（市、区）人民政府等')).toEqual(['市市场监管局（牵头）', '各县（市、区）人民政府']);
  });
});
