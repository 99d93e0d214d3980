import { describe as describeReport, fuzz, refusalTimes } from '../../bench/fuzz';
import { buildSchema } from '../../src/server';
import { startProductionApi, type ProductionApi } from '../support/production';

/** What the API process may hold, whatever it is asked within the limits (docs/operations.md, "A memory budget"). */
const RSS_BUDGET = 700 * 1024 * 1024;
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const QUERIES = Number(process.env.FUZZ_QUERIES ?? 1000);
const TOKENS = [undefined, 'reader-token', 'analyst-token', 'planner-token', 'admin-token'];

/** The fan-out: nine aliases of a goal's supporting tasks' goals' supporting tasks (13.8 MB on main). */
const FAN_OUT = `{ ${Array.from({ length: 9 }, (_, i) => `a${i}: node(id: "Goal:lps-msm-14:G-SPECIFIC-4") { ... on Goal { supportedBy { supports { supportedBy { text } } } } }`).join(' ')} }`;

let api: ProductionApi;
beforeAll(async () => {
  api = await startProductionApi();
  await api.gql('{ plans { id } }'); // the first request pays for connections and compiling
}, 120_000);
afterAll(async () => {
  await api?.close();
});

const post = async (body: unknown, url = api.url) => {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, ms: performance.now() - started, text, body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
};
const code = (r: { body: { errors?: { extensions?: { code?: string } }[] } }) => r.body.errors?.[0]?.extensions?.code;

describe('the schema-driven fuzzer against the production build', () => {
  it(`${QUERIES} generated queries, anonymous and with each role: each refused with a code or answered, RSS under the budget (seed ${SEED})`, async () => {
    const report = await fuzz(api.url, buildSchema(), { seed: SEED, count: QUERIES, tokens: TOKENS, rss: () => api.rss() });
    const summary = describeReport(report);
    process.stdout.write(`\n${summary}\n`);
    // On a failure, what the API itself said (its exit, its errors).
    if (report.failures.length || api.child.exitCode !== null) process.stdout.write(`API exit ${api.child.exitCode} ${api.child.signalCode}; its log:\n${api.output().slice(-6000)}\n`);
    // Replay: FUZZ_SEED=<seed> npm test -- tests/resilience/fuzz.test.ts (or npm run fuzz -- --seed <seed>).
    expect({ seed: SEED, failures: report.failures.map((f) => `${f.failure}: ${f.query.query.slice(0, 300)}`) }).toEqual({ seed: SEED, failures: [] });
    expect(api.child.exitCode).toBeNull();
    expect(api.output()).not.toMatch(/unexpected error in a request|TypeError/);
    expect(report.peakRss).toBeLessThan(RSS_BUDGET);
    // Refusals before execution are cheap: each refused query sent again alone (best of three, so a shared
    // machine's scheduling noise is left out) is refused in under 50 ms.
    const alone = await refusalTimes(api.url, report.refusals.slice(0, 150));
    process.stdout.write(`refused alone: median ${alone[Math.floor(alone.length / 2)]?.toFixed(1)} ms, max ${alone.at(-1)?.toFixed(1)} ms\n`);
    expect(alone.at(-1) ?? 0).toBeLessThan(50);
  }, 240_000);
});

describe('the regressions of issue 22, against the production build', () => {
  it("refuses the issue's fan-out before it runs, by POST and by GET", async () => {
    await post({ query: FAN_OUT });
    const before = api.rss();
    const byPost = await post({ query: FAN_OUT });
    expect({ status: byPost.status, code: code(byPost) }).toEqual({ status: 400, code: 'QUERY_TOO_COSTLY' });
    expect(byPost.body.errors?.[0].message).toMatch(/nodes/);
    expect(byPost.ms).toBeLessThan(50);
    const byGet = await fetch(`${api.url}/graphql?query=${encodeURIComponent(FAN_OUT)}`);
    expect(byGet.status).toBe(400);
    expect(((await byGet.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(api.rss() - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('answers the fan-out with pages asked for', async () => {
    const paged = await post({ query: '{ node(id: "Goal:lps-msm-14:G-SPECIFIC-4") { ... on Goal { supportedBy(first: 10) { supports(first: 2) { supportedBy(first: 10) { code } } } } } }' });
    expect(paged.status).toBe(200);
    expect(paged.body.errors).toBeUndefined();
    const goal = (paged.body.data as { node: { supportedBy: { supports: unknown[] }[] } }).node;
    expect(goal.supportedBy).toHaveLength(10);
  });

  // On main, ~550 of them ended the process: Apollo's document store measured a document without its source text.
  // 200 here (the store keeps 16 MB of them, ~17); `npm run fuzz` and the unit test of DocumentStore cover the rest.
  it('holds 200 queries of 0.9 MB that differ only in a comment in a bounded store, its RSS under the budget', async () => {
    const padding = '#'.repeat(900 * 1024 - 100);
    const before = api.rss();
    for (let i = 0; i < 200; i++) {
      const res = await post({ query: `# ${i}\n${padding}\n{ plans { id } }` });
      expect(res.status).toBe(200);
    }
    expect(api.child.exitCode).toBeNull();
    // 200 documents kept would be 180 MB of source text alone.
    expect(api.rss() - before).toBeLessThan(120 * 1024 * 1024);
    expect(api.rss()).toBeLessThan(RSS_BUDGET);
  }, 120_000);

  // Found by the fuzzer: a filter naming an id of the wrong kind and a malformed plan left the id check's rejection
  // unhandled (the plan was parsed before the checks were awaited), which ended the process: one anonymous request.
  it.each(['indicators', 'tasks'])('answers %s filtered by a wrong-kind id and a malformed plan with BAD_USER_INPUT, and lives', async (field) => {
    const res = await post({ query: `{ ${field}(filter: { ownedBy: "Indicator:lps-msm-14:30", plan: "nonsense" }) { totalCount } }` });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect((await post({ query: '{ plans { id } }' })).status).toBe(200);
    expect(api.child.exitCode).toBeNull();
  });

  it('answers an unknown operationName, and several operations without one, with 400 and no TypeError logged', async () => {
    const unknown = await post({ query: 'query A { plans { id } }', operationName: 'B' });
    expect({ status: unknown.status, code: code(unknown) }).toEqual({ status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
    const several = await post({ query: 'query A { plans { id } } query B { plans { id } }' });
    expect({ status: several.status, code: code(several) }).toEqual({ status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
    const named = await post({ query: 'query A { plans { id } } query B { plans { id } }', operationName: 'B' });
    expect(named.status).toBe(200);
    expect(api.output()).not.toMatch(/TypeError|unexpected error/);
  });

  it.each([
    ['an enum value', '{ indicators(filter: { attribute: BINDIN }) { totalCount } }'],
    ['a field', '{ plans { idd } }'],
    ['an argument', '{ tasks(firs: 1) { totalCount } }'],
    ['a type', 'query { node(id: "x") { ... on Goall { id } } }'],
    ['a variable’s enum value', { query: 'query($a: IndicatorAttribute!) { indicators(filter: { attribute: $a }) { totalCount } }', variables: { a: 'BINDIN' } }],
  ])('suggests nothing in production for %s', async (_what, query) => {
    const res = await post(typeof query === 'string' ? { query } : query);
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/Did you mean/i);
  });
});

describe('the answer ceiling', () => {
  let small: ProductionApi;
  beforeAll(async () => {
    small = await startProductionApi({ MAX_ANSWER_BYTES: '20000' });
  }, 120_000);
  afterAll(async () => {
    await small?.close();
  });

  it('refuses an answer that grows past MAX_ANSWER_BYTES with ANSWER_TOO_LARGE, sending none of it', async () => {
    const res = await post({ query: '{ tasks(first: 100) { edges { node { id code name text } } } }' }, small.url);
    expect({ status: res.status, code: code(res) }).toEqual({ status: 400, code: 'ANSWER_TOO_LARGE' });
    expect(res.body.data).toBeUndefined();
    expect(res.text.length).toBeLessThan(1000);
    const fits = await post({ query: '{ tasks(first: 5) { edges { node { id code } } } }' }, small.url);
    expect(fits.status).toBe(200);
    expect(fits.body.errors).toBeUndefined();
  });
});
