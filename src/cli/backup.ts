/**
 * `npm run backup -- [--out file]`: every node and relationship, consistent while PlanGraph serves (writes wait for
 * the seconds it takes), to a gzipped JSON-lines file (default backups/plangraph-<time>.jsonl.gz).
 * `npm run restore -- <file> --yes`: replaces the whole database with the file's graph; run it with PlanGraph stopped.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { backupDatabase, restoreDatabase } from '../db/backup';
import { connectDatabase } from '../db/connect';
import { applyDatabaseSchema } from '../db/schema';
import { createLogger } from '../logger';
import { runCli } from './run';

async function run(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { out: { type: 'string' }, yes: { type: 'boolean' } } });
  if (!(command === 'backup' && positionals.length === 0) && !(command === 'restore' && positionals.length === 1)) {
    console.error('usage: npm run backup -- [--out <file>]   |   npm run restore -- <file> --yes');
    return 2;
  }
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  if (command === 'backup') {
    const out = values.out ?? path.join('backups', `plangraph-${new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.jsonl.gz`);
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    // A running PlanGraph's embedded Neo4j is backed up as it serves; else one is started on the data directory.
    const database = await connectDatabase(config, log, { reuseRunning: true, bulk: true });
    try {
      const counts = await backupDatabase(database.db, out);
      console.error(`backed up ${counts.nodes} nodes and ${counts.relationships} relationships (change ${counts.changeSeq}) to ${out} in ${seconds()} s`);
    } finally {
      await database.close();
    }
    return 0;
  }
  if (!values.yes) {
    console.error('restore replaces every node and relationship in the database with the file\'s: stop PlanGraph, then run it again with --yes');
    return 2;
  }
  // Never a running PlanGraph's Neo4j: a restore is not atomic, and the service would answer from a half-restored graph.
  let database;
  try {
    database = await connectDatabase(config, log, { bulk: true });
  } catch (error) {
    console.error(`refused: the database could not be opened (${(error as Error).message.split('\n')[0]}). Is PlanGraph running? Stop it first; nothing was restored.`);
    return 2;
  }
  try {
    const counts = await restoreDatabase(database.db, positionals[0], (message) => console.error(`  ${message} (${seconds()} s)`));
    await applyDatabaseSchema(database.db.forBulkWork());
    console.error(`restored ${counts.nodes} nodes and ${counts.relationships} relationships (change ${counts.changeSeq}) from ${positionals[0]} in ${seconds()} s`);
  } finally {
    await database.close();
  }
  return 0;
}

runCli('backup', run);
