import type { TruthIndicator } from '../planDoc';
import type { Random } from './random';

/** The shapes a target is written in; each decides its kind and whether the figure is a ceiling. */
export type Shape = 'LEVEL' | 'FLOOR' | 'CEILING' | 'GROWTH' | 'CUMULATIVE' | 'ANNUAL' | 'RANGE';

interface Measure {
  name: string;
  unit: string;
  shapes: Shape[];
  /** The figure's range (integers unless `step` is fractional). */
  min: number;
  max: number;
  step?: number;
}

/** Measures plans set, with units and the shapes their targets take. */
export const MEASURES: Measure[] = [
  { name: '市场主体总量', unit: '万户', shapes: ['LEVEL', 'FLOOR'], min: 20, max: 60 },
  { name: '每万人口高价值发明专利拥有量', unit: '件', shapes: ['LEVEL', 'FLOOR'], min: 3, max: 12, step: 0.1 },
  { name: '食品抽检合格率', unit: '%', shapes: ['FLOOR', 'ANNUAL', 'RANGE'], min: 96, max: 99, step: 0.5 },
  { name: '药品抽检合格率', unit: '%', shapes: ['FLOOR', 'ANNUAL'], min: 97, max: 99, step: 0.5 },
  { name: '重点工业产品质量监督抽查合格率', unit: '%', shapes: ['FLOOR', 'RANGE'], min: 90, max: 96 },
  { name: '食用农产品抽检合格率', unit: '%', shapes: ['ANNUAL', 'FLOOR'], min: 97, max: 99 },
  { name: '消费投诉按时办结率', unit: '%', shapes: ['FLOOR', 'LEVEL'], min: 95, max: 100 },
  { name: '企业年报公示率', unit: '%', shapes: ['FLOOR'], min: 90, max: 95 },
  { name: '公平竞争审查覆盖率', unit: '%', shapes: ['LEVEL'], min: 100, max: 100 },
  { name: '食品安全事故发生率', unit: '%', shapes: ['CEILING'], min: 1, max: 5 },
  { name: '特种设备万台死亡人数', unit: '人', shapes: ['CEILING'], min: 0.1, max: 0.3, step: 0.05 },
  { name: '一般性消费投诉处理时长', unit: '天', shapes: ['CEILING'], min: 5, max: 15 },
  { name: '企业开办时间', unit: '个工作日', shapes: ['CEILING'], min: 1, max: 3 },
  { name: '不合格产品后处理率', unit: '%', shapes: ['LEVEL', 'FLOOR'], min: 100, max: 100 },
  { name: '有效注册商标量', unit: '%', shapes: ['GROWTH'], min: 5, max: 15 },
  { name: '检验检测机构营业收入', unit: '亿元', shapes: ['CUMULATIVE', 'GROWTH'], min: 5, max: 30 },
  { name: '地理标志商标数量', unit: '个', shapes: ['CUMULATIVE'], min: 5, max: 30 },
  { name: '主导和参与制修订标准数量', unit: '项', shapes: ['CUMULATIVE', 'ANNUAL'], min: 10, max: 60 },
  { name: '新建社会公用计量标准', unit: '项', shapes: ['ANNUAL', 'CUMULATIVE'], min: 3, max: 12 },
  { name: '知识产权质押融资额', unit: '亿元', shapes: ['CUMULATIVE', 'GROWTH'], min: 5, max: 40 },
  { name: '质量管理体系认证企业数量', unit: '家', shapes: ['CUMULATIVE', 'LEVEL'], min: 50, max: 400 },
  { name: '放心消费示范单位', unit: '家', shapes: ['CUMULATIVE', 'FLOOR'], min: 100, max: 800 },
  { name: '专利授权量', unit: '%', shapes: ['GROWTH'], min: 5, max: 20 },
  { name: '消费者满意度', unit: '%', shapes: ['RANGE', 'FLOOR'], min: 85, max: 92 },
  { name: '食品安全快检数量', unit: '万批次', shapes: ['ANNUAL'], min: 2, max: 10 },
  { name: '双随机抽查事项覆盖率', unit: '%', shapes: ['LEVEL', 'FLOOR'], min: 95, max: 100 },
  { name: '计量器具强制检定率', unit: '%', shapes: ['FLOOR', 'ANNUAL'], min: 95, max: 100 },
  { name: '电梯万台事故起数', unit: '起', shapes: ['CEILING'], min: 0.1, max: 0.2, step: 0.05 },
  { name: '网络交易违法线索核查处置率', unit: '%', shapes: ['FLOOR', 'LEVEL'], min: 95, max: 100 },
  { name: '中国驰名商标和地理标志产品', unit: '件', shapes: ['CUMULATIVE'], min: 3, max: 20 },
];

export const CATEGORIES = ['营商环境', '市场秩序', '质量安全', '质量发展', '创新发展', '消费环境', '监管效能'];

/** One written target and what it means. */
export interface WrittenTarget {
  /** The cell or listed value as written. */
  text: string;
  truth: Omit<TruthIndicator, 'name' | 'attribute'>;
}

const figure = (r: Random, m: Measure): number => {
  const step = m.step ?? 1;
  const n = Math.round((m.max - m.min) / step);
  return Number((m.min + r.int(0, n) * step).toFixed(2));
};

/**
 * A target of the measure in one of its shapes. `unitColumn`: the table has a unit column, so a cell may leave the
 * unit out (98以上, ≤0.15, [30]); `periodPhrase`: open with the period (2026—2030年累计…, “十五五”期间年均增长…).
 */
export function writeTarget(r: Random, m: Measure, shape: Shape, unitColumn: boolean, periodPhrase: boolean): WrittenTarget {
  const v = figure(r, m);
  const u = m.unit;
  const with_ = (s: string) => s; // keeps the templates readable
  const bare = unitColumn && r.chance(0.5);
  const U = bare ? '' : u;
  const level = (kind: TruthIndicator['kind'], ceiling: boolean, value = v, upper?: number): WrittenTarget['truth'] => ({ kind, value, ceiling, unit: u, ...(upper !== undefined ? { upper } : {}) });
  switch (shape) {
    case 'LEVEL': {
      const text = r.pick([`${v}${U}`, `达到${v}${U}`, `力争${v}${U}`, `${v}${u}`]);
      return { text: periodPhrase ? `到2030年${text.startsWith('达到') || text.startsWith('力争') ? text : `达到${text}`}` : text, truth: level('LEVEL', false) };
    }
    case 'FLOOR': {
      const text = r.pick([`${v}${U}以上`, `${v}${U}及以上`, `不低于${v}${U}`, `≥${v}${U}`, `达到${v}${u}以上`]);
      return { text: periodPhrase ? `到2030年${text}` : text, truth: level('LEVEL', false) };
    }
    case 'CEILING': {
      const text = r.pick([`控制在${v}${u}以内`, `≤${v}${U}`, `${v}${U}以下`, `不高于${v}${U}`, `控制在${v}${U}以下`]);
      return { text: periodPhrase ? `到2030年${text}` : text, truth: level('LEVEL', true) };
    }
    case 'GROWTH': {
      const text = periodPhrase ? r.pick([`“十五五”期间年均增长${v}%`, `2026—2030年年均增长${v}%`]) : r.pick([`年均增长${v}%`, `年均增长${v}%以上`, `年均增长${v}%`]);
      return { text: with_(text), truth: { kind: 'GROWTH', value: v, ceiling: false, unit: '%' } };
    }
    case 'CUMULATIVE': {
      const text = periodPhrase
        ? r.pick([`2026—2030年累计达到${v}${u}`, `“十五五”期间累计新增${v}${u}`, `2026—2030年累计新增${v}${u}`])
        : unitColumn ? r.pick([`[${v}]`, `累计新增${v}${U}`, `累计达到${v}${U}`, `［${v}］`]) : r.pick([`[${v}]${u}`, `累计新增${v}${u}`, `累计达到${v}${u}`, `累计完成${v}${u}`, `累计制修订${v}${u}`]);
      return { text, truth: level('CUMULATIVE', false) };
    }
    case 'ANNUAL': {
      const text = r.pick([`每年≥${v}${U}`, `每年保持在${v}${u}以上`, `每年不少于${v}${U}`, `每年${v}${U}以上`]);
      return { text: periodPhrase ? `2026—2030年${text}` : text, truth: level('ANNUAL', false) };
    }
    case 'RANGE': {
      const upper = Number(Math.min(v + r.pick([2, 3, 5]), 100).toFixed(2));
      const lower = upper === v ? v - 2 : v;
      const text = r.pick([`${lower}%—${upper}%`, `${lower}%-${upper}%`, `${lower}—${upper}${U}`]);
      return { text: periodPhrase ? `到2030年达到${text}` : text, truth: level('LEVEL', false, lower, upper) };
    }
  }
}

/** A base value cell (2025年): a figure, a cumulative total in brackets, or a dash for a new measure. */
export function writeBase(r: Random, m: Measure, shape: Shape, unitColumn: boolean): string {
  if (r.chance(0.12)) return r.pick(['—', '-', '/']);
  const v = figure(r, m);
  if (shape === 'CUMULATIVE') return unitColumn ? `[${v}]` : `[${v}]${m.unit}`;
  if (shape === 'GROWTH') return `${v}%`;
  return unitColumn ? String(v) : `${v}${m.unit}`;
}
