/** What the primary tells its API worker over the IPC channel. */
export type ToWorker =
  /** The embedded Neo4j crashed (down), runs again (up), or will not come back (fatal: /healthz turns 503). */
  | { type: 'neo4j'; state: 'down' | 'up' | 'fatal'; reason?: string; restarts?: number }
  /** Stop serving: drain, close, exit 0. */
  | { type: 'shutdown' };

/** What the worker tells its primary. */
export type ToPrimary = { type: 'serving'; url: string };

/** The environment variable by which the primary hands its worker the embedded Neo4j's URI (never the password). */
export const EMBEDDED_URI_ENV = 'PLANGRAPH_EMBEDDED_URI';

/** Narrows an IPC message to one of ours. */
export function isMessage<T extends { type: string }>(message: unknown): message is T {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

/** The environment variables by which the primary tells a new worker how often it and the embedded Neo4j were restarted (metrics). */
export const WORKER_RESTARTS_ENV = 'PLANGRAPH_WORKER_RESTARTS';
export const NEO4J_RESTARTS_ENV = 'PLANGRAPH_NEO4J_RESTARTS';
