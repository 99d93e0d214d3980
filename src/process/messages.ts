/** What the primary tells its API worker over the IPC channel. */
export type ToWorker =
  /** The embedded Neo4j crashed (down), runs again (up), or will not come back (fatal: /healthz turns 503). */
  | { type: 'neo4j'; state: 'down' | 'up' | 'fatal'; reason?: string }
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
