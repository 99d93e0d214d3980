import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { EmbeddedNeo4jError, ensureNeo4jRuntime } from './embeddedNeo4j';

/** Why a bulk import was refused or failed. */
export type BulkImportErrorCode = 'DATABASE_NOT_EMPTY' | 'DATA_DIR_LOCKED' | 'JAVA_MISSING' | 'IMPORT_FAILED';

/** A refused or failed `neo4j-admin database import full`, with a code callers can act on. */
export class BulkImportError extends Error {
  override readonly name = 'BulkImportError';
  readonly code: BulkImportErrorCode;
  /** The tool's last output lines. */
  readonly outputTail: readonly string[];

  constructor(code: BulkImportErrorCode, message: string, outputTail: readonly string[] = []) {
    super(message);
    this.code = code;
    this.outputTail = outputTail;
  }
}

/** CSV files for one label set (nodes) or relationship type: header file first, then data files. */
export interface BulkImportFileGroup {
  labels: string[];
  files: string[];
}

/** Options for importIntoEmptyDatabase. */
export interface BulkImportOptions {
  /** The embedded Neo4j's home (NEO4J_DATA_DIR): the store goes to <dataDir>/data, as startEmbeddedNeo4j keeps it. */
  dataDir: string;
  nodes: BulkImportFileGroup[];
  relationships: BulkImportFileGroup[];
  /** Separator of list elements in the CSV. */
  arrayDelimiter: string;
  /** Where the tool's report and output go; defaults to dataDir/logs. */
  workDir?: string;
  /** JVM heap of the import tool; default 1g. */
  heap?: string;
  /** Import threads; default all cores. */
  threads?: number;
  /** Default database name. */
  database?: string;
  cacheDir?: string;
  /** The tool's output, line by line. */
  log?: (line: string) => void;
}

/** What the import did, as the tool reports it. */
export interface BulkImportResult {
  seconds: number;
  /** The tool's stages with their seconds ("Node import", "Relationship import", …). */
  stages: { name: string; seconds: number }[];
}

const STORE_FILE = 'neostore';
const OUTPUT_TAIL_LINES = 40;

/**
 * Imports CSV into a database that does not exist yet with `neo4j-admin database import full`, run from the
 * embedded runtime's own jars (org.neo4j.cli.AdminTool), before the embedded Neo4j starts on `dataDir`.
 * Refuses (DATABASE_NOT_EMPTY) when the database already has a store: the tool would replace it.
 */
export async function importIntoEmptyDatabase(options: BulkImportOptions): Promise<BulkImportResult> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? 'neo4j';
  const storeDir = path.join(dataDir, 'data', 'databases', database);
  if (existsSync(path.join(storeDir, STORE_FILE))) {
    throw new BulkImportError('DATABASE_NOT_EMPTY', `${storeDir} already holds a store: the bulk import is for an empty database (use the online loader)`);
  }
  let runtime;
  try {
    runtime = await ensureNeo4jRuntime({ cacheDir: options.cacheDir });
  } catch (error) {
    if (error instanceof EmbeddedNeo4jError && error.code === 'JAVA_MISSING') throw new BulkImportError('JAVA_MISSING', error.message);
    throw error;
  }
  const workDir = path.resolve(options.workDir ?? path.join(dataDir, 'logs'));
  await fs.mkdir(dataDir, { recursive: true });
  await fs.mkdir(workDir, { recursive: true });
  const fileArg = (group: BulkImportFileGroup) => `${group.labels.join(':')}=${group.files.join(',')}`;
  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    '-XX:+UseG1GC',
    '-XX:-UsePerfData',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    runtime.classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    database,
    ...options.nodes.map((g) => `--nodes=${fileArg(g)}`),
    ...options.relationships.map((g) => `--relationships=${fileArg(g)}`),
    '--multiline-fields=true',
    `--array-delimiter=${options.arrayDelimiter}`,
    `--report-file=${path.join(workDir, 'import.report')}`,
    ...(options.threads ? [`--threads=${options.threads}`] : []),
  ];
  const started = performance.now();
  const child = spawn(runtime.javaPath, args, { cwd: workDir, env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: path.join(dataDir, 'conf') }, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const stages: BulkImportResult['stages'] = [];
  const onLine = (line: string) => {
    tail.push(line);
    if (tail.length > OUTPUT_TAIL_LINES) tail.shift();
    const stage = /^(.+?) COMPLETED in (.+)$/.exec(line.trim());
    if (stage) stages.push({ name: stage[1], seconds: durationSeconds(stage[2]) });
    options.log?.(line);
  };
  readline.createInterface({ input: child.stdout }).on('line', onLine);
  readline.createInterface({ input: child.stderr }).on('line', onLine);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  }).catch((error: NodeJS.ErrnoException) => {
    throw new BulkImportError(error.code === 'ENOENT' ? 'JAVA_MISSING' : 'IMPORT_FAILED', `could not run ${runtime.javaPath}: ${error.message}`);
  });
  if (exitCode !== 0) {
    const output = tail.join('\n');
    if (/FileLockException|is locked|in use by another/i.test(output)) {
      throw new BulkImportError('DATA_DIR_LOCKED', `${dataDir} is in use by another Neo4j process`, tail);
    }
    if (/already contains a database|overwrite-destination/i.test(output)) {
      throw new BulkImportError('DATABASE_NOT_EMPTY', `${storeDir} already holds a database`, tail);
    }
    throw new BulkImportError('IMPORT_FAILED', `neo4j-admin database import failed (exit code ${exitCode}):\n${tail.slice(-15).join('\n')}`, tail);
  }
  return { seconds: (performance.now() - started) / 1000, stages };
}

/** "1m 2s 345ms" → 62.345. */
function durationSeconds(text: string): number {
  let seconds = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)\s*(ms|h|m|s)\b/g)) {
    seconds += Number(amount) * (unit === 'ms' ? 0.001 : unit === 'h' ? 3600 : unit === 'm' ? 60 : 1);
  }
  return seconds;
}
