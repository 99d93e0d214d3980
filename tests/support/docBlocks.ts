import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The printed answers of the README and docs/*.md, read from the Markdown itself so a new block is a new case
 * (docs/writing-docs.md states the convention):
 * - a ```graphql block followed by a ```json block (only blank lines or "Answer:" between) is a query and its answer;
 *   a first line `# as ROLE` sends it with the token the same file's `API_TOKENS="…"` gives that role;
 * - a ```python block followed by a ```json block is a script and what it prints;
 * - a ```text block whose first line starts with `$ ` is a shell transcript: each `$ ` line a command, the lines
 *   after it its output; an output line `…` stands for any number of lines;
 * - `<!-- varies: REGEX -->` just before a block masks what REGEX matches, in the printed and the real output alike;
 * - `<!-- not replayed: REASON -->` just before a block says its answer cannot be replayed; it is counted, not run.
 */
export interface Block {
  lang: string;
  body: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The Markdown between the previous block and this one. */
  before: string;
}

export type DocCase =
  | { kind: 'graphql'; file: string; line: number; role: string | null; query: string; answer: string }
  | { kind: 'python'; file: string; line: number; code: string; answer: string }
  | { kind: 'shell'; file: string; line: number; steps: { command: string; output: string[] }[]; varies: RegExp[] }
  | { kind: 'not replayed'; file: string; line: number; reason: string };

/** The fenced blocks of a Markdown text, in order. */
export function blocksOf(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let before: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*```(\w*)\s*$/.exec(lines[i]);
    if (!open) {
      before.push(lines[i]);
      continue;
    }
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    blocks.push({ lang: open[1], body: body.join('\n'), line: start + 1, before: before.join('\n') });
    before = [];
  }
  return blocks;
}

/** The Markdown outside fenced blocks. */
export const proseOf = (text: string) => text.replace(/^\s*```\w*\s*\n[\s\S]*?\n\s*```\s*$/gm, '');

/** The `<!-- key: value -->` markers on the lines just before a block (only blank lines may follow them). */
function markersBefore(before: string): { key: string; value: string }[] {
  const lines = before.split('\n');
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const found: { key: string; value: string }[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^\s*<!--\s*(varies|not replayed):\s*(.*?)\s*-->\s*$/.exec(lines[i]);
    if (!m) break;
    found.unshift({ key: m[1], value: m[2] });
  }
  return found;
}

const onlyGlue = (text: string) => /^\s*(Answer:)?\s*$/.test(text);

/** Every case a Markdown file prints, in document order. */
export function casesOf(file: string, text: string): DocCase[] {
  const blocks = blocksOf(text);
  const cases: DocCase[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const next = blocks[i + 1];
    const markers = markersBefore(block.before);
    const skip = markers.find((m) => m.key === 'not replayed');
    const answered = next?.lang === 'json' && onlyGlue(next.before);
    const transcript = block.lang === 'text' && block.body.trimStart().startsWith('$ ');
    if (!((block.lang === 'graphql' || block.lang === 'python') && answered) && !transcript) continue;
    if (skip) cases.push({ kind: 'not replayed', file, line: block.line, reason: skip.value });
    else if (transcript) {
      const steps: { command: string; output: string[] }[] = [];
      for (const line of block.body.split('\n')) {
        if (line.startsWith('$ ')) steps.push({ command: line.slice(2), output: [] });
        else steps[steps.length - 1].output.push(line);
      }
      for (const step of steps) while (step.output.length && !step.output[step.output.length - 1].trim()) step.output.pop();
      cases.push({ kind: 'shell', file, line: block.line, steps, varies: markers.filter((m) => m.key === 'varies').map((m) => new RegExp(m.value, 'g')) });
    } else if (block.lang === 'graphql') {
      const role = /^#\s*as\s+(\w+)\s*$/.exec(block.body.split('\n')[0])?.[1] ?? null;
      cases.push({ kind: 'graphql', file, line: block.line, role, query: block.body, answer: next.body });
    } else cases.push({ kind: 'python', file, line: block.line, code: block.body, answer: next.body });
    if (answered) i++;
  }
  return cases;
}

const ROLES = ['READER', 'ANALYST', 'PLANNER', 'INTEGRATOR', 'ADMIN'];

/** The tokens a file defines: `API_TOKENS="token:ROLE:name,…"` with a real role (a line explaining the format is not one). */
export function tokensOf(text: string): { token: string; role: string; name: string }[] {
  return [...text.matchAll(/API_TOKENS="([^"]+)"/g)]
    .flatMap((m) =>
      m[1].split(',').map((entry) => {
        const [token, role, name] = entry.trim().split(':');
        return { token, role, name: name ?? role?.toLowerCase() };
      }),
    )
    .filter((t) => t.token && ROLES.includes(t.role));
}

/** The README and every docs/*.md, relative to `root`. */
export function docFiles(root: string): string[] {
  return ['README.md', ...readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
}

/** Reads a doc file. */
export const readDoc = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

/** Does `actual` (lines) match `expected` (lines, where `…` stands for any run of lines)? */
export function linesMatch(expected: string[], actual: string[]): boolean {
  const go = (e: number, a: number): boolean => {
    if (e === expected.length) return a === actual.length;
    if (expected[e].trim() === '…') {
      for (let k = a; k <= actual.length; k++) if (go(e + 1, k)) return true;
      return false;
    }
    return a < actual.length && expected[e] === actual[a] && go(e + 1, a + 1);
  };
  return go(0, 0);
}

/** Masks what each pattern matches. */
export const mask = (line: string, varies: RegExp[]) => varies.reduce((text, re) => text.replace(re, '<varies>'), line);

type Json = any;

/** `value` without the list entries that name something another test file touched (an entry left empty by that goes too). */
export function withoutOthers(value: Json, touched: { ids: Set<string>; numbers: Set<number> }): Json {
  const isObject = (v: Json) => v !== null && typeof v === 'object' && !Array.isArray(v);
  // An entry names what it holds outside its own lists: a row its indicator, a group its agency.
  const names = (v: Json): boolean =>
    isObject(v) && Object.entries(v).some(([k, x]) => (k === 'id' && touched.ids.has(x as string)) || (k === 'number' && touched.numbers.has(x as number)) || names(x));
  const emptied = (before: Json, after: Json) => isObject(before) && Object.keys(before).some((k) => Array.isArray(before[k]) && before[k].length > 0 && after[k].length === 0);
  const prune = (v: Json): Json => {
    if (Array.isArray(v)) return v.filter((x) => !names(x)).map((x) => [x, prune(x)]).filter(([x, y]) => !emptied(x, y)).map(([, y]) => y);
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, prune(x)]));
    return v;
  };
  return prune(value);
}
