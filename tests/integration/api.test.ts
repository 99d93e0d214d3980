import { getIntrospectionQuery } from 'graphql';
import { startTestApi, type TestApi } from '../support/api';
import { SOURCE_TEXT } from '../support/paths';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const codes = (res: { errors?: { extensions?: { code?: string } }[] }) => (res.errors ?? []).map((e) => e.extensions?.code);

describe('edges in both directions, with provenance', () => {
  it('every edge of every task shows its verbatim quote, and the other end sees it back', async () => {
    const res = await api.gql(`{ tasks(first: 100) { edges { node { id links { relation direction origin node { id } provenance { quote sectionPath } } } } } }`);
    expect(res.errors).toBeUndefined();
    const tasks = res.data!.tasks.edges.map((e: any) => e.node);
    let checked = 0;
    for (const task of tasks) {
      for (const link of task.links) {
        expect(SOURCE_TEXT).toContain(link.provenance.quote);
        expect(link.provenance.sectionPath.length).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
    const goal = await api.gql(`{ node(id: "Goal:lps-msm-14:G-SPECIFIC-7") { ... on Goal { supportedBy { id } links(relation: SUPPORTS, direction: IN) { node { id } } } } }`);
    const supporters = goal.data!.node.supportedBy.map((t: any) => t.id).sort();
    expect(goal.data!.node.links.map((l: any) => l.node.id).sort()).toEqual(supporters);
    for (const id of supporters.slice(0, 5)) {
      const t = await api.gql(`query($id: ID!) { node(id: $id) { ... on Task { supports { id } } } }`, { id });
      expect(t.data!.node.supports.map((g: any) => g.id)).toContain('Goal:lps-msm-14:G-SPECIFIC-7');
    }
  });

  it('an agency shows what it owns, in lists and pages, consistent with the owners of indicators', async () => {
    const res = await api.gql(`{ node(id: "Agency:lps-amr-system") { ... on Agency { ownedIndicators { id } ownedIndicatorsConnection(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } } } } }`);
    const agency = res.data!.node;
    expect(agency.ownedIndicatorsConnection.totalCount).toBe(agency.ownedIndicators.length);
    const owned = await api.gql(`{ indicators(filter: {ownedBy: "Agency:lps-amr-system", source: [TABLE, TEXT]}) { totalCount } }`);
    expect(owned.data!.indicators.totalCount).toBe(agency.ownedIndicators.length);
  });
});

describe('gaps', () => {
  it('each gap’s count equals the matching filter', async () => {
    const res = await api.gql(`{ gaps {
      bindingIndicatorsWithoutOwner { totalCount } goalsWithoutIndicator { totalCount edges { node { code } } }
      indicatorsWithoutTask { totalCount } tasksWithoutOwner { totalCount } tasksWithoutLegalBasis { totalCount } lawsWithoutTask { totalCount } } }`);
    expect(res.errors).toBeUndefined();
    const gaps = res.data!.gaps;
    const filtered = await api.gql(`{
      a: indicators(filter: {attribute: BINDING, hasOwner: false}) { totalCount }
      t: tasks(filter: {hasOwner: false}) { totalCount } l: tasks(filter: {hasLaw: false}) { totalCount }
      all: tasks { totalCount } laws(filter: {hasTask: false}) { totalCount } }`);
    expect(gaps.bindingIndicatorsWithoutOwner.totalCount).toBe(filtered.data!.a.totalCount);
    expect(gaps.bindingIndicatorsWithoutOwner.totalCount).toBe(23);
    expect(gaps.tasksWithoutOwner.totalCount).toBe(filtered.data!.t.totalCount);
    expect(gaps.tasksWithoutLegalBasis.totalCount).toBe(filtered.data!.l.totalCount);
    expect(gaps.tasksWithoutOwner.totalCount).toBeLessThan(filtered.data!.all.totalCount);
    expect(gaps.lawsWithoutTask.totalCount).toBe(filtered.data!.laws.totalCount);
    expect(gaps.goalsWithoutIndicator.edges.map((e: any) => e.node.code)).toEqual(['G-OVERALL', 'G-VISION']);
  });
});

describe('search', () => {
  const search = async (query: string, first = 10) => {
    const res = await api.gql(`query($q: String!, $n: Int) { search(query: $q, first: $n) { score kind node { id ... on Indicator { name } ... on Task { name nameEn } } } }`, { q: query, n: first });
    expect(res.errors).toBeUndefined();
    return res.data!.search as { score: number; kind: string; node: { id: string; name: string; nameEn?: string } }[];
  };

  it('特种设备 ranks the special-equipment indicators first', async () => {
    const hits = await search('特种设备', 20);
    const firstOther = hits.findIndex((h) => h.kind !== 'Indicator');
    const leading = hits.slice(0, firstOther);
    expect(leading.length).toBeGreaterThanOrEqual(3);
    for (const h of leading) expect(h.node.name).toContain('特种设备');
    expect(leading.map((h) => h.node.id)).toEqual(expect.arrayContaining(['Indicator:lps-msm-14:36', 'Indicator:lps-msm-14:37']));
  });

  it('elevator finds the elevator tasks', async () => {
    const hits = await search('elevator');
    const tasks = hits.filter((h) => h.kind === 'Task');
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.some((t) => /elevator/i.test(t.node.nameEn ?? ''))).toBe(true);
  });

  it('知识产权 finds the IP tasks and indicators', async () => {
    const hits = await search('知识产权', 30);
    expect(hits.filter((h) => h.kind === 'Task' && h.node.name.includes('知识产权')).length).toBeGreaterThan(2);
    expect(hits.some((h) => h.kind === 'Indicator')).toBe(true);
  });
});

describe('no N+1', () => {
  const PAGE = `query($n: Int) { indicators(first: $n, filter: {source: [TABLE, TEXT]}) { totalCount edges { node {
    id name target { raw value } ownedBy { id name } measures { id name } movedBy { id } } } } }`;

  it('a page of indicators with owners, goals and tasks costs the same few transactions at 5 and at 90 rows', async () => {
    const count = async (n: number) => {
      let statements = 0;
      let transactions = 0;
      const offQuery = api.db.onQuery(() => statements++);
      const offTx = api.db.onTransaction(() => transactions++);
      const res = await api.gql(PAGE, { n });
      offQuery();
      offTx();
      expect(res.errors).toBeUndefined();
      return { statements, transactions };
    };
    const small = await count(5);
    const large = await count(90);
    expect(large).toEqual(small);
    // The page with its count, and each node's owners, goals and tasks, is one statement (the selection is looked
    // ahead and the relation loaders primed). A cache miss costs no version check of its own (docs/benchmarks.md).
    expect(large).toEqual({ statements: 1, transactions: 1 });
  });

  /** Statements one page of `n` indicators costs (the page query takes `$n`). */
  const statementsForPage = async (query: string, n: number) => {
    let statements = 0;
    const off = api.db.onQuery(() => statements++);
    const res = await api.gql(query, { n });
    off();
    expect(res.errors).toBeUndefined();
    expect(res.data!.indicators.edges).toHaveLength(n);
    return statements;
  };

  it('a list of 50 indicators with their measurements and revisions costs the same statements as a list of 7', async () => {
    const LIST = `query($n: Int) { indicators(first: $n, filter: {source: [TABLE, TEXT]}) { edges { node {
      id measurements { year value source } measurementRevisions { year value } } } } }`;
    const count = (n: number) => statementsForPage(LIST, n);
    // Page sizes no other test asks for, so no statement comes from the read cache.
    const small = await count(7);
    const large = await count(50);
    expect(large).toBe(small);
    // The page with its count, then one statement for every indicator's measurements and one for their revisions.
    expect(large).toBe(3);
  });

  it('a list of 48 indicators with the plans they continue and are continued by, proposed ones included, costs the same statements as a list of 9', async () => {
    const LIST = `query($n: Int) { indicators(first: $n, filter: {source: [TABLE, TEXT]}) { edges { node {
      id continuedBy(includeProposed: true) { id } continues(includeProposed: true) { id } } } } }`;
    const count = (n: number) => statementsForPage(LIST, n);
    // Page sizes no other test asks for, so no statement comes from the read cache.
    const small = await count(9);
    const large = await count(48);
    expect(large).toBe(small);
    // The page with its count; the confirmed edges of both relations; the open proposals of both directions.
    expect(large).toBe(5);
  });
});

describe('lists leave long texts in the store until a field asks for them', () => {
  it('texts and provenance read through a page, a relation and an impact equal those read one node at a time', async () => {
    const page = await api.gql(`{ tasks(first: 20) { edges { node { id text summary provenance { quote sectionPath } } } }
      goals(first: 5) { edges { node { id text textEn provenance { quote } measuredBy { id provenance { quote } } } } } }`);
    expect(page.errors).toBeUndefined();
    const tasks = page.data!.tasks.edges.map((e: any) => e.node);
    const goals = page.data!.goals.edges.map((e: any) => e.node);
    const indicators = goals.flatMap((g: any) => g.measuredBy);
    expect(tasks.some((t: any) => t.text)).toBe(true);
    expect(indicators.length).toBeGreaterThan(0);
    for (const listed of [...tasks, ...goals, ...indicators]) {
      const one = await api.gql(`query($id: ID!) { node(id: $id) { id ... on Task { text summary provenance { quote sectionPath } }
        ... on Goal { text textEn provenance { quote } } ... on Indicator { provenance { quote } } } }`, { id: listed.id });
      expect(one.errors).toBeUndefined();
      const { measuredBy: _ignored, ...fields } = listed;
      expect(one.data!.node).toMatchObject(fields);
      expect(listed.provenance.quote.length).toBeGreaterThan(0);
    }
  });
});

describe('hostile and malformed input never gives a 500, a hang, a stack trace or a Cypher message', () => {
  const expectCleanRefusal = (res: any, allowEmpty = false) => {
    const body = JSON.stringify(res);
    expect(body).not.toMatch(/Neo4j|Cypher|MATCH \(|stacktrace|at \w+ \(/i);
    expect(res.status).toBeLessThan(500);
    if (allowEmpty && !res.errors) return;
    expect(codes(res)).toEqual(expect.arrayContaining([expect.stringMatching(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED|QUERY_TOO_COSTLY/)]));
  };

  it.each(['', 'nonsense', 'Indicator', 'Indicator:', 'Robot:lps-msm-14:1', "Task:x' OR 1=1 //", 'Task:a}) DETACH DELETE n //', 'x'.repeat(5000)])('node(id: %j)', async (id) => {
    expectCleanRefusal(await api.gql('query($id: ID!) { node(id: $id) { id } }', { id }));
  });

  it.each(['garbage', 'cGcxOltdXQ', Buffer.from('pg1:["x",1]').toString('base64url'), 'x'.repeat(5000)])('after: %j', async (after) => {
    expectCleanRefusal(await api.gql('query($a: String) { indicators(after: $a) { totalCount } }', { a: after }));
  });

  it.each([-1, 1_000_000, 101])('first: %d', async (first) => {
    expectCleanRefusal(await api.gql('query($n: Int) { tasks(first: $n) { totalCount } }', { n: first }));
  });

  it('first: 2^40 is refused by GraphQL’s Int', async () => {
    expectCleanRefusal(await api.gql('query($n: Int) { tasks(first: $n) { totalCount } }', { n: 2 ** 40 }));
  });

  it.each([
    'title:(a OR b) AND NOT c~2 "unclosed',
    '*:*', '\\', '"', '((((', '[a TO z]', 'a:b:c', '/.*/',
    "') RETURN 1 //", 'MATCH (n) DETACH DELETE n',
    '\u0000\u0001\u0002\u001f', '特种设备\u0000',
  ])('search(%j) answers sanely', async (query) => {
    const res = await api.gql('query($q: String!) { search(query: $q) { kind node { id } } }', { q: query });
    expectCleanRefusal(res, true);
    expect(res.errors).toBeUndefined();
    expect(Array.isArray(res.data!.search)).toBe(true);
  });

  it('search of 5 000 characters is BAD_USER_INPUT', async () => {
    expectCleanRefusal(await api.gql('query($q: String!) { search(query: $q) { kind } }', { q: '特'.repeat(5000) }));
  });

  it('the graph is intact after all of that', async () => {
    expect((await api.gql('{ indicators { totalCount } }')).data!.indicators.totalCount).toBe(47);
  });
});

describe('limits and HTTP', () => {
  it('a too-deep query fails with a code; introspection passes', async () => {
    const deep = `{ tasks { edges { node { children { children { children { children { children { children { children { children { children { children { id } } } } } } } } } } } } } }`;
    const res = await api.gql(deep);
    expect(codes(res)).toContain('GRAPHQL_VALIDATION_FAILED');
    const intro = await api.gql(getIntrospectionQuery());
    expect(intro.errors).toBeUndefined();
  });

  it('a too-costly query fails with QUERY_TOO_COSTLY', async () => {
    const costly = `{ tasks(first: 100) { edges { node { children { children { supports { measuredBy { movedBy { id } } } } } } } } }`;
    expect(codes(await api.gql(costly))).toContain('QUERY_TOO_COSTLY');
  });

  it('answers GET queries, and application/graphql-response+json when asked', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ indicators { totalCount } }')}`, { headers: { accept: 'application/graphql-response+json' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
    expect(((await res.json()) as any).data.indicators.totalCount).toBe(47);
  });

  it('refuses a mutation over GET', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('mutation { _noop }')}`);
    expect(res.status).toBe(405);
  });
});
