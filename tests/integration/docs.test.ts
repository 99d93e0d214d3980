import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { casesOf, docFiles, linesMatch, mask, readDoc, tokensOf, withoutOthers, type DocCase } from '../support/docBlocks';
import { startTestApi, type TestApi } from '../support/api';
import { ROOT } from '../support/paths';

/**
 * Every printed answer of the README and docs/*.md, replayed against the seeded test API (docs/writing-docs.md).
 * A file's cases run in its order, so a walk-through builds on its earlier steps; they are generated from the
 * Markdown, so a new block is a new case. Answers marked `<!-- not replayed: … -->` are counted and printed.
 */
const FILES = docFiles(ROOT).map((file) => ({ file, text: readDoc(ROOT, file) }));
const CASES = FILES.map(({ file, text }) => ({ file, cases: casesOf(file, text), tokens: tokensOf(text) }));
const ALL = CASES.flatMap((f) => f.cases);
const TOKENS = CASES.flatMap((f) => f.tokens);
const NAMES = [...new Set(TOKENS.map((t) => t.name))];
/** Plans the transcripts import (`--key`), removed afterwards. */
const KEYS = [...new Set(ALL.flatMap((c) => (c.kind === 'shell' ? c.steps.flatMap((s) => [...s.command.matchAll(/--key (\S+)/g)].map((m) => m[1])) : [])))];

type Json = any;
let api: TestApi;
let startSeq = 0;
let versions: { id: string; version: number }[] = [];
const counts = { replayed: 0, notReplayed: [] as string[], setAside: 0 };

beforeAll(async () => {
  api = await startTestApi({ API_TOKENS: [...new Map(TOKENS.map((t) => [t.token, `${t.token}:${t.role}:${t.name}`])).values()].join(',') });
  startSeq = (await api.db.read<{ seq: number | null }>({ cypher: 'MATCH (c:Change) RETURN max(c.seq) AS seq' }))[0].seq ?? 0;
  versions = await api.db.read({ cypher: 'MATCH (n:Entity) WHERE n.version IS NOT NULL RETURN n.id AS id, n.version AS version' });
}, 120_000);

afterAll(async () => {
  if (!api) return;
  const touched = (await ourChanges()).map((c) => c.entity);
  await api.db.write({ cypher: 'MATCH (i:Indicator)-[:HAS_AMENDMENT]->(a:Amendment) WHERE i.id IN $ids DETACH DELETE a', params: { ids: touched } });
  await api.db.write({ cypher: "MATCH (:Entity)-[r:OWNED_BY {origin: 'API'}]->(:Agency) WHERE r.assignedBy IN $names DELETE r", params: { names: NAMES } });
  await api.db.write({ cypher: 'MATCH (m:Measurement) WHERE m.recordedBy IN $names OPTIONAL MATCH (m)-[:REPLACED]->(r) DETACH DELETE m, r', params: { names: NAMES } });
  await api.db.write({
    cypher: 'UNWIND $versions AS v MATCH (i:Indicator {id: v.id}) WHERE i.id IN $ids SET i.version = v.version REMOVE i.amendmentCount, i.areas, i.areaRollUp',
    params: { versions, ids: touched },
  });
  await api.db.write({ cypher: 'MATCH (i:Indicator)-[:HAS_MEASUREMENT]->(m:Measurement) WHERE i.seedPlan IN $keys DETACH DELETE m', params: { keys: KEYS } });
  // A place's agencies and laws are shared with any other plan of that place (the importer's tests import the same
  // example plans under their own keys, maybe at this moment): one still joined to another plan's node stays.
  await api.db.write({
    cypher: `MATCH (n:Entity) WHERE n.seedPlan IN $keys
             AND NOT ((n:Agency OR n:Law) AND EXISTS { MATCH (n)--(m:Entity) WHERE NOT m.seedPlan IN $keys })
             DETACH DELETE n`,
    params: { keys: KEYS },
  });
  const [{ kept }] = await api.db.read<{ kept: number }>({ cypher: 'MATCH (n:Entity) WHERE n.seedPlan IN $keys RETURN count(n) AS kept', params: { keys: KEYS } });
  await api.db.write({ cypher: 'MATCH (m:PlanGraphMeta) WHERE m.key IN $keys DELETE m', params: { keys: KEYS.map((k) => `seed:${k}`) } });
  await api.db.write({ cypher: 'MATCH (c:Change) WHERE c.seq > $start AND c.by IN $names DELETE c', params: { start: startSeq, names: NAMES } });
  // The transcripts' imports are audited too (IMPORT_PLAN by plan:import, entity the plan).
  await api.db.write({ cypher: "MATCH (c:Change {action: 'IMPORT_PLAN'}) WHERE c.seq > $start AND c.entity IN $plans DELETE c", params: { start: startSeq, plans: KEYS.map((k) => `Plan:${k}`) } });
  await api.close();
  process.stdout.write(
    `\n[docs] ${counts.replayed} printed answers replayed, ${counts.notReplayed.length} marked not replayed` +
      `${counts.notReplayed.map((r) => `\n  - ${r}`).join('')}\n` +
      (counts.setAside ? `[docs] ${counts.setAside} list entries set aside: written meanwhile by other test files\n` : '') +
      (kept ? `[docs] ${kept} agencies and laws of the imported plans kept: other plans use them\n` : ''),
  );
}, 120_000);

const ourChanges = () => api.db.read<{ entity: string }>({ cypher: 'MATCH (c:Change) WHERE c.seq > $start AND c.by IN $names RETURN c.entity AS entity', params: { start: startSeq, names: NAMES } });

/**
 * What other test files, writing into the same database while this one runs, changed meanwhile (from the audit
 * trail): their entities' ids, and the numbers of their indicators.
 */
async function othersTouched(): Promise<{ ids: Set<string>; numbers: Set<number> }> {
  const rows = await api.db.read<{ entity: string; related: string | null }>({
    cypher: 'MATCH (c:Change) WHERE c.seq > $start AND NOT c.by IN $names RETURN c.entity AS entity, c.related AS related',
    params: { start: startSeq, names: NAMES },
  });
  const ids = new Set(rows.flatMap((r) => [r.entity, r.related ?? '']).map((id) => id.replace(/^Measurement:([^:]+):([^@]+)@.*$/, 'Indicator:$1:$2')));
  const numbers = new Set([...ids].map((id) => /^Indicator:[^:]+:(\d+)$/.exec(id)?.[1]).filter(Boolean).map(Number));
  return { ids, numbers };
}

/** The answer as printed: `{"data": …}` (with any `errors`) is the whole response, else it is `data` alone and there must be no errors. */
async function answerOf(c: Extract<DocCase, { kind: 'graphql' }>, tokens: Map<string, string>): Promise<{ actual: Json; expected: Json }> {
  const expected = JSON.parse(c.answer);
  const token = c.role ? tokens.get(c.role) : undefined;
  if (c.role && !token) throw new Error(`${c.file}:${c.line} is sent "# as ${c.role}" but no API_TOKENS="…" line of ${c.file} gives a ${c.role} token`);
  const res = await api.gql(c.query, {}, token);
  const whole = expected && typeof expected === 'object' && Object.keys(expected).every((k) => k === 'data' || k === 'errors');
  if (whole) return { expected, actual: JSON.parse(JSON.stringify({ data: res.data, errors: res.errors })) };
  return { expected: { errors: undefined, data: expected }, actual: { errors: res.errors, data: res.data } };
}

const where = (c: DocCase) => `${c.file}:${c.line}`;
const title = (c: DocCase) => (c.kind === 'graphql' ? c.query.split('\n').find((l) => !l.startsWith('#'))! : c.kind === 'shell' ? `$ ${c.steps[0].command}` : c.kind).slice(0, 70);

/** The Python that runs the Python examples (PLANGRAPH_PYTHON, else python3); without gql[requests] they are counted, not run. */
const PYTHON = process.env.PLANGRAPH_PYTHON ?? 'python3';
/**
 * Runs a program without blocking this process: the API under test lives here, so a synchronous spawn of a client
 * (curl, Python) would wait for an answer this process could never give.
 */
const runAsync = (file: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout: number }) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(file, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ status: error ? ((error as { code?: unknown }).code as number | null) ?? 1 : 0, stdout, stderr }),
    );
  });

const pythonHasGql = spawnSync(PYTHON, ['-c', 'import gql, requests'], { stdio: 'ignore' }).status === 0;

describe('every printed answer of the README and docs/*.md is the real one', () => {
  it('finds the printed answers (at least the cookbook, the plan’s life and the importer’s walk-through)', () => {
    expect(ALL.filter((c) => c.kind === 'graphql').length).toBeGreaterThanOrEqual(25);
    expect(ALL.filter((c) => c.kind === 'shell').length).toBeGreaterThanOrEqual(3);
  });

  it('names each token once: the same token has the same role and name in every file', () => {
    const byToken = new Map<string, string>();
    for (const t of TOKENS) {
      const said = `${t.role}:${t.name}`;
      expect({ token: t.token, said: byToken.get(t.token) ?? said }).toEqual({ token: t.token, said });
      byToken.set(t.token, said);
    }
  });

  for (const { file, cases, tokens } of CASES.filter((f) => f.cases.length)) {
    describe(file, () => {
      const byRole = new Map(tokens.map((t) => [t.role, t.token]));
      for (const c of cases) {
        it(`${where(c)} ${c.kind}: ${title(c)}`, async () => {
          if (c.kind === 'not replayed') {
            counts.notReplayed.push(`${where(c)}: ${c.reason}`);
            return;
          }
          if (c.kind === 'graphql') {
            let { actual, expected } = await answerOf(c, byRole);
            if (JSON.stringify(actual) !== JSON.stringify(expected)) {
              // Other test files write into this database at the same time: set aside the entries they touched.
              const touched = await othersTouched();
              const kept = withoutOthers(actual, touched);
              counts.setAside += JSON.stringify(actual).length === JSON.stringify(kept).length ? 0 : 1;
              [actual, expected] = [kept, withoutOthers(expected, touched)];
            }
            expect({ at: where(c), answer: actual }).toEqual({ at: where(c), answer: expected });
          } else if (c.kind === 'python') {
            if (!pythonHasGql) {
              counts.notReplayed.push(`${where(c)}: ${PYTHON} has no gql[requests] here (set PLANGRAPH_PYTHON)`);
              return;
            }
            const dir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-docs-'));
            try {
              writeFileSync(path.join(dir, 'example.py'), c.code.replaceAll('http://localhost:4000', api.url));
              const run = await runAsync(PYTHON, [path.join(dir, 'example.py')], { timeout: 60_000 });
              expect({ at: where(c), stderr: run.stderr, answer: JSON.parse(run.stdout) }).toEqual({ at: where(c), stderr: '', answer: JSON.parse(c.answer) });
            } finally {
              rmSync(dir, { recursive: true, force: true });
            }
          } else {
            // A transcript whose programs this machine lacks (curl, say) is counted, not failed.
            const programs = [...new Set(c.steps.map((s) => s.command.replace(/^(\w+=\S+\s+)*/, '').split(/\s+/)[0]))];
            const missing = programs.filter((p) => spawnSync('bash', ['-c', `command -v ${p}`], { stdio: 'ignore' }).status !== 0);
            if (missing.length) {
              counts.notReplayed.push(`${where(c)}: ${missing.join(', ')} not installed here`);
              return;
            }
            for (const step of c.steps) {
              const run = await runAsync('bash', ['-c', `${step.command.replaceAll('http://localhost:4000', api.url)} 2>&1`], {
                cwd: ROOT,
                timeout: 240_000,
                env: { ...process.env, npm_config_loglevel: 'silent', NO_COLOR: '1' },
              });
              const actual = run.stdout.replace(/\n$/, '').split('\n').map((l) => mask(l, c.varies));
              const expected = step.output.map((l) => mask(l, c.varies));
              if (!linesMatch(expected, actual)) expect({ at: where(c), command: step.command, output: actual }).toEqual({ at: where(c), command: step.command, output: expected });
            }
          }
          counts.replayed++;
        }, 600_000);
      }
    });
  }
});
