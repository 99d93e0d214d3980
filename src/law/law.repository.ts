import type { LawFilter } from '../__generated__/resolvers-types';
import { FilterBuilder, type NodeFilter } from '../shared/filters';

/** Cypher for "a law some task rests on". */
// BASED_ON only ever starts at a task (src/graph/graph.ts EDGE_ENDPOINTS).
export const LAW_HAS_TASK = 'EXISTS { (n)<-[:BASED_ON]-() }';

/** Law filters as Cypher conditions, ANDed. */
export function lawFilter(filter: LawFilter | null | undefined): NodeFilter {
  return new FilterBuilder()
    .when(filter?.kind, 'n.kind = $kind', 'kind')
    .flag(filter?.hasTask, LAW_HAS_TASK, `NOT ${LAW_HAS_TASK}`)
    .text(filter?.text, ['n.name', 'n.nameEn', 'n.aliasesText', 'n.documentNumber'])
    .build();
}
