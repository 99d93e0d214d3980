/**
 * `npm run bench:backup -- [--nodes 200000]`: fills an embedded Neo4j with synthetic plans (the bulk path), then
 * times `backupDatabase` and `restoreDatabase` on it and checks the restored graph equals the original, node by
 * node and edge by edge. The figures in docs/operations.md come from this.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, restoreDatabase, snapshotDatabase } from '../src/db/backup';
import { applyDatabaseSchema } from '../src/db/schema';
import { fillSyntheticDatabase } from './bulkLoad';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { nodes: { type: 'string', default: '200000' } } });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-backup-bench-'));
  const { database, report } = await fillSyntheticDatabase({ nodes: Number(values.nodes), path: 'bulk', dataDir: path.join(dir, 'neo4j'), progress: (m) => console.log(m) });
  try {
    console.log(`filled: ${report.nodes} nodes, ${report.edges} edges in ${report.seconds.toFixed(1)} s`);
    const file = path.join(dir, 'backup.jsonl.gz');
    let started = performance.now();
    const counts = await backupDatabase(database.db, file);
    const backupS = (performance.now() - started) / 1000;
    // Compared with the database as backed up: a backup creates the change counter it locks in a database that has none.
    const before = await snapshotDatabase(database.db);
    console.log(`backup: ${counts.nodes} nodes, ${counts.relationships} relationships, ${(statSync(file).size / 1048576).toFixed(1)} MB in ${backupS.toFixed(1)} s`);
    started = performance.now();
    const restored = await restoreDatabase(database.db, file);
    await applyDatabaseSchema(database.db.forBulkWork());
    const restoreS = (performance.now() - started) / 1000;
    console.log(`restore: ${restored.nodes} nodes, ${restored.relationships} relationships in ${restoreS.toFixed(1)} s`);
    const after = await snapshotDatabase(database.db);
    const equal = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
    const same = equal(after.nodes, before.nodes) && equal(after.relationships, before.relationships);
    console.log(`restored graph equals the original: ${same}`);
    if (!same) {
      process.exitCode = 1;
      const gone = (a: string[], b: string[]) => { const set = new Set(b); return a.filter((x) => !set.has(x)); };
      console.log('nodes only before:', before.nodes.length, after.nodes.length, gone(before.nodes, after.nodes).slice(0, 3));
      console.log('nodes only after:', gone(after.nodes, before.nodes).slice(0, 3));
      console.log('relationships only before:', before.relationships.length, after.relationships.length, gone(before.relationships, after.relationships).slice(0, 3));
      console.log('relationships only after:', gone(after.relationships, before.relationships).slice(0, 3));
    }
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
