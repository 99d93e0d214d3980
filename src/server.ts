import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express, { type Express } from 'express';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { GraphQLError, getNamedType, getNullableType, isListType, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { authenticate } from './auth/auth';
import type { Config } from './config';
import { createLoaders, type GraphContext } from './context';
import type { GraphGateway } from './db/gateway';
import { BadUserInputError, UnauthenticatedError } from './errors';
import type { Logger } from './logger';
import { resolvers } from './resolvers';
import { buildReportData, renderReviewHtml } from './review/report';
import { checkYear } from './review/years';
import { loadTypeDefs } from './schema';

/** What the HTTP app needs from the outside world. */
export interface AppDeps {
  db: GraphGateway;
  config: Config;
  log: Logger;
}

/** The executable schema: SDL from schema/, resolvers from the domains. */
export function buildSchema() {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
}

// Codes we raise on purpose, plus Apollo's own request-shape codes: passed through as they are.
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'QUERY_TOO_COSTLY', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Keeps internals (stack traces, Cypher, driver messages) away from clients; logs what it hides. */
export function formatErrorFor(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    if (CLIENT_CODES.has(code)) return { ...formatted, extensions: { code } };
    log.error({ err: error, path: formatted.path }, 'unexpected error in a request');
    return { message: 'internal error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** The Apollo server with limits: depth, cost, no stack traces, a landing page fit for the environment. */
export function buildApolloServer(deps: AppDeps): ApolloServer<GraphContext> {
  const production = deps.config.NODE_ENV === 'production';
  const schema = buildSchema();
  const plugins: ApolloServerPlugin<GraphContext>[] = [
    costLimit(schema, deps.config.MAX_QUERY_COST),
    production ? ApolloServerPluginLandingPageProductionDefault({ footer: false }) : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
  ];
  return new ApolloServer<GraphContext>({
    schema,
    plugins,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals and stops HTTP, GraphQL and Neo4j in order.
    stopOnTerminationSignals: false,
    // Clients authenticate with bearer tokens, never cookies, so there is no ambient credential to forge;
    // turning this off lets plain GET requests follow the GraphQL-over-HTTP spec.
    csrfPrevention: false,
    validationRules: [
      depthLimit(deps.config.MAX_QUERY_DEPTH),
    ],
    formatError: formatErrorFor(deps.log),
  });
}

/** Fan-out assumed for a list field that takes no `first`. */
const ASSUMED_LIST_SIZE = 10;

/**
 * Estimates a field's cost: 1 plus its selections, times how many items it can return — `first` (or
 * the default page) for connections, an assumed fan-out for other lists. Introspection counts 1 a field.
 */
const listAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity, type }) => {
  // Introspection, and a connection's own edges (the connection field already counted its page).
  if (type.name.startsWith('__') || type.name.endsWith('Connection')) return 1 + childComplexity;
  const first = typeof args.first === 'number' ? args.first : undefined;
  const isConnection = getNamedType(field.type).name.endsWith('Connection');
  const multiplier = first !== undefined ? Math.max(first, 1) : isConnection ? 50 : isListType(getNullableType(field.type)) ? ASSUMED_LIST_SIZE : 1;
  return (1 + childComplexity) * multiplier;
};

/** Refuses an operation whose estimated cost is over the limit. */
function costLimit(schema: GraphQLSchema, maximum: number): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        // After validation, so the variables are known (a validation rule would not see them).
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName, estimators: [listAwareEstimator, simpleEstimator({ defaultComplexity: 1 })] });
          } catch {
            return; // variables that do not coerce: execution reports them as BAD_USER_INPUT
          }
          if (cost > maximum) {
            throw new GraphQLError(`query cost ${cost} is over the limit of ${maximum}`, { extensions: { code: 'QUERY_TOO_COSTLY', http: { status: 400 } } });
          }
        },
      };
    },
  };
}

/** Readiness: the database answers and holds a seeded plan. */
export async function readiness(db: GraphGateway): Promise<{ ready: boolean; reason?: string }> {
  if (!(await db.isReachable())) return { ready: false, reason: 'database unreachable' };
  try {
    const rows = await db.read<{ plans: number }>({ cypher: 'MATCH (p:Plan {imported: true}) RETURN count(p) AS plans' });
    return (rows[0]?.plans ?? 0) > 0 ? { ready: true } : { ready: false, reason: 'database not seeded' };
  } catch {
    return { ready: false, reason: 'database unreachable' };
  }
}

/** One request's context: the caller from its token (UNAUTHENTICATED when reads need one and it has none), fresh loaders. */
function requestContext(deps: AppDeps, authorization: string | undefined): GraphContext {
  const caller = authenticate(authorization, deps.config.apiTokens);
  if (!caller && deps.config.REQUIRE_TOKEN_FOR_READS) throw new UnauthenticatedError();
  // One database version per request: cached reads at that version need no round trip of their own.
  const db = deps.db.forRequest();
  return { db, config: deps.config, log: deps.log, loaders: createLoaders(db), caller };
}

/** The HTTP app: /graphql, /healthz, /readyz. The caller starts and stops the Apollo server. */
export async function buildApp(deps: AppDeps): Promise<{ app: Express; apollo: ApolloServer<GraphContext> }> {
  deps.db.enableReadCache(deps.config.QUERY_CACHE_MB * 1024 * 1024);
  const apollo = buildApolloServer(deps);
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const state = await readiness(deps.db);
    res.status(state.ready ? 200 : 503).json({ status: state.ready ? 'ready' : 'not ready', ...(state.reason ? { reason: state.reason } : {}) });
  });
  app.get('/reports/mid-term-review', async (req, res) => {
    try {
      const asOf = Number(req.query.asOf);
      checkYear(asOf, 'asOf');
      const ctx = requestContext(deps, req.headers.authorization);
      const plan = typeof req.query.plan === 'string' && req.query.plan ? req.query.plan : null;
      if (plan && !/^[a-z0-9-]{1,80}$/.test(plan)) throw new BadUserInputError('plan must be a plan key such as lps-msm-14', { argument: 'plan' });
      res.type('html').send(await renderReviewHtml(await buildReportData(ctx, asOf, plan)));
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : 'INTERNAL_SERVER_ERROR';
      if (code === 'INTERNAL_SERVER_ERROR') deps.log.error({ err: error }, 'report failed');
      const status = code === 'UNAUTHENTICATED' ? 401 : code === 'BAD_USER_INPUT' ? 400 : code === 'SERVICE_UNAVAILABLE' ? 503 : 500;
      res.status(status).json({ errors: [{ message: code === 'INTERNAL_SERVER_ERROR' ? 'internal error' : (error as Error).message, extensions: { code } }] });
    }
  });
  app.use(
    '/graphql',
    // Large enough for an export document given back to importGraph.
    express.json({ limit: '50mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => requestContext(deps, req.headers.authorization),
    }),
  );
  // Body-parser failures (malformed JSON, too large) answer in GraphQL's error shape, not an HTML page.
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!error.status || error.status >= 500) return next(error);
    res.status(error.status).json({ errors: [{ message: error.type === 'entity.too.large' ? 'request body too large' : 'malformed request body', extensions: { code: 'BAD_REQUEST' } }] });
  });
  return { app, apollo };
}
