import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApi, type TestApi } from '../support/api';
import { ROOT } from '../support/paths';

/**
 * The README's walk-through of a plan's life: each ```graphql block starting "# as ROLE", then "Answer:" and a
 * ```json block. Sent in order with that role's token; the answers must be the README's. Other test files
 * write figures, owners and amendments into the same database at the same time, so for `warnings` and
 * `finalReview` only the README's own entries are compared (the indicators, amendments and agencies it shows).
 */
const SECTION = readFileSync(path.join(ROOT, 'docs/plan-life.md'), 'utf8');
const steps = [...SECTION.matchAll(/```graphql\n# as (\w+)\n([\s\S]*?)```\nAnswer:\n```json\n([\s\S]*?)```/g)].map((m) => ({ role: m[1], query: m[2], answer: m[3] }));
const TOKENS: Record<string, string | undefined> = { PLANNER: 'readme-planner', INTEGRATOR: 'readme-integrator', ADMIN: 'readme-admin', READER: undefined };
const NAMES = ['stats-office', 'market-registry', 'ops'];
const TOUCHED = ['Indicator:lps-msm-14:41', 'Indicator:lps-msm-14:9'];

let api: TestApi;
let versions: unknown[];
beforeAll(async () => {
  api = await startTestApi({ API_TOKENS: 'readme-planner:PLANNER:stats-office,readme-integrator:INTEGRATOR:market-registry,readme-admin:ADMIN:ops' });
  versions = await api.db.read({ cypher: 'MATCH (i:Indicator) WHERE i.id IN $ids RETURN i.id AS id, i.version AS version', params: { ids: TOUCHED } });
});
afterAll(async () => {
  await api.db.write({ cypher: 'MATCH (i:Indicator)-[:HAS_AMENDMENT]->(a:Amendment) WHERE i.id IN $ids DETACH DELETE a', params: { ids: TOUCHED } });
  await api.db.write({ cypher: "MATCH (i:Indicator)-[r:OWNED_BY {origin: 'API'}]->(:Agency {id: 'Agency:lps-amr'}) WHERE i.id IN $ids DELETE r", params: { ids: TOUCHED } });
  await api.db.write({ cypher: 'MATCH (m:Measurement) WHERE m.recordedBy IN $names OPTIONAL MATCH (m)-[:REPLACED]->(r) DETACH DELETE m, r', params: { names: NAMES } });
  await api.db.write({ cypher: 'UNWIND $versions AS v MATCH (i:Indicator {id: v.id}) SET i.version = v.version REMOVE i.amendmentCount, i.areas, i.areaRollUp', params: { versions } });
  await api.db.write({ cypher: 'MATCH (c:Change) WHERE c.by IN $names DELETE c', params: { names: NAMES } });
  await api.close();
});

type Json = any;
/** Keeps, of `actual`'s shared lists, the entries the README shows (by indicator number, amendment id, agency id). */
function ownEntries(actual: Json, expected: Json): Json {
  if (actual?.warnings) {
    const numbers = new Set(expected.warnings.map((w: Json) => w.indicator.number));
    return { warnings: actual.warnings.filter((w: Json) => numbers.has(w.indicator.number)) };
  }
  if (actual?.finalReview) {
    const f = actual.finalReview;
    const e = expected.finalReview;
    const ids = new Set(e.amendments.map((a: Json) => a.id));
    const agencies = new Map(e.byAgency.map((a: Json) => [a.agency.id, new Set(a.indicators.map((r: Json) => r.indicator.number))]));
    return {
      finalReview: {
        ...f,
        amendments: f.amendments.filter((a: Json) => ids.has(a.id)),
        byAgency: f.byAgency
          .filter((a: Json) => agencies.has(a.agency.id))
          .map((a: Json) => ({ ...a, indicators: a.indicators.filter((r: Json) => (agencies.get(a.agency.id) as Set<number>).has(r.indicator.number)) })),
      },
    };
  }
  return actual;
}

describe('the README’s walk-through of a plan’s life gives exactly the answers it shows', () => {
  it('has the eight steps', () => {
    expect(steps).toHaveLength(8);
  });
  it('answers every step, in order, as the README says', async () => {
    for (const [i, step] of steps.entries()) {
      const res = await api.gql(step.query, {}, TOKENS[step.role]);
      expect({ step: i + 1, errors: res.errors }).toEqual({ step: i + 1, errors: undefined });
      if (process.env.PRINT_README_ANSWERS) process.stdout.write(`STEP ${i + 1}\n${JSON.stringify(res.data)}\n`);
      else {
        const expected = JSON.parse(step.answer);
        expect({ step: i + 1, data: ownEntries(res.data, expected) }).toEqual({ step: i + 1, data: expected });
      }
    }
    if (process.env.PRINT_README_ANSWERS) {
      const res = await api.gql(SECTION.match(/```graphql\n(\{ node\(id: "Indicator:lps-msm-14:45"\)[\s\S]*?)```/)![1]);
      process.stdout.write(`COOKBOOK\n${JSON.stringify(res.data)}\n`);
    }
  }, 300_000);
});
