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
  MAX_QUERY_COST: z.coerce.number().int().min(10).default(20_000),
  /** Memory for read results kept between requests (retired by any commit); 0 turns the cache off. */
  QUERY_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
});

/** The service's settings, read from the environment once at start-up. */
export type Config = z.infer<typeof schema> & { apiTokens: ApiToken[] };

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
  return { ...parsed.data, apiTokens: parseApiTokens(parsed.data.API_TOKENS) };
}
