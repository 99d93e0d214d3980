import fc from 'fast-check';
import { chartSpecFor, chartTable, yearOnYearGrowth, yearTicks } from '../../src/review/chartSpec';

// Indicator 44 as seeded: 商标注册量年增长, target 年增长10% (raw "10%", GROWTH), baseline 12 022 件 (2020).
const TRADEMARKS = { kind: 'GROWTH' as const, comparator: 'EQ', value: 10, unit: '%', year: 2025, baseline: { year: 2020, value: 12022 } };

describe('charts are drawn as their target’s kind', () => {
  it('indicator 44 (年增长10%) is drawn as growth: year-on-year % against a 10 % line, never the level baseline on a % axis', () => {
    const spec = chartSpecFor(TRADEMARKS, [{ x: 2021, y: 13000 }, { x: 2022, y: 14560 }]);
    expect(spec.kind).toBe('GROWTH');
    expect(spec.unit).toBe('%');
    // 12 022 → 13 000 is +8.14 %, 13 000 → 14 560 is +12 %.
    expect(spec.points).toEqual([{ x: 2021, y: 8.14 }, { x: 2022, y: 12 }]);
    expect(spec.targetLine.map((p) => p.y)).toEqual([10, 10, 10, 10, 10]);
    expect(spec.targetLine.map((p) => p.x)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(spec.baseline).toBeNull();
    expect(spec.path).toEqual([]);
    expect(spec.targetPoint).toBeNull();
    expect(Math.max(...spec.points.map((p) => p.y))).toBeLessThan(100);
  });

  it('growth needs consecutive years: a gap gives no point', () => {
    expect(yearOnYearGrowth([{ x: 2020, y: 100 }, { x: 2022, y: 121 }, { x: 2023, y: 133.1 }])).toEqual([{ x: 2023, y: 10 }]);
  });

  it('a level target is a path from the baseline to the target point', () => {
    const spec = chartSpecFor({ kind: 'LEVEL', comparator: 'GTE', value: 96, unit: '%', year: 2025, baseline: { year: 2020, value: 94.1 } }, [{ x: 2023, y: 95 }]);
    expect(spec).toMatchObject({ kind: 'LEVEL', unit: '%', baseline: { x: 2020, y: 94.1 }, targetPoint: { x: 2025, y: 96 }, points: [{ x: 2023, y: 95 }] });
    expect(spec.path).toEqual([{ x: 2020, y: 94.1 }, { x: 2025, y: 96 }]);
  });

  it('a ceiling (不高于3%) is a line to stay under, with no path', () => {
    const spec = chartSpecFor({ kind: 'LEVEL', comparator: 'LTE', value: 3, unit: '%', year: 2025, baseline: null }, [{ x: 2023, y: 3.3 }]);
    expect(spec.kind).toBe('CEILING');
    expect(spec.targetLine.every((p) => p.y === 3)).toBe(true);
    expect(spec.path).toEqual([]);
  });

  it('an annual amount (每年40批) is each year’s amount against the yearly line', () => {
    const spec = chartSpecFor({ kind: 'ANNUAL', comparator: 'GTE', value: 40, unit: '批', year: 2025, baseline: null }, [{ x: 2022, y: 38 }, { x: 2023, y: 36 }]);
    expect(spec).toMatchObject({ kind: 'ANNUAL', unit: '批', points: [{ x: 2022, y: 38 }, { x: 2023, y: 36 }], baseline: null });
    expect(spec.targetLine.every((p) => p.y === 40)).toBe(true);
  });

  it('keeps where a figure comes from, so synthetic demo figures stay marked', () => {
    const spec = chartSpecFor(TRADEMARKS, [{ x: 2021, y: 13000, source: 'synthetic demo' }]);
    expect(spec.points).toEqual([{ x: 2021, y: 8.14, source: 'synthetic demo' }]);
  });
});

describe('chart axes, bands and data tables', () => {
  const LABELS = { measured: 'measured', baseline: 'baseline', target: 'target', path: 'path', growth: 'growth', ceiling: 'ceiling', annual: 'annual', year: 'year', total: 'total' };

  it('ticks every whole year of the axis and nothing between', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 0, max: 10 }), (from, span) => {
        const ticks = yearTicks({ years: [from, from + span] });
        expect(ticks).toHaveLength(span + 1);
        expect(ticks.every((t, k) => Number.isInteger(t) && t === from + k)).toBe(true);
      }),
    );
  });

  it('a ceiling is a band above its line, a yearly floor (每年不少于) a band below, a level target none', () => {
    expect(chartSpecFor({ kind: 'LEVEL', comparator: 'LTE', value: 3, unit: '%', year: 2025, baseline: null }, []).band).toBe('above');
    expect(chartSpecFor({ kind: 'ANNUAL', comparator: 'GTE', value: 40, unit: '批', year: 2025, baseline: null }, []).band).toBe('below');
    expect(chartSpecFor({ kind: 'LEVEL', comparator: 'GTE', value: 96, unit: '%', year: 2025, baseline: null }, []).band).toBeNull();
  });

  it('a cumulative total (累计30家) is the running total against the path from 0 at the period’s start', () => {
    const spec = chartSpecFor({ kind: 'CUMULATIVE', comparator: 'GTE', value: 30, unit: '家', year: 2025, baseline: null }, [{ x: 2021, y: 5 }, { x: 2022, y: 7 }, { x: 2023, y: 6 }]);
    expect(spec.kind).toBe('CUMULATIVE');
    expect(spec.points.map((p) => p.y)).toEqual([5, 12, 18]);
    expect(spec.path).toEqual([{ x: 2020, y: 0 }, { x: 2025, y: 30 }]);
    expect(spec.years).toEqual([2020, 2025]);
  });

  it('its data table holds every value drawn, a row per series with the unit, synthetic years marked', () => {
    const spec = chartSpecFor({ kind: 'LEVEL', comparator: 'GTE', value: 96, unit: '%', year: 2025, baseline: { year: 2020, value: 94.1 } }, [{ x: 2022, y: 94.8, source: 'synthetic demo' }, { x: 2023, y: 95 }]);
    const table = chartTable(spec, LABELS);
    expect(table.columns).toEqual(['year', 'baseline', 'measured (%)', 'target (%)']);
    expect(table.rows).toEqual([
      { year: 2020, values: [94.1, null, null], synthetic: false },
      { year: 2022, values: [null, 94.8, null], synthetic: true },
      { year: 2023, values: [null, 95, null], synthetic: false },
      { year: 2025, values: [null, null, 96], synthetic: false },
    ]);
  });
});
