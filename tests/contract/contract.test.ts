import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate, type DocumentNode, type OperationDefinitionNode, print, Kind } from 'graphql';
import { buildSchema } from '../../src/server';
import { startTestApi, type TestApi } from '../support/api';
import { CONTRACT_DIR } from '../support/paths';

const files = readdirSync(CONTRACT_DIR).filter((f) => f.endsWith('.graphql')).sort();
const documents = new Map<string, DocumentNode>(files.map((f) => [f, parse(readFileSync(path.join(CONTRACT_DIR, f), 'utf8'))]));
const schema = buildSchema();

/** One operation of a contract file, printed with the fragments it needs. */
function operation(file: string, name: string): string {
  const doc = documents.get(file)!;
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new Error(`${file} has no operation ${name}`);
  const fragments = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return [op, ...fragments].map((d) => print(d)).join('\n');
}

describe('contract: every operation in contract/ validates against the schema as written', () => {
  it('finds the four contract files', () => {
    expect(files).toEqual(['graph.graphql', 'impact.graphql', 'indicators.graphql', 'review.graphql']);
  });
  it.each(files)('%s validates with no errors', (file) => {
    expect(validate(schema, documents.get(file)!).map((e) => e.message)).toEqual([]);
  });
});

describe('contract: the operations answer correctly against the seeded plan', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('Indicators: 47 indicators, 24 BINDING, each with exact name, raw and parsed target, goals, English name', async () => {
    const res = await api.gql(operation('indicators.graphql', 'Indicators'), { first: 100 });
    expect(res.errors).toBeUndefined();
    const conn = res.data!.indicators;
    expect(conn.totalCount).toBe(47);
    const nodes = conn.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(47);
    expect(nodes.filter((n: any) => n.attribute === 'BINDING')).toHaveLength(24);
    expect(nodes.map((n: any) => n.number)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    for (const n of nodes) {
      expect(n.name).toMatch(/\S/);
      expect(n.nameEn).toMatch(/[A-Za-z]/);
      expect(n.target.raw).toMatch(/\d/);
      expect(n.target.value).toEqual(expect.any(Number));
      expect(n.target.year).toBe(2025);
      expect(n.measures.length).toBeGreaterThan(0);
    }
    const first = nodes[0];
    expect(first).toMatchObject({ number: 1, name: '市场主体总量', category: '营商环境明显优化,市场活力更加凸显', attribute: 'EXPECTED', target: { raw: '力争28万户', value: 28, unit: '万户' } });
    expect(nodes[18]).toMatchObject({ number: 19, name: '食品抽检合格率', attribute: 'BINDING', target: { raw: '98%及以上', value: 98, unit: '%', comparator: 'GTE' } });
    expect(nodes[35]).toMatchObject({ number: 36, target: { raw: '不高于3%', comparator: 'LTE', value: 3 } });
  });

  it('BindingIndicatorsWithoutOwner equals the binding indicators whose ownedBy is empty', async () => {
    const all = await api.gql(operation('indicators.graphql', 'Indicators'), { first: 100 });
    const expected = all.data!.indicators.edges.map((e: any) => e.node).filter((n: any) => n.attribute === 'BINDING' && n.ownedBy.length === 0).map((n: any) => n.id);
    const res = await api.gql(operation('indicators.graphql', 'BindingIndicatorsWithoutOwner'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.indicators.totalCount).toBe(expected.length);
    expect(res.data!.indicators.edges.map((e: any) => e.node.id)).toEqual(expected);
  });

  it('Indicators paged 5 at a time with the ownerless-binding filter gives the same set as one page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const res: any = await api.gql(operation('indicators.graphql', 'Indicators'), { filter: { attribute: 'BINDING', hasOwner: false }, first: 5, after });
      expect(res.errors).toBeUndefined();
      seen.push(...res.data.indicators.edges.map((e: any) => e.node.id));
      if (!res.data.indicators.pageInfo.hasNextPage) break;
      after = res.data.indicators.pageInfo.endCursor;
    }
    const one = await api.gql(operation('indicators.graphql', 'BindingIndicatorsWithoutOwner'));
    expect(seen).toEqual(one.data!.indicators.edges.map((e: any) => e.node.id));
  });

  it('Goals, Tasks, Agencies, Laws answer with connections and stable ids', async () => {
    for (const [name, field] of [['Goals', 'goals'], ['Tasks', 'tasks'], ['Agencies', 'agencies'], ['Laws', 'laws']] as const) {
      const res = await api.gql(operation('graph.graphql', name), { first: 100 });
      expect(res.errors).toBeUndefined();
      const conn = res.data![field];
      expect(conn.totalCount).toBeGreaterThan(0);
      expect(conn.edges.length).toBe(Math.min(100, conn.totalCount));
      for (const e of conn.edges) {
        expect(e.node.id).toMatch(/^(Goal|Task|Agency|Law):/);
        expect(e.node.name).toMatch(/\S/);
        expect(e.node.nameEn).toMatch(/[A-Za-z]/);
      }
    }
  });

  it('NodeById returns the node of each kind by its id', async () => {
    for (const [id, type] of [['Indicator:lps-msm-14:19', 'Indicator'], ['Task:lps-msm-14:3.3.3', 'Task'], ['Goal:lps-msm-14:G-SPECIFIC-1', 'Goal']] as const) {
      const res = await api.gql(operation('graph.graphql', 'NodeById'), { id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toMatchObject({ __typename: type, id });
    }
    const missing = await api.gql(operation('graph.graphql', 'NodeById'), { id: 'Indicator:lps-msm-14:999' });
    expect(missing.data!.node).toBeNull();
  });

  it('Search answers with ranked hits', async () => {
    const res = await api.gql(operation('graph.graphql', 'Search'), { query: '特种设备', first: 10 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.length).toBeGreaterThan(0);
    const scores = res.data!.search.map((h: any) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('Impact answers: every path starts at the source and ends at the node', async () => {
    const res = await api.gql(operation('impact.graphql', 'Impact'), { of: 'Task:lps-msm-14:3.3.3', maxDepth: 3 });
    expect(res.errors).toBeUndefined();
    const impact = res.data!.impact;
    expect(impact.source.id).toBe('Task:lps-msm-14:3.3.3');
    expect(impact.affected.length).toBeGreaterThan(0);
    for (const a of impact.affected) {
      expect(a.path[0].id).toBe(impact.source.id);
      expect(a.path[a.path.length - 1].id).toBe(a.node.id);
      expect(a.path).toHaveLength(a.distance + 1);
    }
  });

  it('MidTermReview answers one row per Table 1 indicator', async () => {
    const res = await api.gql(operation('review.graphql', 'MidTermReview'), { asOf: 2021 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.midTermReview.asOf).toBe(2021);
    expect(res.data!.midTermReview.indicators).toHaveLength(47);
  });

  it('RecordMeasurement and AssignOwner need a token: none → UNAUTHENTICATED, READER → FORBIDDEN', async () => {
    const vars = { input: { indicator: 'Indicator:lps-msm-14:19', year: 2023, value: 98.5, source: 'contract test' } };
    const anonymous = await api.gql(operation('review.graphql', 'RecordMeasurement'), vars);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await api.gql(operation('review.graphql', 'AssignOwner'), { indicator: 'Indicator:lps-msm-14:19', agency: 'Agency:lps-amr' }, 'reader-token');
    expect(reader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
