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

/** Page furniture as copies repeat it: page numbers, running headers, web chrome, table and list words, junk. */
const furniture = (n: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 ? `— ${i} —` : i % 8 === 4 ? ['扫一扫在手机打开当前页', '【打印本页】', '表1 主要指标', '彩天下'][(i / 8) % 4 | 0] : '桐梓县人民政府')).join('\n');

// Ratios to a 1× run, not absolute times: a 10× text may take up to 30× as long (near-linear with slack for a shared machine).
describe('parse time grows with the text, not faster', () => {
  it('10× repeated chrome and page lines inside the real plan take < 30× the time of 1×', () => {
    const at = (n: number) => SOURCE_TEXT.replace('\n', `\n${furniture(n)}\n`);
    const one = timeParse(at(8000));
    const ten = timeParse(at(80000), 1);
    expect(ten / Math.max(one, 20)).toBeLessThan(30);
  });

  it('20× running headers between page numbers (every page the same header) take < 40× the time of 1×', () => {
    const pages = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? `— ${i} —` : '桐梓县人民政府')).join('\n');
    const at = (n: number) => `第一章 总体要求\n一、加强领导\n${pages(n)}\n第二章 主要任务\n一、强化监管\n`;
    const one = timeParse(at(2000));
    const twenty = timeParse(at(40000), 1);
    expect(twenty / Math.max(one, 20)).toBeLessThan(40);
  });

  it('the real plan 10× over takes < 30× the time of once', () => {
    const one = timeParse(SOURCE_TEXT);
    const ten = timeParse(Array(10).fill(SOURCE_TEXT).join('\n'), 1);
    expect(ten / Math.max(one, 20)).toBeLessThan(30);
  });
});
