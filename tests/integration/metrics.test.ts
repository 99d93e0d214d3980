import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { startTestApi, type TestApi } from '../support/api';
import { ROOT } from '../support/paths';
import { freePort, startProductionApi } from '../support/production';

const TOKEN = 'metrics-token-0123456789';

/** Prometheus's text format as samples: `name{a="b"}` → value. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

describe('/metrics after a known sequence of requests', () => {
  let api: TestApi;
  const scrape = async () => {
    const res = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return samples(await res.text());
  };
  const post = (body: object | string, token?: string) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    api = await startTestApi({ METRICS_TOKEN: TOKEN, MAX_ALIASES: '3', MAX_BODY_READ: '2kb' });
  });
  afterAll(() => api?.close());

  it('is refused without the metrics token, and with an API token', async () => {
    expect((await fetch(`${api.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${api.url}/metrics`, { headers: { authorization: 'Bearer admin-token' } })).status).toBe(401);
  });

  it('counts requests by operation and code, latency, refusals by limit, and the read cache', async () => {
    const before = await scrape();
    const delta = (key: string, after: Map<string, number>) => (after.get(key) ?? 0) - (before.get(key) ?? 0);
    const contract = readFileSync(path.join(ROOT, 'contract/indicators.graphql'), 'utf8');
    // 3 × a contract operation by name, the same answer each time (the 2nd and 3rd from the read cache).
    for (let i = 0; i < 3; i++) {
      const res = await post({ query: contract, operationName: 'Indicators', variables: { first: 2 } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
    // 2 × an anonymous query of one root field: labelled by the field.
    for (let i = 0; i < 2; i++) expect((await post({ query: '{ indicators(first: 1) { totalCount } }' })).status).toBe(200);
    // A write without a token: UNAUTHENTICATED, labelled by its root field.
    const write = await post({ query: 'mutation { link(input: { relation: OWNED_BY, from: "Indicator:x", to: "Agency:y", expectedVersion: 1 }) { from { id } } }' });
    expect((await write.json()) as object).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    // Over the aliases limit (3): refused by Armor.
    await post({ query: '{ a: __typename b: __typename c: __typename d: __typename e: __typename }' });
    // A body over MAX_BODY_READ (2 kb): refused before GraphQL sees it.
    expect((await post({ query: `{ __typename }`, variables: { pad: 'x'.repeat(4_000) } })).status).toBe(413);
    // A client-chosen name that is no known operation: never a label of its own.
    await post({ query: 'query MyVeryOwnName { a: __typename b: __typename }', operationName: 'MyVeryOwnName' });

    const after = await scrape();
    expect(delta('plangraph_requests_total{operation="Indicators",code="OK"}', after)).toBe(3);
    expect(delta('plangraph_request_duration_seconds_count{operation="Indicators"}', after)).toBe(3);
    expect(delta('plangraph_requests_total{operation="Query.indicators",code="OK"}', after)).toBe(2);
    expect(delta('plangraph_requests_total{operation="Mutation.link",code="UNAUTHENTICATED"}', after)).toBe(1);
    expect(delta('plangraph_refusals_total{limit="aliases"}', after)).toBe(1);
    expect(delta('plangraph_refusals_total{limit="body_size"}', after)).toBe(1);
    expect(delta('plangraph_requests_total{operation="other",code="PAYLOAD_TOO_LARGE"}', after)).toBe(1);
    expect(delta('plangraph_requests_total{operation="other",code="OK"}', after)).toBe(1);
    expect([...after.keys()].some((k) => k.includes('MyVeryOwnName'))).toBe(false);
    expect(delta('plangraph_read_cache_hits_total', after)).toBeGreaterThan(0);
    expect(delta('plangraph_read_cache_misses_total', after)).toBeGreaterThan(0);
    // Nothing is in flight between requests; the database answers.
    expect(after.get('plangraph_requests_in_flight')).toBe(0);
    expect(after.get('plangraph_requests_queued')).toBe(0);
    expect(after.get('plangraph_neo4j_sessions_in_use')).toBe(0);
    expect(after.get('plangraph_neo4j_pool_size')).toBe(api.config.NEO4J_POOL_SIZE);
    expect(after.get('plangraph_neo4j_up')).toBe(1);
    expect(after.get('plangraph_neo4j_restarts_total')).toBe(0);
    expect(after.get('plangraph_imports_running{kind="graph"}')).toBe(0);
  });

  it('keeps the operation label bounded whatever names clients send (generated names)', async () => {
    const names = fc.sample(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,30}$/), 40);
    for (const name of names) await post({ query: `query ${name} { __typename }`, operationName: name });
    const labels = new Set([...(await scrape()).keys()].filter((k) => k.startsWith('plangraph_requests_total{')).map((k) => /operation="([^"]*)"/.exec(k)![1]));
    const known = new Set(['Indicators', 'Query.indicators', 'Mutation.link', 'other']);
    expect([...labels].filter((label) => !known.has(label))).toEqual([]);
  });

  it('serves every series the Grafana dashboard (docs/grafana/plangraph.json) plots', async () => {
    const dashboard = readFileSync(path.join(ROOT, 'docs/grafana/plangraph.json'), 'utf8');
    const plotted = new Set(dashboard.match(/plangraph_[a-z0-9_]+/g));
    const served = new Set([...(await scrape()).keys()].map((k) => k.replace(/\{.*$/, '')));
    expect([...plotted].filter((name) => !served.has(name))).toEqual([]);
  });
});

describe('/metrics on a port of its own, in the production build', () => {
  it('serves /metrics alone on METRICS_PORT, open, and nothing on the API port without METRICS_TOKEN', async () => {
    const port = await freePort();
    const api = await startProductionApi({ METRICS_PORT: String(port), METRICS_HOST: '127.0.0.1' });
    try {
      await api.gql('{ indicators(first: 1) { totalCount } }');
      const res = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(res.status).toBe(200);
      const served = samples(await res.text());
      expect(served.get('plangraph_requests_total{operation="Query.indicators",code="OK"}')).toBe(1);
      expect(served.get('plangraph_worker_restarts_total')).toBe(0);
      expect((await fetch(`http://127.0.0.1:${port}/graphql`)).status).toBe(404);
      expect((await fetch(`${api.url}/metrics`)).status).toBe(404);
    } finally {
      await api.close();
    }
  }, 120_000);
});
