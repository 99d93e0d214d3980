import { LRUCache } from 'lru-cache';

/** A cached result: its rows, the version they were read at, and when (in Versions' order) that read began. */
interface Entry {
  version: string;
  rows: unknown[];
  began: number;
}

/**
 * Read results kept between requests, each under the database version it was read at: the bookmark Neo4j returns
 * with every transaction, which names the last transaction committed. A result is served only while the
 * database is still at that version, so any commit (through PlanGraph or not) retires every cached result.
 *
 * Only a candidate costs a check: a statement with no entry, or one whose version is known to be past (see
 * `Versions`), is read at once, so a miss costs what it costs with the cache off.
 */
export class ReadCache {
  private readonly entries: LRUCache<string, Entry>;
  hits = 0;
  misses = 0;

  constructor(maxBytes: number) {
    this.entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry, key) => key.length + entry.version.length + approximateBytes(entry.rows) });
  }

  /**
   * An entry that may still be current: present and not known to be past. No entry, or one `versions` knows is
   * past, is a miss decided without asking the database (and counted as one).
   */
  candidate(key: string, versions: Versions): boolean {
    const entry = this.entries.peek(key);
    if (entry && !versions.isPast(entry.version, entry.began)) return true;
    if (entry) this.entries.delete(key);
    this.misses++;
    return false;
  }

  /** The rows cached for a statement, when read at exactly this version. */
  get(version: string, key: string): unknown[] | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.version === version) {
      this.hits++;
      return entry.rows;
    }
    this.misses++;
    return undefined;
  }

  set(version: string, key: string, rows: unknown[], began = 0): void {
    this.entries.set(key, { version, rows, began });
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Hands out database versions found by a check that began after the caller asked, sharing checks between
 * callers: while one is in flight, everyone who asks waits for the next, which starts when it ends. Under load
 * fifty requests share one check instead of sending fifty, and none is given a version older than its arrival.
 */
export class VersionBarrier {
  private inFlight: Promise<string | null> | null = null;
  private queued: Promise<string | null> | null = null;

  constructor(private readonly check: () => Promise<string | null>) {}

  after(): Promise<string | null> {
    if (!this.inFlight) return this.start();
    this.queued ??= this.inFlight
      .catch(() => null)
      .then(() => {
        this.queued = null;
        return this.start();
      });
    return this.queued;
  }

  private start(): Promise<string | null> {
    const check = this.check();
    this.inFlight = check;
    const clear = () => {
      if (this.inFlight === check) this.inFlight = null;
    };
    check.then(clear, clear);
    return check;
  }
}

/** A cheap over-estimate of a result's memory: string lengths twice (UTF-16) plus a fixed cost per value. */
export function approximateBytes(value: unknown): number {
  if (typeof value === 'string') return 2 * value.length + 16;
  if (Array.isArray(value)) return value.reduce<number>((sum, v) => sum + approximateBytes(v), 16);
  if (value && typeof value === 'object') return Object.entries(value).reduce<number>((sum, [k, v]) => sum + 2 * k.length + approximateBytes(v), 16);
  return 16;
}

/**
 * The newest database version this process has seen, from any transaction's bookmark, ordered by when each
 * transaction began: a transaction that began later sees the database as at least as new. A cached version other
 * than the newest, read by a transaction that began before the newest one's, is past: some commit came between.
 * (Versions are opaque: only equality and this order are used. Calling a current version past only costs a miss.)
 */
export class Versions {
  private clock = 0;
  private newest: { version: string; began: number } | null = null;

  /** A transaction begins: its place in the order. */
  begin(): number {
    return ++this.clock;
  }

  /** A transaction that began at `began` ended at `version`. */
  saw(version: string | null, began: number): void {
    if (version && (!this.newest || began > this.newest.began)) this.newest = { version, began };
  }

  isPast(version: string, began: number): boolean {
    return this.newest !== null && this.newest.version !== version && this.newest.began > began;
  }
}
