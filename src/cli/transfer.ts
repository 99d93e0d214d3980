/**
 * `npm run export -- [--plan lps-msm-14] [--out graph.json]` writes the graph (or one plan) as JSON;
 * `npm run import -- graph.json` reads such a document back, in one transaction.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { exportGraph, importGraph } from '../integration/transfer.repository';
import { cliContext } from './context';
import { runCli } from './run';

async function run(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { plan: { type: 'string' }, out: { type: 'string' } } });
  if (command !== 'export' && !(command === 'import' && positionals.length === 1)) {
    console.error('usage: npm run export -- [--plan <key>] [--out <file>]   |   npm run import -- <file>');
    return 2;
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
      const result = await importGraph(ctx.db, JSON.parse(readFileSync(positionals[0], 'utf8')));
      console.error(`imported ${result.nodes} nodes and ${result.edges} edges`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

runCli('transfer', run);
