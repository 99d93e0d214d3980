import { parseImportedText } from '../../src/importer/parse/planText';
import { chineseNumeral, longestJunkFreePiece, splitSentences } from '../../src/importer/parse/text';
import { SOURCE_TEXT } from '../support/paths';

const parsed = parseImportedText(SOURCE_TEXT);
const rows = parsed.indicators.filter((r) => r.source === 'TABLE');

describe('the importer reads the first plan skeleton from its published text, as the seed loads it', () => {
  it('reads all 47 rows of Table 1: 24 约束性 and 23 预期性, numbered 1..47, in five categories', () => {
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    expect(rows.filter((r) => r.attribute === 'BINDING')).toHaveLength(24);
    expect(parsed.categories).toHaveLength(5);
    expect(rows[16]).toMatchObject({ number: 17, name: '食品及食用农产品抽检量', target: expect.objectContaining({ raw: '每年4批次/千人' }), attribute: 'BINDING' });
  });

  it('finds every 专栏 the text has, with its own number, and every numbered item', () => {
    const columns = parsed.tasks.filter((t) => t.level === 'COLUMN').map((t) => t.code);
    const inText = [...SOURCE_TEXT.matchAll(/^专栏(\d+-\d+-\d+)/gm)].map((m) => `Z${m[1]}`);
    expect(columns).toEqual(inText);
    expect(columns).toHaveLength(10);
    const itemHeadings = SOURCE_TEXT.split('\n').slice(650).filter((l) => /^\d{1,2}[、.]\S/.test(l.trim()) && l.trim().length <= 40 && !l.includes('。'));
    expect(parsed.tasks.filter((t) => t.level === 'ITEM' || t.level === 'COLUMN_ITEM')).toHaveLength(itemHeadings.length);
  });

  it('reads chapters 3-5 as the task hierarchy: 3 chapters, 13 sections, 42 subsections', () => {
    const count = (level: string) => parsed.tasks.filter((t) => t.level === level).length;
    expect([count('CHAPTER'), count('SECTION'), count('SUBSECTION')]).toEqual([3, 13, 42]);
    expect(parsed.tasks.find((t) => t.code === 'Z3-3-3')?.parentCode).toBe('3.3.3');
  });

  it('reads the overall goal, the 2035 vision and seven specific goals', () => {
    expect(parsed.goals.map((g) => g.kind)).toEqual(['OVERALL', 'VISION', ...Array(7).fill('SPECIFIC')]);
    expect(parsed.goals[2].name).toBe('营商环境明显优化,市场活力更加凸显');
  });

  it('quotes only verbatim, junk-free text', () => {
    for (const t of parsed.tasks) expect(SOURCE_TEXT).toContain(t.quote);
    for (const s of parsed.sentences) {
      expect(SOURCE_TEXT).toContain(s.text);
      expect(s.text).not.toContain('彩天下');
    }
    for (const t of parsed.tasks) expect(t.paragraphs.join('')).not.toContain('彩天下');
  });

  it('collects 《》 titles and document codes with the task that cites them', () => {
    expect(parsed.citations).toEqual(expect.arrayContaining([
      expect.objectContaining({ text: '中华人民共和国反不正当竞争法', taskCode: '3.2.3.m1' }),
      expect.objectContaining({ text: 'GB/T19022-2003', kind: 'CODE' }),
    ]));
  });
});

describe('text helpers', () => {
  it('reads Chinese numerals', () => {
    expect([chineseNumeral('三'), chineseNumeral('十'), chineseNumeral('十二'), chineseNumeral('二十一')]).toEqual([3, 10, 12, 21]);
  });
  it('splits sentences keeping their marks', () => {
    expect(splitSentences('甲。乙;丙')).toEqual(['甲。', '乙;', '丙']);
  });
  it('keeps the longest junk-free piece of a spliced sentence', () => {
    expect(longestJunkFreePiece('强化彩天下,鼓励微型企业利用信息化手段。', ['彩天下'])).toBe('鼓励微型企业利用信息化手段。');
  });
});
