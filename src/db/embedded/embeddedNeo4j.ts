import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { constants as fsConstants, existsSync, promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { EMBEDDED_USER, ensureEmbeddedPassword } from './credentials';

/** Neo4j Community version the embedded runtime fetches; keep in step with launcher/pom.xml. */
export const NEO4J_EMBEDDED_VERSION = '5.26.31';

/** Why an embedded Neo4j could not be started. */
export type EmbeddedNeo4jErrorCode = 'PORT_IN_USE' | 'DATA_DIR_LOCKED' | 'JAVA_MISSING' | 'START_FAILED' | 'START_TIMEOUT';

/** A failure to prepare or start the embedded Neo4j, with a code callers can act on. */
export class EmbeddedNeo4jError extends Error {
  override readonly name = 'EmbeddedNeo4jError';
  readonly code: EmbeddedNeo4jErrorCode;
  /** The JVM's last stderr lines before the failure, if a JVM was started. */
  readonly stderrTail: readonly string[];

  constructor(code: EmbeddedNeo4jErrorCode, message: string, stderrTail: readonly string[] = []) {
    super(message);
    this.code = code;
    this.stderrTail = stderrTail;
  }
}

/** Where the embedded runtime lives on disk: what the JVM needs to run the launcher. */
export interface EmbeddedNeo4jRuntime {
  /** Launcher jar plus every Neo4j jar, joined with the platform's path delimiter. */
  classpath: string;
  /** The `java` executable to run the launcher with. */
  javaPath: string;
  /** Class-data-sharing archive for faster JVM start; may not exist yet (the first run writes it). */
  classDataArchivePath: string;
  /** The compiled launcher; checked before each start (another checkout's build may have removed an old one). */
  launcherJar: string;
}

/** Options for ensureNeo4jRuntime. */
export interface EnsureNeo4jRuntimeOptions {
  /** Root of the cache; defaults to $PLANGRAPH_CACHE_DIR or ~/.cache/plangraph. */
  cacheDir?: string;
  /** Progress messages (fetching jars, compiling the launcher). */
  log?: (msg: string) => void;
}

/** Options for startEmbeddedNeo4j. */
export interface StartEmbeddedNeo4jOptions {
  /** Neo4j home: the store goes to <dataDir>/data, its logs to <dataDir>/logs. One running instance per dir. */
  dataDir: string;
  /** Bolt port; 0 picks a free one. Defaults to $NEO4J_BOLT_PORT or 7687. */
  boltPort?: number;
  /** Interface Bolt listens on; defaults to 127.0.0.1. */
  host?: string;
  /** JVM max heap (-Xmx); defaults to $NEO4J_HEAP or 512m. */
  heap?: string;
  /** Neo4j page cache size; defaults to $NEO4J_PAGECACHE or 256m. */
  pageCache?: string;
  /**
   * The password of user neo4j (8+ characters). Auth is always on: without one, the password kept in
   * `<dataDir>/neo4j-password` is used, generated there (mode 0600) on first start.
   */
  password?: string;
  /** Progress messages. */
  log?: (msg: string) => void;
  /** The JVM's own stderr/stdout chatter, line by line; noisy, meant for debug level. */
  debugLog?: (msg: string) => void;
  /** Give up (and kill the JVM) if not ready within this; defaults to $NEO4J_START_TIMEOUT_MS or 300 s. */
  startTimeoutMs?: number;
  /** Cache root passed to ensureNeo4jRuntime. */
  cacheDir?: string;
}

/** A running embedded Neo4j. */
export interface EmbeddedNeo4j {
  /** bolt://host:port to hand to neo4j-driver. */
  uri: string;
  boltPort: number;
  /** Absolute Neo4j home directory. */
  dataDir: string;
  /** The credentials a client needs (auth is on). */
  user: string;
  password: string;
  /** Process id of the JVM. */
  pid: number;
  /** Resolves with the JVM's exit code (null if killed by a signal) whenever it exits, stopped or not. */
  exited: Promise<number | null>;
  /** Shuts Neo4j down cleanly (SIGTERM; SIGKILL after 30 s) and waits for the JVM to exit; safe to call twice. */
  stop(): Promise<void>;
}

// What Neo4j's own server scripts pass to the JVM; embedded has to add them itself.
const NEO4J_JVM_OPTIONS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-XX:+UseG1GC',
  // JVM warnings default to stdout, which carries the launcher's protocol lines.
  '-Xlog:disable',
  '-Xlog:all=warning:stderr',
  // The class-data-sharing flags are HotSpot-only; another JVM should still start, just slower.
  '-XX:+IgnoreUnrecognizedVMOptions',
  // No /tmp/hsperfdata_<user> files: nothing here reads JVM perf counters, and tests must leave /tmp as they found it.
  '-XX:-UsePerfData',
];

const LAUNCHER_MAIN_CLASS = 'PlanGraphNeo4j';
const LAUNCHER_JAR_NAME = 'plangraph-neo4j-launcher.jar';
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies';
const PROTOCOL_PREFIX = 'PLANGRAPH-NEO4J ';
const STDERR_TAIL_LINES = 30;
const STOP_GRACE_MS = 30_000;
const DEFAULT_START_TIMEOUT_MS = 300_000;
const MIN_JAVA_MAJOR = 17;
const JAVA_MISSING_MESSAGE =
  'Java 17+ is needed to run the embedded Neo4j (install OpenJDK 17, or set NEO4J_URI to use your own Neo4j)';

const runtimeByCacheDir = new Map<string, Promise<EmbeddedNeo4jRuntime>>();
const runningJvms = new Set<ChildProcessWithoutNullStreams>();
let exitHookInstalled = false;

/** Makes sure the Neo4j jars and the compiled launcher are in the cache (fetching/compiling once) and says where. */
export function ensureNeo4jRuntime(opts: EnsureNeo4jRuntimeOptions = {}): Promise<EmbeddedNeo4jRuntime> {
  const cacheRoot = path.resolve(opts.cacheDir ?? process.env.PLANGRAPH_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'plangraph'));
  const cached = runtimeByCacheDir.get(cacheRoot);
  if (cached) return cached;
  const preparing = prepareRuntime(path.join(cacheRoot, `neo4j-${NEO4J_EMBEDDED_VERSION}`), opts.log ?? (() => {}));
  runtimeByCacheDir.set(cacheRoot, preparing);
  preparing.catch(() => runtimeByCacheDir.delete(cacheRoot));
  return preparing;
}

/** Starts Neo4j in a child JVM and resolves once Bolt accepts connections and the default database is available. */
export async function startEmbeddedNeo4j(opts: StartEmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  const debugLog = opts.debugLog ?? (() => {});
  let runtime = await ensureNeo4jRuntime({ cacheDir: opts.cacheDir, log });
  if (!existsSync(runtime.launcherJar)) {
    // Prepared earlier in this process, removed since (a checkout with another launcher source cleaned up): again.
    runtimeByCacheDir.clear();
    runtime = await ensureNeo4jRuntime({ cacheDir: opts.cacheDir, log });
  }

  const host = opts.host ?? '127.0.0.1';
  const requestedPort = opts.boltPort ?? portFromEnv();
  const boltPort = requestedPort === 0 ? await findFreePort(host) : requestedPort;
  const heap = opts.heap ?? process.env.NEO4J_HEAP ?? '512m';
  const pageCache = opts.pageCache ?? process.env.NEO4J_PAGECACHE ?? '256m';
  const dataDir = path.resolve(opts.dataDir);
  // The store and its password are the owner's alone.
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const password = opts.password ?? ensureEmbeddedPassword(dataDir);

  // The first run records the classes it loads into an archive that later runs map in: about twice as fast a
  // start for ~120 MB more RSS. PLANGRAPH_NEO4J_CDS=0 turns it off.
  // Each run dumps to its own file, renamed into place after exit, so concurrent first runs cannot clash.
  const useClassDataSharing = process.env.PLANGRAPH_NEO4J_CDS !== '0';
  const hasClassDataArchive = existsSync(runtime.classDataArchivePath);
  const classDataDumpPath = `${runtime.classDataArchivePath}.tmp-${process.pid}-${Date.now()}`;
  const classDataOptions = !useClassDataSharing
    ? []
    : hasClassDataArchive
      ? [`-XX:SharedArchiveFile=${runtime.classDataArchivePath}`]
      : [`-XX:ArchiveClassesAtExit=${classDataDumpPath}`];

  const args = [
    ...NEO4J_JVM_OPTIONS,
    `-Xmx${heap}`,
    // The JVM's temp files (native libraries Netty unpacks) go where this process's do, so TMPDIR governs both.
    `-Djava.io.tmpdir=${os.tmpdir()}`,
    ...classDataOptions,
    // Extra JVM flags for tuning runs (GC choice, -Xms, profiling); whitespace-separated.
    ...(process.env.NEO4J_JVM_OPTS ?? '').split(/\s+/).filter(Boolean),
    '-cp',
    runtime.classpath,
    LAUNCHER_MAIN_CLASS,
    '--home',
    dataDir,
    '--host',
    host,
    '--bolt-port',
    String(boltPort),
    '--page-cache',
    pageCache,
  ];
  // Through the environment rather than argv, so the password does not show in `ps`.
  const env: NodeJS.ProcessEnv = { ...process.env, PLANGRAPH_NEO4J_PASSWORD: password };

  const uri = `bolt://${net.isIPv6(host) ? `[${host}]` : host}:${boltPort}`;
  log(`starting Neo4j ${NEO4J_EMBEDDED_VERSION} (embedded) on ${uri}, data in ${dataDir}`);
  const startedAt = Date.now();
  // stdin stays an open pipe: when this process dies the pipe closes and the launcher exits on EOF. Its own process
  // group: a terminal's Ctrl-C reaches only us, and we stop the API before Neo4j.
  const child = spawn(runtime.javaPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env, detached: true });
  child.stdin.on('error', () => {});
  trackUntilExit(child);

  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(child.exitCode));
  });
  let reachedReady = false;
  if (useClassDataSharing && !hasClassDataArchive) {
    // Only a run that got as far as READY has loaded the classes worth archiving; a failed start's dump is tiny.
    void exited
      .then(() =>
        reachedReady ? adoptClassDataDump(classDataDumpPath, runtime.classDataArchivePath) : fs.rm(classDataDumpPath, { force: true }),
      )
      .catch(() => {});
  }

  const stderrTail: string[] = [];
  const rememberStderr = (line: string): void => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
  };
  let launcherError: { code: string; message: string } | undefined;
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    const error = /^PLANGRAPH-NEO4J ERROR ([A-Z_]+): (.*)$/.exec(line);
    if (error) launcherError = { code: error[1], message: error[2] };
    rememberStderr(line);
    debugLog(line);
  });

  const startTimeoutMs = opts.startTimeoutMs ?? (Number(process.env.NEO4J_START_TIMEOUT_MS) || DEFAULT_START_TIMEOUT_MS);
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new EmbeddedNeo4jError(
          'START_TIMEOUT',
          `Neo4j did not become ready within ${startTimeoutMs / 1000} s (data dir ${dataDir}; see ${path.join(dataDir, 'logs', 'debug.log')})`,
          [...stderrTail],
        ),
      );
    }, startTimeoutMs);
    const settle = (outcome: () => void): void => {
      clearTimeout(timer);
      outcome();
    };

    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith(`${PROTOCOL_PREFIX}READY `)) settle(resolve);
      else if (!line.startsWith(PROTOCOL_PREFIX)) debugLog(line);
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      const code: EmbeddedNeo4jErrorCode = error.code === 'ENOENT' ? 'JAVA_MISSING' : 'START_FAILED';
      const message = code === 'JAVA_MISSING' ? JAVA_MISSING_MESSAGE : `could not run ${runtime.javaPath}: ${error.message}`;
      settle(() => reject(new EmbeddedNeo4jError(code, message)));
    });
    // 'close' rather than 'exit': by then every stderr line, including the ERROR line, has been read.
    child.once('close', (exitCode: number | null, signal: NodeJS.Signals | null) => {
      settle(() => reject(startFailure(launcherError, exitCode, signal, stderrTail)));
    });
  });

  await ready;
  reachedReady = true;
  log(`Neo4j ready at ${uri} after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const exitedInTime = await Promise.race([exited.then(() => true), delay(STOP_GRACE_MS).then(() => false)]);
      if (!exitedInTime) {
        log(`Neo4j did not stop within ${STOP_GRACE_MS / 1000} s; killing it`);
        child.kill('SIGKILL');
        await exited;
      }
    })();
    return stopping;
  };

  return { uri, boltPort, dataDir, user: EMBEDDED_USER, password, pid: child.pid ?? -1, exited, stop };
}

function startFailure(
  launcherError: { code: string; message: string } | undefined,
  exitCode: number | null,
  signal: NodeJS.Signals | null,
  stderrTail: readonly string[],
): EmbeddedNeo4jError {
  const tail = [...stderrTail];
  if (launcherError?.code === 'PORT_IN_USE' || launcherError?.code === 'DATA_DIR_LOCKED') {
    return new EmbeddedNeo4jError(launcherError.code, launcherError.message, tail);
  }
  const summary = launcherError?.message ?? `the Neo4j JVM exited before it was ready (${signal ?? `exit code ${exitCode}`})`;
  const details = tail.length > 0 ? `\n--- last JVM stderr lines ---\n${tail.join('\n')}` : '';
  return new EmbeddedNeo4jError('START_FAILED', summary + details, tail);
}

function trackUntilExit(child: ChildProcessWithoutNullStreams): void {
  runningJvms.add(child);
  child.once('exit', () => runningJvms.delete(child));
  child.once('error', () => runningJvms.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort when the process exits without stop(): SIGKILL (synchronous, unlike a clean shutdown) so no JVM
  // outlives us holding the store lock. Neo4j recovers from its transaction log on the next start.
  process.on('exit', () => {
    for (const jvm of runningJvms) jvm.kill('SIGKILL');
  });
}

async function adoptClassDataDump(dumpPath: string, archivePath: string): Promise<void> {
  try {
    const dump = await fs.stat(dumpPath);
    if (dump.size > 0 && !existsSync(archivePath)) {
      await fs.rename(dumpPath, archivePath);
      return;
    }
  } catch {
    // No dump (killed, or a non-HotSpot JVM): the next run tries again.
  }
  await fs.rm(dumpPath, { force: true });
}

function portFromEnv(): number {
  const fromEnv = process.env.NEO4J_BOLT_PORT;
  if (fromEnv === undefined || fromEnv === '') return 7687;
  const port = Number(fromEnv);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new EmbeddedNeo4jError('START_FAILED', `NEO4J_BOLT_PORT must be a port number, got "${fromEnv}"`);
  }
  return port;
}

function findFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

// ---- runtime preparation ----

async function prepareRuntime(runtimeDir: string, log: (msg: string) => void): Promise<EmbeddedNeo4jRuntime> {
  const launcherDir = findLauncherDir();
  const javaPath = await findJdkTool('java');
  if (!javaPath) throw new EmbeddedNeo4jError('JAVA_MISSING', JAVA_MISSING_MESSAGE);
  const javaVersionText = await checkJavaVersion(javaPath);

  await fs.mkdir(runtimeDir, { recursive: true });
  await removeLeftoversOfDeadProcesses(runtimeDir);
  const libDir = await ensureNeo4jJars(runtimeDir, launcherDir, log);
  const launcherJar = await ensureLauncherCompiled(runtimeDir, launcherDir, libDir, log);

  const jvmFingerprint = createHash('sha256').update(`${javaPath}\n${javaVersionText}`).digest('hex').slice(0, 12);
  return {
    classpath: [launcherJar, path.join(libDir, '*')].join(path.delimiter),
    javaPath,
    classDataArchivePath: path.join(path.dirname(launcherJar), `neo4j-cds-${jvmFingerprint}.jsa`),
    launcherJar,
  };
}

async function ensureNeo4jJars(runtimeDir: string, launcherDir: string, log: (msg: string) => void): Promise<string> {
  const libDir = path.join(runtimeDir, 'lib');
  if (existsSync(path.join(libDir, '.complete'))) return libDir;

  const mvnPath = await findOnPath('mvn');
  if (!mvnPath) {
    throw new EmbeddedNeo4jError(
      'START_FAILED',
      `Maven (mvn) is needed once to fetch the Neo4j ${NEO4J_EMBEDDED_VERSION} jars into ${libDir} ` +
        '(install Maven, or set NEO4J_URI to use your own Neo4j)',
    );
  }

  // Download into a private directory and mark it complete before the rename, so an interrupted fetch is never used.
  const tmpLibDir = path.join(runtimeDir, `lib.tmp-${process.pid}`);
  await fs.rm(tmpLibDir, { recursive: true, force: true });
  const mavenArgs = (offline: boolean): string[] => [
    '-B',
    '-q',
    ...(offline ? ['-o'] : []),
    '-f',
    path.join(launcherDir, 'pom.xml'),
    DEPENDENCY_PLUGIN,
    '-DincludeScope=runtime',
    `-DoutputDirectory=${tmpLibDir}`,
  ];
  const startedAt = Date.now();
  try {
    try {
      await run(mvnPath, mavenArgs(true));
    } catch {
      log(`fetching Neo4j ${NEO4J_EMBEDDED_VERSION} jars from Maven Central (once, ~120 MB)…`);
      await run(mvnPath, mavenArgs(false));
    }
    await fs.writeFile(path.join(tmpLibDir, '.complete'), `${new Date().toISOString()}\n`);
    await moveIntoPlace(tmpLibDir, libDir);
  } catch (error) {
    await fs.rm(tmpLibDir, { recursive: true, force: true });
    throw new EmbeddedNeo4jError('START_FAILED', `could not fetch the Neo4j ${NEO4J_EMBEDDED_VERSION} jars with Maven: ${errorMessage(error)}`);
  }
  log(`Neo4j ${NEO4J_EMBEDDED_VERSION} jars ready in ${libDir} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
  return libDir;
}

async function ensureLauncherCompiled(
  runtimeDir: string,
  launcherDir: string,
  libDir: string,
  log: (msg: string) => void,
): Promise<string> {
  const sourcePath = path.join(launcherDir, `${LAUNCHER_MAIN_CLASS}.java`);
  const sourceHash = createHash('sha256').update(await fs.readFile(sourcePath)).digest('hex').slice(0, 12);
  const classesDir = path.join(runtimeDir, `classes-${sourceHash}`);
  const launcherJar = path.join(classesDir, LAUNCHER_JAR_NAME);
  if (existsSync(launcherJar)) {
    // Marks this build as in use, so another checkout's clean-up (below) leaves it alone.
    const now = new Date();
    await fs.utimes(classesDir, now, now).catch(() => undefined);
    return launcherJar;
  }

  // javac only matters here: a machine with just a JRE can run an already compiled launcher.
  const javacPath = await findJdkTool('javac');
  if (!javacPath) {
    throw new EmbeddedNeo4jError('JAVA_MISSING', `${JAVA_MISSING_MESSAGE}; javac (a JDK, not just a JRE) is needed once to compile the launcher`);
  }
  log('compiling the Neo4j launcher…');
  const tmpDir = path.join(runtimeDir, `classes-${sourceHash}.tmp-${process.pid}`);
  await fs.rm(tmpDir, { recursive: true, force: true });
  try {
    const compiledDir = path.join(tmpDir, 'classes');
    await run(javacPath, ['--release', '17', '-nowarn', '-d', compiledDir, '-cp', path.join(libDir, '*'), sourcePath]);
    // A jar rather than a classes directory: class-data sharing refuses non-empty directories on the classpath.
    const jarTool = path.join(path.dirname(javacPath), process.platform === 'win32' ? 'jar.exe' : 'jar');
    await run(jarTool, ['--create', '--file', path.join(tmpDir, LAUNCHER_JAR_NAME), '-C', compiledDir, '.']);
    await fs.rm(compiledDir, { recursive: true, force: true });
    await moveIntoPlace(tmpDir, classesDir);
  } catch (error) {
    await fs.rm(tmpDir, { recursive: true, force: true });
    throw new EmbeddedNeo4jError('START_FAILED', `could not compile ${sourcePath}: ${errorMessage(error)}`);
  }
  // Builds of another launcher source, each with a ~100 MB class-data archive, are of no further use once unused for
  // a week; one in use (another checkout, another branch, a running process) is left alone.
  const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
  for (const entry of await fs.readdir(runtimeDir)) {
    if (/^classes-[0-9a-f]{12}$/.test(entry) && entry !== path.basename(classesDir)) {
      const usedAt = (await fs.stat(path.join(runtimeDir, entry)).catch(() => null))?.mtimeMs ?? 0;
      if (usedAt < weekAgo) await fs.rm(path.join(runtimeDir, entry), { recursive: true, force: true });
    }
  }
  return launcherJar;
}

/** Deletes `*.tmp-<pid>…` work files and directories whose process is gone (an interrupted fetch, compile or dump). */
async function removeLeftoversOfDeadProcesses(runtimeDir: string): Promise<void> {
  const dirs = [runtimeDir];
  for (const entry of await fs.readdir(runtimeDir)) {
    if (entry.startsWith('classes-') && !entry.includes('.tmp-')) dirs.push(path.join(runtimeDir, entry));
  }
  for (const dir of dirs) {
    for (const entry of await fs.readdir(dir)) {
      const ownerPid = /\.tmp-(\d+)/.exec(entry)?.[1];
      if (ownerPid && !isProcessAlive(Number(ownerPid))) await fs.rm(path.join(dir, entry), { recursive: true, force: true });
    }
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, just someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Renames a freshly built directory into place; if another process got there first, keeps theirs. */
async function moveIntoPlace(tmpDir: string, finalDir: string): Promise<void> {
  try {
    await fs.rename(tmpDir, finalDir);
  } catch (error) {
    if (!existsSync(finalDir)) throw error;
    await fs.rm(tmpDir, { recursive: true, force: true });
  }
}

function findLauncherDir(): string {
  // Walk up rather than assume a depth, so this also works from a compiled copy under dist/.
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'launcher');
    if (existsSync(path.join(candidate, `${LAUNCHER_MAIN_CLASS}.java`))) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  return path.resolve(__dirname, '../../../launcher');
}

async function findJdkTool(name: string): Promise<string | undefined> {
  const javaHome = process.env.JAVA_HOME;
  if (javaHome) {
    const candidate = path.join(javaHome, 'bin', executableName(name));
    if (await isExecutable(candidate)) return candidate;
  }
  return findOnPath(name);
}

async function findOnPath(name: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const candidate of executableCandidates(path.join(dir, name))) {
      if (await isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

function executableName(name: string): string {
  return process.platform === 'win32' ? `${name}.exe` : name;
}

function executableCandidates(basePath: string): string[] {
  return process.platform === 'win32' ? [`${basePath}.exe`, `${basePath}.cmd`] : [basePath];
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await fs.access(file, fsConstants.X_OK);
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Fails with JAVA_MISSING unless `java -version` reports 17 or newer; returns the version text. */
async function checkJavaVersion(javaPath: string): Promise<string> {
  let versionText: string;
  try {
    versionText = (await run(javaPath, ['-version'])).trim();
  } catch (error) {
    throw new EmbeddedNeo4jError('JAVA_MISSING', `${JAVA_MISSING_MESSAGE}; ${javaPath} -version failed: ${errorMessage(error)}`);
  }
  const version = /version "([^"]+)"/.exec(versionText)?.[1];
  if (version) {
    const parts = version.split(/[.+-]/).map(Number);
    const major = parts[0] === 1 ? parts[1] : parts[0];
    if (major !== undefined && major < MIN_JAVA_MAJOR) {
      throw new EmbeddedNeo4jError('JAVA_MISSING', `${JAVA_MISSING_MESSAGE}; found Java ${version} at ${javaPath}`);
    }
  }
  return versionText;
}

/** Runs a command to completion; resolves with stdout+stderr, rejects with the output's tail on failure. */
function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (!error) {
        resolve(output);
        return;
      }
      const tail = output.trim().split('\n').slice(-15).join('\n');
      reject(new Error(`${path.basename(command)} ${error.code === 'ENOENT' ? 'not found' : 'failed'}${tail ? `:\n${tail}` : ''}`));
    });
  });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
