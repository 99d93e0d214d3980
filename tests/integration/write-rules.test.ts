// Roles guard meaning, and one validator guards every write path: against a private Neo4j, so a whole-store
// checksum (node and edge counts, every property) shows a refused write stored nothing.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { importPlanText } from '../../src/importer/importer';
import { startTestApi, type TestApi } from '../support/api';
import { ROOT } from '../support/paths';
import { auditSeq, restoreNodes, rewindAudit, snapshotNodes, startPrivateStore, storeFingerprint, type PrivateStore } from '../support/privateStore';
import { syntheticPlan } from '../support/syntheticPlan';

let store: PrivateStore;
let api: TestApi;
const dir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-write-rules-'));
beforeAll(async () => {
  store = await startPrivateStore();
  api = store.api;
}, 600_000);
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const IND9 = 'Indicator:lps-msm-14:9';
const UPSERT_INDICATOR = `mutation($input: UpsertIndicatorInput!) { upsertIndicator(input: $input) { outcome version indicator { targetRaw: target { raw } attribute } } }`;
const REVIEW_9 = `{ midTermReview(asOf: 2023, plan: "Plan:lps-msm-14") { indicators { indicator { number target { raw value } } status expected } } }`;
const indicator9 = async () => (await api.db.read<{ p: any }>({ cypher: 'MATCH (n:Indicator {id: $id}) RETURN properties(n) AS p', params: { id: IND9 } }))[0].p;
const review9 = async () => (await api.gql(REVIEW_9)).data!.midTermReview.indicators.find((r: any) => r.indicator.number === 9);
const importDoc = (nodes: unknown[], edges: unknown[] = []) => ({ format: 'plangraph-export/1', nodes, edges });
const IMPORT = 'mutation($d: JSON!, $reason: String) { importGraph(document: $d, reason: $reason) { nodes edges created updated } }';
const tsx = (args: string[], env: Record<string, string> = {}) =>
  promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT, env: { ...process.env, ...store.neo4jEnv, LOG_LEVEL: 'silent', ...env }, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }))
    .catch((error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }));

describe('roles guard meaning', () => {
  it('an INTEGRATOR cannot change a Table 1 target or attribute: FORBIDDEN naming the amendment workflow, nothing stored, the review still judges against the plan', async () => {
    const stored = await indicator9();
    const reviewBefore = await review9();
    const before = await storeFingerprint(api.db);
    const base = { id: IND9, expectedVersion: stored.version, name: stored.name, targetRaw: stored.targetRaw, targetKind: stored.targetKind };
    const target = await api.gql(UPSERT_INDICATOR, { input: { ...base, targetRaw: '50%', targetValue: 50 } }, 'integrator-token');
    expect(code(target)).toBe('FORBIDDEN');
    expect(target.errors![0].message).toMatch(/targetRaw.*proposeAmendment/);
    const attribute = await api.gql(UPSERT_INDICATOR, { input: { ...base, attribute: stored.attribute === 'BINDING' ? 'EXPECTED' : 'BINDING' } }, 'integrator-token');
    expect(code(attribute)).toBe('FORBIDDEN');
    // Not even with a reason: only an ADMIN's reason counts.
    expect(code(await api.gql(UPSERT_INDICATOR, { input: { ...base, targetRaw: '50%', reason: 'the registry says so' } }, 'integrator-token'))).toBe('FORBIDDEN');
    expect(await storeFingerprint(api.db)).toEqual(before);
    expect(await review9()).toEqual(reviewBefore);
    expect(reviewBefore.indicator.target.raw).toBe(stored.targetRaw);
  });

  it('an INTEGRATOR may change an operational field (nameEn) of the same indicator', async () => {
    const stored = await indicator9();
    const seq = await auditSeq(api.db);
    await snapshotNodes(api.db, [IND9]);
    try {
      const res = await api.gql(UPSERT_INDICATOR, { input: { id: IND9, expectedVersion: stored.version, name: stored.name, targetRaw: stored.targetRaw, targetKind: stored.targetKind, nameEn: 'Online violation clue handling rate' } }, 'integrator-token');
      expect(res.data!.upsertIndicator.outcome).toBe('UPDATED');
    } finally {
      await restoreNodes(api.db);
      await rewindAudit(api.db, seq);
    }
  });

  it('an ADMIN changes a target only with a reason, which the audit entry keeps', async () => {
    const stored = await indicator9();
    const before = await storeFingerprint(api.db);
    const seq = await auditSeq(api.db);
    const input = { id: IND9, expectedVersion: stored.version, name: stored.name, targetRaw: '99%', targetKind: stored.targetKind };
    expect(code(await api.gql(UPSERT_INDICATOR, { input }, 'admin-token'))).toBe('BAD_USER_INPUT');
    expect(await storeFingerprint(api.db)).toEqual(before);
    await snapshotNodes(api.db, [IND9]);
    try {
      const res = await api.gql(UPSERT_INDICATOR, { input: { ...input, reason: 'transcription error in Table 1 (the printed plan says 99%)' } }, 'admin-token');
      expect(res.data!.upsertIndicator.outcome).toBe('UPDATED');
      const history = await api.gql(`{ history(of: "${IND9}", first: 100) { edges { node { action by reason after } } } }`, undefined, 'analyst-token');
      expect(history.data!.history.edges.at(-1).node).toEqual({ action: 'UPDATE_INDICATOR', by: 'admin', reason: 'transcription error in Table 1 (the printed plan says 99%)', after: { targetRaw: '99%' } });
    } finally {
      await restoreNodes(api.db);
      await rewindAudit(api.db, seq);
    }
    expect(await storeFingerprint(api.db)).toEqual(before);
  });

  it('an INTEGRATOR may not create a Table 1 row, nor add a judged edge, nor remove one the plan states', async () => {
    const before = await storeFingerprint(api.db);
    const create = await api.gql(`mutation { upsertIndicator(input: {plan: "Plan:lps-msm-14", code: "99", name: "新指标", targetRaw: "50%", targetKind: LEVEL}) { outcome } }`, undefined, 'integrator-token');
    expect(code(create)).toBe('FORBIDDEN');
    const task = (await api.db.read<{ v: number }>({ cypher: "MATCH (t:Task {id: 'Task:lps-msm-14:3.1'}) RETURN t.version AS v" }))[0].v;
    const supports = await api.gql(`mutation { link(input: {relation: SUPPORTS, from: "Task:lps-msm-14:3.1", to: "Goal:lps-msm-14:G-SPECIFIC-1", expectedVersion: ${task}}) { outcome } }`, undefined, 'integrator-token');
    expect(code(supports)).toBe('FORBIDDEN');
    expect(supports.errors![0].message).toMatch(/confirmLink/);
    const [stated] = await api.db.read<{ from: string; to: string; v: number }>({ cypher: "MATCH (t:Task)-[r:INVOLVES]->(a:Agency) WHERE r.origin <> 'API' RETURN t.id AS from, a.id AS to, t.version AS v LIMIT 1" });
    const unlink = await api.gql(`mutation($input: LinkInput!) { unlink(input: $input) { outcome } }`, { input: { relation: 'INVOLVES', from: stated.from, to: stated.to, expectedVersion: stated.v } }, 'integrator-token');
    expect(code(unlink)).toBe('FORBIDDEN');
    expect(await storeFingerprint(api.db)).toEqual(before);
  });

  it('Proposal.decidedBy and decidedAt follow the audit rule: UNAUTHENTICATED anonymously, FORBIDDEN for a READER, the values for an ANALYST', async () => {
    const seq = await auditSeq(api.db);
    await api.db.write({
      cypher: `MATCH (a:Task {id: 'Task:lps-msm-14:3.1'}) MATCH (b:Agency {id: 'Agency:lps-amr'})
               CREATE (a)-[:PROPOSED {id: 'Proposal:lps-msm-14:00000000000000bb', plan: 'lps-msm-14', relation: 'INVOLVES', status: 'REJECTED', confidence: 0.4, evidence: 't', quote: 'q', sectionPath: [], decidedBy: 'planner-bot', decidedAt: '2026-01-01T00:00:00Z'}]->(b)`,
    });
    try {
      const q = `{ proposals(plan: "Plan:lps-msm-14", status: [REJECTED]) { edges { node { id decidedBy decidedAt } } } }`;
      const anonymous = await api.gql(q);
      expect(code(anonymous)).toBe('UNAUTHENTICATED');
      expect(anonymous.data!.proposals.edges[0].node.decidedBy).toBeNull();
      expect(code(await api.gql(q, undefined, 'reader-token'))).toBe('FORBIDDEN');
      const analyst = await api.gql(q, undefined, 'analyst-token');
      expect(analyst.errors).toBeUndefined();
      expect(analyst.data!.proposals.edges[0].node).toMatchObject({ decidedBy: 'planner-bot', decidedAt: expect.stringMatching(/^2026-01-01/) });
    } finally {
      await api.db.write({ cypher: "MATCH ()-[p:PROPOSED {id: 'Proposal:lps-msm-14:00000000000000bb'}]->() DELETE p" });
      await rewindAudit(api.db, seq);
    }
  });
});

describe('one validator for every write: importGraph refuses a corrupting document whole', () => {
  const agency = { labels: ['Agency'], key: 'Agency:lps-amr', props: { id: 'Agency:lps-amr', name: '六盘水市市场监督管理局', level: 'CITY', kind: 'GOVERNMENT', version: 1 }, ints: ['version'] };
  const edge = (type: string, from: string, to: string) => ({ type, from, to, props: { origin: 'API' }, ints: [] });
  it.each([
    ['adds the Law label to an Agency', importDoc([{ ...agency, labels: ['Agency', 'Law'] }]), /exactly one of/],
    ['makes an Agency a Law', importDoc([{ ...agency, labels: ['Law'] }]), /Agency id cannot be a Law/],
    ['strips a node’s id', importDoc([{ ...agency, props: { name: 'x', level: 'CITY', kind: 'GOVERNMENT' }, ints: [] }]), /property id must be its id/],
    ['stores a PART_OF cycle (against what is stored)', importDoc([], [edge('PART_OF', 'Task:lps-msm-14:3', 'Task:lps-msm-14:3.1')]), /PART_OF cycle/],
    ['stores a Law→Goal OWNED_BY', importDoc([], [edge('OWNED_BY', 'Law:advertising-law', 'Goal:lps-msm-14:G-SPECIFIC-1')]), /OWNED_BY joins Task\/Indicator to Agency, not Law to Goal/],
    ['holds an id twice', importDoc([agency, agency]), /appears 2 times/],
    ['names a relation outside the list', importDoc([], [edge('LIKES', 'Task:lps-msm-14:3', 'Task:lps-msm-14:3.1')]), /not a relation/],
    ['has an integer that is not one', importDoc([{ ...agency, props: { ...agency.props, version: 'one' } }]), /not an integer/],
  ])('%s: BAD_USER_INPUT naming it, the store byte-for-byte unchanged', async (_name, document, expected) => {
    const before = await storeFingerprint(api.db);
    const res = await api.gql(IMPORT, { d: document }, 'admin-token');
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(expected);
    expect(await storeFingerprint(api.db)).toEqual(before);
  });

  it('names every offence of a document (at most 20, then a count), and so does the CLI, which says so with the code (exit 2)', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ labels: ['Agency'], key: `Agency:bad-${i}`, props: { name: 'no id' }, ints: [] }));
    const document = importDoc([{ ...agency, labels: ['Law'] }, ...many], [edge('OWNED_BY', 'Law:advertising-law', 'Goal:lps-msm-14:G-SPECIFIC-1')]);
    const before = await storeFingerprint(api.db);
    const res = await api.gql(IMPORT, { d: document }, 'admin-token');
    expect(res.errors![0].message).toMatch(/33 offence\(s\): .*Agency id cannot be a Law.*; and 13 more/);
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(document));
    const cli = await tsx(['src/cli/transfer.ts', 'import', file]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/refused \(BAD_USER_INPUT\): nothing imported: 33 offence\(s\)/);
    expect(cli.stderr).not.toMatch(/internal error/);
    expect(await storeFingerprint(api.db)).toEqual(before);
  }, 120_000);

  it('edges an import adds or replaces follow the same table: a judged edge needs a reason, an operational one does not', async () => {
    const before = await storeFingerprint(api.db);
    const seq = await auditSeq(api.db);
    const supports = importDoc([], [edge('SUPPORTS', 'Task:lps-msm-14:3.1', 'Goal:lps-msm-14:G-SPECIFIC-7')]);
    const refused = await api.gql(IMPORT, { d: supports }, 'admin-token');
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(/SUPPORTS edges of Task:lps-msm-14:3\.1.*confirmLink/);
    expect(await storeFingerprint(api.db)).toEqual(before);
    try {
      const involves = await api.gql(IMPORT, { d: importDoc([], [edge('INVOLVES', 'Task:lps-msm-14:3.1', 'Agency:lps-amr')]) }, 'admin-token');
      expect(involves.data!.importGraph).toEqual({ nodes: 0, edges: 1, created: 0, updated: 0 });
    } finally {
      await api.db.write({ cypher: "MATCH (:Task {id: 'Task:lps-msm-14:3.1'})-[r:INVOLVES {origin: 'API'}]->(:Agency {id: 'Agency:lps-amr'}) WHERE r.assignedBy IS NULL DELETE r" });
      await rewindAudit(api.db, seq);
    }
    expect(await storeFingerprint(api.db)).toEqual(before);
  });

  it('an import changing what the plan says needs an ADMIN’s reason; with one it is stored, counted and audited once', async () => {
    // The node as an export writes it (integers marked), with one change to what the plan says.
    const exported = (await api.gql('{ exportGraph(plan: "Plan:lps-msm-14") }', undefined, 'admin-token')).data!.exportGraph;
    const original = exported.nodes.find((n: any) => n.key === IND9);
    const node = { ...original, props: { ...original.props, targetRaw: '98%' } };
    const before = await storeFingerprint(api.db);
    const seq = await auditSeq(api.db);
    const refused = await api.gql(IMPORT, { d: importDoc([node]) }, 'admin-token');
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(/targetRaw.*reason/);
    expect(await storeFingerprint(api.db)).toEqual(before);
    await snapshotNodes(api.db, [IND9]);
    try {
      const res = await api.gql(IMPORT, { d: importDoc([node]), reason: 'restoring the approved copy' }, 'admin-token');
      expect(res.data!.importGraph).toEqual({ nodes: 1, edges: 0, created: 0, updated: 1 });
      const feed = await api.gql(`query($since: Int) { changes(since: $since) { edges { node { action by reason after } } } }`, { since: seq ?? 0 }, 'analyst-token');
      expect(feed.data!.changes.edges.map((e: any) => e.node)).toEqual([{ action: 'IMPORT_GRAPH', by: 'admin', reason: 'restoring the approved copy', after: { nodes: 1, edges: 0, created: 0, updated: 1, plan: null } }]);
    } finally {
      await restoreNodes(api.db);
      await rewindAudit(api.db, seq);
    }
    expect(await storeFingerprint(api.db)).toEqual(before);
  });
});

/** The plan's export copied `copies` times under new plan keys: a large, valid document (shared nodes stay stored). */
function replicate(doc: any, copies: number) {
  const nodes: any[] = [];
  const edges: any[] = [];
  const own = (key: string) => key === 'Plan:lps-msm-14' || /^(Goal|Task|Indicator):lps-msm-14:/.test(key);
  for (let i = 0; i < copies; i++) {
    const plan = `synth-${i}`;
    const rename = (v: unknown): unknown => (typeof v === 'string' ? (v === 'lps-msm-14' ? plan : v.replace(/^(Plan|Goal|Task|Indicator):lps-msm-14\b/, `$1:${plan}`)) : v);
    for (const n of doc.nodes.filter((x: any) => own(x.key))) nodes.push({ ...n, key: rename(n.key), props: Object.fromEntries(Object.entries(n.props).map(([k, v]) => [k, rename(v)])) });
    for (const e of doc.edges.filter((x: any) => own(x.from) || own(x.to))) edges.push({ ...e, from: rename(e.from), to: rename(e.to) });
  }
  return { format: doc.format, nodes, edges };
}

describe('a large valid import', () => {
  const REMOVE_SYNTH = "MATCH (n:Entity) WHERE n.planId STARTS WITH 'synth-' OR n.id STARTS WITH 'Plan:synth-' DETACH DELETE n";

  it('past IMPORT_TIMEOUT_MS: IMPORT_TIMEOUT advising the CLI, nothing stored (never SERVICE_UNAVAILABLE); the CLI stores it with progress and true counts', async () => {
    const exported = (await api.gql('{ exportGraph(plan: "Plan:lps-msm-14") }', undefined, 'admin-token')).data!.exportGraph;
    // 25 copies: past the 300 ms deadline, and within what the test Neo4j's 512 MB heap allows one transaction.
    const document = replicate(exported, 25);
    const bytes = JSON.stringify(document).length;
    const hurried = await startTestApi({ ...store.neo4jEnv, IMPORT_TIMEOUT_MS: '300' });
    const before = await storeFingerprint(api.db);
    const seq = await auditSeq(api.db);
    try {
      const started = Date.now();
      // New goals, tasks and indicators are plan content: an import of them needs an ADMIN's reason.
      expect(code(await hurried.gql(IMPORT, { d: document }, 'admin-token'))).toBe('BAD_USER_INPUT');
      const res = await hurried.gql(IMPORT, { d: document, reason: 'load test' }, 'admin-token');
      expect(code(res)).toBe('IMPORT_TIMEOUT');
      expect(res.errors![0].message).toMatch(/npm run import.*IMPORT_TIMEOUT_MS/);
      expect(await storeFingerprint(api.db)).toEqual(before);
      console.log(`import of ${document.nodes.length} nodes, ${document.edges.length} edges (${(bytes / 1e6).toFixed(1)} MB) refused with IMPORT_TIMEOUT after ${Date.now() - started} ms`);

      const file = path.join(dir, 'large.json');
      writeFileSync(file, JSON.stringify(document));
      const cliStarted = Date.now();
      const cli = await tsx(['src/cli/transfer.ts', 'import', file, '--reason', 'load test']);
      expect(cli.stderr).toMatch(/nodes \d+\/\d+/);
      expect(cli.stderr).toMatch(new RegExp(`imported ${document.nodes.length} nodes \\(${document.nodes.length} new, 0 replaced\\) and ${document.edges.length} edges`));
      expect(cli.code).toBe(0);
      console.log(`the CLI imported it in ${Date.now() - cliStarted} ms (process start included)`);
      const [stored] = await api.db.read<{ n: number }>({ cypher: "MATCH (n:Entity) WHERE n.planId STARTS WITH 'synth-' OR n.id STARTS WITH 'Plan:synth-' RETURN count(n) AS n" });
      expect(stored.n).toBe(document.nodes.length);
      const [audit] = await api.db.read<{ by: string; after: string }>({ cypher: "MATCH (c:Change {action: 'IMPORT_GRAPH'}) RETURN c.by AS by, c.after AS after ORDER BY c.seq DESC LIMIT 1" });
      expect(audit.by).toBe('import-cli');
      expect(JSON.parse(audit.after)).toMatchObject({ nodes: document.nodes.length, edges: document.edges.length });
    } finally {
      await hurried.close();
      await api.db.write({ cypher: REMOVE_SYNTH });
      await rewindAudit(api.db, seq);
    }
    expect(await storeFingerprint(api.db)).toEqual(before);
  }, 600_000);
});

describe('npm run plan:import', () => {
  it('goes through the validator and writes one audit entry (IMPORT_PLAN) with its counts', async () => {
    const seq = await auditSeq(api.db);
    const before = await storeFingerprint(api.db);
    try {
      await importPlanText(api.db, Buffer.from(syntheticPlan('A').text), 'wr-plan');
      const [entry] = await api.db.read<{ action: string; entity: string; by: string; after: string }>({ cypher: 'MATCH (c:Change) WHERE c.seq > coalesce($seq, 0) RETURN c.action AS action, c.entity AS entity, c.by AS by, c.after AS after', params: { seq } });
      expect(entry).toMatchObject({ action: 'IMPORT_PLAN', entity: 'Plan:wr-plan', by: 'plan:import' });
      expect(JSON.parse(entry.after).nodes).toBeGreaterThan(10);
    } finally {
      await api.db.write({ cypher: "MATCH (n:Entity) WHERE n.seedPlan = 'wr-plan' DETACH DELETE n" });
      await api.db.write({ cypher: "MATCH (m:PlanGraphMeta {key: 'seed:wr-plan'}) DELETE m" });
      await rewindAudit(api.db, seq);
    }
    expect(await storeFingerprint(api.db)).toEqual(before);
  }, 120_000);
});

describe('every CLI writer writes its audit entries', () => {
  // Every npm script that runs one of our command-line tools, as a writer (with the audit action it must leave) or a reader.
  const WRITERS: Record<string, { args: (file: string) => string[]; action: string; input?: string; undo: string[] }> = {
    import: {
      args: (file) => ['src/cli/transfer.ts', 'import', file],
      input: JSON.stringify(importDoc([{ labels: ['Agency'], key: 'Agency:cli-audit', props: { id: 'Agency:cli-audit', name: '审计测试', level: 'CITY', kind: 'OTHER', version: 1 }, ints: ['version'] }])),
      action: 'IMPORT_GRAPH',
      undo: ["MATCH (n:Entity {id: 'Agency:cli-audit'}) DETACH DELETE n"],
    },
    'plan:import': {
      args: (file) => ['src/cli/importPlan.ts', '--text', file, '--key', 'cli-audit'],
      input: syntheticPlan('C').text,
      action: 'IMPORT_PLAN',
      undo: ["MATCH (n:Entity) WHERE n.seedPlan = 'cli-audit' DETACH DELETE n", "MATCH (m:PlanGraphMeta {key: 'seed:cli-audit'}) DELETE m"],
    },
    'import-measurements': {
      args: (file) => ['src/cli/importMeasurements.ts', file, '--by', 'cli-audit'],
      input: `indicator,year,value,source\n${IND9},2022,93,cli audit\n`,
      action: 'RECORD_MEASUREMENT',
      undo: [`MATCH (:Indicator {id: '${IND9}'})-[:HAS_MEASUREMENT]->(m:Measurement) OPTIONAL MATCH (m)-[:REPLACED]->(r) DETACH DELETE m, r`],
    },
    demo: { args: () => ['src/cli/demo.ts'], action: 'RECORD_MEASUREMENT', undo: ["MATCH (m:Measurement {source: 'synthetic demo'}) OPTIONAL MATCH (m)-[:REPLACED]->(r) DETACH DELETE m, r"] },
    'demo -- --remove': { args: () => ['src/cli/demo.ts', '--remove'], action: 'REMOVE_FIGURES', undo: [] },
    seed: { args: () => ['seed/cli.ts'], action: 'SEED_PLAN', undo: [] },
  };
  const READERS = ['report', 'export', 'backup'];
  // A restore writes no entry of its own: it puts back a backup's whole store, audit trail included, as it was
  // (tests/integration/backup.test.ts compares every node and edge, the audit entries among them).
  const REPLACERS = ['restore'];

  it('package.json runs no command-line tool that is in neither list', () => {
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const tools = Object.entries(scripts).filter(([, command]) => /tsx (src\/cli|seed\/cli)/.test(command)).map(([name]) => name);
    expect(tools.filter((name) => !(name in WRITERS) && !READERS.includes(name) && !REPLACERS.includes(name))).toEqual([]);
  });

  it.each(Object.keys(WRITERS))('npm run %s', async (name) => {
    const writer = WRITERS[name];
    const seq = await auditSeq(api.db);
    const file = path.join(dir, `cli-${name.replace(/\W+/g, '-')}.in`);
    if (writer.input !== undefined) writeFileSync(file, writer.input);
    const figuresFirst = name === 'demo -- --remove';
    try {
      // Removing demo figures needs some to remove: record them first, then look only at what the removal writes.
      if (figuresFirst) expect((await tsx(WRITERS.demo.args(file))).code).toBe(0);
      const since = await auditSeq(api.db);
      const run = await tsx(writer.args(file));
      expect({ code: run.code, stderr: run.stderr.slice(-500) }).toMatchObject({ code: 0 });
      const actions = await api.db.read<{ action: string }>({ cypher: 'MATCH (c:Change) WHERE c.seq > coalesce($since, 0) RETURN DISTINCT c.action AS action', params: { since } });
      expect(actions.map((a) => a.action)).toContain(writer.action);
    } finally {
      for (const cypher of writer.undo) await api.db.write({ cypher });
      await rewindAudit(api.db, seq);
    }
  }, 300_000);
});
