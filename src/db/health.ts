import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from '../logger';

/** Failed probes in a row that declare the database down. */
const FAILED_PROBES_FOR_DOWN = 2;

/** What the rest of the service asks about the database's health. */
export interface HealthView {
  /** True while the database is known not to answer; requests fail fast meanwhile. */
  readonly isDown: boolean;
  /** Why the service cannot recover by itself (e.g. the embedded Neo4j would not restart); null while it can. */
  readonly fatalReason: string | null;
}

/** Settings for DatabaseHealth. */
export interface HealthSettings {
  /** A probe that has not answered within this counts as a failure. */
  probeTimeoutMs: number;
  /** While down, how often to probe for the database's return. */
  recoveryIntervalMs?: number;
}

/**
 * Knows whether Neo4j answers, through its own small driver, so a saturated or stuck request pool cannot
 * hide the truth. Probes run on demand (a slow statement, a connection error, /readyz), never on a timer
 * while all is well; once the database is down, a recovery loop probes until it answers again.
 * Requests in flight when the database is declared down are failed at once through `downSignal`.
 */
export class DatabaseHealth implements HealthView {
  private down: string | null = null;
  private fatal: string | null = null;
  private probing: Promise<boolean> | null = null;
  private lastProbe: { at: number; ok: boolean } | null = null;
  private failuresInRow = 0;
  private recovery: NodeJS.Timeout | null = null;
  private signal: { promise: Promise<never>; reject: (error: Error) => void } | null = null;
  private closed = false;
  private readonly listeners = new Set<(up: boolean) => void>();

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly log: Logger,
    private readonly settings: HealthSettings,
  ) {}

  get isDown(): boolean {
    return this.down !== null;
  }

  get fatalReason(): string | null {
    return this.fatal;
  }

  /** Registers a listener told of each change between up and down; returns its remover. */
  onChange(listener: (up: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A promise that rejects (with the given error factory's error) when the database is next declared down. */
  downSignal(): Promise<never> {
    if (!this.signal) {
      let reject!: (error: Error) => void;
      const promise = new Promise<never>((_resolve, r) => (reject = r));
      promise.catch(() => undefined); // observed by whoever races it; never unhandled
      this.signal = { promise, reject };
    }
    return this.signal.promise;
  }

  /** Something looked wrong (a slow statement, a connection error): probe now, and declare down if it keeps failing. */
  suspect(): void {
    if (this.down || this.closed) return;
    void this.check();
  }

  /** Declares the database down: fails requests in flight, and probes until it answers again. */
  markDown(reason: string): void {
    if (this.closed) return;
    if (!this.down) {
      this.down = reason;
      this.log.error({ reason }, 'database down: requests fail fast until it answers again');
      this.signal?.reject(new Error(reason));
      this.signal = null;
      for (const listener of this.listeners) listener(false);
    }
    this.scheduleRecovery();
  }

  /** The service cannot recover by itself: /healthz turns unhealthy so an orchestrator restarts it. */
  markFatal(reason: string): void {
    this.fatal = reason;
    this.log.fatal({ reason }, 'unrecoverable: reporting unhealthy');
  }

  /**
   * Probes now (or shares a probe in flight, or one younger than maxAgeMs) and answers whether the database
   * answered. Two failed probes in a row declare it down: one slow answer on a busy machine is not an outage.
   */
  async check(maxAgeMs = 0): Promise<boolean> {
    if (this.lastProbe && Date.now() - this.lastProbe.at < maxAgeMs && !this.probing) return this.lastProbe.ok;
    const ok = await this.probe();
    if (ok) this.markUp();
    else if (this.failuresInRow >= FAILED_PROBES_FOR_DOWN) this.markDown('the database did not answer two probes in a row');
    else if (!this.down) void this.check(); // confirm at once
    return ok;
  }

  /** Stops probing and closes the probe driver. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.recovery) clearTimeout(this.recovery);
    await this.driver.close();
  }

  private markUp(): void {
    if (!this.down) return;
    this.log.info({ was: this.down }, 'database answers again: serving');
    this.down = null;
    if (this.recovery) clearTimeout(this.recovery);
    this.recovery = null;
    for (const listener of this.listeners) listener(true);
  }

  private scheduleRecovery(): void {
    if (this.recovery || this.closed) return;
    this.recovery = setTimeout(async () => {
      this.recovery = null;
      if (this.closed) return;
      if (await this.probe()) this.markUp();
      else this.scheduleRecovery();
    }, this.settings.recoveryIntervalMs ?? 1_000);
    this.recovery.unref();
  }

  /** One `RETURN 1` with a deadline; concurrent callers share it. */
  private probe(): Promise<boolean> {
    this.probing ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      try {
        const deadline = new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), this.settings.probeTimeoutMs);
        });
        const answer = this.driver
          .executeQuery('RETURN 1', {}, { database: this.database, routing: neo4j.routing.READ })
          .then(() => true, () => false);
        const ok = await Promise.race([answer, deadline]);
        this.lastProbe = { at: Date.now(), ok };
        this.failuresInRow = ok ? 0 : this.failuresInRow + 1;
        return ok;
      } finally {
        clearTimeout(timer);
        this.probing = null;
      }
    })();
    return this.probing;
  }
}

/** The probe's own driver: two connections, short timeouts, apart from the request pool. */
export function openProbeDriver(uri: string, user: string, password: string, timeoutMs: number): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    maxConnectionPoolSize: 2,
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxTransactionRetryTime: 0,
    logging: { level: 'error', logger: () => undefined },
  });
}
