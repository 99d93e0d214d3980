/** `npm run import-measurements -- <file.csv> [--by <name>]`: records measurements from CSV, all rows or none. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { importMeasurementsCsv } from '../review/import';
import { cliContext } from './context';
import { runCli } from './run';

async function run(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { by: { type: 'string', default: 'import-cli' } } });
  if (positionals.length !== 1) {
    console.error('usage: npm run import-measurements -- <file.csv> [--by <name>]   (header: indicator,year,value,source)');
    return 2;
  }
  const csv = readFileSync(positionals[0], 'utf8');
  const { ctx, database } = await cliContext({ token: '', role: 'PLANNER', name: values.by! });
  try {
    const result = await importMeasurementsCsv(ctx, csv, values.by!);
    console.log(`recorded ${JSON.stringify(result)} from ${positionals[0]} as ${values.by}`);
    return 0;
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
      console.error(error.message);
      for (const p of (error.extensions.rows as { line: number; message: string }[] | undefined) ?? []) console.error(`  line ${p.line}: ${p.message}`);
      return 2;
    }
    throw error;
  } finally {
    await database.close();
  }
}

runCli('import', run);
