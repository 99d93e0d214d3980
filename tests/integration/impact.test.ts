import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const IMPACT = `query($of: ID!, $d: Int) { impact(of: $of, maxDepth: $d) {
  source { id } summary { total bindingIndicators byKind { kind count } }
  affected { distance via node { __typename id ... on Indicator { name attribute } ... on Task { name } } path { id } } } }`;

describe('impact analysis', () => {
  it('the Special Equipment Safety Law reaches the special-equipment tasks, their indicators and the goals those measure', async () => {
    const res = await api.gql(IMPACT, { of: 'Law:special-equipment-safety-law', d: 4 });
    expect(res.errors).toBeUndefined();
    const { affected, summary, source } = res.data!.impact;
    const tasks = affected.filter((a: any) => a.node.__typename === 'Task');
    const indicators = affected.filter((a: any) => a.node.__typename === 'Indicator');
    const goals = affected.filter((a: any) => a.node.__typename === 'Goal');
    expect(tasks.map((t: any) => t.node.id)).toContain('Task:lps-msm-14:Z3-3-3.i2');
    expect(indicators.some((i: any) => i.node.name.includes('特种设备'))).toBe(true);
    expect(goals.map((g: any) => g.node.id)).toContain('Goal:lps-msm-14:G-SPECIFIC-4');
    for (const a of affected) {
      expect(a.path[0].id).toBe(source.id);
      expect(a.path[a.path.length - 1].id).toBe(a.node.id);
      expect(a.path).toHaveLength(a.distance + 1);
      expect(a.via).toHaveLength(a.distance);
    }
    expect(summary.total).toBe(affected.length);
    expect(summary.bindingIndicators).toBe(indicators.filter((i: any) => i.node.attribute === 'BINDING').length);
  });

  it('walks only the documented directions: from a task, never up to its parent or siblings', async () => {
    const res = await api.gql(IMPACT, { of: 'Task:lps-msm-14:Z3-3-3.i2', d: 4 });
    const ids = res.data!.impact.affected.map((a: any) => a.node.id);
    expect(ids).not.toContain('Task:lps-msm-14:Z3-3-3');
    expect(ids).not.toContain('Task:lps-msm-14:Z3-3-3.i1');
  });

  it('draws the impact as Mermaid and DOT', async () => {
    const mermaid = await api.gql('{ impactDiagram(of: "Law:special-equipment-safety-law", maxDepth: 3) }');
    expect(mermaid.data!.impactDiagram).toMatch(/^flowchart LR\n/);
    expect(mermaid.data!.impactDiagram).toContain('-->|BASED_ON|');
    const dot = await api.gql('{ impactDiagram(of: "Law:special-equipment-safety-law", maxDepth: 3, format: DOT) }');
    expect(dot.data!.impactDiagram).toMatch(/^digraph impact \{/);
  });

  it('refuses a bad maxDepth and reports an unknown node as NOT_FOUND', async () => {
    expect((await api.gql(IMPACT, { of: 'Law:special-equipment-safety-law', d: 99 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(IMPACT, { of: 'Law:no-such-law', d: 2 })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('impact reads only what the selection asks', () => {
  // Every source kind the walk starts from, at every depth: the narrow answers (ids and distances; ids with paths but
  // no quotes) agree with the full one, and the statement carries no path or quote the selection did not ask for.
  const SOURCES = ['Law:special-equipment-safety-law', 'Task:lps-msm-14:Z3-3-3', 'Agency:lps-amr-system', 'Indicator:lps-msm-14:47'];
  const FULL = `query($of: ID!, $d: Int) { impact(of: $of, maxDepth: $d) { affected { distance derived via quotes path { id } node { id ... on Indicator { name } } } } }`;
  const IDS = `query($of: ID!, $d: Int) { impact(of: $of, maxDepth: $d) { affected { distance node { id } } } }`;
  const PATHS = `query($of: ID!, $d: Int) { impact(of: $of, maxDepth: $d) { affected { distance derived path { id } node { __typename id } } } }`;

  // The cache off, so each question's statement is sent (and seen) every time.
  let uncached: TestApi;
  beforeAll(async () => {
    uncached = await startTestApi({ QUERY_CACHE_MB: '0' });
  });
  afterAll(async () => {
    await uncached.close();
  });

  async function asked(query: string, of: string, d: number): Promise<{ cypher: string[]; affected: any[] }> {
    const cypher: string[] = [];
    const off = uncached.db.onQuery((s) => cypher.push(s.cypher));
    const res = await uncached.gql(query, { of, d });
    off();
    expect(res.errors).toBeUndefined();
    return { cypher, affected: res.data!.impact.affected };
  }

  it.each(SOURCES)('%s at depths 1..4: the same nodes and distances however narrow the selection', async (of) => {
    for (let d = 1; d <= 4; d++) {
      const full = await asked(FULL, of, d);
      const ids = await asked(IDS, of, d);
      const paths = await asked(PATHS, of, d);
      const key = (a: any) => `${a.node.id}@${a.distance}`;
      expect(ids.affected.map(key)).toEqual(full.affected.map(key));
      expect(paths.affected.map(key)).toEqual(full.affected.map(key));
      expect(paths.affected.map((a: any) => a.derived)).toEqual(full.affected.map((a: any) => a.derived));
      for (const a of paths.affected) expect(a.path).toHaveLength(a.distance + 1);
      expect(full.cypher.join()).toMatch(/r\.quote/);
      expect(ids.cypher).toHaveLength(1);
      expect(ids.cypher[0]).not.toMatch(/shortest|r\.quote|keys\(n\)/);
      expect(paths.cypher[0]).toMatch(/shortest/);
      expect(paths.cypher[0]).not.toMatch(/r\.quote|keys\(n\)/);
    }
  });
});

describe('what-if questions change nothing and answer from the graph', () => {
  it('dissolving the market regulation departments leaves indicator 47 and their sole-led tasks without an owner', async () => {
    const res = await api.gql(`{ whatIfAgencyDissolved(agency: "Agency:lps-amr-system") {
      tasksLosingOnlyOwner { code } indicatorsLosingOnlyOwner { code } tasksKeepingAnOwner { code } tasksLosingAParticipant { code } } }`);
    expect(res.errors).toBeUndefined();
    const w = res.data!.whatIfAgencyDissolved;
    expect(w.indicatorsLosingOnlyOwner.map((i: any) => i.code)).toContain('47');
    expect(w.tasksKeepingAnOwner.map((t: any) => t.code)).toContain('5.1'); // 5.1 is also led by the county governments
    expect(w.tasksLosingOnlyOwner.map((t: any) => t.code)).not.toContain('5.1');
  });

  it('dropping section 3.6 (intellectual property) takes every task that moves the IP indicators', async () => {
    const res = await api.gql(`{ whatIfTaskDropped(task: "Task:lps-msm-14:3.6") {
      dropped { code } goalsLosingAllSupport { code } goalsLosingSomeSupport { code } indicatorsLosingEveryTask { code } } }`);
    expect(res.errors).toBeUndefined();
    const w = res.data!.whatIfTaskDropped;
    expect(w.dropped[0].code).toBe('3.6');
    expect(w.dropped.every((t: any) => t.code === '3.6' || t.code.startsWith('3.6.') || t.code.startsWith('Z3-6-1'))).toBe(true);
    expect(w.dropped.map((t: any) => t.code)).toContain('Z3-6-1.i4');
    expect(w.indicatorsLosingEveryTask.map((i: any) => i.code)).toEqual(expect.arrayContaining(['45']));
    const before = await api.gql('{ tasks { totalCount } }');
    expect(before.data!.tasks.totalCount).toBe(186);
  });

  it('amending the Advertising Law calls on the agencies of the tasks resting on it', async () => {
    const res = await api.gql(`{ whatIfLawAmended(law: "Law:advertising-law") { tasks { code } leadAgencies { id } participatingAgencies { id } indicators { code } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.whatIfLawAmended.tasks.map((t: any) => t.code)).toEqual(['3.2.4.m1', 'Z3-2-2.i2']);
  });
});
