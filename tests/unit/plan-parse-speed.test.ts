import { parseImportedText } from '../../src/importer/parse/planText';
import { SOURCE_TEXT } from '../support/paths';

/** Milliseconds one parse takes (the best of a few runs, so a busy machine's pause counts less). */
function timeParse(text: string, runs = 2): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    parseImportedText(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** A small plan with n copies of one line between its chapters. */
const planWith = (line: (i: number) => string, n: number) =>
  `第一章 总体要求\n一、加强领导\n第二章 主要任务\n一、强化监管\n${Array.from({ length: n }, (_, i) => line(i)).join('\n')}\n第三章 保障措施\n一、加强领导\n`;

/**
 * Lines a copied page repeats: web chrome of one width (read as a hard-wrapped paragraph), a repeated heading (one
 * code again and again), injected junk, a running header between page numbers, a list item.
 */
const REPEATED: Record<string, (i: number) => string> = {
  'chrome of one width': () => '上一篇：关于印发某某规划的通知',
  'a footer line': () => '主办单位：桐梓县人民政府办公室',
  'a repeated heading': () => '一、加强领导',
  'a repeated item': () => '1.加强监管',
  'injected junk': () => '彩天下',
  'page numbers and a running header': (i) => (i % 2 ? `— ${i} —` : '桐梓县人民政府'),
};

// Ratios to a 1× run, not absolute times: a 10× text may take up to 30× as long (near-linear, with slack for a
// shared machine; the quadratic steps this guards took 40–100× here).
describe('parse time grows with the text, not faster', () => {
  it.each(Object.entries(REPEATED))('20,000 lines of %s take < 30× the time of 2,000', (_, line) => {
    // Each the best of three runs: one slow run on a shared machine (a CI run saw 35×) is noise, not growth.
    const one = timeParse(planWith(line, 2000), 3);
    const ten = timeParse(planWith(line, 20000), 3);
    expect(ten / Math.max(one, 10)).toBeLessThan(30);
  });

  it('the real plan 10× over takes < 30× the time of once', () => {
    const one = timeParse(SOURCE_TEXT);
    const ten = timeParse(Array(10).fill(SOURCE_TEXT).join('\n'), 1);
    expect(ten / Math.max(one, 20)).toBeLessThan(30);
  });
});
