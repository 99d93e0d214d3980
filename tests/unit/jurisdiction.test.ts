import { readRegistry } from '../../src/importer/build';
import { mayAttach, parseJurisdiction, readJurisdiction, registryScope, type Jurisdiction } from '../../src/importer/jurisdiction';
import { ImportRefusedError } from '../../src/importer/parse/planText';
import { AgencyResolver, splitNames } from '../../src/importer/propose';

const registry = readRegistry();
const j = (written: string): Jurisdiction => {
  const found = parseJurisdiction(written);
  if (!found) throw new Error(`no place in ${written}`);
  return found;
};
const LPS = j('贵州省六盘水市');
const ZY = j('贵州省遵义市');
const TZ = j('贵州省遵义市桐梓县');
const ZS = j('钟山区');
const KM = j('云南省昆明市');
const YN = KM.parent!;

describe('a plan’s jurisdiction', () => {
  it('is read from place names, known places with their parents, keys stable and deterministic', () => {
    expect(LPS).toMatchObject({ key: 'lps', name: '六盘水市', level: 'CITY', parent: { key: 'gz', name: '贵州省', level: 'PROVINCE' } });
    expect(ZS).toMatchObject({ name: '钟山区', level: 'COUNTY', parent: { name: '六盘水市', parent: { name: '贵州省' } } });
    expect(j('盘州市')).toMatchObject({ level: 'COUNTY', parent: { name: '六盘水市' } });
    expect(TZ).toMatchObject({ name: '桐梓县', level: 'COUNTY', parent: { name: '遵义市', key: ZY.key, parent: { name: '贵州省' } } });
    expect(j('遵义市/桐梓县').key).toBe(TZ.key);
    expect(j('遵义市').key).toBe(ZY.key);
    expect(ZY.key).toMatch(/^j[0-9a-f]{8}$/);
    expect(YN).toMatchObject({ name: '云南省', level: 'PROVINCE' });
  });

  it('is read from the title, its parents from the text; --jurisdiction overrides; refused when it cannot be read', () => {
    expect(readJurisdiction('六盘水市“十四五”市场监管现代化规划', '')).toMatchObject({ key: 'lps', parent: { name: '贵州省' } });
    expect(readJurisdiction('遵义市“十五五”市场监管规划', '根据《贵州省“十五五”市场监管规划》……')).toMatchObject({ name: '遵义市', parent: { name: '贵州省' } });
    expect(readJurisdiction('桐梓县“十五五”市场监管规划', '贵州省遵义市桐梓县地处……')).toMatchObject({ name: '桐梓县', level: 'COUNTY', key: TZ.key, parent: { name: '遵义市', key: ZY.key } });
    expect(readJurisdiction('市场监管规划', '', '贵州省/遵义市/桐梓县').key).toBe(TZ.key);
    expect(() => readJurisdiction('“十五五”市场监管规划', '')).toThrow(ImportRefusedError);
    expect(() => readJurisdiction('桐梓县“十五五”市场监管规划', '本县……')).toThrow(/city is not written/);
  });
});

describe('bare agency names resolve to the plan’s own jurisdiction', () => {
  // (plan, name as the text writes it) → the body: its key, and its jurisdiction (null: national/generic);
  // 'FOREIGN' for another place's body, which is not resolved at all.
  const CASES: [string, Jurisdiction, string, string | 'FOREIGN', string | null][] = [
    ['Liupanshui’s own city bureau', LPS, '市市场监管局', 'lps-amr', '六盘水市'],
    ['another city’s 市市场监管局 is that city’s', ZY, '市市场监管局', `${ZY.key}-amr`, '遵义市'],
    ['…however it is written', ZY, '市市场监督管理局', `${ZY.key}-amr`, '遵义市'],
    ['…and with the city’s name', ZY, '遵义市公安局', `${ZY.key}-psb`, '遵义市'],
    ['another city’s police', ZY, '市公安局', `${ZY.key}-psb`, '遵义市'],
    ['a county plan’s 市市场监管局 is its parent city’s', TZ, '市市场监管局', `${ZY.key}-amr`, '遵义市'],
    ['a county plan’s 县市场监管局 is the county’s', TZ, '县市场监管局', `${TZ.key}-amr`, '桐梓县'],
    ['a Liupanshui county’s 市市场监管局 IS Liupanshui’s', ZS, '市市场监管局', 'lps-amr', '六盘水市'],
    ['a Liupanshui county’s 区市场监管局 is the county’s', ZS, '区市场监管局', 'lps-zhongshan-amr', '钟山区'],
    ['a city plan’s 县（区）市场监管局 are its counties’ (a group)', ZY, '县（区）市场监管局', `${ZY.key}-county-amr`, '遵义市'],
    ['…written 各县（市、区）', ZY, '各县（市、区）市场监管局', `${ZY.key}-county-amr`, '遵义市'],
    ['…in Liupanshui’s plan, the registry’s county bureaus', LPS, '县（区）市场监管局', 'lps-county-amr', '六盘水市'],
    ['another city’s 市场监管部门', ZY, '市场监管部门', `${ZY.key}-amr-system`, '遵义市'],
    ['national bodies are shared', ZY, '国家市场监管总局', 'cn-samr', null],
    ['…new ones too', ZY, '海关总署', 'NATIONAL', null],
    ['the province’s bureau, in a plan of that province', ZY, '省市场监管局', 'gz-amr', '贵州省'],
    ['another province’s 省市场监管局 is that province’s', KM, '省市场监管局', `${YN.key}-amr`, '云南省'],
    ['a province named as such is shared', KM, '贵州省市场监管局', 'gz-amr', '贵州省'],
    ['another city’s body named with its place is not resolved', ZY, '六盘水市知识产权局', 'FOREIGN', null],
    ['…nor a third city’s', ZY, '昆明市公安局', 'FOREIGN', null],
  ];

  it.each(CASES)('%s: %s', (_, plan, name, key, jurisdiction) => {
    const resolver = new AgencyResolver(registry.agencies, plan);
    const found = resolver.resolve(`由${name}牵头`.slice(1, -2), `由${name}牵头。`, []);
    if (key === 'FOREIGN') {
      expect(found).toEqual([]);
      expect([...resolver.foreign]).toEqual([name]);
      return;
    }
    expect(found).toHaveLength(1);
    if (key === 'NATIONAL') expect(found[0].key).toMatch(/^agency-[0-9a-f]{8}$/);
    else expect(found[0].key).toBe(key);
    const scope = found[0].isNew ? resolver.proposed.get(found[0].key)!.scope : registryScope(found[0].key);
    expect(scope.jurisdiction).toBe(jurisdiction);
    // Whatever it resolved to, the plan may attach to it; and no other city's plan reaches Liupanshui's.
    expect(mayAttach(plan, scope)).toBe(true);
    if (!['六盘水市', '钟山区'].includes(plan.name)) expect(found[0].key).not.toMatch(/^lps-/);
  });

  it('never truncates a name: 县工业和信息化局 keeps its head; 、 splits names outside brackets only', () => {
    const resolver = new AgencyResolver(registry.agencies, TZ);
    const found = resolver.resolve('县工业和信息化局、县市场监管局', '由县工业和信息化局、县市场监管局牵头。', []);
    expect(found.map((m) => m.name)).toEqual(['县工业和信息化局', '县市场监管局']);
    expect(resolver.proposed.get(found[0].key)).toMatchObject({ name: '县工业和信息化局', scope: { jurisdiction: '桐梓县', shared: false } });
    expect(splitNames('各县（市、区）市场监管局和市公安局')).toEqual(['各县（市、区）市场监管局', '市公安局']);
  });

  it('a body of one place may be reached only by plans of that place and its counties', () => {
    const lps = registryScope('lps-amr');
    expect(lps).toEqual({ jurisdiction: '六盘水市', shared: false });
    expect([LPS, ZS].map((p) => mayAttach(p, lps))).toEqual([true, true]);
    expect([ZY, TZ, KM].map((p) => mayAttach(p, lps))).toEqual([false, false, false]);
    expect(mayAttach(KM, registryScope('cn-samr'))).toBe(true);
  });
});
