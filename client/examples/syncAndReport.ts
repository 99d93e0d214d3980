/**
 * An example integration: a bureau system that keeps in step with PlanGraph by following the change feed,
 * and reports the measurements it collects. `npx tsx client/examples/syncAndReport.ts <url> <token>` runs
 * one round against a running API.
 */
import { ChangesDocument, PlanGraphClient, PlanGraphClientError, RecordMeasurementDocument, type ChangesQuery } from '../src';

type Change = ChangesQuery['changes']['edges'][number]['node'];

/** Reads every change after `since`, page by page; returns them and the seq to continue from. */
export async function followChanges(client: PlanGraphClient, since: number): Promise<{ changes: Change[]; nextSince: number }> {
  const changes: Change[] = [];
  let after: string | null = null;
  let latest = since;
  for (;;) {
    const page: ChangesQuery = await client.request(ChangesDocument, { since, first: 200, after });
    changes.push(...page.changes.edges.map((e) => e.node));
    latest = Math.max(latest, ...page.changes.edges.map((e) => e.node.seq));
    if (!page.changes.pageInfo.hasNextPage) break;
    after = page.changes.pageInfo.endCursor ?? null;
  }
  return { changes, nextSince: latest };
}

/** One measurement this system collected. */
export interface CollectedFigure {
  indicator: string;
  year: number;
  value: number;
}

/** Reports figures; a refused one (bad id, no permission) is reported back with its code, the rest go on. */
export async function reportMeasurements(client: PlanGraphClient, figures: CollectedFigure[], source: string) {
  const results: { figure: CollectedFigure; ok: boolean; code?: string }[] = [];
  for (const figure of figures) {
    try {
      await client.request(RecordMeasurementDocument, { input: { ...figure, source } });
      results.push({ figure, ok: true });
    } catch (error) {
      if (!(error instanceof PlanGraphClientError)) throw error;
      results.push({ figure, ok: false, code: error.code });
    }
  }
  return results;
}

if (require.main === module) {
  const [url = 'http://localhost:4000', token] = process.argv.slice(2);
  const client = new PlanGraphClient({ url, token });
  (async () => {
    const { changes, nextSince } = await followChanges(client, 0);
    console.log(`${changes.length} changes so far; continue from seq ${nextSince}`);
  })().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
