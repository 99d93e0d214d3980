import fc from 'fast-check';
import { loadPlanGraphFromDisk } from '../../seed/build';
import { planSearch } from '../../src/search/search.query';
import { exactToken, searchWordsOf, wordsOf } from '../../src/search/words';
import { PLAN_DIR } from '../support/paths';

describe('planSearch: what each tier looks up', () => {
  it.each([
    ['44', [44]], ['指标44', [44]], ['第44项', [44]], ['第 44 项指标', [44]], ['４４', [44]], ['商标', []], ['3.2.1', []],
  ])('%s → indicator numbers %j', (q, numbers) => expect(planSearch(q)!.numbers).toEqual(numbers));

  it.each([
    ['3.2.1', '3.2.1'], ['专栏3-1-1', 'Z3-1-1'], ['专栏 3-1-1', 'Z3-1-1'], ['【专栏3－1－1】', 'Z3-1-1'], ['3-1-1', 'Z3-1-1'], ['t12', 'T12'], ['Z3-1-1.i1', 'Z3-1-1.i1'], ['z3-1-1.i1', 'Z3-1-1.i1'],
  ])('%s → code %s', (q, code) => expect(planSearch(q)!.codes).toContain(code));

  it('a whole name is one exact token, whatever its spaces, punctuation, case or width', () => {
    expect(exactToken('State  Council')).toBe(exactToken('state council'));
    expect(exactToken('GB/T 19022-2003')).toBe(exactToken('ＧＢＴ１９０２２２００３'));
    expect(planSearch('广告法')!.exactName).toBe(exactToken('广告法'));
  });

  it('generated text: planning never throws, and every Lucene special character it sends is escaped', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const plan = planSearch(text);
        if (!plan) return;
        // Outside the one quoted exact token, a special character is always preceded by a backslash.
        const unquoted = (plan.words ?? '').replace(/^nameWords:"(?:[^"\\]|\\.)*"\^20( OR )?/, '');
        const inner = unquoted.replace(/^nameWords:\((.*)\)\^3 OR textWords:\(\1\)$/, '$1');
        expect(inner.replace(/\\./g, '')).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
        expect(plan.codes.length).toBeLessThanOrEqual(8);
      }),
      { numRuns: 500 },
    );
  });
});

describe('words: a word matches words, not character pairs across two words', () => {
  it('商标注册量年增长 holds 商标 and 注册 but not 标注; 发明专利 holds 发明 and 专利', () => {
    const words = wordsOf('商标注册量年增长', true);
    expect(words).toEqual(expect.arrayContaining(['商标注册', '商标', '注册']));
    expect(words).not.toContain('标注');
    expect(wordsOf('每万人口发明专利拥有量', true)).toEqual(expect.arrayContaining(['发明专利', '发明', '专利']));
  });

  it('every name in the seed: each indexed word is a piece of the name (generated over all 426 nodes)', () => {
    const graph = loadPlanGraphFromDisk(PLAN_DIR);
    for (const n of graph.nodes) {
      const name = String(n.props.name).normalize('NFKC').toLowerCase();
      const { nameWords } = searchWordsOf(n.label, { name });
      for (const w of nameWords.split(' ')) if (!w.startsWith('=')) expect([n.id, name.includes(w)]).toEqual([n.id, true]);
    }
  });
});
