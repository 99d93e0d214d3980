import neo4j from 'neo4j-driver';
import type { GraphGateway } from '../db/gateway';
import { NODE_LABELS } from '../graph/graph';
import { SEARCH_WORDS_VERSION, searchWordsOf } from './words';

/** Nodes cut into words per transaction while refreshing. */
const BATCH = 2_000;

/**
 * The migration of search words: every node whose stored words are missing or of another SEARCH_WORDS_VERSION is
 * cut again, in bounded batches. Runs with the schema (at start and before loads); a current database costs one
 * index-free count per label. Returns how many nodes were rewritten.
 */
export async function refreshSearchWords(db: GraphGateway): Promise<number> {
  let total = 0;
  for (const label of NODE_LABELS) {
    for (;;) {
      const rows = await db.read<{ id: string; props: Record<string, unknown> }>({
        cypher: `MATCH (n:${label}) WHERE n.searchWordsVersion IS NULL OR n.searchWordsVersion <> $version
                 RETURN n.id AS id, n {.name, .nameEn, .aliases, .documentNumber, .code, .searchText, .summary, .category, .text} AS props LIMIT $batch`,
        params: { version: SEARCH_WORDS_VERSION, batch: neo4j.int(BATCH) },
      });
      if (!rows.length) break;
      const set = rows.map((r) => ({ id: r.id, words: searchWordsOf(label, r.props) }));
      await db.write({ cypher: `UNWIND $set AS s MATCH (n:${label} {id: s.id}) SET n += s.words`, params: { set } });
      total += rows.length;
      if (rows.length < BATCH) break;
    }
  }
  return total;
}
