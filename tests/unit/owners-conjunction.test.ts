import fc from 'fast-check';
import { readRegistry } from '../../src/importer/build';
import { parseJurisdiction } from '../../src/importer/jurisdiction';
import { readOwnerStatements } from '../../src/importer/parse/owners';
import { parseImportedText } from '../../src/importer/parse/planText';
import { CONJUNCTION_PLACES } from '../../src/importer/parse/text';
import { AgencyResolver } from '../../src/importer/propose';
import { AGENCIES, bodiesOf, BODIES_WITHOUT_LEVEL } from '../support/planGenerator/vocab';

/**
 * 和, 及 and 与 join names (市市场监管局和市公安局), and 和 also starts place names (和平区, 和政县, 和田地区): a leading
 * conjunction is read as one only where what follows it does not start a known place's name. Owner sentences are
 * generated over every such place, as its own plan writes them, beside the ordinary 「…和市公安局配合」.
 */

const registry = readRegistry();
/** Each place as a plan of its own writes it, with its parents. */
const PLAN_OF: Record<string, string> = {
  和平区: '天津市/和平区', 和平县: '广东省/河源市/和平县', 和政县: '甘肃省/临夏回族自治州/和政县', 和田地区: '新疆维吾尔自治区/和田地区', 和田市: '新疆维吾尔自治区/和田地区/和田市',
  和田县: '新疆维吾尔自治区/和田地区/和田县', 和龙市: '吉林省/延边朝鲜族自治州/和龙市', 和顺县: '山西省/晋中市/和顺县', 和林格尔县: '内蒙古自治区/呼和浩特市/和林格尔县',
  和硕县: '新疆维吾尔自治区/巴音郭楞蒙古自治州/和硕县', 和静县: '新疆维吾尔自治区/巴音郭楞蒙古自治州/和静县', 和布克赛尔蒙古自治县: '新疆维吾尔自治区/塔城地区/和布克赛尔蒙古自治县',
};
const BODIES = [...AGENCIES, '人民政府'];
const OTHERS = [...bodiesOf('市'), ...bodiesOf('县'), ...BODIES_WITHOUT_LEVEL];
const CONJ = ['和', '及', '与', '、'];

const place = fc.constantFrom(...CONJUNCTION_PLACES);
const body = fc.constantFrom(...BODIES);
const other = fc.constantFrom(...OTHERS);
const conj = fc.constantFrom(...CONJ);

function read(placeName: string, sentence: string) {
  const resolver = new AgencyResolver(registry.agencies, parseJurisdiction(PLAN_OF[placeName])!);
  return readOwnerStatements(sentence, resolver.isAgency).filter((s) => s.explicit);
}

describe('a leading 和/及/与 is a conjunction only where it does not start a known place name', () => {
  it('every known place starting with 和 is in the generated plans', () => {
    expect(Object.keys(PLAN_OF).sort()).toEqual([...CONJUNCTION_PLACES].sort());
  });

  it('a place body leading alone, first, after a conjunction, or taking part keeps its whole name', () => {
    fc.assert(fc.property(place, body, other, conj, fc.integer({ min: 0, max: 4 }), (p, b, o, c, shape) => {
      const own = `${p}${b}`;
      const cases: [string, string[], string[]][] = [
        [`由${own}牵头，${o}配合，开展专项整治。`, [own], [o]],
        [`${own}负责。`, [own], []],
        [`${o}${c}${own}负责。`, [o, own], []],
        [`由${o}牵头，${own}配合。`, [o], [own]],
        [`由${own}牵头，${o}${c === '、' ? '和' : c}${p}${BODIES.find((x) => x !== b)}配合。`, [own], [o, `${p}${BODIES.find((x) => x !== b)}`]],
      ];
      const [sentence, lead, support] = cases[shape];
      const st = read(p, sentence);
      expect(st.flatMap((s) => s.lead)).toEqual(lead);
      expect(st.flatMap((s) => s.support)).toEqual(support);
    }), { numRuns: 300 });
  });

  it('an ordinary conjunction before a body is still a conjunction (…和市公安局配合)', () => {
    fc.assert(fc.property(place, body, other, fc.constantFrom('和', '及', '与'), (p, b, o, c) => {
      const own = `${p}${b}`;
      expect(read(p, `由${own}牵头，市教育局${c}${o}配合。`).flatMap((s) => s.support)).toEqual(['市教育局', o]);
      expect(read(p, `${own}牵头，${c}${o}配合落实。`).flatMap((s) => s.support)).toEqual([o]);
    }), { numRuns: 200 });
  });
});

describe('a document number is cited from its issuer, a place starting with 和 included', () => {
  it('strips the verb or conjunction before the issuer, never the 和 of a place, at any window cut', () => {
    const short = CONJUNCTION_PLACES.filter((p) => p.length <= 4);
    fc.assert(fc.property(fc.constantFrom(...short), fc.constantFrom('依据', '根据', '按照', '落实', '参照', '和', '及', '与', '，'), fc.constantFrom('政办发', '政发', '办发', '发'), fc.integer({ min: 1, max: 99 }), fc.constantFrom('', '市政办发〔2025〕1号', '工作要求'), (p, verb, kind, n, before) => {
      const issuer = `${p}${kind}`; // at most five characters before 发/办发, as the citation reader takes them
      const cited = `${issuer}〔2025〕${n}号`;
      const plan = parseImportedText(['和平区“十五五”市场监管规划', '第一章 总体要求', `${before}${verb}${cited}，编制本规划。`, '第二章 主要任务', '一、加强监管', '落实市政办发〔2025〕9号和市场监管要求。'].join('\n'));
      expect(plan.citations.map((c) => c.text)).toContain(cited);
    }), { numRuns: 200 });
  });
});
