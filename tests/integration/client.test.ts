import { followChanges, reportMeasurements } from '../../client/examples/syncAndReport';
import { BindingIndicatorsWithoutOwnerDocument, IndicatorsDocument, PlanGraphClient, PlanGraphClientError } from '../../client/src';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.db.write({ cypher: "MATCH (m:Measurement {source: 'client example'}) OPTIONAL MATCH (m)-[:REPLACED]->(r) DETACH DELETE m, r" });
  await api.close();
});

describe('the typed client, against the running API', () => {
  it('runs contract operations with typed results', async () => {
    const client = new PlanGraphClient({ url: api.url });
    const page = await client.request(IndicatorsDocument, { filter: { attribute: 'BINDING' }, first: 5 });
    expect(page.indicators.totalCount).toBe(24);
    expect(page.indicators.edges[0].node.attribute).toBe('BINDING');
    const ownerless = await client.request(BindingIndicatorsWithoutOwnerDocument, {});
    expect(ownerless.indicators.edges.every((e) => e.node.ownedBy.length === 0)).toBe(true);
  });

  it('the example integration reports measurements and then sees them in the change feed', async () => {
    // The change feed is part of the audit trail: ANALYST and above.
    const reader = new PlanGraphClient({ url: api.url, token: 'analyst-token' });
    const { nextSince: start } = await followChanges(reader, 0);
    const writer = new PlanGraphClient({ url: api.url, token: 'planner-token' });
    const results = await reportMeasurements(writer, [
      { indicator: 'Indicator:lps-msm-14:20', year: 2022, value: 98.4 },
      { indicator: 'Indicator:lps-msm-14:9999', year: 2022, value: 1 },
    ], 'client example');
    expect(results.map((r) => [r.ok, r.code])).toEqual([[true, undefined], [false, 'BAD_USER_INPUT']]);
    const { changes, nextSince } = await followChanges(reader, start);
    expect(changes.some((c) => c.entity === 'Indicator:lps-msm-14:20' && c.action === 'RECORD_MEASUREMENT' && c.by === 'planner-bot')).toBe(true);
    expect(nextSince).toBeGreaterThan(start);
  });

  it('surfaces the API’s error codes', async () => {
    const anonymous = new PlanGraphClient({ url: api.url });
    await expect(reportMeasurements(anonymous, [{ indicator: 'Indicator:lps-msm-14:20', year: 2022, value: 1 }], 'client example')).resolves.toEqual([
      { figure: { indicator: 'Indicator:lps-msm-14:20', year: 2022, value: 1 }, ok: false, code: 'UNAUTHENTICATED' },
    ]);
    await expect(anonymous.request(IndicatorsDocument, { after: 'garbage' })).rejects.toBeInstanceOf(PlanGraphClientError);
  });
});
