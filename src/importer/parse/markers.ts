import { chineseNumeral } from './text';
import type { MarkerKind } from './model';

/** A line that starts with a numbering marker: its kind, number, and the rest of the line. */
export interface Marker {
  kind: MarkerKind;
  number: number;
  /** The text after the marker, trimmed. */
  rest: string;
}

const ZH = '[一二三四五六七八九十]+';
/** Space after a decimal outline's number (1  发展基础, 3.1　…): ASCII or full-width, never a TAB (a table's cell). */
const GAP = '[ \\u3000]';
const PATTERNS: [MarkerKind, RegExp][] = [
  // A decimal outline (1 / 1.1 / 1.1.1), as Word's heading styles number a document: the number is the last part.
  // 1.1 and the bare 1 need a space after them, so 1.12315平台 (an item reading like a decimal) and 2025年 stay text.
  ['DECIMAL_3', /^[1-9]\d?\.\d{1,2}\.(\d{1,2})[ \u3000]*([^\d\s.．%].*)$/],
  ['DECIMAL_2', new RegExp(`^[1-9]\\d?\\.(\\d{1,2})${GAP}+([^\\d\\s].*)$`)],
  ['DECIMAL_1', new RegExp(`^([1-9]\\d?)${GAP}+([\\u4e00-\\u9fa5“"《]\\S{1,40})$`)],
  ['PIAN_ZH', new RegExp(`^第(${ZH})篇\\s*(.+)$`)],
  ['PART_ZH', new RegExp(`^第(${ZH})部分\\s*(.+)$`)],
  ['CHAPTER_ZH', new RegExp(`^第(${ZH})章\\s*(.+)$`)],
  ['SECTION_ZH', new RegExp(`^第(${ZH})节\\s*(.+)$`)],
  ['ENUM_ZH', new RegExp(`^(${ZH})[、．.]\\s*(.+)$`)],
  ['PAREN_ZH', new RegExp(`^[（(](${ZH})[)）]\\s*(.+)$`)],
  ['NUMBER', /^([\d０-９]{1,2})(?:[、．]|\.(?![\d０-９]))\s*(\S.*)$/],
  ['PAREN_NUMBER', /^[（(]([\d０-９]{1,2})[)）]\s*(.+)$/],
  // 1） / 1) with no opening bracket: the same level as （1）.
  ['PAREN_NUMBER', /^([\d０-９]{1,2})[)）]\s*(.+)$/],
  ['CIRCLED', /^([①②③④⑤⑥⑦⑧⑨⑩])\s*(.+)$/],
];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

/** The numbering marker a line starts with, or null. */
export function markerOf(line: string): Marker | null {
  for (const [kind, pattern] of PATTERNS) {
    const m = pattern.exec(line);
    if (!m) continue;
    // Full-width figures (１．) count as figures.
    const figure = m[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
    const number = kind === 'CIRCLED' ? CIRCLED.indexOf(m[1]) + 1 : /^\d+$/.test(figure) ? Number(figure) : chineseNumeral(m[1]);
    if (!Number.isFinite(number)) continue;
    return { kind, number, rest: m[2].trim() };
  }
  return null;
}

/** Kinds that number the plan's structure (chapters, sections, subsections), outermost first. */
export const STRUCTURAL: MarkerKind[] = ['PIAN_ZH', 'PART_ZH', 'CHAPTER_ZH', 'SECTION_ZH', 'DECIMAL_1', 'DECIMAL_2', 'ENUM_ZH', 'PAREN_ZH'];
/** Kinds that number items inside a part, outermost first (a decimal outline's third level, 3.1.1, reads as items do). */
export const ITEM_KINDS: MarkerKind[] = ['DECIMAL_3', 'NUMBER', 'PAREN_NUMBER', 'CIRCLED'];

/** How each marker is written, for messages and the printed style. */
export const MARKER_SAMPLE: Record<MarkerKind, string> = {
  DECIMAL_1: '1', DECIMAL_2: '1.1', DECIMAL_3: '1.1.1', PIAN_ZH: '第一篇', PART_ZH: '第一部分', CHAPTER_ZH: '第一章', SECTION_ZH: '第一节', ENUM_ZH: '一、', PAREN_ZH: '（一）', NUMBER: '1、/1.', PAREN_NUMBER: '(1)', CIRCLED: '①',
};

/** 专栏3-1-1: / 专栏1 / 【专栏2】 / 专栏 2 …: the box's own number and the title after it (possibly empty). */
export function boxOf(line: string): { number: string; title: string } | null {
  const m = /^[【[]?\s*专栏\s*(\d+(?:\s*[-－—.．]\s*\d+)*)\s*[】\]]?\s*[:：]?\s*(.*)$/.exec(line);
  if (!m) return null;
  // 【专栏1 特种设备智慧监管重点工程】: the brackets hold the number and the title together.
  const title = /^[【[]/.test(line) ? m[2].trim().replace(/[】\]]$/, '').trim() : m[2].trim();
  return { number: m[1].replace(/\s/g, '').replace(/[－—.．]/g, '-'), title };
}

/**
 * 01 / 01、 / 01. items of a box, or items led by a dash (——知识产权保护中心提质工程。…), which carry no number: `dashes`
 * is how many the box has had before this one.
 */
export function boxItemOf(line: string, dashes = 0): { number: number; rest: string } | null {
  const m = /^0(\d)(?:[、．.]|\s)\s*(\S.*)$/.exec(line);
  if (m) return { number: Number(m[1]), rest: m[2].trim() };
  const dash = /^(?:——|－－|--)\s*(\S.*)$/.exec(line);
  return dash ? { number: dashes + 1, rest: dash[1].trim() } : null;
}
