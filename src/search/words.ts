import { createHash } from 'node:crypto';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { NodeLabel } from '../graph/graph';

/**
 * Chinese word segmentation for search: jieba (`@node-rs/jieba`, its own dictionary plus the plan domain's terms
 * below) cuts names and text into words at write time (each word, and the words that split a long word cleanly) and the
 * query into words at search time (precise mode), so 「商标」 matches the word 商标 in 商标注册量, not the character
 * pair 标注. English is lower-cased and cut at non-letters, with a plural `s` dropped on both sides.
 */

/**
 * Terms of market regulation and planning that jieba's general dictionary cuts apart (双随机 → 双|随机). Bump
 * SEARCH_WORDS_VERSION when this list or the cutting changes: stored words of an older version are rewritten at start.
 */
const DOMAIN_TERMS = [
  '双随机', '一公开', '市场监管', '市场监管局', '市场监督管理局', '市场主体', '证照分离', '一网通办', '一窗通办', '明厨亮灶',
  '特种设备', '食用农产品', '医疗器械', '不良反应', '不良事件', '计量标准', '地理标志', '商业秘密', '知识产权', '反不正当竞争',
  '不正当竞争', '反垄断', '公平竞争审查', '消费维权', '消费者权益', '信用监管', '年报率', '抽检', '合格率', '小作坊', '食盐',
  '电梯', '传销', '直销', '假冒伪劣', '营商环境', '质量强市', '标准化', '检验检测', '认证认可', '发明专利', '商标注册',
  '消协', '药监局', '市场监管总局', '知识产权局', '联席会议', '专项行动', '行动计划', '食品安全', '药品安全', '广告监管',
  '网络市场', '价格监督', '异常名录', '联合惩戒', '失信名单', '准入', '负面清单', '营业执照', '电子营业执照',
];

/** Raised when the cutting changes; nodes whose stored words carry another version are cut again (search.writer.ts). */
export const SEARCH_WORDS_VERSION = 1;

/** Most characters of a node's text that are cut into words (a task's body can be long; its start says what it is). */
const MAX_TEXT_CHARS = 4_000;
/** The marker of an exact-name token: `=` + the whole normalized name (or alias), one token in the words index. */
export const EXACT_PREFIX = '=';

const ENGLISH_STOP = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'for', 'to', 'by', 'with', 'at', 'or', 'its', 'as', 'from', 'into']);
const WORDLIKE = /[\p{L}\p{N}]/u;

let jieba: Jieba | null = null;
function cutter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(DOMAIN_TERMS.map((t) => `${t} 200000`).join('\n')));
  }
  return jieba;
}

/** Lower-cases and folds full-width forms (ＡＢＣ１２ → abc12), as names and queries are both written. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A whole name as one token: normalized, with no spaces or punctuation (so 「广告法」 and “Advertising Law” match as typed). */
export function exactToken(text: string): string {
  return EXACT_PREFIX + normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

function englishWord(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/**
 * The words inside a long word that split it cleanly (商标注册 → 商标, 注册): of the dictionary words jieba's search
 * mode finds inside it, the ones of a partition covering the most characters, so a pair that straddles two inner
 * words (标注) is not a word of 商标注册.
 */
function innerWords(word: string, cut: Jieba, depth = 0): string[] {
  const chars = [...word];
  const inner = new Set(cut.cutAll(word).filter((w) => w !== word && [...w].length > 1));
  // best[i]: most characters covered by inner words in a partition of chars[0..i) (fewest pieces on a tie).
  const best: { covered: number; pieces: number; words: string[] }[] = [{ covered: 0, pieces: 0, words: [] }];
  for (let i = 1; i <= chars.length; i++) {
    best[i] = { covered: best[i - 1].covered, pieces: best[i - 1].pieces + 1, words: best[i - 1].words };
    for (let j = 0; j < i - 1; j++) {
      const piece = chars.slice(j, i).join('');
      if (!inner.has(piece)) continue;
      const covered = best[j].covered + (i - j);
      const pieces = best[j].pieces + 1;
      if (covered > best[i].covered || (covered === best[i].covered && pieces < best[i].pieces)) best[i] = { covered, pieces, words: [...best[j].words, piece] };
    }
  }
  const words = best[chars.length].words;
  // The pieces' own pieces too (反不正当竞争 → 不正当竞争 → 不正当, 竞争), a few levels deep.
  return depth >= 3 ? words : words.flatMap((w) => ([...w].length > 2 ? [w, ...innerWords(w, cut, depth + 1)] : [w]));
}

/** The words of a text; `forIndex` adds the words inside long words (innerWords). */
export function wordsOf(text: string, forIndex: boolean): string[] {
  const normal = normalizeText(text);
  const out: string[] = [];
  const cut = cutter();
  // Han runs go to jieba; Latin letters and digits are cut at anything else.
  for (const run of normal.match(/[\p{Script=Han}]+|[\p{L}\p{N}]+(?:[.\-][\p{L}\p{N}]+)*/gu) ?? []) {
    if (/\p{Script=Han}/u.test(run)) {
      for (const w of cut.cut(run, false)) {
        if (!WORDLIKE.test(w)) continue;
        out.push(w);
        if (forIndex && [...w].length > 2) out.push(...innerWords(w, cut));
      }
    } else {
      // 3.2.1 and z3-1-1 stay whole, and their parts are words too (so 12315 and 3-1-1 match inside them).
      out.push(run);
      const parts = run.split(/[.\-]/);
      if (parts.length > 1) out.push(...parts.filter((p) => p && !ENGLISH_STOP.has(p)).map(englishWord));
      else if (!ENGLISH_STOP.has(run)) out[out.length - 1] = englishWord(run);
      else out.pop();
    }
  }
  return out;
}

/** What a node's words index holds: its name's words with exact-name tokens, and its text's words. */
export interface SearchWords {
  nameWords: string;
  textWords: string;
  searchWordsVersion: number;
}

/** Words of recent inputs: generated and bulk plans repeat the same names and texts, which are cut once. */
const recent = new Map<string, SearchWords>();
const MAX_RECENT = 20_000;

/** The stored search words of a node from its properties (the writers call this on every write). */
export function searchWordsOf(label: NodeLabel | string, p: Record<string, unknown>): SearchWords {
  const key = createHash('sha1').update(JSON.stringify([label, p.name, p.nameEn, p.aliases, p.documentNumber, p.code, p.searchText, p.summary, p.category, label === 'Task' ? null : p.text])).digest('base64');
  const known = recent.get(key);
  if (known) return known;
  const words = cutSearchWords(label, p);
  if (recent.size >= MAX_RECENT) recent.delete(recent.keys().next().value!);
  recent.set(key, words);
  return words;
}

function cutSearchWords(label: NodeLabel | string, p: Record<string, unknown>): SearchWords {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const aliases = Array.isArray(p.aliases) ? p.aliases.filter((a): a is string => typeof a === 'string') : [];
  const names = [str(p.name), str(p.nameEn), ...aliases, str(p.documentNumber)].filter(Boolean);
  const nameWords = new Set<string>();
  for (const n of names) {
    nameWords.add(exactToken(n));
    for (const w of wordsOf(n, true)) nameWords.add(w);
  }
  if (typeof p.code === 'string' && p.code) nameWords.add(normalizeText(p.code));
  const text = [str(p.searchText), str(p.summary), str(p.category), label === 'Task' ? '' : str(p.text)].join(' ').slice(0, MAX_TEXT_CHARS);
  const textWords = new Set(wordsOf(text, true));
  return { nameWords: [...nameWords].join(' '), textWords: [...textWords].join(' '), searchWordsVersion: SEARCH_WORDS_VERSION };
}
