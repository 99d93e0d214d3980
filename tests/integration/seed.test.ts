import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SeedValidationError, loadPlanGraphFromDisk } from '../../seed/build';
import { loadPlanGraph } from '../../src/importer/load.writer';
import { GraphGateway, openDriver } from '../../src/db/gateway';
import { createLogger } from '../../src/logger';
import { PLAN_DIR, ROOT, SOURCE_TEXT } from '../support/paths';

const graph = loadPlanGraphFromDisk(PLAN_DIR);
let db: GraphGateway;

/** Every node and edge of the seeded plan as sorted JSON: the graph's exact state. */
async function dumpGraph(): Promise<string> {
  const nodes = await db.read<{ n: unknown }>({ cypher: 'MATCH (n) WHERE n.seedPlan = $plan RETURN properties(n) AS n ORDER BY n.id', params: { plan: graph.planId } });
  const edges = await db.read<{ e: unknown }>({
    cypher: 'MATCH (a)-[r]->(b) WHERE r.seedPlan = $plan RETURN [a.id, type(r), b.id, properties(r)] AS e ORDER BY a.id, type(r), b.id',
    params: { plan: graph.planId },
  });
  return JSON.stringify({ nodes: nodes.map((r) => r.n), edges: edges.map((r) => r.e) });
}

beforeAll(() => {
  db = new GraphGateway(openDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' }), process.env.NEO4J_DATABASE, createLogger('silent')).forBulkWork();
});
afterAll(async () => {
  await db.close();
});

describe('the seeded plan graph in Neo4j', () => {
  it('holds exactly the nodes and edges the seed data has, per label and type', async () => {
    const nodeRows = await db.read<{ label: string; n: number }>({ cypher: "MATCH (n) WHERE n.seedPlan = $plan RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, count(*) AS n", params: { plan: graph.planId } });
    const edgeRows = await db.read<{ type: string; n: number }>({ cypher: 'MATCH ()-[r]->() WHERE r.seedPlan = $plan RETURN type(r) AS type, count(*) AS n', params: { plan: graph.planId } });
    const count = <T>(xs: T[], key: (x: T) => string) => xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [key(x)]: (acc[key(x)] ?? 0) + 1 }), {});
    expect(Object.fromEntries(nodeRows.map((r) => [r.label, r.n]))).toEqual(count(graph.nodes, (n) => n.label));
    expect(Object.fromEntries(edgeRows.map((r) => [r.type, r.n]))).toEqual(count(graph.edges, (e) => e.type));
    // The figures docs/cookbook.md quotes (The graph): a change to the plan's graph shows up here first.
    expect(count(graph.nodes, (n) => n.label)).toEqual({ Plan: 3, Goal: 14, Indicator: 90, Task: 186, Agency: 100, Law: 33 });
    expect(count(graph.edges, (e) => e.type)).toEqual({
      FOLLOWS: 2, PART_OF: 290, CORRESPONDS_TO: 5, SUPPORTS: 226, MOVES: 151, INVOLVES: 64, OWNED_BY: 13, BASED_ON: 29, MEASURES: 187, IN_REMIT_OF: 5,
    });
    expect(count(graph.nodes.filter((n) => n.label === 'Indicator'), (n) => `${n.props.source}/${n.props.attribute}`)).toEqual({ 'TABLE/BINDING': 24, 'TABLE/EXPECTED': 23, 'TEXT/null': 43 });
  });

  it('every quote on every node and edge is a verbatim substring of the source text', async () => {
    const quotes = await db.read<{ q: string; where: string }>({
      cypher: `MATCH (n) WHERE n.seedPlan = $plan UNWIND [n.quote, n.baselineQuote] AS q WITH n, q WHERE q IS NOT NULL RETURN q, n.id AS where
               UNION ALL MATCH (a)-[r]->(b) WHERE r.seedPlan = $plan AND r.quote IS NOT NULL RETURN r.quote AS q, a.id + ' ' + type(r) + ' ' + b.id AS where`,
      params: { plan: graph.planId },
    });
    expect(quotes.length).toBeGreaterThan(1000);
    const notVerbatim = quotes.filter((x) => !SOURCE_TEXT.includes(x.q));
    expect(notVerbatim).toEqual([]);
  });

  it('every node and edge with a quote also says where in the plan it stands (section path)', async () => {
    const rows = await db.read<{ where: string }>({
      cypher: `MATCH (n) WHERE n.seedPlan = $plan AND n.quote IS NOT NULL AND size(n.sectionPath) = 0 RETURN n.id AS where
               UNION ALL MATCH (a)-[r]->(b) WHERE r.seedPlan = $plan AND size(r.sectionPath) = 0 RETURN a.id + ' ' + type(r) + ' ' + b.id AS where`,
      params: { plan: graph.planId },
    });
    expect(rows).toEqual([]);
  });

  it('no property anywhere carries the page’s injected junk or chrome', async () => {
    const rows = await db.read<{ id: string }>({
      cypher: `MATCH (n) WHERE n.seedPlan = $plan AND any(k IN keys(n) WHERE any(v IN CASE WHEN valueType(n[k]) STARTS WITH 'LIST' THEN n[k] ELSE [n[k]] END WHERE toString(v) CONTAINS '彩天下' OR toString(v) CONTAINS '扫一扫' OR toString(v) CONTAINS '视力保护色'))
               RETURN n.id AS id`,
      params: { plan: graph.planId },
    });
    expect(rows).toEqual([]);
  });

  it('every 专栏 and every numbered item of the text is a task', async () => {
    const rows = await db.read<{ code: string }>({ cypher: "MATCH (t:Task {planId: $plan}) WHERE t.level IN ['COLUMN', 'ITEM', 'COLUMN_ITEM'] RETURN t.code AS code", params: { plan: graph.planId } });
    const codes = rows.map((r) => r.code);
    for (const m of SOURCE_TEXT.matchAll(/^专栏(\d+-\d+-\d+)/gm)) expect(codes).toContain(`Z${m[1]}`);
    expect(codes.filter((c) => /^Z/.test(c) && !c.includes('.'))).toHaveLength(10);
  });

  it('gives the same ids on every build (stable ids), and a second load changes nothing', async () => {
    const again = loadPlanGraphFromDisk(PLAN_DIR);
    expect(again.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
    const before = await dumpGraph();
    const report = await loadPlanGraph(db, again);
    expect(report.removedNodes + report.removedEdges).toBe(0);
    expect(await dumpGraph()).toEqual(before);
  });

  it('refuses a broken curation file with every problem listed, and leaves the database untouched', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-broken-'));
    cpSync(path.join(ROOT, 'seed'), path.join(dir, 'seed'), { recursive: true });
    const planDir = path.join(dir, 'seed/plans/lps-msm-14');
    const tasksFile = path.join(planDir, 'tasks/ch3-s3.yaml');
    const broken = readFileSync(tasksFile, 'utf8')
      .replace(/G-SPECIFIC-4/, 'G-SPECIFIC-99')
      .replace(/quote: "?[^\n]*特种设备[^\n]*/, 'quote: "这句话不在规划里。"');
    writeFileSync(tasksFile, `${broken}\n"9.9.9":\n  nameEn: A task the plan does not have\n`);
    const before = await dumpGraph();
    let error: unknown;
    try {
      await loadPlanGraph(db, loadPlanGraphFromDisk(planDir, path.join(dir, 'seed/registry')));
    } catch (e) {
      error = e;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    const messages = (error as SeedValidationError).problems.map((p) => `${p.file} ${p.key}: ${p.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/ch3-s3\.yaml .*unknown goal G-SPECIFIC-99/),
      expect.stringMatching(/ch3-s3\.yaml .*quote is not verbatim/),
      expect.stringMatching(/ch3-s3\.yaml 9\.9\.9: curated task does not exist/),
    ]));
    expect(await dumpGraph()).toEqual(before);
  });
});
