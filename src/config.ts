import { z } from 'zod';

const roles = ['READER', 'ANALYST', 'PLANNER', 'INTEGRATOR', 'ADMIN'] as const;
/** A caller's role; later roles include the rights of earlier ones. */
export type Role = (typeof roles)[number];
export const ROLES: readonly Role[] = roles;

/** One API token from API_TOKENS (`token:ROLE` or `token:ROLE:name`). */
export interface ApiToken {
  token: string;
  role: Role;
  name: string;
}

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  NODE_ENV: z.string().default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
  NEO4J_DATA_DIR: z.string().default('.data/neo4j'),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
  API_TOKENS: z.string().default(''),
  REQUIRE_TOKEN_FOR_READS: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  SEED_ON_START: z
    .enum(['true', 'false', '1', '0', ''])
    .default('true')
    .transform((v) => v !== 'false' && v !== '0'),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(100),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  /** Nodes (objects and list items) one query can return, counted from its pages and list caps before it runs. */
  MAX_QUERY_NODES: z.coerce.number().int().min(100).default(1_000_000),
  /** What the expensive resolvers (impact, reviews, what-ifs, export …) one query runs may cost, by their prices. */
  MAX_QUERY_COST: z.coerce.number().int().min(10).default(20_000),
  /** Bytes one answer may reach while it is built; past it the request is refused with ANSWER_TOO_LARGE. 0: no ceiling (to measure it). */
  MAX_ANSWER_BYTES: z.coerce.number().int().min(0).default(8 * 1024 * 1024),
  /** Execution time one query may take: no field starts after it (QUERY_TIMEOUT); 0: no limit beyond each statement's. */
  MAX_EXECUTION_MS: z.coerce.number().int().min(0).default(30_000),
  /** Memory for parsed and validated documents (Apollo's document store), counted with their source text. */
  DOCUMENT_CACHE_MB: z.coerce.number().min(0).max(1024).default(16),
  /** Memory for read results kept between requests (retired by any commit); 0 turns the cache off. */
  QUERY_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  /** Aliases, lexical tokens and directives one document may hold (GraphQL Armor). */
  MAX_ALIASES: z.coerce.number().int().min(1).default(30),
  MAX_TOKENS: z.coerce.number().int().min(100).default(3000),
  MAX_DIRECTIVES: z.coerce.number().int().min(1).default(20),
  /** Request bodies: anonymous and read-only callers, and writers (PLANNER and above; large imports). */
  MAX_BODY_READ: z.string().regex(/^\d+(b|kb|mb)$/i, 'a size such as 1mb').default('1mb'),
  MAX_BODY_WRITE: z.string().regex(/^\d+(b|kb|mb)$/i, 'a size such as 50mb').default('50mb'),
  /** A plan's file uploaded for import (previewPlanImport, importPlanFile), decoded: its base64 must also fit MAX_BODY_WRITE. */
  MAX_PLAN_FILE: z.string().regex(/^\d+(b|kb|mb)$/i, 'a size such as 20mb').default('20mb'),
  /** A request's headers, and then its body, must arrive within these (408 REQUEST_TIMEOUT), so a slow sender holds nothing for long. */
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  BODY_READ_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Request bodies being read at once, and the memory all bodies read, waiting or worked on may hold; beyond either, 503 SERVICE_OVERLOADED at once. */
  MAX_BODIES_READING: z.coerce.number().int().min(1).default(64),
  BODY_MEMORY_MB: z.coerce.number().min(1).default(128),
  /** Server-side transaction timeouts; the client gives up a little after them. */
  NEO4J_READ_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  NEO4J_WRITE_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** How long an importGraph request may take before it is rolled back with IMPORT_TIMEOUT (the CLI has no limit). */
  IMPORT_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
  /** How long a request waits for a pooled connection before SERVICE_OVERLOADED, and the pool's size. */
  NEO4J_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).default(3_000),
  NEO4J_POOL_SIZE: z.coerce.number().int().min(2).default(50),
  /** Requests worked on at once (GraphQL and reports); the rest wait in line, up to a bound and a time, then SERVICE_OVERLOADED. */
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).default(8),
  MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).default(1_000),
  REQUEST_QUEUE_MS: z.coerce.number().int().min(1).default(10_000),
  /** Connections one request may hold at once; its other statements wait their turn. */
  MAX_CONNECTIONS_PER_REQUEST: z.coerce.number().int().min(1).default(4),
  /** A database that does not answer `RETURN 1` within this is reported down (readiness, fail-fast). */
  HEALTH_PROBE_TIMEOUT_MS: z.coerce.number().int().min(100).default(1_500),
  /** Restarts of a crashed embedded Neo4j before /healthz turns unhealthy. */
  EMBEDDED_RESTART_ATTEMPTS: z.coerce.number().int().min(0).default(5),
  /** `npm start` runs a primary that keeps Neo4j and restarts the API worker when it dies; false serves in one process. */
  SUPERVISE: z
    .enum(['true', 'false', '1', '0', ''])
    .default('true')
    .transform((v) => v !== 'false' && v !== '0'),
  /**
   * API worker processes (`npm start`): 1 forks one; more share PORT through Node's cluster module (connections
   * handed out in turn), each with its own read cache, kept coherent through the database (src/db/gateway.ts).
   */
  API_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** Crashes of the API worker, each within WORKER_FAST_CRASH_MS of its start, before the primary gives up (exit 1). */
  WORKER_RESTART_ATTEMPTS: z.coerce.number().int().min(0).default(5),
  WORKER_FAST_CRASH_MS: z.coerce.number().int().min(1_000).default(60_000),
  /** /metrics on the API's port answers only `Bearer <METRICS_TOKEN>` (off without it); at least 16 characters. */
  METRICS_TOKEN: z.union([z.literal(''), z.string().min(16, 'METRICS_TOKEN must be at least 16 characters')]).default(''),
  /** A second port serving only /metrics, open, on METRICS_HOST (default loopback); 0: none. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  METRICS_HOST: z.string().default('127.0.0.1'),
  /**
   * The bureau's identity provider: bearer JWTs whose issuer (iss) is JWT_ISSUER and audience (aud) JWT_AUDIENCE,
   * signed by a key of the JWKS at JWT_JWKS_URL (https, or http on loopback), are accepted alongside API_TOKENS.
   * The role is read from the claim JWT_ROLES_CLAIM (a dotted path, e.g. realm_access.roles; a string or a list),
   * each value mapped by JWT_ROLE_MAP (`value:ROLE,…`; without it a value must be a role's name); the highest wins.
   */
  JWT_ISSUER: z.string().default(''),
  JWT_AUDIENCE: z.string().default(''),
  JWT_JWKS_URL: z.string().default(''),
  JWT_ROLES_CLAIM: z.string().regex(/^[A-Za-z0-9_:/.-]{1,200}$/, 'a claim name or a dotted path').default('roles'),
  JWT_ROLE_MAP: z.string().default(''),
  /** The claim naming the caller in the audit trail. */
  JWT_NAME_CLAIM: z.string().regex(/^[A-Za-z0-9_:/.-]{1,100}$/).default('sub'),
  JWT_ALGORITHMS: z.string().regex(/^[A-Z0-9]+(,[A-Z0-9]+)*$/i, 'algorithms such as RS256,ES256').default('RS256,ES256'),
  JWT_CLOCK_TOLERANCE_S: z.coerce.number().int().min(0).max(300).default(30),
  /** Introspection and the GraphQL IDE: on in development, off in production unless set to true. */
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false', '']).optional(),
  GRAPHQL_IDE: z.enum(['true', 'false', '']).optional(),
});

/** How JWTs from the bureau's identity provider are verified (null: JWTs are not accepted). */
export interface JwtSettings {
  issuer: string;
  audience: string;
  jwksUrl: URL;
  rolesClaim: string;
  /** Claim value → role; null: a value must be a role's name. */
  roleMap: Map<string, Role> | null;
  nameClaim: string;
  algorithms: string[];
  clockToleranceS: number;
}

/** The service's settings, read from the environment once at start-up. */
export type Config = z.infer<typeof schema> & { apiTokens: ApiToken[]; jwt: JwtSettings | null; introspection: boolean; ide: boolean };

/** The JWT settings, or null when JWT_ISSUER is unset; throws when they are incomplete or unsafe (fail closed). */
export function parseJwtSettings(env: z.infer<typeof schema>): JwtSettings | null {
  if (!env.JWT_ISSUER) {
    if (env.JWT_AUDIENCE || env.JWT_JWKS_URL) throw new Error('JWT_AUDIENCE and JWT_JWKS_URL need JWT_ISSUER');
    return null;
  }
  if (!env.JWT_AUDIENCE) throw new Error('JWT_ISSUER needs JWT_AUDIENCE: a token made for another system must not be accepted here');
  let jwksUrl: URL;
  try {
    jwksUrl = new URL(env.JWT_JWKS_URL);
  } catch {
    throw new Error('JWT_ISSUER needs JWT_JWKS_URL, the URL of the identity provider\'s signing keys (its jwks_uri)');
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(jwksUrl.hostname);
  if (jwksUrl.protocol !== 'https:' && !(jwksUrl.protocol === 'http:' && loopback)) throw new Error('JWT_JWKS_URL must be https (http only on loopback)');
  let roleMap: Map<string, Role> | null = null;
  if (env.JWT_ROLE_MAP.trim()) {
    roleMap = new Map();
    for (const entry of env.JWT_ROLE_MAP.split(',').map((e) => e.trim()).filter(Boolean)) {
      const at = entry.lastIndexOf(':');
      const role = entry.slice(at + 1);
      if (at <= 0 || !(ROLES as readonly string[]).includes(role)) throw new Error(`JWT_ROLE_MAP: entry "${entry}" must be value:ROLE with ROLE one of ${ROLES.join(', ')}`);
      roleMap.set(entry.slice(0, at), role as Role);
    }
  }
  return {
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
    jwksUrl,
    rolesClaim: env.JWT_ROLES_CLAIM,
    roleMap,
    nameClaim: env.JWT_NAME_CLAIM,
    algorithms: env.JWT_ALGORITHMS.split(','),
    clockToleranceS: env.JWT_CLOCK_TOLERANCE_S,
  };
}

/** Parses `token:ROLE[:name]` entries; throws on a malformed one so a typo never silently locks writes. */
export function parseApiTokens(raw: string): ApiToken[] {
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [token, role, ...nameParts] = entry.split(':');
      if (!token || !role || !(ROLES as readonly string[]).includes(role)) {
        throw new Error(`API_TOKENS: entry "${entry.slice(0, 4)}…" must be token:ROLE or token:ROLE:name with ROLE one of ${ROLES.join(', ')}`);
      }
      return { token, role: role as Role, name: nameParts.join(':') || role.toLowerCase() };
    });
}

/** Reads and validates the configuration; throws with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const production = parsed.data.NODE_ENV === 'production';
  const flag = (value: string | undefined) => (value ? value === 'true' : !production);
  return { ...parsed.data, apiTokens: parseApiTokens(parsed.data.API_TOKENS), jwt: parseJwtSettings(parsed.data), introspection: flag(parsed.data.GRAPHQL_INTROSPECTION), ide: flag(parsed.data.GRAPHQL_IDE) };
}
