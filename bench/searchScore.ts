/**
 * `npm run search:score`: search (src/search) against the judgments table (tests/support/searchScore.ts and
 * searchJudgments.ts) on the seed plan in a real Neo4j: an embedded one in a throwaway directory, or NEO4J_URI's
 * (seeded first). Prints precision at 5, first-hit rate and mean rank per query class, and the misses. Exit 1 when
 * precision at 5 is below 0.9 overall or any number query's indicator is not first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPlanGraphFromDisk } from '../seed/build';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded/embeddedNeo4j';
import { GraphGateway, openDriver } from '../src/db/gateway';
import { loadPlanGraph } from '../src/importer/load.writer';
import { createLogger } from '../src/logger';
import { planSearch } from '../src/search/search.query';
import { searchNodes } from '../src/search/search.repository';
import { scoreSearch, searchJudgments, searchScoreMarkdown } from '../tests/support/searchScore';

async function main(): Promise<void> {
  let neo4j: EmbeddedNeo4j | null = null;
  let dataDir: string | null = null;
  let uri = process.env.NEO4J_URI;
  let user = process.env.NEO4J_USER ?? 'neo4j';
  let password = process.env.NEO4J_PASSWORD ?? '';
  if (!uri) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-search-score-'));
    neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0 });
    ({ uri, user, password } = neo4j);
  }
  const db = new GraphGateway(openDriver({ uri, user, password }), process.env.NEO4J_DATABASE, createLogger('warn'));
  try {
    const graph = loadPlanGraphFromDisk(path.resolve(__dirname, '../seed/plans/lps-msm-14'));
    await loadPlanGraph(db, graph);
    const score = await scoreSearch(searchJudgments(graph), async (q) => {
      const plan = planSearch(q);
      return plan ? (await searchNodes(db, plan, 20)).map((h) => h.node.id) : [];
    });
    process.stdout.write(`${searchScoreMarkdown(score)}\n`);
    const numbers = score.rows.filter((r) => r.judgment.cls === 'number' && !r.firstHit);
    if (score.overall.precisionAt5 < 0.9 || numbers.length) {
      process.stderr.write(`below the bar: precision at 5 ${score.overall.precisionAt5.toFixed(3)}; number queries without their indicator first: ${numbers.map((r) => r.judgment.query).join(', ') || 'none'}\n`);
      process.exitCode = 1;
    }
  } finally {
    await db.close();
    await neo4j?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
