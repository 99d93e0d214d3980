import type { TaskFilter } from '../__generated__/resolvers-types';
import { FilterBuilder, type NodeFilter } from '../shared/filters';

// OWNED_BY only ever ends at an agency (src/graph/graph.ts EDGE_ENDPOINTS): no need to read the far node.
export const TASK_HAS_OWNER = 'EXISTS { (n)-[:OWNED_BY]->() }';
export const TASK_HAS_LAW = 'EXISTS { (n)-[:BASED_ON]->(:Law) }';

/** Task filters as Cypher conditions, ANDed; ids already checked by the resolver. */
export function taskFilter(filter: TaskFilter | null | undefined): NodeFilter {
  return new FilterBuilder()
    .when(filter?.level, 'n.level = $level', 'level')
    .when(filter?.supports, 'EXISTS { (n)-[:SUPPORTS]->(:Goal {id: $supports}) }', 'supports')
    .when(filter?.ownedBy, 'EXISTS { (n)-[:OWNED_BY]->(:Agency {id: $ownedBy}) }', 'ownedBy')
    .when(filter?.basedOn, 'EXISTS { (n)-[:BASED_ON]->(:Law {id: $basedOn}) }', 'basedOn')
    .when(filter?.parent, 'EXISTS { (n)-[:PART_OF]->(:Task {id: $parent}) }', 'parent')
    .when(filter?.under, 'EXISTS { (n)-[:PART_OF*1..10]->(:Task {id: $under}) }', 'under')
    .flag(filter?.hasOwner, TASK_HAS_OWNER, `NOT ${TASK_HAS_OWNER}`)
    .flag(filter?.hasLaw, TASK_HAS_LAW, `NOT ${TASK_HAS_LAW}`)
    .text(filter?.text, ['n.name', 'n.nameEn', 'n.summary'])
    .plan(filter?.plan)
    .build();
}
