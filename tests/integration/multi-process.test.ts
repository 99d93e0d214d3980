import fc from 'fast-check';
import { childPids, startProductionApi, type ProductionApi } from '../support/production';

// Two API processes as shipped (two `npm start`s, each its own read cache) over the one test Neo4j: whatever
// sequence of writes and reads goes through either, a read answered after a write's response reflects that write,
// with or without the bookmark the write returned (X-PlanGraph-Bookmark).
const INDICATOR = 'Indicator:lps-msm-14:30';
const AGENCY = 'Agency:lps-amr';
const OWNERS = `{ node(id: "${INDICATOR}") { ... on Indicator { ownedBy { id } } } }`;
const ASSIGN = `mutation { assignIndicatorOwner(indicator: "${INDICATOR}", agency: "${AGENCY}") { indicator { id } } }`;
const REMOVE = `mutation { removeIndicatorOwner(indicator: "${INDICATOR}", agency: "${AGENCY}") { indicator { id } } }`;

let a: ProductionApi;
let b: ProductionApi;
beforeAll(async () => {
  [a, b] = await Promise.all([startProductionApi(), startProductionApi()]);
}, 120_000);
afterAll(async () => {
  await post(a, REMOVE, 'admin-token');
  await Promise.all([a?.close(), b?.close()]);
});

async function post(api: ProductionApi, query: string, token?: string, bookmark?: string): Promise<{ data: any; errors?: unknown; bookmark: string | null; status: number }> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(bookmark ? { 'x-plangraph-bookmark': bookmark } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data: any; errors?: unknown };
  return { ...body, status: res.status, bookmark: res.headers.get('x-plangraph-bookmark') };
}

const owned = async (api: ProductionApi, bookmark?: string) => {
  const res = await post(api, OWNERS, undefined, bookmark);
  expect(res.errors).toBeUndefined();
  return res.data.node.ownedBy.some((o: { id: string }) => o.id === AGENCY);
};

describe('two API processes over one Neo4j', () => {
  it('a write through one is never served stale by the other, for any sequence of writes and reads', async () => {
    await post(a, REMOVE, 'admin-token');
    let expected = false;
    const step = fc.record({ writer: fc.constantFrom('a', 'b'), reader: fc.constantFrom('a', 'b'), assign: fc.boolean(), sendBookmark: fc.boolean(), rereads: fc.integer({ min: 1, max: 3 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 6 }), async (steps) => {
        for (const s of steps) {
          const writer = s.writer === 'a' ? a : b;
          const reader = s.reader === 'a' ? a : b;
          // Both caches hold the current answer (a read repeated is the cache's case), then the write goes through one.
          await owned(a);
          await owned(b);
          const written = await post(writer, s.assign ? ASSIGN : REMOVE, 'admin-token');
          expect(written.errors).toBeUndefined();
          if (s.assign !== expected) expect(written.bookmark).toMatch(/\S/);
          expected = s.assign;
          for (let i = 0; i < s.rereads; i++) expect(await owned(reader, s.sendBookmark ? (written.bookmark ?? undefined) : undefined)).toBe(expected);
        }
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it('a read does not return a bookmark; a malformed bookmark is refused', async () => {
    expect((await post(a, OWNERS)).bookmark).toBeNull();
    const bad = await post(b, OWNERS, undefined, 'not a bookmark; DROP');
    expect(JSON.stringify(bad.errors)).toMatch(/x-plangraph-bookmark/);
  });
});

describe('API_WORKERS', () => {
  it('runs that many workers behind one port, each serving, and a write through the port is read back fresh', async () => {
    const api = await startProductionApi({ API_WORKERS: '2' });
    try {
      // The second worker starts once the first serves; wait until both are up.
      for (let i = 0; i < 100 && childPids(api.child.pid!).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      expect(childPids(api.child.pid!)).toHaveLength(2);
      await new Promise((r) => setTimeout(r, 3_000));
      for (const assign of [true, false, true, false]) {
        await owned(api);
        expect((await post(api, assign ? ASSIGN : REMOVE, 'admin-token')).errors).toBeUndefined();
        for (let i = 0; i < 4; i++) expect(await owned(api)).toBe(assign);
      }
    } finally {
      await api.close();
    }
  }, 120_000);
});
