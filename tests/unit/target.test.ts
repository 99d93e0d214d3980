import { parseTarget } from '../../src/indicator/target.parse';

describe('parseTarget reads a target as the plan words it', () => {
  it.each([
    ['95%以上', '', { value: 95, unit: '%', comparator: 'GTE', kind: 'LEVEL' }],
    ['98%及以上', '', { value: 98, unit: '%', comparator: 'GTE', kind: 'LEVEL' }],
    ['100%', '', { value: 100, unit: '%', comparator: 'EQ', kind: 'LEVEL' }],
    ['不高于3%', '', { value: 3, unit: '%', comparator: 'LTE', kind: 'LEVEL' }],
    ['小于0.27%', '', { value: 0.27, unit: '%', comparator: 'LT', kind: 'LEVEL' }],
    ['每年40批', '', { value: 40, unit: '批', comparator: 'EQ', kind: 'ANNUAL' }],
    ['每年2批次/千人以上', '', { value: 2, unit: '批次', per: '千人', comparator: 'GTE', kind: 'ANNUAL' }],
    ['年增长5%', '发明专利授权量', { value: 5, unit: '%', kind: 'GROWTH' }],
    ['10%', '商标注册量年增长', { value: 10, unit: '%', kind: 'GROWTH' }],
    ['3项', '每年计划新建计量标准', { value: 3, unit: '项', kind: 'ANNUAL' }],
  ])('%s (%s)', (raw, name, expected) => {
    expect(parseTarget(raw, name)).toMatchObject({ raw, year: 2025, ...expected });
  });

  it('marks 力争 (strive for) as aspirational and keeps the figure', () => {
    expect(parseTarget('力争28万户', '市场主体总量')).toMatchObject({ value: 28, unit: '万户', aspirational: true });
  });

  it('leaves an unreadable target unparsed rather than guessing', () => {
    expect(parseTarget('显著提升', '')).toMatchObject({ value: null, comparator: null });
  });
});
