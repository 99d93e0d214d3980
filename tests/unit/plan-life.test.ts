import type { AmendmentModel, TargetModel } from '../../src/amendment/amendment.model';
import { targetInForce } from '../../src/amendment/target';
import { checkEvidence } from '../../src/figure/evidence';
import { cityValues } from '../../src/figure/rollup';
import type { IndicatorModel } from '../../src/indicator/indicator.model';
import { linearAt, project } from '../../src/warning/projection';

const target = (over: Partial<TargetModel>): TargetModel => ({ raw: 'x', value: 100, unit: '%', comparator: 'EQ', year: 2025, kind: 'LEVEL', per: null, aspirational: false, ceiling: false, ...over });

describe('warning projections, on hand-computed series', () => {
  it('LINEAR: the least-squares line read at the target year (90, 92, 93 → 96.1667 in 2025, 3.8333 short of 100)', () => {
    const p = project([{ year: 2021, value: 90 }, { year: 2022, value: 92 }, { year: 2023, value: 93 }], target({}), 2025)!;
    expect(p.method).toBe('LINEAR');
    expect(p.projected).toBeCloseTo(96.1667, 4);
    expect(p.shortfall).toBeCloseTo(3.8333, 4);
    expect(p.misses).toBe(true);
  });
  it('LINEAR on a ceiling (不高于3%): 3.6, 3.4 → 3.0 in 2025 meets it; 3.9, 3.8 → 3.6, 0.6 over', () => {
    expect(project([{ year: 2022, value: 3.6 }, { year: 2023, value: 3.4 }], target({ value: 3, comparator: 'LTE' }), 2025)!.misses).toBe(false);
    const over = project([{ year: 2022, value: 3.9 }, { year: 2023, value: 3.8 }], target({ value: 3, comparator: 'LTE' }), 2025)!;
    expect(over.projected).toBeCloseTo(3.6, 10);
    expect(over.shortfall).toBeCloseTo(0.6, 10);
  });
  it('LINEAR needs two years', () => {
    expect(linearAt([{ year: 2023, value: 5 }], 2025)).toBeNull();
    expect(project([{ year: 2023, value: 5 }], target({}), 2025)).toBeNull();
  });
  it('COMPOUND_GROWTH: 100 → 121 over 2020–2022 is 10 % a year: on track for 年增长10%, behind for 年增长12%', () => {
    const points = [{ year: 2020, value: 100 }, { year: 2021, value: 108 }, { year: 2022, value: 121 }];
    const onTrack = project(points, target({ value: 10, kind: 'GROWTH' }), 2025)!;
    expect(onTrack.method).toBe('COMPOUND_GROWTH');
    expect(onTrack.projected).toBeCloseTo(100 * 1.1 ** 5, 6); // 161.051
    expect(onTrack.misses).toBe(false);
    const behind = project(points, target({ value: 12, kind: 'GROWTH' }), 2025)!;
    expect(behind.required).toBeCloseTo(100 * 1.12 ** 5, 6); // 176.234
    expect(behind.shortfall).toBeCloseTo(100 * 1.12 ** 5 - 100 * 1.1 ** 5, 6);
    expect(behind.misses).toBe(true);
  });
  it('ANNUAL_AMOUNT: the latest year against the yearly amount (每年40批: 36 is 4 short)', () => {
    const p = project([{ year: 2022, value: 45 }, { year: 2023, value: 36 }], target({ value: 40, kind: 'ANNUAL' }), 2025)!;
    expect(p).toEqual({ method: 'ANNUAL_AMOUNT', projected: 36, required: 40, shortfall: 4, misses: true });
  });
});

describe('evidence', () => {
  it('takes an http(s) URL, a document number or a standard code', () => {
    expect(checkEvidence('https://amr.example.gov.cn/notice/123', null)).toEqual({ evidence: 'https://amr.example.gov.cn/notice/123', checksum: null });
    expect(checkEvidence('黔市监发〔2022〕5号', undefined).evidence).toBe('黔市监发〔2022〕5号');
    expect(checkEvidence('六盘水市市场监督管理局[2023]12号', undefined).evidence).toBe('六盘水市市场监督管理局[2023]12号');
    expect(checkEvidence('GB/T 19022-2003', undefined).evidence).toBe('GB/T 19022-2003');
    expect(checkEvidence('https://x.cn/a.pdf', 'F'.repeat(64)).checksum).toBe('f'.repeat(64));
  });
  it.each([['见附件'], ['mailto:a@b.cn'], ['javascript:alert(1)'], ['https://x.cn/a.pdf']])('refuses %s', (evidence) => {
    expect(() => checkEvidence(evidence, null)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});

describe('area roll-up', () => {
  const values = [{ year: 2024, value: 90, area: '六枝特区' }, { year: 2024, value: 160, area: '盘州市' }, { year: 2023, value: 480, area: null }, { year: 2023, value: 200, area: '盘州市' }];
  it('SUM: a year without a city-wide figure takes the areas’ sum; a city-wide figure wins', () => {
    expect(cityValues(values, 'SUM')).toEqual([{ year: 2023, value: 480 }, { year: 2024, value: 250 }]);
  });
  it('SEPARATE: area figures never make a city value', () => {
    expect(cityValues(values, 'SEPARATE')).toEqual([{ year: 2023, value: 480 }]);
  });
});

describe('target in force', () => {
  const indicator = { targetRaw: '100%', targetValue: 100, targetUnit: '%', targetComparator: 'EQ', targetYear: 2025, targetKind: 'LEVEL', targetPer: null, targetAspirational: false } as unknown as IndicatorModel;
  const amendment = (id: string, status: AmendmentModel['status'], effectiveYear: number, raw: string, decidedAt: string): AmendmentModel =>
    ({ id, indicatorId: 'i', target: target({ raw }), effectiveYear, reason: 'r', document: null, status, proposedBy: 'a', proposedAt: decidedAt, decidedBy: 'b', decidedAt, comment: null });
  it('is the approved amendment with the latest effective year at or before the year; proposals and rejections do not count', () => {
    const list = [amendment('1', 'APPROVED', 2023, '95%', '2023-02-01'), amendment('2', 'REJECTED', 2022, '80%', '2022-05-01'), amendment('3', 'PROPOSED', 2024, '90%', '2024-01-01'), amendment('4', 'APPROVED', 2023, '96%', '2023-06-01')];
    expect(targetInForce(indicator, list, 2022).raw).toBe('100%');
    expect(targetInForce(indicator, list, 2023).raw).toBe('96%');
    expect(targetInForce(indicator, list, 2025).raw).toBe('96%');
  });
});
