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
});
