import { rmSync } from 'node:fs';
import type { EmbeddedNeo4j } from '../../src/db/embedded/embeddedNeo4j';

/** Stops the embedded Neo4j the global setup started and removes its store (a user-provided NEO4J_URI is left alone). */
export default async function globalTeardown(): Promise<void> {
  const started = globalThis as { __PLANGRAPH_NEO4J__?: EmbeddedNeo4j; __PLANGRAPH_NEO4J_DIR__?: string };
  await started.__PLANGRAPH_NEO4J__?.stop();
  if (started.__PLANGRAPH_NEO4J_DIR__) rmSync(started.__PLANGRAPH_NEO4J_DIR__, { recursive: true, force: true });
}
