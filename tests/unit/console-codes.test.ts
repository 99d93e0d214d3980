/**
 * Every code the API can answer with has a label in both of the console's languages: the test walks the schema's
 * enums in the SDL (schema/*.graphql, definitions and extensions), the `Node` interface's kinds and every audit action
 * the code writes (read from src/), so a new enum value, node kind or action fails here until it is labelled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type EnumTypeDefinitionNode, type EnumTypeExtensionNode } from 'graphql';
import { actionLabel, code, ENUM_LABELS, formatDateTime, formatNumber, kindLabel, NODE_KINDS, type EnumName } from '../../console/src/codes';

const ROOT = path.resolve(__dirname, '../..');
const CJK = /[\u4e00-\u9fff]/;

/** Every enum of the SDL with its values. */
function sdlEnums(): Map<string, string[]> {
  const enums = new Map<string, string[]>();
  for (const file of readdirSync(path.join(ROOT, 'schema')).filter((f) => f.endsWith('.graphql'))) {
    for (const def of parse(readFileSync(path.join(ROOT, 'schema', file), 'utf8')).definitions) {
      if (def.kind !== Kind.ENUM_TYPE_DEFINITION && def.kind !== Kind.ENUM_TYPE_EXTENSION) continue;
      const e = def as EnumTypeDefinitionNode | EnumTypeExtensionNode;
      enums.set(e.name.value, [...(enums.get(e.name.value) ?? []), ...(e.values ?? []).map((v) => v.name.value)]);
    }
  }
  return enums;
}

/** Every audit action src/ writes: literal ones, and the templates expanded over relations and node labels. */
function auditActions(relations: string[], labels: string[]): Set<string> {
  const actions = new Set<string>();
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? (d.name === '__generated__' ? [] : walk(path.join(dir, d.name))) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []));
  for (const file of walk(path.join(ROOT, 'src'))) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!/\baction\b/.test(line)) continue;
      for (const m of line.matchAll(/'([A-Z]+(?:_[A-Z]+)+)'/g)) actions.add(m[1]);
      for (const m of line.matchAll(/`([A-Z]+)_\$\{(\w+)(\.toUpperCase\(\))?\}`/g)) for (const x of m[3] ? labels.map((l) => l.toUpperCase()) : relations) actions.add(`${m[1]}_${x}`);
    }
  }
  return actions;
}

describe('the console’s labels for codes', () => {
  const enums = sdlEnums();

  it('labels every value of every enum in the SDL in Chinese and in English, and nothing the SDL does not have', () => {
    expect(enums.size).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const [name, values] of enums) {
      const labels = ENUM_LABELS[name as EnumName] as Record<string, readonly [string, string]> | undefined;
      if (!labels) {
        missing.push(`${name} (the whole enum)`);
        continue;
      }
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const value of values) {
        const [zh, en] = labels[value] ?? ['', ''];
        if (!CJK.test(zh) || !en.trim() || en === value) missing.push(`${name}.${value}: ${JSON.stringify([zh, en])}`);
        expect(code('zh', name as EnumName, value)).toBe(zh);
        expect(code('en', name as EnumName, value)).toBe(en);
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(ENUM_LABELS).sort()).toEqual([...enums.keys()].sort());
  });

  it('labels every kind of node (the Node interface’s members, from codegen) in both languages', () => {
    const sdl = readdirSync(path.join(ROOT, 'schema')).map((f) => readFileSync(path.join(ROOT, 'schema', f), 'utf8')).join('\n');
    const members = [...sdl.matchAll(/^type (\w+) implements [^{]*\bNode\b/gm)].map((m) => m[1]).sort();
    expect([...NODE_KINDS].sort()).toEqual(members);
    for (const kind of NODE_KINDS) {
      expect(kindLabel('zh', kind)).toMatch(CJK);
      expect(kindLabel('en', kind)).toBe(kind);
    }
  });

  it('labels every audit action the code writes, the verb and its object, in both languages', () => {
    const actions = auditActions(enums.get('RelationKind')!, [...NODE_KINDS]);
    expect(actions).toContain('ASSIGN_OWNER');
    expect(actions).toContain('LINK_OWNED_BY');
    expect(actions.size).toBeGreaterThan(15);
    const unlabelled = [...actions].filter((a) => !CJK.test(actionLabel('zh', a)) || actionLabel('en', a) === a);
    expect(unlabelled).toEqual([]);
    expect(actionLabel('zh', 'ASSIGN_OWNER')).toBe('指定责任单位');
    expect(actionLabel('en', 'ASSIGN_OWNER')).toBe('assign owner');
  });

  it('writes timestamps and numbers as each language does (Intl), never the raw ISO string', () => {
    const at = '2026-03-05T08:07:00.000Z';
    const zh = formatDateTime('zh', at);
    const en = formatDateTime('en', at);
    expect(zh).toMatch(/2026年3月5日/);
    expect(en).toMatch(/5 Mar 2026/);
    for (const s of [zh, en]) expect(s).not.toContain('T08');
    expect(formatDateTime('zh', 'not a date')).toBe('not a date');
    expect(formatNumber('en', 12022.5)).toBe('12,022.5');
    expect(formatNumber('zh', null)).toBe('—');
  });
});
