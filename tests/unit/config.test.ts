import { loadConfig, parseApiTokens } from '../../src/config';

describe('configuration', () => {
  it('parses API_TOKENS entries with and without names', () => {
    expect(parseApiTokens('t1:READER, t2:PLANNER:market-registry')).toEqual([
      { token: 't1', role: 'READER', name: 'reader' },
      { token: 't2', role: 'PLANNER', name: 'market-registry' },
    ]);
  });
  it('refuses an unknown role without echoing the whole token', () => {
    expect(() => parseApiTokens('supersecret:OWNER')).toThrow(/supe…/);
    expect(() => parseApiTokens('supersecret:OWNER')).not.toThrow(/supersecret/);
  });
  it('has sensible defaults: port 4000, embedded Neo4j, seeding on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, SEED_ON_START: true, MAX_PAGE_SIZE: 100 });
    expect(config.NEO4J_URI).toBeUndefined();
  });
  it('lists every invalid setting', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' })).toThrow(/PORT.*LOG_LEVEL|LOG_LEVEL.*PORT/);
  });
  it('accepts JWTs only with an issuer, an audience and a JWKS over https (http on loopback), failing closed', () => {
    const base = { JWT_ISSUER: 'https://idp.example/realms/x', JWT_AUDIENCE: 'plangraph', JWT_JWKS_URL: 'https://idp.example/certs' };
    expect(loadConfig({}).jwt).toBeNull();
    expect(loadConfig(base).jwt).toMatchObject({ issuer: base.JWT_ISSUER, audience: 'plangraph', rolesClaim: 'roles', roleMap: null, algorithms: ['RS256', 'ES256'] });
    expect(loadConfig({ ...base, JWT_JWKS_URL: 'http://127.0.0.1:8080/certs' }).jwt).not.toBeNull();
    expect(() => loadConfig({ ...base, JWT_AUDIENCE: '' })).toThrow(/JWT_AUDIENCE/);
    expect(() => loadConfig({ ...base, JWT_JWKS_URL: '' })).toThrow(/JWT_JWKS_URL/);
    expect(() => loadConfig({ ...base, JWT_JWKS_URL: 'http://idp.example/certs' })).toThrow(/https/);
    expect(() => loadConfig({ JWT_AUDIENCE: 'plangraph' })).toThrow(/JWT_ISSUER/);
    expect(() => loadConfig({ ...base, JWT_ROLE_MAP: 'admins:OWNER' })).toThrow(/JWT_ROLE_MAP/);
    expect(loadConfig({ ...base, JWT_ROLE_MAP: 'urn:bureau:planners:PLANNER' }).jwt!.roleMap).toEqual(new Map([['urn:bureau:planners', 'PLANNER']]));
  });
  it('takes METRICS_TOKEN only long enough to resist guessing', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(loadConfig({ METRICS_TOKEN: 'x'.repeat(16) }).METRICS_TOKEN).toHaveLength(16);
  });
});
