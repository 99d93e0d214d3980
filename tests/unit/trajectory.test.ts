import { assessTrajectory, expectedValue, type TrajectoryInput } from '../../src/review/trajectory';

const base: TrajectoryInput = {
  asOf: 2023, targetValue: 98, targetComparator: 'GTE', targetKind: 'LEVEL', targetYear: 2025, binding: false,
  baseline: { year: 2020, value: 90 }, latest: null, previous: null,
};

describe('assessTrajectory (observed over needed progress)', () => {
  it('NO_DATA without a measurement', () => expect(assessTrajectory(base)).toBe('NO_DATA'));
  it('ACHIEVED once a ≥ target is met', () => expect(assessTrajectory({ ...base, latest: { year: 2023, value: 98.2 } })).toBe('ACHIEVED'));
  it('expects a straight path from baseline to target', () => expect(expectedValue(base)).toBeCloseTo(94.8));
  it('ON_TRACK at the expected value, OFF_TRACK well below it', () => {
    expect(assessTrajectory({ ...base, latest: { year: 2023, value: 94.8 } })).toBe('ON_TRACK');
    expect(assessTrajectory({ ...base, latest: { year: 2023, value: 91 } })).toBe('OFF_TRACK');
  });
  it('judges a ≤ target downwards', () => {
    const ceiling = { ...base, targetValue: 3, targetComparator: 'LTE' as const, baseline: { year: 2020, value: 6 } };
    expect(assessTrajectory({ ...ceiling, latest: { year: 2023, value: 2.9 } })).toBe('ACHIEVED');
    expect(assessTrajectory({ ...ceiling, latest: { year: 2023, value: 4.2 } })).toBe('ON_TRACK');
    expect(assessTrajectory({ ...ceiling, latest: { year: 2023, value: 5.8 } })).toBe('OFF_TRACK');
  });
  it('judges a slip below a target the baseline already met by the distance to the target', () => {
    const met = { ...base, binding: true, baseline: { year: 2020, value: 98.33 } };
    expect(assessTrajectory({ ...met, latest: { year: 2023, value: 97 } })).toBe('AT_RISK');
    expect(assessTrajectory({ ...met, latest: { year: 2023, value: 70 } })).toBe('OFF_TRACK');
  });
  it('judges binding indicators strictly', () => {
    const latest = { year: 2023, value: 94.6 };
    expect(assessTrajectory({ ...base, latest })).toBe('ON_TRACK');
    expect(assessTrajectory({ ...base, binding: true, latest })).toBe('AT_RISK');
  });
  it('compares an annual target with the year’s amount', () => {
    const annual = { ...base, targetKind: 'ANNUAL' as const, targetValue: 40, targetComparator: 'EQ' as const, baseline: null };
    expect(assessTrajectory({ ...annual, latest: { year: 2023, value: 42 } })).toBe('ON_TRACK');
    expect(assessTrajectory({ ...annual, latest: { year: 2023, value: 25 } })).toBe('AT_RISK');
  });
  it('compares a growth target with year-on-year growth', () => {
    const growth = { ...base, targetKind: 'GROWTH' as const, targetValue: 5, targetComparator: 'EQ' as const, baseline: null };
    expect(assessTrajectory({ ...growth, previous: { year: 2022, value: 100 }, latest: { year: 2023, value: 106 } })).toBe('ON_TRACK');
    expect(assessTrajectory({ ...growth, previous: { year: 2022, value: 100 }, latest: { year: 2023, value: 101 } })).toBe('OFF_TRACK');
    expect(assessTrajectory({ ...growth, latest: { year: 2023, value: 101 } })).toBe('NO_DATA');
  });
});
