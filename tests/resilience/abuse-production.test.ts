import { SCENARIOS, runScenario, untilServing } from '../../bench/abuse';
import { startProductionApi, type ProductionApi } from '../support/production';

// `npm run abuse`'s hostile query cases, against what ships (production build under its primary, NODE_ENV=production).
// The slow-body clients and the worker kill have their own tests (slow-clients.test.ts, supervision.test.ts).
//
// Both cases here depend on issue 22's lane A (node pricing refuses the fan-out before it runs; byte-bounded
// caches keep 600 distinct large documents from filling the heap). Without it the worker runs out of heap — and the
// primary restarts it, which the last assertion of each case checks whatever the outcome.
let api: ProductionApi;
beforeAll(async () => {
  api = await startProductionApi();
  await api.gql('{ plans { id } }');
}, 120_000);
afterAll(async () => {
  await api?.close();
});

const cases = SCENARIOS.filter((s) => s.name.startsWith('fan-out') || s.name.startsWith('600 distinct'));

describe('hostile queries against the production build', () => {
  it.each(cases.map((s) => [s.name, s] as const))('%s: refused or answered with a code, the worker alive, cheap queries fast', async (_name, scenario) => {
    const row = await runScenario({ url: api.url, workerPid: api.workerPid }, scenario, api.nodeRss);
    console.log(`${row.name}: ${row.status} ${row.code}, ${row.ms.toFixed(0)} ms, cheap query meanwhile at most ${row.cheapMs.toFixed(0)} ms (${row.cheapFailures} failed), peak RSS ${row.peakRssMb} MB, worker restarts ${row.workerRestarts}`);
    // Whatever happened, the service serves again.
    await untilServing(api.url, 30_000);
    expect({ safe: row.safe, status: row.status, code: row.code, workerRestarts: row.workerRestarts }).toMatchObject({ safe: true, workerRestarts: 0 });
    expect(row.cheapFailures).toBe(0);
    expect(row.cheapMs).toBeLessThan(2_000);
  }, 300_000);
});
