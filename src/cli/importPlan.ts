/** `npm run plan:import -- --text <file> --key <key> [--jurisdiction 贵州省/遵义市]`: import a plan's text new to PlanGraph. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { decodeText, importPlanText } from '../importer/importer';
import { ImportRefusedError, parseImportedText } from '../importer/parse/planText';
import { readJurisdiction } from '../importer/jurisdiction';
import { formatImportReport } from '../importer/report';
import { createLogger } from '../logger';
import { runCli } from './run';

async function run(): Promise<number> {
  const { values } = parseArgs({ options: { text: { type: 'string' }, key: { type: 'string' }, jurisdiction: { type: 'string' } } });
  if (!values.text || !values.key) {
    console.error('usage: npm run plan:import -- --text <file> --key <key> [--jurisdiction 贵州省/遵义市/桐梓县]');
    return 2;
  }
  const bytes = readFileSync(values.text);
  try {
    // Refuse what is no plan before touching a database.
    const text = parseImportedText(decodeText(bytes));
    readJurisdiction(text.title, text.sentences.map((x) => x.text).join('\n'), values.jurisdiction);
  } catch (error) {
    if (error instanceof ImportRefusedError) {
      console.error(`refused: ${error.message}. Nothing was stored.`);
      return 2;
    }
    throw error;
  }
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const database = await connectDatabase(config, log, { reuseRunning: true, bulk: true });
  try {
    const report = await importPlanText(database.db, bytes, values.key, undefined, { jurisdiction: values.jurisdiction });
    for (const line of formatImportReport(report, values.text, database.uri)) console.log(line);
    return 0;
  } catch (error) {
    if (error instanceof ImportRefusedError) {
      console.error(`refused: ${error.message}. Nothing was stored.`);
      return 2;
    }
    // The validator's refusal (graphCheck.ts): every offence named, nothing stored.
    if (error instanceof GraphQLError) {
      console.error(`refused (${String(error.extensions.code)}): ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await database.close();
  }
}

runCli('plan:import', run);
