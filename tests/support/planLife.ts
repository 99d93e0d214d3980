import type { TestApi } from './api';

const ind = (n: string | number) => `Indicator:lps-msm-14:${n}`;
const RECORD = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { measurement { id } } }`;

/**
 * Gives a seeded graph what a plan's life adds beyond the plan itself, through the API: measurements and a
 * revision of one (a figure recorded again), per-area figures, an amended target, an owner assigned, an agency
 * created, and the audit entries of each. Throws on any refusal. `tag` makes a second call's writes differ.
 */
export async function livePlan(api: Pick<TestApi, 'gql'>, tag = 'a'): Promise<void> {
  const call = async (query: string, variables: Record<string, unknown>, token = 'admin-token') => {
    const res = await api.gql(query, variables, token);
    if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
    return res.data!;
  };
  const record = (input: Record<string, unknown>) => call(RECORD, { input: { source: `life ${tag}`, ...input } });
  await record({ indicator: ind(19), year: 2022, value: 98.6 });
  await record({ indicator: ind(19), year: 2022, value: 98.9 }); // a revision of the figure above
  await call(`mutation($input: SetIndicatorAreasInput!) { setIndicatorAreas(input: $input) { indicator { id } } }`, {
    input: { indicator: ind(42), areas: ['六枝特区', '盘州市'], rollUp: 'SUM' },
  });
  await record({ indicator: ind(42), year: 2024, value: 90, area: '六枝特区' });
  await record({ indicator: ind(42), year: 2024, value: 160, area: '盘州市' });
  await call(`mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { amendment { id } } }`, {
    input: { indicator: ind(19), target: '95%及以上', effectiveYear: 2023, reason: `life ${tag}` },
  }, 'planner-token');
  await call(`mutation { assignIndicatorOwner(indicator: "${ind(12)}", agency: "Agency:lps-amr") { indicator { id } } }`, {});
  await call(`mutation($input: UpsertAgencyInput!) { upsertAgency(input: $input) { outcome } }`, {
    input: { key: `life-${tag}-office`, name: `生命周期测试办公室${tag}`, level: 'CITY', kind: 'GOVERNMENT' },
  }, 'integrator-token');
}
