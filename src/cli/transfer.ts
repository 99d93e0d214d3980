/**
 * `npm run export -- [--plan lps-msm-14] [--out graph.json]` writes the graph (or one plan) as JSON;
 * `npm run import -- graph.json [--reason "…"]` reads such a document back, all or nothing, in one transaction:
 * checked whole first (every offence named, nothing stored), then written in batches with progress, no time limit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { exportGraph, importGraph } from '../integration/transfer.repository';
import { cliContext } from './context';
import { runCli } from './run';

async function run(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { plan: { type: 'string' }, out: { type: 'string' }, reason: { type: 'string' } } });
  if (command !== 'export' && !(command === 'import' && positionals.length === 1)) {
    console.error('usage: npm run export -- [--plan <key>] [--out <file>]   |   npm run import -- <file> [--reason <why>]');
    return 2;
  }
  let document: unknown = null;
  if (command === 'import') {
    try {
      document = JSON.parse(readFileSync(positionals[0], 'utf8'));
    } catch (error) {
      console.error(`refused: ${positionals[0]} is not readable JSON (${(error as Error).message}). Nothing was stored.`);
      return 2;
    }
  }
  const { ctx, database } = await cliContext({ token: '', role: 'ADMIN', name: `${command}-cli` });
  try {
    if (command === 'export') {
      const doc = await exportGraph(ctx.db, values.plan ?? null);
      const text = JSON.stringify(doc, null, 1);
      if (values.out) writeFileSync(values.out, text);
      else process.stdout.write(text);
      console.error(`exported ${doc.nodes.length} nodes and ${doc.edges.length} edges${values.out ? ` to ${values.out}` : ''}`);
    } else {
      const started = Date.now();
      const result = await importGraph(ctx.db, document, {
        caller: { name: 'import-cli', role: 'ADMIN', reason: values.reason ?? null },
        progress: (message) => console.error(`  ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`),
      });
      console.error(`imported ${result.nodes} nodes (${result.created} new, ${result.updated} replaced) and ${result.edges} edges in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    return 0;
  } catch (error) {
    // Our errors say what was wrong and carry a code; say both, never "internal error".
    if (error instanceof GraphQLError) {
      console.error(`refused (${String(error.extensions.code)}): ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await database.close();
  }
}

runCli('transfer', run);
