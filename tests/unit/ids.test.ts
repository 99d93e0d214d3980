import { labelOfId, makeId, parseId, planKeyOf } from '../../src/graph/ids';

describe('ids: one function makes them, one takes them apart', () => {
  it.each([
    [makeId('Plan', 'lps-msm-14'), 'Plan:lps-msm-14', { label: 'Plan', key: 'lps-msm-14', code: null }],
    [makeId('Agency', 'lps-amr'), 'Agency:lps-amr', { label: 'Agency', key: 'lps-amr', code: null }],
    [makeId('Law', 'prc-x'), 'Law:prc-x', { label: 'Law', key: 'prc-x', code: null }],
    [makeId('Goal', 'lps-msm-14', 'G-SPECIFIC-3'), 'Goal:lps-msm-14:G-SPECIFIC-3', { label: 'Goal', key: 'lps-msm-14', code: 'G-SPECIFIC-3' }],
    [makeId('Task', 'lps-msm-14', '3.1.2'), 'Task:lps-msm-14:3.1.2', { label: 'Task', key: 'lps-msm-14', code: '3.1.2' }],
    [makeId('Indicator', 'lps-msm-14', '12'), 'Indicator:lps-msm-14:12', { label: 'Indicator', key: 'lps-msm-14', code: '12' }],
  ])('%s is made as written and parses back into its parts', (made, written, parts) => {
    expect(made).toBe(written);
    expect(parseId(made)).toEqual(parts);
    expect(labelOfId(made)).toBe(parts.label);
  });

  it.each(['Foo:bar', 'nolabel', 'task:lps:1', ''])('%p is not one of our ids', (id) => {
    expect(parseId(id)).toBeNull();
    expect(labelOfId(id)).toBeNull();
  });

  it("a plan's key comes back from its id", () => {
    expect(planKeyOf(makeId('Plan', 'lps-msm-14'))).toBe('lps-msm-14');
  });
});
