import neo4j, { type Driver, type Integer, type ManagedTransaction, type QueryResult, type RecordShape, type Session } from 'neo4j-driver';
import type { Logger } from '../logger';
import { ConflictError, InternalError, QueryTimeoutError, ServiceOverloadedError, ServiceUnavailableError, TransactionTooLargeError } from '../errors';
import type { DatabaseHealth } from './health';
import { Permits } from './permits';
import { ReadCache, VersionBarrier, Versions } from './readCache';

/** Cypher with its parameters: every value reaches the database as a $param, never in the string. */
export interface Statement {
  cypher: string;
  params?: Record<string, unknown>;
}

/** Observes every statement sent (tests count round trips with it). */
export type QueryListener = (statement: Statement, mode: 'READ' | 'WRITE') => void;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);

/** Bounds on the database work one statement or request may do. */
export interface GatewayLimits {
  /** Server-side transaction timeouts (0: none, for bulk loads); the client gives up CLIENT_GRACE_MS after them. */
  readTimeoutMs: number;
  writeTimeoutMs: number;
  /** Sessions one request's view may hold at once (0 = no bound: CLIs, seeding). */
  connectionsPerRequest: number;
  /** A statement still running after this makes the health monitor probe the database. */
  suspectAfterMs: number;
}

/** Defaults for the gateway's limits (the service passes its configuration). */
export const DEFAULT_GATEWAY_LIMITS: GatewayLimits = { readTimeoutMs: 10_000, writeTimeoutMs: 30_000, connectionsPerRequest: 4, suspectAfterMs: 1_000 };

// The server ends a transaction at its timeout and says so; a database that says nothing by then is not answering.
const CLIENT_GRACE_MS = 2_000;

/** Options for a gateway: limits, and the health monitor that lets requests fail fast while Neo4j is down. */
export interface GatewayOptions {
  limits?: Partial<GatewayLimits>;
  health?: DatabaseHealth | null;
}

/** Turns neo4j Integers, nodes and relationships into plain JS values at the boundary. */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as Integer).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
    if (neo4j.isDate(value) || neo4j.isDateTime(value)) return String(value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/** What every view of one gateway shares: listeners, the read cache and its version checks. */
interface SharedState {
  listeners: Set<QueryListener>;
  transactionListeners: Set<(mode: 'READ' | 'WRITE') => void>;
  cache: ReadCache | null;
  versions?: VersionBarrier;
  /** The newest database version seen by any transaction of this process. */
  seen: Versions;
  limits: GatewayLimits;
  health: DatabaseHealth | null;
  /** Sessions open now, across every view (the metrics' pool use). */
  sessionsOpen: number;
}

/** The one module that talks to Neo4j: read and write transactions, metadata, logging, error translation. */
export class GraphGateway {
  private readonly shared: SharedState;
  private readonly listeners: Set<QueryListener>;
  private readonly transactionListeners: Set<(mode: 'READ' | 'WRITE') => void>;
  /** The database version this view reads at (a request's view only; null until first needed). */
  private version: Promise<string | null> | null = null;
  /**
   * The bookmarks every session of this view opens with: the client's (X-PlanGraph-Bookmark) and, after a write,
   * the write's, so a read after a write sees it on any member of a cluster (a member waits until it has them).
   */
  private bookmarks: string[] = [];
  /** The bookmarks this view's writes ended at (for the response header); empty when it wrote nothing. */
  private written: string[] = [];
  private readonly caching: boolean;
  /** A request's view bounds the sessions it holds at once; the shared gateway does not. */
  private readonly permits: Permits | null;
  /** A request's view fails fast while the database is down; start-up, seeding and the CLIs wait on their own terms. */
  private readonly failFast: boolean;
  /** This view's bounds: the service's, or none for bulk work (see forBulkWork). */
  private readonly limits: GatewayLimits;

  constructor(driver: Driver, database: string | undefined, log: Logger, options?: GatewayOptions);
  constructor(driver: Driver, database: string | undefined, log: Logger, options: GatewayOptions | undefined, shared: SharedState, requestView: boolean, limits?: GatewayLimits);
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly log: Logger,
    options: GatewayOptions = {},
    shared?: SharedState,
    requestView = false,
    limits?: GatewayLimits,
  ) {
    this.shared = shared ?? {
      listeners: new Set(),
      transactionListeners: new Set(),
      cache: null,
      seen: new Versions(),
      limits: { ...DEFAULT_GATEWAY_LIMITS, ...options.limits },
      health: options.health ?? null,
      sessionsOpen: 0,
    };
    this.listeners = this.shared.listeners;
    this.transactionListeners = this.shared.transactionListeners;
    this.caching = requestView && this.shared.cache !== null;
    this.limits = limits ?? this.shared.limits;
    const bound = this.limits.connectionsPerRequest;
    this.permits = requestView && bound > 0 ? new Permits(bound) : null;
    this.failFast = requestView;
  }

  /** The health monitor, when the service has one (readiness asks it). */
  get health(): DatabaseHealth | null {
    return this.shared.health;
  }

  /** Keeps read results between requests, up to maxBytes (0 turns caching off); see ReadCache. */
  enableReadCache(maxBytes: number): void {
    this.shared.cache = maxBytes > 0 ? new ReadCache(maxBytes) : null;
  }

  /** Sessions open now across every view of this gateway (each holds a pooled connection while it runs). */
  get sessionsInUse(): number {
    return this.shared.sessionsOpen;
  }

  /** The read cache, when enabled (its hit and miss counts are for tests and the benchmark). */
  get readCache(): ReadCache | null {
    return this.shared.cache;
  }

  /**
   * A view for one request: the same driver, listeners and cache, reading at one database version found once
   * (a round trip that returns no data), so reads already cached at that version are answered without Neo4j.
   */
  forRequest(bookmarks: readonly string[] = []): GraphGateway {
    const view = new GraphGateway(this.driver, this.database, this.log, undefined, this.shared, true);
    view.bookmarks = [...bookmarks];
    return view;
  }

  /** The bookmarks this view's last write ended at (empty when it wrote nothing): what a client sends back for read-your-writes. */
  get writtenBookmarks(): readonly string[] {
    return this.written;
  }

  /** A view without transaction timeouts, for loads that may run for minutes (seeding at start-up, imports). */
  forBulkWork(): GraphGateway {
    return new GraphGateway(this.driver, this.database, this.log, undefined, this.shared, false, { ...this.shared.limits, readTimeoutMs: 0, writeTimeoutMs: 0 });
  }

  /** Registers a listener; returns the function that removes it. */
  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Registers a listener for each transaction begun (tests count round trips with it); returns its remover. */
  onTransaction(listener: (mode: 'READ' | 'WRITE') => void): () => void {
    this.transactionListeners.add(listener);
    return () => this.transactionListeners.delete(listener);
  }

  /** Runs one read statement in a read transaction (routed to a reader in a cluster); rows as plain objects. */
  async read<T = Record<string, unknown>>(statement: Statement): Promise<T[]> {
    const [rows] = await this.readMany<T>([statement]);
    return rows;
  }

  /**
   * Several read statements in one transaction, sent without waiting for each other (pipelined: one round trip);
   * in a request's view, statements already read at the current database version come from the cache.
   */
  async readMany<T = Record<string, unknown>>(statements: Statement[]): Promise<T[][]> {
    const cache = this.caching ? this.shared.cache : null;
    const keys = statements.map(cacheKey);
    const results: (T[] | undefined)[] = statements.map(() => undefined);
    // Only a candidate (an entry that may be current) is worth a version check; without one the read goes at once,
    // so a miss costs one round trip, as with the cache off.
    const candidates = cache ? keys.map((key) => cache.candidate(key, this.shared.seen)) : [];
    if (cache && candidates.some(Boolean)) {
      const version = await this.currentVersion();
      keys.forEach((key, i) => {
        if (candidates[i] && version) results[i] = cache.get(version, key) as T[] | undefined;
      });
    }
    const missing = statements.map((s, i) => ({ s, i })).filter(({ i }) => results[i] === undefined);
    if (missing.length) {
      const { value, bookmark, began } = await this.readTxWithBookmark((tx) => Promise.all(missing.map(({ s }) => this.run<T>(tx, s, 'READ'))));
      // A read that began after this request arrived is as good a version check as any: later candidates use it.
      if (this.caching && !this.version && bookmark) this.version = Promise.resolve(bookmark);
      missing.forEach(({ i }, k) => {
        results[i] = value[k];
        if (cache && bookmark) cache.set(bookmark, keys[i], value[k], began);
      });
    }
    return results as T[][];
  }

  /** Runs one write statement in a write transaction. */
  async write<T = Record<string, unknown>>(statement: Statement): Promise<T[]> {
    return this.writeTx((tx) => this.run<T>(tx, statement, 'WRITE'));
  }

  /** Several reads in one transaction (not cached: the work may decide what to read as it goes). */
  async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return (await this.readTxWithBookmark(work)).value;
  }

  /** Several writes in one transaction: all applied or none. */
  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const began = this.shared.seen.begin();
    try {
      const timeout = this.limits.writeTimeoutMs || undefined;
      return await this.translate(() =>
        this.withSession('WRITE', async (session) => {
          const value = await session.executeWrite(work, { timeout, metadata: { app: 'plangraph' } });
          const bookmarks = await session.lastBookmarks();
          // The request's later sessions carry the write's bookmarks (read-your-writes on a cluster), and the
          // process knows at once that every result cached before it is past.
          if (bookmarks.length) {
            this.bookmarks = [...bookmarks];
            this.written = [...bookmarks];
            if (bookmarks.length === 1) this.shared.seen.saw(bookmarks[0], began);
          }
          return value;
        }),
      );
    } finally {
      this.version = null; // the request's later reads must see its own write
    }
  }

  /** Runs a statement inside a transaction given to readTx/writeTx. */
  async run<T = Record<string, unknown>>(tx: ManagedTransaction, statement: Statement, mode: 'READ' | 'WRITE' = 'WRITE'): Promise<T[]> {
    for (const listener of this.listeners) listener(statement, mode);
    const started = performance.now();
    const result: QueryResult<RecordShape> = await tx.run(statement.cypher, statement.params ?? {});
    this.log.trace({ ms: Math.round(performance.now() - started), mode, cypher: statement.cypher.slice(0, 200) }, 'cypher');
    return result.records.map((r) => toPlain(r.toObject()) as T);
  }

  /** A read transaction's result and the bookmark it ended at: the database version its data is from. */
  private readTxWithBookmark<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<{ value: T; bookmark: string | null; began: number }> {
    const timeout = this.limits.readTimeoutMs || undefined;
    return this.inReadSession((session) => session.executeRead(work, { timeout, metadata: { app: 'plangraph' } }));
  }

  /** Runs work in a read session and returns its result with the session's last bookmark. */
  private inReadSession<T>(work: (session: Session) => Promise<T>): Promise<{ value: T; bookmark: string | null; began: number }> {
    const began = this.shared.seen.begin();
    return this.translate(() =>
      this.withSession('READ', async (session) => {
        const value = await work(session);
        const bookmarks = await session.lastBookmarks();
        const bookmark = bookmarks.length === 1 ? bookmarks[0] : null;
        this.shared.seen.saw(bookmark, began);
        return { value, bookmark, began };
      }),
    );
  }

  /**
   * Runs work in a session under every bound: in a request's view, fails at once while the database is known down
   * and takes one of the request's permits; and gives up when the database is declared down meanwhile or says nothing for the
   * transaction's timeout plus a grace (a frozen server holds TCP open, so only a deadline ends the wait).
   * An abandoned session is closed in the background: its connection comes back if the database does.
   */
  private async withSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const { limits } = this;
    const health = this.failFast ? this.shared.health : null;
    if (health?.isDown) throw new ServiceUnavailableError();
    const release = this.permits ? await this.permits.acquire() : () => undefined;
    const timeoutMs = mode === 'READ' ? limits.readTimeoutMs : limits.writeTimeoutMs;
    const timers: NodeJS.Timeout[] = [];
    const deadline = new Promise<never>((_resolve, reject) => {
      timers.push(setTimeout(() => health?.suspect(), limits.suspectAfterMs));
      if (timeoutMs > 0) {
        const message = `the graph database did not answer within ${Math.round((timeoutMs + CLIENT_GRACE_MS) / 1000)} s; try again shortly`;
        timers.push(setTimeout(() => reject(new ServiceUnavailableError(message)), timeoutMs + CLIENT_GRACE_MS));
      }
    });
    // A listener of this session's own, removed when it ends: racing the health's one shared signal would hang a
    // reaction (holding the session's result) on it per session until the database next went down — a leak.
    let stopWatching: () => void = () => undefined;
    const down = health
      ? new Promise<never>((_resolve, reject) => {
          stopWatching = health.onChange((up) => up || reject(new ServiceUnavailableError()));
        })
      : deadline;
    const session = this.session(mode);
    this.shared.sessionsOpen++;
    let finished = false;
    try {
      const value = await Promise.race([work(session), deadline, down]);
      finished = true;
      return value;
    } finally {
      stopWatching();
      this.shared.sessionsOpen--;
      for (const timer of timers) clearTimeout(timer);
      release();
      if (finished) await session.close();
      else void session.close().catch(() => undefined);
    }
  }

  /** The database's current version for this view, found once per view by a check shared with other requests. */
  private currentVersion(): Promise<string | null> {
    // The shared check runs in a view of its own: no request's permits or bookmarks, but a request's deadline and
    // fail-fast (a frozen database must fail the check as quickly as it fails the request's own read).
    this.shared.versions ??= ((plain) => new VersionBarrier(() => plain.readVersion()))(new GraphGateway(this.driver, this.database, this.log, undefined, this.shared, true));
    if (!this.version) {
      // A request with bookmarks of its own checks with them (on a cluster, a member that has them); others share.
      this.version = this.bookmarks.length ? this.readVersion() : this.shared.versions.after();
      this.version.catch(() => (this.version = null));
    }
    return this.version;
  }

  /** An auto-commit read: one round trip (no BEGIN/COMMIT), and its bookmark names the last commit. */
  private async readVersion(): Promise<string | null> {
    const timeout = this.limits.readTimeoutMs || undefined;
    return (await this.inReadSession((session) => session.run('RETURN 1', {}, { timeout }))).bookmark;
  }

  /** True when the database answers a trivial query within the driver's timeouts. */
  async isReachable(): Promise<boolean> {
    try {
      await this.driver.executeQuery('RETURN 1', {}, { database: this.database, routing: neo4j.routing.READ });
      return true;
    } catch {
      return false;
    }
  }

  /** Closes the driver (on shutdown). */
  async close(): Promise<void> {
    await this.driver.close();
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    for (const listener of this.transactionListeners) listener(mode);
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.bookmarks.length ? { bookmarks: this.bookmarks } : {}),
    });
  }

  private async translate<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof Error && 'extensions' in error) throw error; // already one of ours
      const code = (error as { code?: string }).code ?? '';
      const message = String((error as Error).message);
      if (TIMEOUT_CODES.has(code)) throw new QueryTimeoutError();
      if (/acquisition timed out/i.test(message)) {
        // Every pooled connection is busy. Busy with work, or stuck on a database that stopped answering?
        const health = this.shared.health;
        if (!health || (await health.check(500))) {
          this.log.warn({ err: message }, 'connection pool saturated');
          throw new ServiceOverloadedError();
        }
        this.log.warn({ err: message }, 'no connection: the database does not answer');
        throw new ServiceUnavailableError();
      }
      if (UNAVAILABLE_CODES.has(code) || /connect|ECONNREFUSED|ECONNRESET|EPIPE/i.test(message)) {
        this.log.warn({ code, err: message }, 'database unavailable');
        this.shared.health?.suspect();
        throw new ServiceUnavailableError();
      }
      if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') throw new TransactionTooLargeError();
      if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') throw new ConflictError('another write created the same entity at the same time; read it and retry');
      this.log.error({ code, err: error }, 'database error');
      throw new InternalError();
    }
  }
}

/** A statement's identity in the cache: its text and parameters (neo4j Integers included by value). */
function cacheKey(statement: Statement): string {
  return `${statement.cypher}\u0000${JSON.stringify(statement.params ?? {}, (_k, v) => (neo4j.isInt(v) ? `int:${v.toString()}` : v))}`;
}

/** Connection settings for the driver. */
export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
}

/** Pool bounds for the driver. */
export interface PoolSettings {
  /** Connections in the pool, and how long a caller waits for one. */
  poolSize?: number;
  acquireTimeoutMs?: number;
}

/** Opens a driver that fails fast when the database is down, so requests get an error instead of hanging. */
export function openDriver(settings: DriverSettings & PoolSettings): Driver {
  // With auth disabled (the embedded default) the server accepts any credentials.
  const auth = neo4j.auth.basic(settings.user, settings.password);
  return neo4j.driver(settings.uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: settings.acquireTimeoutMs ?? 5_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: settings.poolSize ?? 50,
    logging: { level: 'error', logger: () => undefined },
  });
}
