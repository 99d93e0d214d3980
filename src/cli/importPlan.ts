/**
 * `npm run plan:import -- --file <plan.txt|.html|.docx|.pdf> --key <key> [--jurisdiction 贵州省/遵义市]`: import a plan
 * new to PlanGraph from its text, a saved web page, a Word document or a text PDF. `--text <file>` reads a UTF-8
 * text file as it always did.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { decodeText, importPlanText } from '../importer/importer';
import { readPlanFile, type PlanSource } from '../importer/read';
import { ImportRefusedError, parseImportedText } from '../importer/parse/planText';
import { readJurisdiction } from '../importer/jurisdiction';
import { formatImportReport } from '../importer/report';
import { createLogger } from '../logger';
import { runCli } from './run';

async function run(): Promise<number> {
  const { values } = parseArgs({ options: { file: { type: 'string' }, text: { type: 'string' }, key: { type: 'string' }, jurisdiction: { type: 'string' } } });
  const file = values.file ?? values.text;
  if (!file || !values.key || (values.file && values.text)) {
    console.error('usage: npm run plan:import -- --file <plan.txt|.html|.docx|.pdf> --key <key> [--jurisdiction 贵州省/遵义市/桐梓县]');
    console.error('       (--text <file> instead of --file reads a UTF-8 text file, as before)');
    return 2;
  }
  let bytes: Buffer;
  try {
    // Refuse what is no plan before touching a database.
    let source: PlanSource;
    if (values.text) source = { format: 'TEXT', text: decodeText(readFileSync(values.text)), tables: [], removed: [] };
    else {
      source = await readPlanFile(readFileSync(file), path.basename(file));
      for (const line of describeSource(source)) console.log(line);
    }
    const text = parseImportedText(source.text);
    readJurisdiction(text.title, text.sentences.map((x) => x.text).join('\n'), values.jurisdiction);
    // The importer reads UTF-8 text: what the file read as, whatever its format.
    bytes = Buffer.from(source.text, 'utf8');
  } catch (error) {
    if (error instanceof ImportRefusedError) {
      console.error(`refused (${error.code}): ${error.message}. Nothing was stored.`);
      return 2;
    }
    throw error;
  }
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const database = await connectDatabase(config, log, { reuseRunning: true, bulk: true });
  try {
    const report = await importPlanText(database.db, bytes, values.key, undefined, { jurisdiction: values.jurisdiction });
    for (const line of formatImportReport(report, file, database.uri)) console.log(line);
    return 0;
  } catch (error) {
    if (error instanceof ImportRefusedError) {
      console.error(`refused (${error.code}): ${error.message}. Nothing was stored.`);
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

/** What the file read as: its format, its tables, and what was left out (counts by reason, the first few lines). */
function describeSource(source: PlanSource): string[] {
  const lines = [`read as ${source.format}${source.pages ? `, ${source.pages} pages` : ''}: ${source.text.split('\n').length} lines, ${source.tables.length} tables`];
  if (!source.removed.length) return [...lines, 'left out: nothing'];
  const byReason = new Map<string, PlanSource['removed']>();
  for (const r of source.removed) byReason.set(r.reason, [...(byReason.get(r.reason) ?? []), r]);
  lines.push(`left out: ${[...byReason].map(([reason, list]) => `${list.length} ${reason}`).join(', ')}`);
  for (const [reason, list] of byReason) {
    for (const r of list.slice(0, 3)) lines.push(`  ${reason}${r.page ? ` (page ${r.page})` : ''}: ${r.text.length > 80 ? `${r.text.slice(0, 80)}…` : r.text}`);
    if (list.length > 3) lines.push(`  ${reason}: … and ${list.length - 3} more`);
  }
  return lines;
}

runCli('plan:import', run);
