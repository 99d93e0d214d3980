import { BOOKMARK_HEADER, bookmarkPlugin, parseBookmarks } from './http/bookmarks';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express, { type Express } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { createAuthenticator, type Authenticator } from './auth/auth';
import type { ApiToken } from './config';
import { consoleRouter } from './console/console.router';
import { fontFaceRoute } from './review/fontFace.route';
import type { Config } from './config';
import { createLoaders, type GraphContext } from './context';
import type { GraphGateway } from './db/gateway';
import { PlanImportRefusedError, UnauthenticatedError } from './errors';
import { healthRoutes } from './health/health.routes';
import { busyReason } from './health/load';
import { bodyErrors, bodyReader } from './http/bodyLimits';
import { graphqlIdeRoutes } from './http/graphqlIde';
import { answerLimitsPlugin } from './limits/answerLimits';
import { capLists } from './limits/capLists';
import { DocumentStore } from './limits/documentStore';
import { armorProtection, costLimitPlugin, pageSizes } from './limits/queryLimits';
import type { Logger } from './logger';
import { resolvers } from './resolvers';
import { finalReviewPdfRoute, finalReviewRoute } from './final/final.route';
import { ownerCells } from './ownership/owners';
import { midTermReviewRoute, midTermReviewPdfRoute, midTermReviewXlsxRoute } from './review/report.route';
import { loadTypeDefs } from './schema';
import { inFlightLimit } from './limits/inFlight';
import { createMetrics, reportOperation, type Metrics } from './metrics/metrics';
import { metricsRoute } from './metrics/metrics.route';

/** What the HTTP app needs from the outside world. */
export interface AppDeps {
  db: GraphGateway;
  config: Config;
  log: Logger;
}

/** The executable schema: SDL from schema/, resolvers from the domains, every plain list cut to its cap (limits/listCaps.ts). */
export function buildSchema() {
  return capLists(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers }));
}

// Codes we raise on purpose, plus Apollo's own request-shape codes: passed through as they are.
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'QUERY_TOO_COSTLY', 'ANSWER_TOO_LARGE', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'SERVICE_UNAVAILABLE', 'SERVICE_OVERLOADED', 'QUERY_TIMEOUT', 'IMPORT_TIMEOUT',
  'PAYLOAD_TOO_LARGE', 'IMPORT_REFUSED', 'PREVIEW_STALE',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
]);

// graphql-js's hints at the schema: "Did you mean …" for fields, enum values, types and arguments.
const SUGGESTION = /\s*Did you mean [^]*$/;

/**
 * Keeps internals (stack traces, Cypher, driver messages) away from clients; logs what it hides. Without
 * introspection it strips every suggestion too, so error messages cannot be used to read the schema.
 */
export function formatErrorFor(log: Logger, { suggestions = true }: { suggestions?: boolean } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    // The importer names its own refusals' codes (a scanned PDF, a file of an unknown kind): they pass too.
    if (CLIENT_CODES.has(code) || unwrapResolverError(error) instanceof PlanImportRefusedError) return { ...formatted, message: suggestions ? formatted.message : formatted.message.replace(SUGGESTION, ''), extensions: { code } };
    log.error({ err: error, path: formatted.path }, 'unexpected error in a request');
    return { message: 'internal error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * The Apollo server with limits: Armor's aliases, tokens, directives and depth; the node count and priced cost
 * (failing closed); a ceiling on the answer's bytes; a document store bounded by bytes; no stack traces.
 */
export function buildApolloServer(deps: AppDeps, extraPlugins: ApolloServerPlugin<GraphContext>[] = []): ApolloServer<GraphContext> {
  const schema = buildSchema();
  const { config } = deps;
  const armor = armorProtection(config);
  const plugins: ApolloServerPlugin<GraphContext>[] = [
    ...armor.plugins,
    costLimitPlugin(schema, { maxNodes: config.MAX_QUERY_NODES, maxCost: config.MAX_QUERY_COST, pages: pageSizes(config) }),
    ...(config.MAX_ANSWER_BYTES > 0 || config.MAX_EXECUTION_MS > 0 ? [answerLimitsPlugin(config.MAX_ANSWER_BYTES || Infinity, config.MAX_EXECUTION_MS)] : []),
    // The IDE is PlanGraph's own GraphiQL page (src/http/graphqlIde.ts), never a page that loads from a CDN.
    ApolloServerPluginLandingPageDisabled(),
    bookmarkPlugin(),
    ...extraPlugins,
  ];
  return new ApolloServer<GraphContext>({
    schema,
    plugins,
    introspection: deps.config.introspection,
    parseOptions: { maxTokens: deps.config.MAX_TOKENS },
    // Measured with the source text each document keeps (Apollo's default store leaves it out); 0 keeps none.
    documentStore: config.DOCUMENT_CACHE_MB > 0 ? new DocumentStore(config.DOCUMENT_CACHE_MB * 1024 * 1024) : null,
    // No client sends persisted-query hashes; off, so there is no second cache of query texts to bound.
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals and stops HTTP, GraphQL and Neo4j in order.
    stopOnTerminationSignals: false,
    // Clients authenticate with bearer tokens, never cookies, so there is no ambient credential to forge;
    // turning this off lets plain GET requests follow the GraphQL-over-HTTP spec.
    csrfPrevention: false,
    validationRules: armor.validationRules,
    formatError: formatErrorFor(deps.log, { suggestions: config.introspection }),
  });
}

const CALLER = Symbol('plangraph.caller');

/** The request's caller, authenticated once per request (the body reader and the context both ask). */
function callerOf(authenticate: Authenticator) {
  return (req: express.Request): Promise<ApiToken | null> => {
    const held = req as express.Request & { [CALLER]?: Promise<ApiToken | null> };
    held[CALLER] ??= authenticate(req.headers.authorization);
    return held[CALLER];
  };
}

/** One request's context: the caller from its token (UNAUTHENTICATED when reads need one and it has none), fresh loaders. */
async function requestContext(deps: AppDeps, caller: Promise<ApiToken | null>, bookmarks: string | string[] | undefined = undefined): Promise<GraphContext> {
  const known = await caller;
  if (!known && deps.config.REQUIRE_TOKEN_FOR_READS) throw new UnauthenticatedError();
  // One database version per request, found once and only when a cached result may answer; the client's bookmarks
  // (read-your-writes after a write through any process) go with every session.
  const db = deps.db.forRequest(parseBookmarks(bookmarks));
  return { db, config: deps.config, log: deps.log, loaders: createLoaders(db), caller: known };
}

/** What buildApp hands its caller: the app, the Apollo server to stop, and `drain()` (/readyz then says not ready). */
export interface BuiltApp {
  app: Express;
  apollo: ApolloServer<GraphContext>;
  /** The metrics /metrics serves (also on METRICS_PORT, when set). */
  metrics: Metrics;
  drain(): void;
}

/**
 * The HTTP app: /graphql (and GraphiQL for browsers in development), /healthz, /readyz, the reports. The order is the
 * point: health first (never behind a slot), then each request's body read in full under a deadline, and only then
 * an in-flight slot. The caller starts and stops the Apollo server.
 */
export async function buildApp(deps: AppDeps): Promise<BuiltApp> {
  deps.db.enableReadCache(deps.config.QUERY_CACHE_MB * 1024 * 1024);
  const { MAX_CONCURRENT_REQUESTS: concurrent, MAX_QUEUED_REQUESTS: queued, REQUEST_QUEUE_MS: waitMs } = deps.config;
  const slots = inFlightLimit({ concurrent, queued, waitMs }, deps.log);
  const caller = callerOf(createAuthenticator(deps.config));
  const bodies = bodyReader(deps.config, deps.log, caller);
  const metrics = createMetrics({ slots: slots.load, bodies: bodies.load, db: deps.db, poolSize: deps.config.NEO4J_POOL_SIZE });
  const apollo = buildApolloServer(deps, [metrics.plugin]);
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  let draining = false;
  app.use(healthRoutes(deps.db, () => (draining ? 'shutting down' : busyReason(slots.load(), bodies.load()))));
  // Off without METRICS_TOKEN: the API's port serves metrics only to a scraper holding it (METRICS_PORT is the open way).
  if (deps.config.METRICS_TOKEN) app.use(metricsRoute(metrics.registry, deps.config.METRICS_TOKEN));
  app.use(consoleRouter()); // the planner's console at / (src/console/)
  app.use('/reports', metrics.track(reportOperation), slots);
  const reportDeps = { log: deps.log, contextFor: (req: express.Request) => requestContext(deps, caller(req)), ownerCells };
  app.get('/reports/mid-term-review', midTermReviewRoute(reportDeps));
  app.get('/reports/mid-term-review.xlsx', midTermReviewXlsxRoute(reportDeps));
  app.get('/reports/mid-term-review.pdf', midTermReviewPdfRoute(reportDeps));
  app.get('/reports/final-review', finalReviewRoute(reportDeps));
  app.get('/reports/final-review.pdf', finalReviewPdfRoute(reportDeps));
  app.post('/reports/font-face.css', ...fontFaceRoute()); // the console's SVG export embeds its font
  if (deps.config.ide) app.use(graphqlIdeRoutes());
  app.use(
    '/graphql',
    metrics.track(() => 'other'),
    bodies,
    slots,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => metrics.bind(await requestContext(deps, caller(req), req.headers[BOOKMARK_HEADER]), res),
    }),
  );
  app.use(bodyErrors);
  return { app, apollo, metrics, drain: () => void (draining = true) };
}
