import fc from 'fast-check';
import { loadPlanGraphFromDisk } from '../../seed/build';
import { planSearch } from '../../src/search/search.query';
import { refreshSearchWords } from '../../src/search/search.writer';
import { startTestApi, type TestApi } from '../support/api';
import { PLAN_DIR } from '../support/paths';
import { scoreSearch, searchJudgments, searchScoreMarkdown, type SearchScore } from '../support/searchScore';

/**
 * The search judgments table (docs/search.md) through the GraphQL API on the seeded test database: every indicator
 * number, task code and 专栏 number, every indicator, agency and law name, and the hand-written word queries.
 */
let api: TestApi;
let score: SearchScore;
const graph = loadPlanGraphFromDisk(PLAN_DIR);

beforeAll(async () => {
  api = await startTestApi();
  score = await scoreSearch(searchJudgments(graph), async (query) => {
    const res = await api.gql('query($q: String!) { search(query: $q, first: 20) { match node { id } } }', { q: query });
    if (res.errors) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
    return res.data!.search.map((h: { node: { id: string } }) => h.node.id);
  });
}, 240_000);
afterAll(async () => {
  await api?.close();
});

describe('search judgments (npm run search:score)', () => {
  it('covers every indicator number, task code, 专栏 and name in the seed, every agency and law by hand, and 40+ word queries', () => {
    const queries = (cls: string) => new Set(score.rows.filter((r) => r.judgment.cls === cls).map((r) => r.judgment.query));
    for (const n of graph.nodes.filter((x) => x.label === 'Indicator' && typeof x.props.number === 'number')) expect(queries('number')).toContain(String(n.props.number));
    for (const n of graph.nodes.filter((x) => x.label === 'Task')) expect(queries('code')).toContain(String(n.props.code));
    const firstOf = (cls: string) => new Set(score.rows.filter((r) => r.judgment.cls === cls).map((r) => r.judgment.first));
    for (const n of graph.nodes.filter((x) => x.label === 'Agency')) expect(firstOf('agency')).toContain(n.id);
    for (const n of graph.nodes.filter((x) => x.label === 'Law')) expect(firstOf('law')).toContain(n.id);
    expect(queries('word').size + queries('english').size).toBeGreaterThanOrEqual(40);
  });

  it('precision at 5 is at least 0.9 overall and in every class; every number query finds its indicator first', () => {
    process.stdout.write(`${searchScoreMarkdown(score)}\n`);
    expect(score.overall.precisionAt5).toBeGreaterThanOrEqual(0.9);
    for (const c of score.classes) expect([c.cls, c.precisionAt5 >= 0.9]).toEqual([c.cls, true]);
    const numbersNotFirst = score.rows.filter((r) => (r.judgment.cls === 'number' || r.judgment.cls === 'code') && !r.firstHit).map((r) => r.judgment.query);
    expect(numbersNotFirst).toEqual([]);
  });

  it('「44」 is indicator 44 and matched EXACT; a word matches words, not a character pair across two words', async () => {
    const hits = async (q: string) => (await api.gql('query($q: String!) { search(query: $q, first: 20) { match node { id } } }', { q })).data!.search;
    const [first] = await hits('44');
    expect(first).toEqual({ match: 'EXACT', node: { id: 'Indicator:lps-msm-14:44' } });
    // 标注 spans 商标|注册 in 商标注册量年增长: a pair of characters, not a word there; it may only come as a FRAGMENT.
    for (const h of await hits('标注')) if (h.node.id === 'Indicator:lps-msm-14:44') expect(h.match).toBe('FRAGMENT');
    expect(planSearch('专栏 3-1-1')!.codes).toEqual(['Z3-1-1']);
    expect(planSearch('第44项指标')!.numbers).toEqual([44]);
  });

  it('any text up to the limit answers without an error, within the page size (generated: Lucene syntax, CJK, digits, codes)', async () => {
    const piece = fc.constantFrom('44', '3.2.1', '专栏', '3-1-1', 'Z', '特种设备', '商标', '"', '\\', '(', ')', '*', '~', ':', '/', 'AND', 'OR', ' ', '-', '.', '第', '项', '=', '１２', 'ｌａｗ', '\u0000', 'law');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 12 }), fc.integer({ min: 0, max: 25 }), async (parts, first) => {
        const q = parts.join('').slice(0, 200);
        const res = await api.gql('query($q: String!, $n: Int) { search(query: $q, first: $n) { match node { id } } }', { q, n: first });
        expect(res.errors).toBeUndefined();
        expect(res.data!.search.length).toBeLessThanOrEqual(first);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('the words migration: a node stored without words (an older database) gets them at start, and is found by its words again', async () => {
    const id = 'Indicator:lps-msm-14:44';
    const words = async () => (await api.db.read<{ w: string | null; v: number | null }>({ cypher: 'MATCH (n:Entity {id: $id}) RETURN n.nameWords AS w, n.searchWordsVersion AS v', params: { id } }))[0];
    const before = await words();
    await api.db.write({ cypher: 'MATCH (n:Entity {id: $id}) REMOVE n.nameWords, n.textWords, n.searchWordsVersion', params: { id } });
    try {
      // At least this one (other test files may store nodes of their own meanwhile).
      expect(await refreshSearchWords(api.db)).toBeGreaterThanOrEqual(1);
      expect(await words()).toEqual(before);
    } finally {
      await refreshSearchWords(api.db);
    }
  });
});
