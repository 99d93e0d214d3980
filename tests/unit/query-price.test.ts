import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getNamedType, getNullableType, isInterfaceType, isListType, isObjectType, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { buildQuestion, QUESTION_KINDS } from '../../bench/questions';
import { loadConfig } from '../../src/config';
import { LIST_CAPS } from '../../src/limits/listCaps';
import { priceOperation } from '../../src/limits/price';
import { FIELD_PRICES, pageSizes } from '../../src/limits/queryLimits';
import { buildSchema } from '../../src/server';
import { ROOT } from '../support/paths';

const schema = buildSchema();
const config = loadConfig({});
const pages = pageSizes(config);
// Placeholder values for every variable the documents below use: the price depends on pages, caps and ids' count.
const VARIABLES = { id: 'Goal:x', ids: ['Goal:x'], query: 'x', of: 'Law:x', input: {}, indicator: 'Indicator:x', agency: 'Agency:x', asOf: 2023, plan: 'Plan:x' };

const priceAll = (text: string, variables: Record<string, unknown> = VARIABLES) => {
  const document = parse(text);
  return (document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode[]).map((op) => ({
    name: op.name?.value ?? '(anonymous)',
    ...priceOperation(schema, document, op, variables, pages, FIELD_PRICES),
  }));
};
const nodesOf = (text: string, variables?: Record<string, unknown>) => priceAll(text, variables)[0].nodes;

/** The issue's fan-out: nine aliases of a goal's supporting tasks' goals' supporting tasks (13.8 MB on main). */
export const FAN_OUT = `{ ${Array.from({ length: 9 }, (_, i) => `a${i}: node(id: "Goal:lps-msm-14:G-SPECIFIC-4") { ... on Goal { supportedBy { supports { supportedBy { text } } } } }`).join(' ')} }`;

describe('every list is bounded', () => {
  const lists: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (!isObjectType(type) && !isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const connection = getNamedType(field.type).name.endsWith('Connection');
      if (connection || !isListType(getNullableType(field.type))) continue;
      // A connection's edges are bounded by its page.
      if (type.name.endsWith('Connection')) continue;
      lists.push(`${type.name}.${field.name}`);
    }
  }

  it.each(lists)('%s is capped in LIST_CAPS', (key) => {
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    const capped = LIST_CAPS[key] ?? (isInterfaceType(type) ? schema.getPossibleTypes(type).map((t) => LIST_CAPS[`${t.name}.${fieldName}`]).find(Boolean) : undefined);
    expect(capped).toBeDefined();
  });

  it.each(Object.entries(LIST_CAPS))('%s: a list that grows takes first: Int; one that does not says why', (key, cap) => {
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    expect(isObjectType(type)).toBe(true);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    expect(field).toBeDefined();
    expect(isListType(getNullableType(field!.type))).toBe(true);
    const first = field!.args.find((a) => a.name === 'first');
    if (cap.first) {
      expect(String(first?.type)).toBe('Int');
      expect(first?.defaultValue).toBeUndefined();
      expect(cap.cap).toBeGreaterThan(0);
    } else {
      expect(cap.why).toBeTruthy();
    }
  });
});

describe('the node count', () => {
  it('prices every contract operation with its default page under the node limit', () => {
    const dir = path.join(ROOT, 'contract');
    const priced = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .flatMap((f) => priceAll(readFileSync(path.join(dir, f), 'utf8')));
    expect(priced.length).toBeGreaterThan(5);
    for (const p of priced) expect({ name: p.name, over: p.nodes > config.MAX_QUERY_NODES || p.cost > config.MAX_QUERY_COST }).toEqual({ name: p.name, over: false });
  });

  it("prices the bench's questions under the node limit", () => {
    const args = { filter: { attribute: 'BINDING', hasOwner: false }, page: { position: 0, after: null }, search: { term: 'x' }, impact: { source: 'Law:x' }, review: { planKey: 'x', asOf: 2023 } } as const;
    for (const kind of QUESTION_KINDS) {
      const q = buildQuestion(kind, args[kind] as never);
      expect(nodesOf(q.api, { ...VARIABLES, ...q.variables })).toBeLessThan(config.MAX_QUERY_NODES);
    }
  });

  // The console's largest reads (console/src/views), as they are sent.
  it.each([
    ['board', `query($after: String) { indicators(filter: {source: [TABLE, TEXT]}, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node {
      id code number name nameEn category categoryEn attribute source target { raw kind value unit comparator year } baseline { value unit year }
      ownedBy { id name nameEn } measurements { year value source } } } } }`],
    ['impact', `query($id: ID!, $depth: Int) { impact(of: $id, maxDepth: $depth) { source { __typename id }
      affected { distance node { __typename id ... on Task { code name } } path { id } via } summary { total bindingIndicators byKind { kind count } } } }`],
    ['quotes of 100 nodes', `query($ids: [ID!]!) { nodes(ids: $ids) { id ${['Goal', 'Task', 'Indicator', 'Agency', 'Law'].map((k) => `... on ${k} { links { relation node { id } provenance { quote sectionPath } } }`).join(' ')} } }`],
    ['what-if', `query($id: ID!) { w: whatIfTaskDropped(task: $id) { dropped { id } goalsLosingAllSupport { id } goalsLosingSomeSupport { id } indicatorsLosingEveryTask { id } } }`],
    ['review', `query($asOf: Int!) { midTermReview(asOf: $asOf) { indicators { indicator { id } status latest { year value } expected } } }`],
    ['docs/importer.md review with continuations', `{ midTermReview(asOf: 2023, plan: "Plan:x") { indicators { indicator { id name }
      continuation(includeProposed: true) { indicator { id name } status confidence measurements { year value } } } } }`],
    ['review by likely owner', `{ midTermReview(asOf: 2023) { byAgency { agency { id } indicators { indicator { code } } }
      byLikelyOwner { agency { id } indicators { indicator { code ownedBy { id } likelyOwners { agency { id } } } } } } }`],
  ])("prices the console's %s under the node limit", (_name, text) => {
    expect(nodesOf(text, { ...VARIABLES, ids: Array.from({ length: 100 }, (_, i) => `Task:${i}`) })).toBeLessThan(config.MAX_QUERY_NODES);
  });

  it("refuses the issue's fan-out by its node count, and even one alias of it", () => {
    expect(nodesOf(FAN_OUT)).toBeGreaterThan(config.MAX_QUERY_NODES);
    expect(nodesOf('{ node(id: "Goal:x") { ... on Goal { supportedBy { supports { supportedBy { text } } } } } }')).toBeGreaterThan(config.MAX_QUERY_NODES);
    // With pages asked for, the same walk is cheap.
    expect(nodesOf('{ node(id: "Goal:x") { ... on Goal { supportedBy(first: 20) { supports { supportedBy(first: 20) { text } } } } } }')).toBe(1 + 20 + 20 * 20 + 20 * 20 * 20);
  });

  it('multiplies pages and caps down each path, like GitHub', () => {
    // 1 connection + 10 edges + 10 nodes + 10 × 5 owners
    expect(nodesOf('{ tasks(first: 10) { edges { node { ownedBy(first: 5) { id } } } } }')).toBe(1 + 10 + 10 + 50);
    expect(nodesOf('{ tasks { totalCount } }')).toBe(1);
    expect(nodesOf('{ goals { edges { node { id } } } }')).toBe(1 + 2 * pages.defaultPage);
  });

  it('prices fragments on an abstract type by its most expensive possible type, not their sum', () => {
    const one = nodesOf('{ node(id: "Task:x") { ... on Task { links { node { id } } } } }');
    const five = nodesOf(`{ node(id: "Task:x") { ${['Goal', 'Task', 'Indicator', 'Agency', 'Law'].map((k) => `... on ${k} { links { node { id } } }`).join(' ')} } }`);
    expect(five).toBe(one);
  });

  it('refuses a first over the cap with BAD_USER_INPUT', () => {
    expect(() => nodesOf('{ node(id: "Goal:x") { ... on Goal { supportedBy(first: 100000) { id } } } }')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('prices a document of fragments spread exponentially in linear time', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Task { id ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ');
    const started = performance.now();
    nodesOf(`{ tasks(first: 1) { edges { node { ...F0 } } } } ${fragments}`);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('prices grouped reviews by their shared total, not groups × the largest group', () => {
    const grouped = nodesOf('{ midTermReview(asOf: 2023) { byGoal { indicators { indicator { id } } } } }');
    const flat = nodesOf('{ midTermReview(asOf: 2023) { indicators { indicator { id } } } }');
    expect(grouped).toBeLessThanOrEqual(LIST_CAPS['MidTermReview.byGoal'].cap + 2 * flat);
  });
});

describe('the document store', () => {
  it('counts a document with its source text, so comment-padded documents cannot fill the heap', async () => {
    const { DocumentStore, documentBytes } = await import('../../src/limits/documentStore');
    const padding = '#'.repeat(900 * 1024);
    const padded = (i: number) => parse(`# ${i}\n${padding}\n{ plans { id } }`);
    expect(documentBytes(padded(0))).toBeGreaterThan(900 * 1024);
    const store = new DocumentStore(16 * 1024 * 1024);
    for (let i = 0; i < 100; i++) await store.set(`k${i}`, padded(i));
    expect(store.bytes).toBeLessThanOrEqual(16 * 1024 * 1024);
    expect(await store.get('k99')).toBeDefined();
    expect(await store.get('k0')).toBeUndefined();
  });
});

describe('capLists', () => {
  const capped = async () => {
    const { makeExecutableSchema } = await import('@graphql-tools/schema');
    const { capLists } = await import('../../src/limits/capLists');
    return capLists(
      makeExecutableSchema({
        typeDefs: `type Query { plans(first: Int): [Plan!]! midTermReview: MidTermReview! }
          type Plan { id: ID! }
          type MidTermReview { byGoal(first: Int): [GoalReview!]! }
          type GoalReview { indicators(first: Int): [Int!]! }`,
        resolvers: {
          Query: {
            plans: async () => Array.from({ length: 1_000 }, (_, i) => ({ id: String(i) })),
            midTermReview: () => ({}),
          },
          MidTermReview: { byGoal: () => Array.from({ length: 1_000 }, () => ({ indicators: Array.from({ length: 1_000 }, (_, i) => i) })) },
        },
      }),
    );
  };
  const run = async (query: string) => {
    const { graphql } = await import('graphql');
    return graphql({ schema: await capped(), source: query });
  };

  it('cuts a list to its cap, or to first', async () => {
    expect(((await run('{ plans { id } }')).data as { plans: unknown[] }).plans).toHaveLength(LIST_CAPS['Query.plans'].cap);
    expect(((await run('{ plans(first: 3) { id } }')).data as { plans: unknown[] }).plans).toHaveLength(3);
    expect((await run('{ plans(first: 101) { id } }')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("cuts a grouping's inner lists to their shared total", async () => {
    const { data } = await run('{ midTermReview { byGoal { indicators } } }');
    const groups = (data as { midTermReview: { byGoal: { indicators: number[] }[] } }).midTermReview.byGoal;
    expect(groups).toHaveLength(LIST_CAPS['MidTermReview.byGoal'].cap);
    expect(groups[0].indicators).toHaveLength(LIST_CAPS['GoalReview.indicators'].cap);
    expect(groups.reduce((n, g) => n + g.indicators.length, 0)).toBe(LIST_CAPS['MidTermReview.byGoal'].share!.total);
  });
});

describe('the answer limits', () => {
  const serve = async (maxBytes: number, maxMs: number) => {
    const { ApolloServer } = await import('@apollo/server');
    const { answerLimitsPlugin } = await import('../../src/limits/answerLimits');
    const server = new ApolloServer({
      typeDefs: 'scalar JSON type Query { items(n: Int!, waitMs: Int): [Item!]! export(n: Int!): JSON! } type Item { name: String! }',
      resolvers: {
        Query: {
          export: (_: unknown, { n }: { n: number }) => ({ nodes: Array.from({ length: n }, (_, i) => ({ id: `Task:${i}`, props: { text: 'x'.repeat(100) } })) }),
          items: async (_: unknown, { n, waitMs }: { n: number; waitMs?: number }) => {
            if (waitMs) await new Promise((r) => setTimeout(r, waitMs));
            return Array.from({ length: n }, (_, i) => ({ name: `item ${i} ${'x'.repeat(100)}` }));
          },
        },
      },
      plugins: [answerLimitsPlugin(maxBytes, maxMs)],
    });
    await server.start();
    return server;
  };
  const ask = async (server: Awaited<ReturnType<typeof serve>>, query: string) => {
    const res = await server.executeOperation({ query });
    return { status: res.http.status, body: res.body.kind === 'single' ? res.body.singleResult : null };
  };

  it('refuses an answer past its byte ceiling with ANSWER_TOO_LARGE and none of it, and answers one under it', async () => {
    const server = await serve(10_000, 0);
    const over = await ask(server, '{ items(n: 1000) { name } }');
    expect(over.status).toBe(400);
    expect(over.body).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'ANSWER_TOO_LARGE' } })] });
    const under = await ask(server, '{ items(n: 10) { name } }');
    expect(under.body?.errors).toBeUndefined();
    // A JSON scalar (exportGraph) is one leaf: measured by walking it.
    expect((await ask(server, '{ export(n: 1000) }')).body).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'ANSWER_TOO_LARGE' } })] });
    expect((await ask(server, '{ export(n: 10) }')).body?.errors).toBeUndefined();
    await server.stop();
  });

  it('stops a query past its execution time with QUERY_TIMEOUT (504)', async () => {
    // Wide margins (a loaded CI machine once took over 20 ms for the quick query): 500 ms allowed, the slow one waits 2 s.
    const server = await serve(Infinity, 500);
    const late = await ask(server, '{ items(n: 10, waitMs: 2000) { name } }');
    expect(late.status).toBe(504);
    expect(late.body).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'QUERY_TIMEOUT' } })] });
    expect((await ask(server, '{ items(n: 10) { name } }')).body?.errors).toBeUndefined();
    await server.stop();
  });
});
