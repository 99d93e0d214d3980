import fc from 'fast-check';
import { dice } from '../../src/importer/parse/text';

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
