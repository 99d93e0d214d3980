import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../../src/config';
import { openDatabase } from '../../src/db/connect';
import type { GraphGateway } from '../../src/db/gateway';
import { createLogger, type Logger } from '../../src/logger';
import { buildApp } from '../../src/server';

/** A GraphQL response as the tests read it. */
export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string }; path?: unknown[] }[];
}

/** The API running on a free port against the test database, called over real HTTP. */
export interface TestApi {
  url: string;
  db: GraphGateway;
  config: Config;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** Tokens the tests use, one per role. */
export const TEST_TOKENS = 'reader-token:READER:reader,analyst-token:ANALYST:analyst,planner-token:PLANNER:planner-bot,integrator-token:INTEGRATOR:integrator,admin-token:ADMIN:admin';

/** Starts the API (the real server module) against NEO4J_URI. */
export async function startTestApi(env: Record<string, string> = {}, log: Logger = createLogger('silent')): Promise<TestApi> {
  const config = loadConfig({ ...process.env, API_TOKENS: TEST_TOKENS, LOG_LEVEL: 'silent', ...env });
  const { db, health } = openDatabase(config, log, config.NEO4J_URI!);
  const { app, apollo } = await buildApp({ db, config, log });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    config,
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await Promise.all([db.close(), health.close()]);
    },
  };
}
