import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { GraphContext } from '../context';
import type { GraphGateway } from '../db/gateway';
import type { BodyLoad } from '../http/bodyLimits';
import type { SlotLoad } from '../limits/inFlight';
import { codeLabel, knownOperationNames, operationLabel, refusalLimit, selectedOperation } from './labels';
import { importStates, processFacts, type ImportKind } from './progress';

/** What the metrics read when scraped: the slots, the body reader, the gateway and the pool's size. */
export interface MetricsSources {
  slots: () => SlotLoad;
  bodies: () => BodyLoad;
  db: GraphGateway;
  poolSize: number;
  /** Operation names a label may take (default: contract/ and client/operations/). */
  knownOperations?: ReadonlySet<string>;
}

/** A request's outcome as the metrics record it, kept on `res.locals` until the response ends. */
interface Outcome {
  operation?: string;
  code?: string;
  refusal?: string | null;
}

/** The service's metrics: the registry /metrics serves, the Apollo plugin and the HTTP middleware that feed it. */
export interface Metrics {
  registry: Registry;
  /** Times every request on the routes it is mounted on and counts it by operation and outcome code. */
  track(route: (path: string) => string): RequestHandler;
  /** Labels a GraphQL request's operation and outcome (needs `bind` to know the request's response). */
  plugin: ApolloServerPlugin<GraphContext>;
  /** Ties a GraphQL request's context to its HTTP response. */
  bind(ctx: GraphContext, res: Response): GraphContext;
}

const RESPONSE = Symbol('plangraph.response');
type Bound = GraphContext & { [RESPONSE]?: Response };

const REPORT_ROUTES = new Set(['/mid-term-review', '/mid-term-review.xlsx', '/mid-term-review.pdf', '/final-review', '/final-review.pdf', '/font-face.css']);

/** The `operation` label of a report route (its path under /reports, from a closed list). */
export const reportOperation = (path: string) => (REPORT_ROUTES.has(path) ? `report${path}` : 'other');

// Codes an HTTP status stands for when a response ended without saying its own (e.g. a refused context).
const CODE_OF_STATUS: Record<number, string> = { 400: 'BAD_REQUEST', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 408: 'REQUEST_TIMEOUT', 413: 'PAYLOAD_TOO_LARGE', 503: 'SERVICE_OVERLOADED' };

/** Records the code a route's error answer carries (src/http/routeErrors.ts calls it), for the request's metrics. */
export function noteRouteError(res: Response, code: string, message: string): void {
  const outcome = (res.locals.metrics ??= {}) as Outcome;
  outcome.code ??= code;
  if (outcome.refusal === undefined) outcome.refusal = refusalLimit(code, message);
}

/**
 * Builds the registry: requests by operation and code, latency by operation, refusals by limit, the slots and the
 * queue, sessions held from the driver's pool, the read cache, Neo4j's state and restarts, imports, and Node's own.
 * Labels are bounded: operations from `labels.ts`, codes from a closed list, limits from a closed list.
 */
export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry();
  const known = sources.knownOperations ?? knownOperationNames();
  collectDefaultMetrics({ register: registry, prefix: 'plangraph_' });
  const registers = [registry];

  const requests = new Counter({ name: 'plangraph_requests_total', help: 'Requests answered, by operation and outcome code (OK or the first error\'s extensions.code)', labelNames: ['operation', 'code'] as const, registers });
  const duration = new Histogram({
    name: 'plangraph_request_duration_seconds',
    help: 'Time from a request\'s arrival to its answer, by operation',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const refusals = new Counter({ name: 'plangraph_refusals_total', help: 'Requests refused by a limit, by the limit', labelNames: ['limit'] as const, registers });
  new Gauge({ name: 'plangraph_requests_in_flight', help: 'Requests holding a slot now', registers, collect() { this.set(sources.slots().active); } });
  new Gauge({ name: 'plangraph_requests_queued', help: 'Requests waiting for a slot now', registers, collect() { this.set(sources.slots().waiting); } });
  new Gauge({ name: 'plangraph_request_slots', help: 'Slots (MAX_CONCURRENT_REQUESTS)', registers, collect() { this.set(sources.slots().concurrent); } });
  new Gauge({ name: 'plangraph_request_bodies_reading', help: 'Request bodies being read now', registers, collect() { this.set(sources.bodies().reading); } });
  new Gauge({ name: 'plangraph_request_body_bytes', help: 'Bytes request bodies hold now', registers, collect() { this.set(sources.bodies().heldBytes); } });
  new Gauge({ name: 'plangraph_neo4j_sessions_in_use', help: 'Driver sessions open now (each holds a pooled connection while it runs)', registers, collect() { this.set(sources.db.sessionsInUse); } });
  new Gauge({ name: 'plangraph_neo4j_pool_size', help: 'Connections the driver\'s pool may hold (NEO4J_POOL_SIZE)', registers, collect() { this.set(sources.poolSize); } });
  new Gauge({ name: 'plangraph_neo4j_up', help: '1 while Neo4j answers, 0 while it is known down', registers, collect() { this.set(sources.db.health?.isDown ? 0 : 1); } });
  new Gauge({ name: 'plangraph_neo4j_fatal', help: '1 once Neo4j cannot be restarted (/healthz unhealthy)', registers, collect() { this.set(sources.db.health?.fatalReason ? 1 : 0); } });
  monotonic(registry, 'plangraph_neo4j_restarts_total', 'Restarts of the embedded Neo4j by its supervisor', () => processFacts.neo4jRestarts);
  monotonic(registry, 'plangraph_worker_restarts_total', 'Restarts of the API worker by the primary before this one', () => processFacts.workerRestarts);
  monotonic(registry, 'plangraph_read_cache_hits_total', 'Reads answered from the read cache', () => sources.db.readCache?.hits ?? 0);
  monotonic(registry, 'plangraph_read_cache_misses_total', 'Reads the read cache could not answer', () => sources.db.readCache?.misses ?? 0);
  const kinds = Object.keys(importStates()) as ImportKind[];
  new Gauge({ name: 'plangraph_imports_running', help: 'Imports under way, by kind', labelNames: ['kind'] as const, registers, collect() { for (const k of kinds) this.set({ kind: k }, importStates()[k].running); } });
  monotonicBy(registry, 'plangraph_import_items_total', 'Nodes, edges or rows imports have written, by kind', ['kind'], () => kinds.map((k) => [{ kind: k }, importStates()[k].items]));
  monotonicBy(registry, 'plangraph_imports_total', 'Imports finished, by kind and outcome', ['kind', 'outcome'], () =>
    kinds.flatMap((k) => (['ok', 'failed'] as const).map((o): [Record<string, string>, number] => [{ kind: k, outcome: o }, importStates()[k].finished[o]])));

  const outcomeOf = (res: Response): Outcome => (res.locals.metrics ??= {}) as Outcome;

  const track = (route: (path: string) => string): RequestHandler => (req, res, next) => {
    const started = performance.now();
    let done = false;
    const record = () => {
      if (done) return;
      done = true;
      const outcome = outcomeOf(res);
      const operation = outcome.operation ?? route(req.path);
      const code = codeLabel(outcome.code ?? (res.statusCode < 400 ? 'OK' : (CODE_OF_STATUS[res.statusCode] ?? 'INTERNAL_SERVER_ERROR')));
      requests.inc({ operation, code });
      duration.observe({ operation }, (performance.now() - started) / 1000);
      if (outcome.refusal) refusals.inc({ limit: outcome.refusal });
    };
    res.once('finish', record);
    res.once('close', record);
    next();
  };

  const plugin: ApolloServerPlugin<GraphContext> = {
    async requestDidStart({ contextValue }) {
      // Apollo may hand plugins a copy of the context; the symbol-keyed property is copied with it.
      const res = (contextValue as Bound)[RESPONSE];
      if (!res) return;
      const outcome = outcomeOf(res);
      return {
        async didResolveOperation({ request, document }) {
          outcome.operation = operationLabel(known, request.operationName, selectedOperation(document, request.operationName));
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const first = errors[0];
          outcome.code = first ? String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'OK';
          outcome.refusal = first ? refusalLimit(outcome.code, first.message) : null;
        },
      };
    },
  };

  return {
    registry,
    track,
    plugin,
    bind(ctx, res) {
      return Object.assign(ctx, { [RESPONSE]: res });
    },
  };
}

/** A counter that follows a count kept elsewhere (it only ever grows; a count that restarts from 0 is followed from there). */
function monotonic(registry: Registry, name: string, help: string, read: () => number): void {
  let last = 0;
  new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      const now = read();
      if (now > last) this.inc(now - last);
      last = now;
    },
  });
}

/** As `monotonic`, for counts kept by label. */
function monotonicBy(registry: Registry, name: string, help: string, labelNames: string[], read: () => [Record<string, string>, number][]): void {
  const last = new Map<string, number>();
  new Counter({
    name,
    help,
    labelNames,
    registers: [registry],
    collect() {
      for (const [labels, now] of read()) {
        const key = JSON.stringify(labels);
        const before = last.get(key) ?? 0;
        if (now > before) this.inc(labels, now - before);
        else if (before === 0) this.inc(labels, 0);
        last.set(key, now);
      }
    },
  });
}
