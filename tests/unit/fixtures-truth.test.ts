import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlanTruth, TruthIndicator, TruthOwner, TruthTask } from '../support/planDoc';

/**
 * The hand-written plans in tests/fixtures/plans/ and their truth. This checks only that each truth file has the
 * PlanTruth shape and that everything it quotes is in the plan's own text; it never runs the importer (the fixtures'
 * truth was written without it, see tests/fixtures/plans/README.md).
 */
const FIXTURES_DIR = path.join(__dirname, '..', 'fixtures', 'plans');
const fixtureNames = readdirSync(FIXTURES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const LEVELS: TruthTask['level'][] = ['CHAPTER', 'SECTION', 'SUBSECTION', 'ITEM', 'MEASURE', 'COLUMN'];
const KINDS: TruthIndicator['kind'][] = ['LEVEL', 'ANNUAL', 'GROWTH', 'CUMULATIVE'];
const ATTRIBUTES: TruthIndicator['attribute'][] = ['BINDING', 'EXPECTED', null];
const SOURCES: TruthOwner['source'][] = ['SENTENCE', 'DIVISION_TABLE'];
/** A standard's code as the truth quotes it (GB/T 19001-2016, GB 14881-2013, LB/T 065-2019). */
const STANDARD_CODE = /^[A-Z]{2}(?:\/[TZ])? \d+(?:\.\d+)*-\d{4}$/;
const HEADING_MARKER = /(?:第[一二三四五六七八九十]+[章节]|第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|（\d+）|\d+\.|专栏\d+)/;
const escapeRegExp = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PAGE_NUMBER_LINE = /^—\s*\d+\s*—$/;

/**
 * The visible text of a saved web page: markup outside script and style dropped, entities decoded. Written out here
 * because htmlparser2 12 is ESM-only and this jest loads CommonJS; the fixtures use only the entities below, and an
 * unknown one fails the check rather than being read as text.
 */
const ENTITIES: Record<string, string> = { nbsp: '\u00a0', gt: '>', lt: '<', amp: '&', quot: '"', ldquo: '\u201c', rdquo: '\u201d' };
function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&(#\d+|[a-z]+);/gi, (entity, code: string) => {
      const decoded = code.startsWith('#') ? String.fromCodePoint(Number(code.slice(1))) : ENTITIES[code.toLowerCase()];
      if (decoded === undefined) throw new Error(`unknown entity ${entity} in a fixture page`);
      return decoded;
    });
}

/**
 * Plain text without what a PDF copy adds between body lines: 「— 7 —」 page numbers and the running header that
 * follows them (a line seen after at least three page numbers), so a sentence broken by a page break reads whole again.
 */
function withoutPageFurniture(text: string): string {
  const lines = text.split('\n').map((line) => line.trim());
  const afterPageNumber = new Map<string, number>();
  lines.forEach((line, i) => {
    if (PAGE_NUMBER_LINE.test(line) && i + 1 < lines.length) afterPageNumber.set(lines[i + 1], (afterPageNumber.get(lines[i + 1]) ?? 0) + 1);
  });
  const runningHeaders = new Set([...afterPageNumber].filter(([, count]) => count >= 3).map(([line]) => line));
  return lines.filter((line, i) => !PAGE_NUMBER_LINE.test(line) && !(i > 0 && PAGE_NUMBER_LINE.test(lines[i - 1]) && runningHeaders.has(line))).join('\n');
}

/** Hard-wrapped lines and cell breaks join up once all whitespace is gone; the truth's own spaces go too. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

interface Fixture { name: string; text: string; truth: PlanTruth }

function loadFixture(name: string): Fixture {
  const dir = path.join(FIXTURES_DIR, name);
  const htmlPath = path.join(dir, 'plan.html');
  const raw = existsSync(htmlPath) ? htmlText(readFileSync(htmlPath, 'utf8')) : readFileSync(path.join(dir, 'plan.txt'), 'utf8');
  return { name, text: squeeze(withoutPageFurniture(raw)), truth: JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) as PlanTruth };
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() === value && value.length > 0;

describe('hand-written plan fixtures', () => {
  it('there are at least two, each with its plan, truth and README', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(2);
    for (const name of fixtureNames) {
      const dir = path.join(FIXTURES_DIR, name);
      expect([existsSync(path.join(dir, 'plan.txt')), existsSync(path.join(dir, 'plan.html'))]).toContain(true);
      expect(existsSync(path.join(dir, 'truth.json'))).toBe(true);
      expect(existsSync(path.join(dir, 'README.md'))).toBe(true);
    }
  });

  describe.each(fixtureNames)('%s', (name) => {
    const { text, truth } = loadFixture(name);

    it('has the PlanTruth shape and a title and period the text states', () => {
      expect(Object.keys(truth).sort()).toEqual(['citations', 'indicators', 'jurisdiction', 'owners', 'period', 'tasks', 'title']);
      expect(text).toContain(squeeze(truth.title));
      expect(Number.isInteger(truth.period.start) && truth.period.end === truth.period.start + 4).toBe(true);
      expect(truth.jurisdiction).toMatch(/^[^/]+(\/[^/]+){0,2}$/);
    });

    it('names every task as the text writes it, under a parent listed before it, with a known level', () => {
      const seen = new Map<string, TruthTask>();
      for (const task of truth.tasks) {
        expect(Object.keys(task).sort()).toEqual(['level', 'name', 'parent']);
        expect(isText(task.name)).toBe(true);
        expect(LEVELS).toContain(task.level);
        expect(seen.has(task.name)).toBe(false);
        // The name follows its numbering marker (第三章, 一、, （一）, 1., （1）, 专栏2): it is a heading, not a phrase of the body.
        expect(text).toMatch(new RegExp(`${HEADING_MARKER.source}${escapeRegExp(squeeze(task.name))}`));
        if (task.level === 'CHAPTER') expect(task.parent).toBeNull();
        else expect(seen.has(task.parent ?? '')).toBe(true);
        seen.set(task.name, task);
      }
      // A box's items are ITEMs whose parent is the box.
      for (const task of truth.tasks.filter((t) => t.parent !== null && seen.get(t.parent)?.level === 'COLUMN')) expect(task.level).toBe('ITEM');
    });

    it('gives every indicator a name in the text and a well-formed target', () => {
      const names = new Set<string>();
      for (const indicator of truth.indicators) {
        const keys = Object.keys(indicator).sort();
        expect(keys.filter((key) => key !== 'upper')).toEqual(['attribute', 'ceiling', 'kind', 'name', 'unit', 'value']);
        expect(isText(indicator.name)).toBe(true);
        expect(names.has(indicator.name)).toBe(false);
        names.add(indicator.name);
        expect(text).toContain(squeeze(indicator.name));
        expect(ATTRIBUTES).toContain(indicator.attribute);
        expect(KINDS).toContain(indicator.kind);
        expect(typeof indicator.value === 'number' || indicator.value === null).toBe(true);
        expect(typeof indicator.ceiling).toBe('boolean');
        expect(indicator.unit === null || isText(indicator.unit)).toBe(true);
        if ('upper' in indicator) expect(indicator.upper).toBeGreaterThan(indicator.value ?? -Infinity);
      }
    });

    it('lists every 《》 citation of the text, once per occurrence and in order, and every standard code it quotes', () => {
      const bracketed = truth.citations.filter((citation) => !STANDARD_CODE.test(citation));
      const inText = [...text.matchAll(/《([^》]+)》/g)].map((match) => match[1]);
      expect(bracketed.map(squeeze)).toEqual(inText);
      const codes = truth.citations.filter((citation) => STANDARD_CODE.test(citation));
      for (const code of codes) expect(occurrences(text, squeeze(code))).toBe(codes.filter((c) => c === code).length);
      expect(codes.map(squeeze)).toEqual(text.match(/[A-Z]{2}(?:\/[TZ])?\d+(?:\.\d+)*-\d{4}/g) ?? []);
    });

    it('owns only tasks and indicators the truth lists, with bodies the text names', () => {
      const taskNames = new Set(truth.tasks.map((task) => task.name));
      const indicatorNames = new Set(truth.indicators.map((indicator) => indicator.name));
      for (const owner of truth.owners) {
        expect(Object.keys(owner).sort()).toEqual(['lead', 'of', 'ofKind', 'source', 'support']);
        expect(SOURCES).toContain(owner.source);
        expect((owner.ofKind === 'TASK' ? taskNames : indicatorNames).has(owner.of)).toBe(true);
        expect(owner.lead.length).toBeGreaterThan(0);
        for (const body of [...owner.lead, ...owner.support]) {
          expect(isText(body)).toBe(true);
          expect(text).toContain(squeeze(body));
        }
      }
      // A division-table row names its task once.
      const tableRows = truth.owners.filter((owner) => owner.source === 'DIVISION_TABLE').map((owner) => owner.of);
      expect(new Set(tableRows).size).toBe(tableRows.length);
    });
  });
});
