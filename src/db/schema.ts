import { NODE_LABELS } from '../graph/graph';
import type { GraphGateway } from './gateway';

/** The fragment index behind `search`: names, English names, aliases and provenance text, CJK bigrams. */
export const SEARCH_INDEX = 'plangraph_search';
/**
 * The words index behind `search`: each node's words as cut by src/search/words.ts (jieba), space-separated, so the
 * whitespace analyzer keeps a word whole; `nameWords` also holds each whole name as one exact-name token.
 */
export const WORDS_INDEX = 'plangraph_words';

/** Constraints and indexes, idempotent (IF NOT EXISTS); applied before any data is written. */
export async function applyDatabaseSchema(db: GraphGateway): Promise<void> {
  const statements = [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    ...NODE_LABELS.map((label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
    'CREATE INDEX entity_seed_plan IF NOT EXISTS FOR (n:Entity) ON (n.seedPlan)',
    'CREATE INDEX task_ord IF NOT EXISTS FOR (n:Task) ON (n.planId, n.ord)',
    'CREATE INDEX indicator_ord IF NOT EXISTS FOR (n:Indicator) ON (n.planId, n.ord)',
    'CREATE INDEX indicator_attribute IF NOT EXISTS FOR (n:Indicator) ON (n.attribute)',
    'CREATE INDEX goal_ord IF NOT EXISTS FOR (n:Goal) ON (n.planId, n.ord)',
    // Pages across plans are ordered by ord: with these, Neo4j reads the first entries in order instead of sorting all.
    'CREATE INDEX task_order IF NOT EXISTS FOR (n:Task) ON (n.ord)',
    'CREATE INDEX indicator_order IF NOT EXISTS FOR (n:Indicator) ON (n.ord)',
    'CREATE INDEX goal_order IF NOT EXISTS FOR (n:Goal) ON (n.ord)',
    'CREATE CONSTRAINT measurement_key IF NOT EXISTS FOR (m:Measurement) REQUIRE m.key IS UNIQUE',
    'CREATE CONSTRAINT amendment_id IF NOT EXISTS FOR (a:Amendment) REQUIRE a.id IS UNIQUE',
    'CREATE INDEX measurement_status IF NOT EXISTS FOR (m:Measurement) ON (m.status)',
    'CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE',
    'CREATE INDEX change_entity IF NOT EXISTS FOR (c:Change) ON (c.entity)',
    'CREATE INDEX entity_external_id IF NOT EXISTS FOR (n:Entity) ON (n.externalId)',
    'CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:PlanGraphMeta) REQUIRE m.key IS UNIQUE',
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${NODE_LABELS.join('|')}) ON EACH [n.name, n.nameEn, n.aliasesText, n.searchText, n.summary] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`,
    `CREATE FULLTEXT INDEX ${WORDS_INDEX} IF NOT EXISTS FOR (n:${NODE_LABELS.join('|')}) ON EACH [n.nameWords, n.textWords] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}`,
    // Exact lookups of search (an indicator's number, a task's code) read these instead of scanning the label.
    'CREATE INDEX indicator_number IF NOT EXISTS FOR (n:Indicator) ON (n.number)',
    'CREATE INDEX indicator_code IF NOT EXISTS FOR (n:Indicator) ON (n.code)',
    'CREATE INDEX task_code IF NOT EXISTS FOR (n:Task) ON (n.code)',
    'CREATE INDEX goal_code IF NOT EXISTS FOR (n:Goal) ON (n.code)',
  ];
  // Indexes first: they populate in the background while each constraint waits for its own index, so on a
  // database that already holds data (after a bulk import) the populations overlap instead of running one by one.
  const constraintsLast = (cypher: string) => (cypher.startsWith('CREATE CONSTRAINT') ? 1 : 0);
  for (const cypher of [...statements].sort((a, b) => constraintsLast(a) - constraintsLast(b))) await db.write({ cypher });
  await db.write({ cypher: 'CALL db.awaitIndexes(120)' });
}
