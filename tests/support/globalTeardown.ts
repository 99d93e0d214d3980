import type { EmbeddedNeo4j } from '../../src/db/embedded/embeddedNeo4j';

/** Stops the embedded Neo4j the global setup started (a user-provided NEO4J_URI is left alone). */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __PLANGRAPH_NEO4J__?: EmbeddedNeo4j }).__PLANGRAPH_NEO4J__?.stop();
}
