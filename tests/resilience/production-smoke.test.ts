import { startProductionApi, type ProductionApi } from '../support/production';

/** The production build answers as it ships: NODE_ENV=production, npm start's command. */
describe('production build', () => {
  let api: ProductionApi;
  beforeAll(async () => {
    api = await startProductionApi();
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it('answers a query and refuses introspection', async () => {
    const answer = await api.gql('{ goals(first: 1) { totalCount } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.goals.totalCount).toBeGreaterThan(0);
    const introspection = await api.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0]).toBeDefined();
    expect(api.rss()).toBeGreaterThan(10 * 1024 * 1024);
  });
});
