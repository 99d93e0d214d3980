import { buildQuestion } from '../../bench/questions';
import { startTestApi, type TestApi } from '../support/api';

// With the read cache off every question goes to Neo4j: these tests pin how many statements and transactions
// each flagship question (the benchmark's own queries) costs, so a change that adds a round trip shows here.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ QUERY_CACHE_MB: '0' });
});
afterAll(async () => {
  await api.close();
});

// The benchmark's own questions, with the arguments its repeated (best-case) table would use on the seeded plan.
const QUESTIONS = {
  ownerless: buildQuestion('filter', { attribute: 'BINDING', hasOwner: false }),
  page: buildQuestion('page', { position: 0, after: null }),
  search: buildQuestion('search', { term: '特种设备' }),
  impact: buildQuestion('impact', { source: 'Law:special-equipment-safety-law' }),
  review: buildQuestion('review', { planKey: 'lps-msm-14', asOf: 2023 }),
};

async function cost(query: string, variables?: Record<string, unknown>): Promise<{ statements: number; transactions: number; data: any }> {
  let statements = 0;
  let transactions = 0;
  const offQuery = api.db.onQuery(() => statements++);
  const offTx = api.db.onTransaction(() => transactions++);
  const res = await api.gql(query, variables);
  offQuery();
  offTx();
  expect(res.errors).toBeUndefined();
  return { statements, transactions, data: res.data };
}

describe('each flagship question, with the read cache off, costs', () => {
  it('ownerless binding indicators (first 100, with total): one statement in one transaction', async () => {
    const { statements, transactions, data } = await cost(QUESTIONS.ownerless.api, QUESTIONS.ownerless.variables);
    expect(data.indicators.totalCount).toBe(23);
    expect({ statements, transactions }).toEqual({ statements: 1, transactions: 1 });
  });

  it('100 indicators with owners and goals (with total): one statement in one transaction', async () => {
    const { statements, transactions, data } = await cost(QUESTIONS.page.api, QUESTIONS.page.variables);
    expect(data.indicators.edges.some((e: any) => e.node.ownedBy.length > 0)).toBe(true);
    expect(data.indicators.edges.some((e: any) => e.node.measures.length > 0)).toBe(true);
    expect({ statements, transactions }).toEqual({ statements: 1, transactions: 1 });
  });

  it('search 特种设备 (first 20): one statement in one transaction', async () => {
    const { statements, transactions, data } = await cost(QUESTIONS.search.api, QUESTIONS.search.variables);
    expect(data.search).toHaveLength(20);
    expect({ statements, transactions }).toEqual({ statements: 1, transactions: 1 });
  });

  it('impact of a law at depth 4: one statement in one transaction', async () => {
    const { statements, transactions, data } = await cost(QUESTIONS.impact.api, QUESTIONS.impact.variables);
    expect(data.impact.affected.length).toBeGreaterThan(0);
    expect({ statements, transactions }).toEqual({ statements: 1, transactions: 1 });
  });

  it('mid-term review of one plan: one statement in one transaction', async () => {
    const { statements, transactions, data } = await cost(QUESTIONS.review.api, QUESTIONS.review.variables);
    expect(data.midTermReview.indicators.length).toBeGreaterThan(0);
    expect({ statements, transactions }).toEqual({ statements: 1, transactions: 1 });
  });

  it('a deep page of indicators with owners and goals, reached through its cursor: the same as the first page', async () => {
    const PAGE = `query($after: String) { indicators(first: 20, after: $after, filter: {source: [TABLE, TEXT, API]}) {
      totalCount pageInfo { endCursor hasNextPage } edges { node { id ownedBy { id } measures { id } } } } }`;
    const first = await cost(PAGE);
    const deep = await cost(`query($after: String) { indicators(first: 60, after: $after, filter: {source: [TABLE, TEXT, API]}) { pageInfo { endCursor } } }`, {
      after: first.data.indicators.pageInfo.endCursor,
    });
    const page = await cost(PAGE, { after: deep.data.indicators.pageInfo.endCursor });
    expect(page.data.indicators.edges.length).toBeGreaterThan(0);
    expect(page.data.indicators.edges[0].node.id).not.toBe(first.data.indicators.edges[0].node.id);
    expect({ statements: page.statements, transactions: page.transactions }).toEqual({ statements: 1, transactions: 1 });
  });
});
