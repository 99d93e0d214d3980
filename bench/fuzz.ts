/**
 * The schema-driven fuzzer: random valid queries generated from the schema (root fields, selections to a random
 * depth, aliases, fragments on interfaces and unions, arguments from the enums, small and large ints, and ids drawn
 * from the data), sent anonymously and with each role, by POST and by GET. Every query must be refused with a code
 * or answered (errors with a client code are fine): never INTERNAL_SERVER_ERROR, never a 5xx without a client
 * code, never a dropped connection; and the API's RSS must stay under the budget.
 *
 * `npm run fuzz -- --queries N [--seed S] [--nodes 20000] [--budget-mb 700]` runs it against the production build
 * (`npm start`'s command) on a fresh embedded Neo4j holding the seeded plan, or, with --nodes, a graph of that many
 * nodes filled as the bench fills one (bench/bulkLoad.ts); the data directory is removed afterwards. It prints the
 * largest answer, the slowest query and the peak RSS, and the seed to replay a failure.
 */
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { prng } from './generator';

/** Ids the generator draws arguments from, by kind (`Goal`, `Task` …). */
export type IdPool = Record<string, string[]>;

/** One generated request. */
export interface FuzzQuery {
  query: string;
  variables: Record<string, unknown>;
  token?: string;
  get: boolean;
}

const WORDS = ['特种设备', '市场', 'safety', '监管', 'x', '', '"', 'a OR b', '知识产权', '2025'];
// Page sizes and caps, within and just over: what the limits price by.
const INTS = [0, 1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
const BAD_INTS = [101, 100000, -1];
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026];

/** The kind an id argument names, from its name (`agency`, `plan`, `of` …). */
function kindOf(arg: string): string | undefined {
  const k = arg.replace(/Id$/, '').toLowerCase();
  return { agency: 'Agency', task: 'Task', law: 'Law', plan: 'Plan', indicator: 'Indicator', goal: 'Goal' }[k];
}

/** A random query generator over one schema. */
export class QueryGenerator {
  private readonly random: () => number;
  private fragments: string[] = [];
  private fragmentCount = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
    private readonly ids: IdPool,
  ) {
    this.random = prng(seed);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private anyId(): string {
    const kinds = Object.keys(this.ids).filter((k) => this.ids[k].length);
    if (!kinds.length || this.chance(0.05)) return this.pick(['nonsense', 'Goal:nowhere', 'Task:x\' OR 1=1']);
    return this.pick(this.ids[this.pick(kinds)]);
  }

  private idFor(argName: string): string {
    const kind = kindOf(argName);
    const pool = kind ? this.ids[kind] : undefined;
    if (pool?.length && !this.chance(0.05)) return this.pick(pool);
    return this.anyId();
  }

  /** A GraphQL literal for an input type, or undefined to leave an optional argument out. */
  private value(type: GraphQLInputType, name: string, depth = 0): string | undefined {
    if (!isNonNullType(type) && this.chance(0.1)) return 'null';
    const inner = getNullableType(type) as GraphQLInputType;
    if (isListType(inner)) {
      const n = Math.floor(this.random() * 3);
      const items = Array.from({ length: n }, () => this.value(inner.ofType as GraphQLInputType, name, depth + 1)).filter((v) => v !== undefined && v !== 'null');
      return `[${items.join(', ')}]`;
    }
    if (isEnumType(inner)) return this.pick(inner.getValues()).name;
    if (isInputObjectType(inner)) {
      if (depth > 2) return '{}';
      const parts: string[] = [];
      for (const field of Object.values(inner.getFields())) {
        if (!isNonNullType(field.type) && !this.chance(0.4)) continue;
        const v = this.value(field.type, field.name, depth + 1);
        if (v !== undefined) parts.push(`${field.name}: ${v}`);
      }
      return `{ ${parts.join(', ')} }`;
    }
    if (isScalarType(inner)) {
      switch (inner.name) {
        case 'Int':
          return String(/year|asof/i.test(name) ? this.pick(YEARS) : this.chance(0.05) ? this.pick(BAD_INTS) : this.pick(INTS));
        case 'Float':
          return String(this.pick([0, 1.5, 100, -3]));
        case 'Boolean':
          return this.chance(0.5) ? 'true' : 'false';
        case 'ID':
          return JSON.stringify(this.idFor(name));
        case 'String':
          return JSON.stringify(name === 'after' ? this.pick(['garbage', '']) : this.pick(WORDS));
        default:
          return JSON.stringify(this.pick(['2024-01-01T00:00:00Z', 'x', '1']));
      }
    }
    return undefined;
  }

  private args(field: GraphQLField<unknown, unknown>): string {
    const parts: string[] = [];
    for (const arg of field.args as readonly GraphQLArgument[]) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      // `first` is what the limits price by: asked for often, within and over the caps.
      if (!required && !this.chance(arg.name === 'first' ? 0.5 : 0.3)) continue;
      const v = this.value(arg.type, arg.name);
      if (v !== undefined) parts.push(`${arg.name}: ${v}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  private selection(type: GraphQLCompositeType, depth: number): string {
    if (isAbstractType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const parts = ['__typename'];
      const n = 1 + Math.floor(this.random() * Math.min(3, possible.length));
      for (let i = 0; i < n; i++) {
        const on = this.pick(possible);
        if (this.chance(0.3)) parts.push(`...${this.fragment(on, depth)}`);
        else parts.push(`... on ${on.name} { ${this.selection(on, depth)} }`);
      }
      // Fields the interface itself has.
      if (!('getFields' in type) || !this.chance(0.5)) return parts.join(' ');
      return `${parts.join(' ')} ${this.fields(type, depth, 2)}`;
    }
    return this.fields(type, depth, 1 + Math.floor(this.random() * 4));
  }

  private fragment(on: GraphQLCompositeType, depth: number): string {
    const name = `F${this.fragmentCount++}`;
    this.fragments.push(`fragment ${name} on ${on.name} { ${this.selection(on, depth)} }`);
    return name;
  }

  private fields(type: GraphQLCompositeType, depth: number, count: number): string {
    if (!('getFields' in type)) return '__typename';
    const fields = Object.values(type.getFields()).filter((f) => !f.name.startsWith('__'));
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)));
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      const field = depth <= 0 ? (leaves.length ? this.pick(leaves) : undefined) : this.pick(fields);
      if (!field) break;
      const alias = this.chance(0.2) ? `a${i}_${Math.floor(this.random() * 1000)}: ` : '';
      const named = getNamedType(field.type);
      const sub = isLeafType(named) ? '' : ` { ${this.selection(named as GraphQLCompositeType, depth - 1)} }`;
      parts.push(`${alias}${field.name}${this.args(field)}${sub}`);
    }
    return parts.length ? parts.join(' ') : '__typename';
  }

  /** One query: one to three root fields (some aliased copies), to a random depth. */
  next(tokens: readonly (string | undefined)[]): FuzzQuery {
    this.fragments = [];
    this.fragmentCount = 0;
    const query = this.schema.getQueryType()!;
    const roots = Object.values(query.getFields());
    const parts: string[] = [];
    const n = 1 + Math.floor(this.random() * 3);
    for (let i = 0; i < n; i++) {
      const field = this.pick(roots);
      const copies = this.chance(0.15) ? 2 + Math.floor(this.random() * 8) : 1;
      const depth = 1 + Math.floor(this.random() * 6);
      const named = getNamedType(field.type);
      const args = this.args(field);
      const sub = isLeafType(named) ? '' : ` { ${this.selection(named as GraphQLCompositeType, depth)} }`;
      for (let c = 0; c < copies; c++) parts.push(`r${i}_${c}: ${field.name}${args}${sub}`);
    }
    return { query: `query Fuzz { ${parts.join(' ')} } ${this.fragments.join(' ')}`, variables: {}, token: this.pick(tokens), get: this.chance(0.2) };
  }
}

/** What one request got. */
export interface FuzzOutcome {
  query: FuzzQuery;
  status: number;
  ms: number;
  bytes: number;
  codes: string[];
  answered: boolean;
  /** Why the outcome breaks the rule, if it does. */
  failure?: string;
}

/** Codes a client may be answered with (src/server.ts CLIENT_CODES, and the HTTP layer's). */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'QUERY_TOO_COSTLY', 'ANSWER_TOO_LARGE', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'SERVICE_UNAVAILABLE', 'SERVICE_OVERLOADED', 'QUERY_TIMEOUT',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PAYLOAD_TOO_LARGE',
  'HTTP_414', 'HTTP_431',
]);

/** Sends one request and judges its outcome by the rule above. */
export async function send(url: string, q: FuzzQuery): Promise<FuzzOutcome> {
  const headers: Record<string, string> = { ...(q.token ? { authorization: `Bearer ${q.token}` } : {}) };
  const started = performance.now();
  let status = 0;
  let text = '';
  try {
    const res = q.get
      ? await fetch(`${url}/graphql?query=${encodeURIComponent(q.query)}`, { headers, signal: AbortSignal.timeout(60_000) })
      : await fetch(`${url}/graphql`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query: q.query, variables: q.variables }), signal: AbortSignal.timeout(60_000) });
    status = res.status;
    text = await res.text();
  } catch (error) {
    return { query: q, status, ms: performance.now() - started, bytes: 0, codes: [], answered: false, failure: `no answer: ${(error as Error).message}` };
  }
  const ms = performance.now() - started;
  let body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    // A GET whose URL is over Node's header limit (16 KB) is refused by the HTTP parser (431), before GraphQL.
    if (q.get && (status === 414 || status === 431)) return { query: q, status, ms, bytes: text.length, codes: [`HTTP_${status}`], answered: false };
    return { query: q, status, ms, bytes: text.length, codes: [], answered: false, failure: `not JSON (status ${status}): ${text.slice(0, 200)}` };
  }
  const codes = (body.errors ?? []).map((e) => String(e.extensions?.code ?? ''));
  const outcome: FuzzOutcome = { query: q, status, ms, bytes: text.length, codes, answered: body.data !== undefined && body.data !== null };
  const unknown = codes.filter((c) => !CLIENT_CODES.has(c));
  if (unknown.length) outcome.failure = `codes ${[...new Set(unknown)].join(', ')}`;
  else if (status >= 500 && !codes.length) outcome.failure = `status ${status} without a code`;
  else if (!outcome.answered && !codes.length) outcome.failure = `status ${status}, neither data nor errors`;
  return outcome;
}

/** Ids of every kind from the API, for arguments. */
export async function drawIds(url: string, token?: string): Promise<IdPool> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({
      query: `{ goals(first: 50) { edges { node { id } } } tasks(first: 50) { edges { node { id } } } indicators(first: 50) { edges { node { id } } }
        agencies(first: 50) { edges { node { id } } } laws(first: 50) { edges { node { id } } } plans(first: 20) { id } }`,
    }),
  });
  const { data } = (await res.json()) as { data: Record<string, { edges?: { node: { id: string } }[] } | { id: string }[]> };
  const ids = (key: string) => {
    const v = data[key];
    return Array.isArray(v) ? v.map((n) => n.id) : (v.edges ?? []).map((e) => e.node.id);
  };
  // The goal of the issue's fan-out, with the most supporting tasks of the seeded plan.
  return { Goal: [...ids('goals'), 'Goal:lps-msm-14:G-SPECIFIC-4'], Task: ids('tasks'), Indicator: ids('indicators'), Agency: ids('agencies'), Law: ids('laws'), Plan: ids('plans') };
}

/** A summary of a run: the largest answer, the slowest query, the peak RSS, the failures. */
export interface FuzzReport {
  seed: number;
  queries: number;
  answered: number;
  refused: number;
  failures: FuzzOutcome[];
  largest: FuzzOutcome | null;
  slowest: FuzzOutcome | null;
  peakRss: number;
  /** Refusals before execution (pricing, validation): their times, sorted, and the queries. */
  refusalMs: number[];
  refusals: FuzzQuery[];
  codes: Record<string, number>;
}

/** Runs `count` generated queries, `concurrency` at a time, sampling RSS after each. */
export async function fuzz(
  url: string,
  schema: GraphQLSchema,
  { seed, count, tokens, concurrency = 2, rss, progress }: { seed: number; count: number; tokens: readonly (string | undefined)[]; concurrency?: number; rss: () => number; progress?: (done: number) => void },
): Promise<FuzzReport> {
  const generator = new QueryGenerator(schema, seed, await drawIds(url, tokens.find(Boolean)));
  const queries = Array.from({ length: count }, () => generator.next(tokens));
  const report: FuzzReport = { seed, queries: count, answered: 0, refused: 0, failures: [], largest: null, slowest: null, peakRss: rss(), refusalMs: [], refusals: [], codes: {} };
  let next = 0;
  const worker = async () => {
    while (next < queries.length) {
      const outcome = await send(url, queries[next++]);
      report.peakRss = Math.max(report.peakRss, rss());
      if (outcome.answered) report.answered++;
      else report.refused++;
      for (const c of new Set(outcome.codes)) report.codes[c] = (report.codes[c] ?? 0) + 1;
      if (!outcome.answered && outcome.codes.some((c) => c === 'QUERY_TOO_COSTLY' || c === 'GRAPHQL_VALIDATION_FAILED' || c === 'GRAPHQL_PARSE_FAILED')) {
        report.refusalMs.push(outcome.ms);
        report.refusals.push(outcome.query);
      }
      if (outcome.failure) report.failures.push(outcome);
      if (!report.largest || outcome.bytes > report.largest.bytes) report.largest = outcome;
      if (!report.slowest || outcome.ms > report.slowest.ms) report.slowest = outcome;
      if (next % 500 === 0) progress?.(next);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  report.refusalMs.sort((a, b) => a - b);
  return report;
}

/** Each refused query sent again alone, best of `tries`: what refusing costs without a busy machine's scheduling noise. */
export async function refusalTimes(url: string, refusals: readonly FuzzQuery[], tries = 3): Promise<number[]> {
  const times: number[] = [];
  for (const q of refusals) {
    let best = Infinity;
    for (let i = 0; i < tries; i++) best = Math.min(best, (await send(url, q)).ms);
    times.push(best);
  }
  return times.sort((a, b) => a - b);
}

/** The report as lines for a person. */
export function describe(report: FuzzReport): string {
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  const at = (p: number) => report.refusalMs[Math.min(report.refusalMs.length - 1, Math.floor(p * report.refusalMs.length))]?.toFixed(1) ?? '-';
  return [
    `seed ${report.seed}: ${report.queries} queries, ${report.answered} answered, ${report.refused} refused, ${report.failures.length} failures`,
    `codes: ${Object.entries(report.codes).map(([c, n]) => `${c} ${n}`).join(', ')}`,
    `refused before running (under load, ${report.refusalMs.length}): median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
    `largest answer: ${mb(report.largest?.bytes ?? 0)} (${report.largest?.status}) ${report.largest?.query.query.slice(0, 300)}`,
    `slowest query: ${report.slowest?.ms.toFixed(0)} ms (${report.slowest?.codes.join(',') || 'answered'}) ${report.slowest?.query.query.slice(0, 300)}`,
    `peak RSS: ${mb(report.peakRss)}`,
    ...report.failures.slice(0, 5).map((f) => `FAILURE ${f.failure}: ${f.query.get ? 'GET' : 'POST'} ${f.query.token ?? 'anonymous'} ${f.query.query.slice(0, 500)}`),
  ].join('\n');
}
