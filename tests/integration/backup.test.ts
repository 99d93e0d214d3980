import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { loadPlanGraphFromDisk } from '../../seed/build';
import { backupDatabase, restoreDatabase, snapshotDatabase } from '../../src/db/backup';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded/embeddedNeo4j';
import { loadPlanGraph } from '../../src/importer/load.writer';
import { startTestApi, type TestApi } from '../support/api';
import { PLAN_DIR, ROOT } from '../support/paths';
import { livePlan } from '../support/planLife';

/** The backup and restore commands, as `npm run backup` / `npm run restore` run them, against this test's own Neo4j. */
function npmRun(script: 'backup' | 'restore', args: string[], neo4j: EmbeddedNeo4j) {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('backup and restore of the whole database', () => {
  let neo4j: EmbeddedNeo4j;
  let api: TestApi;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-backup-'));
  beforeAll(async () => {
    neo4j = await startEmbeddedNeo4j({ dataDir: path.join(dir, 'neo4j'), boltPort: 0 });
    api = await startTestApi({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password });
    await loadPlanGraph(api.db.forBulkWork(), loadPlanGraphFromDisk(PLAN_DIR));
    await livePlan(api);
  }, 600_000);
  afterAll(async () => {
    await api?.close();
    await neo4j?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up, the graph changes, and the restore brings back every node, edge and property with its type', async () => {
    const before = await snapshotDatabase(api.db);
    const labels = new Set(before.nodes.map((n) => JSON.parse(n)[0].join(':')));
    // What a restore must bring back beyond the plan: figures and their revisions, amendments, the audit trail, meta.
    for (const label of ['Entity:Indicator', 'Measurement', 'MeasurementRevision', 'Amendment', 'Change', 'PlanGraphMeta']) expect(labels).toContain(label);
    const file = path.join(dir, 'nightly.jsonl.gz');
    const backup = npmRun('backup', ['--out', file], neo4j);
    expect(backup.output).toMatch(new RegExp(`backed up ${before.nodes.length} nodes and ${before.relationships.length} relationships`));
    expect(backup.status).toBe(0);

    await livePlan(api, 'b');
    await api.db.write({ cypher: "MATCH (t:Task) WITH t ORDER BY t.id LIMIT 5 DETACH DELETE t" });
    const changed = await snapshotDatabase(api.db);
    expect(changed).not.toEqual(before);

    expect(npmRun('restore', [file], neo4j)).toMatchObject({ status: 2, output: expect.stringContaining('--yes') });
    const restore = npmRun('restore', [file, '--yes'], neo4j);
    expect(restore.output).toMatch(new RegExp(`restored ${before.nodes.length} nodes and ${before.relationships.length} relationships`));
    expect(restore.status).toBe(0);
    const after = await snapshotDatabase(api.db);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.relationships).toEqual(before.relationships);
    // The restored graph serves: the read cache saw the commits and answers from the restored data.
    expect((await api.gql('{ indicators { totalCount } }')).data!.indicators.totalCount).toBe(47);
  }, 600_000);

  it('restores nothing from a file cut short or tampered with', async () => {
    const file = path.join(dir, 'whole.jsonl.gz');
    await backupDatabase(api.db, file);
    const before = await snapshotDatabase(api.db);
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const cut = path.join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    await expect(restoreDatabase(api.db, cut)).rejects.toThrow(/incomplete/);
    const foreign = path.join(dir, 'foreign.jsonl.gz');
    writeFileSync(foreign, gzipSync(lines.map((l, i) => (i === 1 ? l.replace(/"labels":\["[^"]+"/, '"labels":["Secret"') : l)).join('\n')));
    await expect(restoreDatabase(api.db, foreign)).rejects.toThrow(/not a node this service stores/);
    expect(await snapshotDatabase(api.db)).toEqual(before);
  }, 120_000);

  it('is consistent while writes go on: the file holds exactly the changes up to its change number', async () => {
    const file = path.join(dir, 'busy.jsonl.gz');
    const writes = Array.from({ length: 8 }, (_, i) =>
      api.gql(`mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { measurement { id } } }`, { input: { indicator: 'Indicator:lps-msm-14:19', year: 2010 + i, value: i, source: 'during backup' } }, 'admin-token'),
    );
    const [counts] = await Promise.all([backupDatabase(api.db, file), ...writes]);
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    const seqs = lines.filter((l) => l.labels?.includes('Change')).map((l) => l.props.seq as number).sort((a, b) => a - b);
    expect(seqs.length).toBe(counts.changeSeq);
    expect(seqs[seqs.length - 1]).toBe(counts.changeSeq);
    const figures = lines.filter((l) => l.labels?.includes('Measurement') && l.props.source === 'during backup').length;
    const audited = lines.filter((l) => l.labels?.includes('Change') && l.props.action === 'RECORD_MEASUREMENT' && String(l.props.after).includes('during backup')).length;
    expect(figures).toBe(audited);
  }, 120_000);
});
