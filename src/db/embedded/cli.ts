/**
 * `npm run neo4j`: runs the embedded Neo4j in the foreground until Ctrl-C.
 *   npm run neo4j                       data in $NEO4J_DATA_DIR or .data/neo4j, Bolt on $NEO4J_BOLT_PORT or 7687
 *   npm run neo4j -- --fetch-only       only fetch the jars and compile the launcher, then exit
 *   npm run neo4j -- --password <pw>    set user neo4j's password (8+ characters) for this run; without it, the one kept
 *                                       in <data dir>/neo4j-password (generated on first start) — auth is always on
 *   npm run neo4j -- --verbose          also show the JVM's own output
 */
import { passwordFileOf } from './credentials';
import { EmbeddedNeo4jError, NEO4J_EMBEDDED_VERSION, ensureNeo4jRuntime, startEmbeddedNeo4j } from './embeddedNeo4j';

const USAGE = 'usage: npm run neo4j -- [--fetch-only] [--password <pw>] [--verbose]';

interface CliOptions {
  fetchOnly: boolean;
  verbose: boolean;
  password?: string;
}

function parseArguments(argv: string[]): CliOptions {
  const options: CliOptions = { fetchOnly: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--fetch-only') options.fetchOnly = true;
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--password' && i + 1 < argv.length) options.password = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`unknown argument ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const log = (msg: string): void => console.log(`[neo4j] ${msg}`);

  if (options.fetchOnly) {
    const runtime = await ensureNeo4jRuntime({ log });
    log(`Neo4j ${NEO4J_EMBEDDED_VERSION} runtime ready (java: ${runtime.javaPath})`);
    return;
  }

  const dataDir = process.env.NEO4J_DATA_DIR ?? '.data/neo4j';
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    password: options.password,
    log,
    debugLog: options.verbose ? (line) => console.log(`[jvm] ${line}`) : undefined,
  });
  console.log(`Neo4j ${NEO4J_EMBEDDED_VERSION} is running at ${neo4j.uri} (data: ${neo4j.dataDir}, pid ${neo4j.pid}). Ctrl-C stops it.`);
  if (!options.password) console.log(`user ${neo4j.user}, password in ${passwordFileOf(neo4j.dataDir)} (owner-only)`);

  let stopRequested = false;
  const stopAndExit = (): void => {
    if (stopRequested) return;
    stopRequested = true;
    log('stopping…');
    void neo4j.stop().then(() => {
      log('stopped');
      process.exit(0);
    });
  };
  process.on('SIGINT', stopAndExit);
  process.on('SIGTERM', stopAndExit);

  const exitCode = await neo4j.exited;
  if (!stopRequested) {
    console.error(`[neo4j] Neo4j exited unexpectedly (exit code ${exitCode}); see ${neo4j.dataDir}/logs/debug.log`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  if (error instanceof EmbeddedNeo4jError) console.error(`[neo4j] ${error.code}: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
