import fc from 'fast-check';
import { demoYears, implausible, measureBounds, seriesFor } from '../../src/demo/demo';
import type { IndicatorModel } from '../../src/indicator/indicator.model';
import { reviewIndicator } from '../../src/review/review.service';

const UNITS = ['%', '件', '家', '项', '个', '亿元', '万人', '千克标准煤', '天', null] as const;
const STATUSES = ['ACHIEVED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'] as const;

/** A value a measure in `unit` may take: a rate in 0–100, a whole count, or a positive amount. */
const valueIn = (unit: string | null) => (unit === '%' ? fc.double({ min: 0.5, max: 99.5, noNaN: true }) : unit !== null && ['件', '家', '项', '个'].includes(unit) ? fc.integer({ min: 1, max: 200_000 }) : fc.double({ min: 0.1, max: 1e6, noNaN: true })).map((v) => Math.round(v * 100) / 100);

/** Indicators as plans state them: any kind, comparator and unit, a target and (often) a baseline in the same unit. */
const indicators = fc
  .record({
    kind: fc.constantFrom('LEVEL', 'ANNUAL', 'GROWTH', 'CUMULATIVE'),
    comparator: fc.constantFrom('GTE', 'GT', 'LTE', 'LT', 'EQ'),
    unit: fc.constantFrom(...UNITS),
    attribute: fc.constantFrom('BINDING', 'EXPECTED'),
    hasBaseline: fc.boolean(),
    baselineYear: fc.constantFrom(2019, 2020),
    rate: fc.double({ min: 1, max: 30, noNaN: true }),
  })
  .chain((s) => fc.record({ s: fc.constant(s), target: valueIn(s.unit), baseline: valueIn(s.unit) }))
  .map(({ s, target, baseline }): IndicatorModel => ({
    label: 'Indicator',
    id: 'Indicator:gen:1',
    code: '1',
    number: 1,
    name: 'generated',
    nameEn: null,
    category: null,
    categoryEn: null,
    attribute: s.attribute as IndicatorModel['attribute'],
    source: 'TABLE',
    targetRaw: 'generated',
    targetValue: s.kind === 'GROWTH' ? Math.round(s.rate * 10) / 10 : target,
    targetUnit: s.kind === 'GROWTH' ? '%' : s.unit,
    targetComparator: s.comparator as IndicatorModel['targetComparator'],
    targetKind: s.kind as IndicatorModel['targetKind'],
    targetPer: null,
    targetAspirational: false,
    targetYear: 2025,
    baselineValue: s.hasBaseline || s.kind === 'GROWTH' ? baseline : null,
    baselineUnit: s.hasBaseline || s.kind === 'GROWTH' ? s.unit : null,
    baselineYear: s.hasBaseline || s.kind === 'GROWTH' ? s.baselineYear : null,
    baselineQuote: null,
    baselineSectionPath: null,
    planId: 'gen',
    ord: 1,
    sectionPath: [],
    quote: '',
  }));

describe('demo figures are believable (fast-check over generated indicators)', () => {
  it('every series the demo makes is within the measure’s bounds, whole for counts, monotone in bounded steps, and has the status it was made for', () => {
    let made = 0;
    fc.assert(
      fc.property(indicators, fc.constantFrom(...STATUSES), (indicator, wanted) => {
        const years = demoYears(indicator, { start: 2021, end: 2025 }, 2023);
        const series = seriesFor(indicator, wanted, years, 2023);
        if (series === null) return true; // the demo leaves such an indicator for another status, or NO_DATA
        if (wanted === 'NO_DATA') return series.length === 0;
        made++;
        expect(implausible(indicator, series)).toEqual([]);
        expect(series.map((v) => v.year)).toEqual(years);
        expect(reviewIndicator(indicator, series, 2023).status).toBe(wanted);
        const b = measureBounds(indicator);
        for (const v of series) {
          expect(v.value).toBeGreaterThanOrEqual(b.min);
          expect(v.value).toBeLessThanOrEqual(b.max);
        }
        return true;
      }),
      { numRuns: 3000, seed: 20261207 },
    );
    expect(made).toBeGreaterThan(1000);
  });

  it('fills only the years its plan’s period covers after the baseline, up to the review year (a 2026–2030 plan gets none)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 0, max: 10 }), fc.option(fc.integer({ min: 1995, max: 2040 }), { nil: null }), fc.integer({ min: 2000, max: 2040 }), (start, length, baselineYear, asOf) => {
        const years = demoYears({ baselineYear }, { start, end: start + length }, asOf);
        for (const y of years) {
          expect(y).toBeGreaterThanOrEqual(start);
          expect(y).toBeLessThanOrEqual(Math.min(start + length, asOf));
          if (baselineYear !== null) expect(y).toBeGreaterThan(baselineYear);
        }
      }),
    );
    expect(demoYears({ baselineYear: 2025 }, { start: 2026, end: 2030 }, 2023)).toEqual([]);
    expect(demoYears({ baselineYear: 2020 }, { start: null, end: null }, 2023)).toEqual([]);
    expect(demoYears({ baselineYear: 2020 }, { start: 2021, end: 2025 }, 2023)).toEqual([2021, 2022, 2023]);
  });

  it('the check itself catches what the issue saw: a rate of 120 %, a fractional count, 12 022 → 1 000', () => {
    const base = { targetKind: 'LEVEL', targetComparator: 'GTE', targetValue: 96, targetUnit: '%', baselineUnit: '%', baselineValue: 94, baselineYear: 2020 } as IndicatorModel;
    expect(implausible(base, [{ year: 2021, value: 120 }]).join()).toMatch(/outside/);
    const count = { ...base, targetKind: 'GROWTH', targetUnit: '%', targetValue: 10, baselineUnit: '件', baselineValue: 12022 } as IndicatorModel;
    expect(implausible(count, [{ year: 2021, value: 13000.5 }]).join()).toMatch(/whole/);
    expect(implausible(count, [{ year: 2021, value: 1000 }]).join()).toMatch(/step/);
  });
});
