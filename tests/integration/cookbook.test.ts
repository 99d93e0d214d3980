import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApi, type TestApi } from '../support/api';
import { ROOT } from '../support/paths';

/** Every ```graphql block of the README and docs/cookbook.md followed by a ```json block: the query and its real answer. */
const README = ['README.md', 'docs/cookbook.md', 'docs/plan-life.md'].map((f) => readFileSync(path.join(ROOT, f), 'utf8')).join('\n');
const examples = [...README.matchAll(/```graphql\n([\s\S]*?)```\n```json\n([\s\S]*?)```/g)].map((m) => ({ query: m[1], answer: m[2] }));

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('the README’s example queries give exactly the answers it shows', () => {
  it('has at least ten examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });
  it.each(examples.map((e, i) => [i + 1, e.query.split('\n')[0].slice(0, 60), e] as const))('example %d: %s', async (_n, _title, example) => {
    const res = await api.gql(example.query);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(JSON.parse(example.answer));
  });
});
