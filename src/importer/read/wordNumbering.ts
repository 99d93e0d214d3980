/**
 * The numbers Word draws before its numbered paragraphs (1. 2., 一、, （一）, ①…), which are not in the document's
 * text: Word computes them from numbering.xml while it lays the page out, and mammoth gives only <ol><li>. A plan
 * numbered this way would lose every item marker, so they are computed here the way Word does: a counter per
 * abstract list and level, deeper levels restarting under a new item, a list instance's start override applied the
 * first time it is used, and the level's text (%1.%2, 第%1章) filled with each level's number format.
 */
import JSZip from 'jszip';
import { DomUtils, parseDocument } from 'htmlparser2';

type XmlDocument = ReturnType<typeof parseDocument>;
type XmlNode = XmlDocument['children'][number];
type XmlElement = ReturnType<typeof DomUtils.getElementsByTagName>[number];

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  suff: string;
}

interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  /** Paragraph style → the abstract list and level whose <w:pStyle> names it (how mammoth finds a style's numbering). */
  styleLevels: Map<string, { abstract: string; level: number }>;
}

/** A numbered paragraph's label as Word draws it, with the separator it puts before the text. */
export interface WordLabel {
  label: string;
  /** The label and what follows it, ready to go before the paragraph's text. */
  prefix: string;
}

/**
 * For each paragraph mammoth will see as numbered (a w:numPr naming a known list, or a style a list level names),
 * in document order: its label (empty for bullets and unnumbered levels).
 */
export async function wordListLabels(docx: Uint8Array): Promise<WordLabel[]> {
  const zip = await JSZip.loadAsync(docx);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? null;
  const [documentXml, numberingXml, stylesXml] = await Promise.all([read('word/document.xml'), read('word/numbering.xml'), read('word/styles.xml')]);
  if (!documentXml || !numberingXml) return [];
  const numbering = readNumbering(xml(numberingXml));
  const styles = stylesXml ? readStyleNumbering(xml(stylesXml)) : new Map<string, StyleNumbering>();
  const counters = new Map<string, Map<number, number>>();
  const usedNums = new Set<string>();
  const labels: WordLabel[] = [];
  for (const p of elements(xml(documentXml), 'w:p')) {
    const pPr = child(p, 'w:pPr');
    const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
    const styleId = pPr ? child(pPr, 'w:pStyle')?.attribs['w:val'] : undefined;
    const directNum = numPr ? child(numPr, 'w:numId')?.attribs['w:val'] : undefined;
    const directLevel = numPr ? child(numPr, 'w:ilvl')?.attribs['w:val'] : undefined;
    // The same order of look-ups as mammoth's readNumberingProperties, so the two agree on which paragraphs are numbered.
    let numId: string | undefined;
    let abstract: string | undefined;
    let level = 0;
    if (directNum !== undefined && directLevel !== undefined && numbering.nums.has(directNum)) {
      numId = directNum;
      level = Number(directLevel);
    } else if (styleId && numbering.styleLevels.has(styleId)) {
      const byStyle = numbering.styleLevels.get(styleId)!;
      const styleNum = styleNumbering(styles, styleId);
      numId = styleNum?.numId && numbering.nums.get(styleNum.numId)?.abstract === byStyle.abstract ? styleNum.numId : undefined;
      abstract = byStyle.abstract;
      level = byStyle.level;
    } else if (directNum !== undefined && directLevel === undefined && numbering.nums.has(directNum)) {
      numId = directNum;
    } else continue;
    const num = numId ? numbering.nums.get(numId) : undefined;
    abstract ??= num?.abstract;
    const levels = abstract !== undefined ? numbering.abstracts.get(abstract) : undefined;
    if (!abstract || !levels) {
      labels.push({ label: '', prefix: '' });
      continue;
    }
    let count = counters.get(abstract);
    if (!count) counters.set(abstract, (count = new Map()));
    if (num && numId && !usedNums.has(numId)) {
      usedNums.add(numId);
      // A list instance that restarts its numbering (Word's "restart at 1"): its overrides apply from here.
      for (const [lvl, start] of num.starts) {
        count.set(lvl, start - 1);
        for (const deeper of [...count.keys()]) if (deeper > lvl) count.delete(deeper);
      }
    }
    const own = levels.get(level) ?? { start: 1, numFmt: 'decimal', lvlText: `%${level + 1}.`, suff: 'tab' };
    count.set(level, (count.get(level) ?? own.start - 1) + 1);
    for (const deeper of [...count.keys()]) if (deeper > level) count.delete(deeper);
    if (own.numFmt === 'bullet' || own.numFmt === 'none') {
      labels.push({ label: '', prefix: '' });
      continue;
    }
    const label = own.lvlText.replace(/%(\d)/g, (_, k: string) => {
      const lvl = Number(k) - 1;
      const def = levels.get(lvl) ?? own;
      return formatNumber(count.get(lvl) ?? def.start, def.numFmt);
    });
    labels.push({ label, prefix: label + separator(label, own.suff) });
  }
  return labels;
}

/** What Word puts between the label and the text (a tab by default) as a line of text reads it. */
function separator(label: string, suff: string): string {
  if (!label || suff === 'nothing') return '';
  // 一、 （一） ① 第一章 read straight on; 1. reads with a space.
  return /[、，．。）】〕」』\u2460-\u24ff\u4e00-\u9fff]$/.test(label) ? '' : ' ';
}

const ZH_DIGITS = '零一二三四五六七八九';
const ZH_LEGAL = '零壹贰叁肆伍陆柒捌玖';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function chinese(n: number, digits = ZH_DIGITS, ten = '十', hundred = '百'): string {
  if (n <= 0 || n >= 1000) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = h ? digits[h] + hundred : '';
  if (t) out += (t === 1 && !h ? '' : digits[t]) + ten;
  else if (h && u) out += digits[0];
  if (u) out += digits[u];
  return out;
}

function letters(n: number, upper: boolean): string {
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) for (; n >= v; n -= v) out += s;
  return out;
}

/** A number in one of Word's number formats (ST_NumberFormat); unknown formats as decimal. */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n, true);
    case 'lowerLetter':
      return letters(n, false);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chinese(n);
    case 'chineseLegalSimplified':
      return chinese(n, ZH_LEGAL, '拾', '佰');
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10];
    case 'ideographZodiac':
      return '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12];
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? CIRCLED[n - 1] : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    default:
      return String(n);
  }
}

function readNumbering(doc: XmlDocument): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const styleLevels = new Map<string, { abstract: string; level: number }>();
  for (const a of elements(doc, 'w:abstractNum')) {
    const id = a.attribs['w:abstractnumid'] ?? a.attribs['w:abstractNumId'];
    const levels = new Map<number, Level>();
    for (const l of a.children.filter((c) => isNamed(c, 'w:lvl'))) {
      const ilvl = Number(l.attribs['w:ilvl'] ?? 0);
      levels.set(ilvl, {
        start: Number(child(l, 'w:start')?.attribs['w:val'] ?? 1),
        numFmt: child(l, 'w:numFmt')?.attribs['w:val'] ?? 'decimal',
        lvlText: child(l, 'w:lvlText')?.attribs['w:val'] ?? '',
        suff: child(l, 'w:suff')?.attribs['w:val'] ?? 'tab',
      });
      const pStyle = child(l, 'w:pStyle')?.attribs['w:val'];
      if (pStyle) styleLevels.set(pStyle, { abstract: id, level: ilvl });
    }
    abstracts.set(id, levels);
  }
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  for (const n of elements(doc, 'w:num')) {
    const abstract = child(n, 'w:abstractNumId')?.attribs['w:val'];
    if (abstract === undefined) continue;
    const starts = new Map<number, number>();
    for (const o of n.children.filter((c) => isNamed(c, 'w:lvlOverride'))) {
      const start = child(o, 'w:startOverride')?.attribs['w:val'];
      if (start !== undefined) starts.set(Number(o.attribs['w:ilvl'] ?? 0), Number(start));
    }
    nums.set(n.attribs['w:numid'] ?? n.attribs['w:numId'], { abstract, starts });
  }
  return { abstracts, nums, styleLevels };
}

interface StyleNumbering {
  numId?: string;
  basedOn?: string;
}

function readStyleNumbering(doc: XmlDocument): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  for (const s of elements(doc, 'w:style')) {
    const pPr = child(s, 'w:pPr');
    const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
    styles.set(s.attribs['w:styleid'] ?? s.attribs['w:styleId'], { numId: numPr ? child(numPr, 'w:numId')?.attribs['w:val'] : undefined, basedOn: child(s, 'w:basedOn')?.attribs['w:val'] });
  }
  return styles;
}

/** A style's list instance, inherited through basedOn. */
function styleNumbering(styles: Map<string, StyleNumbering>, styleId: string): StyleNumbering | undefined {
  const seen = new Set<string>();
  for (let id: string | undefined = styleId; id && !seen.has(id); id = styles.get(id)?.basedOn) {
    seen.add(id);
    if (styles.get(id)?.numId) return styles.get(id);
  }
  return undefined;
}

function xml(text: string): XmlDocument {
  return parseDocument(text, { xmlMode: true });
}

function isNamed(node: XmlNode, name: string): node is XmlElement {
  return node.type === 'tag' && 'name' in node && node.name === name;
}

function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c): c is XmlElement => isNamed(c, name));
}

/** Every element of this name, in document order. */
function elements(root: XmlDocument | XmlElement, name: string): XmlElement[] {
  return DomUtils.getElementsByTagName(name, root.children, true);
}
