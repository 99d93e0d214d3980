import neo4j, { type Driver, type Integer, type ManagedTransaction, type Node, type QueryResult, type RecordShape, type Relationship } from 'neo4j-driver';
import type { Logger } from '../logger';
import { ConflictError, InternalError, ServiceUnavailableError } from '../errors';

/** Cypher with its parameters: every value reaches the database as a $param, never in the string. */
export interface Statement {
  cypher: string;
  params?: Record<string, unknown>;
}

/** Observes every statement sent (tests count round trips with it). */
export type QueryListener = (statement: Statement, mode: 'READ' | 'WRITE') => void;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Turns neo4j Integers, nodes and relationships into plain JS values at the boundary. */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as Integer).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    if (neo4j.isNode(value as never)) return toPlain((value as Node).properties);
    if (neo4j.isRelationship(value as never)) return toPlain((value as Relationship).properties);
    if (neo4j.isDate(value as never) || neo4j.isDateTime(value as never)) return String(value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/** The one module that talks to Neo4j: read and write transactions, metadata, logging, error translation. */
export class GraphGateway {
  private readonly listeners = new Set<QueryListener>();

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly log: Logger,
  ) {}

  /** Registers a listener; returns the function that removes it. */
  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs one read statement in a read transaction (routed to a reader in a cluster); rows as plain objects. */
  async read<T = Record<string, unknown>>(statement: Statement): Promise<T[]> {
    return this.readTx((tx) => this.run<T>(tx, statement, 'READ'));
  }

  /** Runs one write statement in a write transaction. */
  async write<T = Record<string, unknown>>(statement: Statement): Promise<T[]> {
    return this.writeTx((tx) => this.run<T>(tx, statement, 'WRITE'));
  }

  /** Several reads in one transaction. */
  async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.translate(() => this.session('READ').then((s) => s.executeRead(work, { metadata: { app: 'plangraph' } }).finally(() => s.close())));
  }

  /** Several writes in one transaction: all applied or none. */
  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.translate(() => this.session('WRITE').then((s) => s.executeWrite(work, { metadata: { app: 'plangraph' } }).finally(() => s.close())));
  }

  /** Runs a statement inside a transaction given to readTx/writeTx. */
  async run<T = Record<string, unknown>>(tx: ManagedTransaction, statement: Statement, mode: 'READ' | 'WRITE' = 'WRITE'): Promise<T[]> {
    for (const listener of this.listeners) listener(statement, mode);
    const started = performance.now();
    const result: QueryResult<RecordShape> = await tx.run(statement.cypher, statement.params ?? {});
    this.log.trace({ ms: Math.round(performance.now() - started), mode, cypher: statement.cypher.slice(0, 200) }, 'cypher');
    return result.records.map((r) => toPlain(r.toObject()) as T);
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

  private async session(mode: 'READ' | 'WRITE') {
    return this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
  }

  private async translate<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof Error && 'extensions' in error) throw error; // already one of ours
      const code = (error as { code?: string }).code ?? '';
      if (UNAVAILABLE_CODES.has(code) || /connect|ECONNREFUSED|acquisition/i.test(String((error as Error).message))) {
        this.log.warn({ code, err: (error as Error).message }, 'database unavailable');
        throw new ServiceUnavailableError();
      }
      if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') throw new ConflictError('another write created the same entity at the same time; read it and retry');
      this.log.error({ code, err: error }, 'database error');
      throw new InternalError();
    }
  }
}

/** Connection settings for the driver. */
export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
}

/** Opens a driver that fails fast when the database is down, so requests get an error instead of hanging. */
export function openDriver(settings: DriverSettings): Driver {
  // With auth disabled (the embedded default) the server accepts any credentials.
  const auth = neo4j.auth.basic(settings.user, settings.password);
  return neo4j.driver(settings.uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 50,
    logging: { level: 'error', logger: () => undefined },
  });
}
